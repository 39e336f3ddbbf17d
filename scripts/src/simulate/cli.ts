// A realistic survey through the real HTTP API, then its summary and a privacy scan:
//   npm run simulate -- --communes 209 --days 3 [--speed N] [--campaign id] [--scale F] [--seed N] [--drop]
import { addDays, type Campaign, type ProgressReport } from "@pks02/shared";
import { simulateDay, type DayContext } from "./day";
import { newTally, registrationCodes, runJob, type Tally } from "./drive";
import { parseSimulationArgs, type SimulationOptions } from "./options";
import { scanDatabase, scanLog } from "./privacy-scan";
import { seededRandom } from "@pks02/bot-server/src/testing/seeded-random";
import { communeProfiles, type CommuneProfile } from "./residents";
import { SIM_ADMIN_TOKEN, startSimServer, type SimServer } from "./sim-server";

const say = (line: string) => process.stderr.write(`${line}\n`);

async function fetchProgress(baseUrl: string, campaign: Campaign, date?: string): Promise<ProgressReport> {
  const res = await fetch(`${baseUrl}/api/progress?campaign=${campaign.id}${date ? `&date=${date}` : ""}`, {
    headers: { authorization: `Bearer ${SIM_ADMIN_TOKEN}` },
  });
  if (!res.ok) throw new Error(`GET /api/progress: ${res.status}`);
  return (await res.json()) as ProgressReport;
}

function pacer(options: SimulationOptions, firstDay: string) {
  const realStart = Date.now();
  const simStart = new Date(`${firstDay}T07:00:00+07:00`).getTime();
  return async (localMoment: string) => {
    if (!options.speed) return;
    const due = (new Date(`${localMoment}:00+07:00`).getTime() - simStart) / options.speed;
    const wait = due - (Date.now() - realStart);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 60_000)));
  };
}

async function runDays(sim: SimServer, options: SimulationOptions, profiles: CommuneProfile[], tally: Tally) {
  const random = seededRandom(options.seed + 1);
  const deviceIds: string[] = [];
  const pace = pacer(options, sim.days[0]!);
  const codes = await registrationCodes(sim.server.url, sim.campaign);
  let moment = new Date();
  for (const date of sim.days) {
    const ctx: DayContext = {
      baseUrl: sim.server.url,
      campaign: sim.campaign,
      codes,
      date,
      random,
      tally,
      scale: options.scale,
      concurrency: options.concurrency,
      setClock: (local) => {
        sim.setClock(local);
        moment = new Date(`${local}:00+07:00`);
      },
      now: () => moment,
      deviceIds,
      progress: say,
      pace,
    };
    await simulateDay(ctx, profiles);
  }
  return deviceIds;
}

function summary(
  report: ProgressReport,
  lastDay: ProgressReport,
  days: number,
  tally: Tally,
  profiles: CommuneProfile[],
): string {
  const p = report.province;
  const roles = (role: string) => profiles.filter((x) => x.role === role).map((x) => x.commune.code);
  return [
    `Mô phỏng xong: ${p.communes} xã, ${days} ngày.`,
    `  xã đã báo lượt đến ngày cuối ${lastDay.communes.filter((c) => c.visits !== null).length}`,
    `  phiếu đã lưu ${tally.stored}; gửi lại được trả biên nhận cũ ${tally.resentAnswered}; bỏ dở ${tally.abandoned}; bị từ chối ${JSON.stringify(tally.refused)}`,
    `  lượt đến ${p.visits}; tin nhắn nhóm ${tally.groupPosts}`,
    `  xã đạt ${p.communesOk}, thiếu phiếu ${p.communesTooFew}, thừa phiếu ${p.communesTooMany}, thiếu số lượt đến ${p.communesMissingVisits}`,
    `  dựng sẵn: thiếu phiếu ${roles("too-few").join(", ")}; thừa phiếu ${roles("too-many").join(", ")}; đáng ngờ (nhanh, một kiểu, dồn cục) ${roles("suspicious").join(", ")}`,
  ].join("\n");
}

async function main(): Promise<void> {
  const options = parseSimulationArgs(process.argv.slice(2));
  const sim = await startSimServer(options.days, options.campaign);
  const { campaign } = sim;
  say(`đợt khảo sát ${campaign.id}: ${campaign.title}, ${sim.days.length} ngày từ ${sim.days[0]}`);
  const units = campaign.units.units.slice(0, options.communes);
  const profiles = communeProfiles(units, seededRandom(options.seed));
  const tally = newTally();
  let failed: boolean;
  try {
    const deviceIds = await runDays(sim, options, profiles, tally);
    const lastDay = sim.days.at(-1)!;
    sim.setClock(`${addDays(lastDay, 1)}T07:00`);
    // The final summary is of the whole window: posted only when the simulated days are all of it.
    if (lastDay === campaign.window.end)
      await runJob(sim.server.url, "final-summary", lastDay, campaign).catch((e: Error) => say(e.message));
    console.log(
      summary(
        await fetchProgress(sim.server.url, campaign),
        await fetchProgress(sim.server.url, campaign, lastDay),
        sim.days.length,
        tally,
        profiles,
      ),
    );
    const needles = new Set(deviceIds);
    const findings = [...(await scanDatabase(sim.databaseUrl, needles)), ...scanLog(sim.logFile, needles)];
    console.log(
      `  privacy scan of every table and the log (${needles.size} device ids): ${findings.length ? JSON.stringify(findings.slice(0, 5)) : "nothing found"}`,
    );
    failed = findings.length > 0;
    if (!options.drop)
      console.log(
        `  data kept: DATABASE_URL=${sim.databaseUrl} ADMIN_TOKEN=${SIM_ADMIN_TOKEN} SURVEY_START=${sim.days[0]} SURVEY_END=${sim.days.at(-1)}`,
      );
  } finally {
    await sim.close({ dropDatabase: options.drop });
  }
  if (failed) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
