// Where a CPU profile's time went: self time by function and by package, from node --cpu-prof output.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "pino", "express", "our code: bot-server/src/…", "(garbage collector)", … for a frame's URL. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scopeOrName, name] = url.slice(modules + 13).split("/");
    return scopeOrName!.startsWith("@") ? `${scopeOrName}/${name}` : scopeOrName!;
  }
  if (url.startsWith("node:")) return url;
  const ours = /\/(shared|bot-server)\/src\/(.*)$/.exec(url);
  return ours ? `${ours[1]}/src/${ours[2]}` : url;
}

function selfTimes(profile: Profile): Map<ProfileNode, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map<ProfileNode, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    times.set(node, (times.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return times;
}

function top(totals: Map<string, number>, all: number, count: number): string[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `  ${((100 * us) / all).toFixed(1).padStart(5)} %  ${name}`);
}

/** The top packages and functions by self time over every .cpuprofile in a folder. */
export function summariseProfiles(dir: string, count = 15): string {
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let all = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as Profile;
    for (const [node, us] of selfTimes(profile)) {
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === "(idle)") continue;
      const pkg = packageOf(url, functionName);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
      const fn = `${functionName || "(anonymous)"} ${pkg}:${lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
      all += us;
    }
  }
  return [
    "by package (self time, idle excluded):",
    ...top(byPackage, all, count),
    "by function:",
    ...top(byFunction, all, count),
  ].join("\n");
}
