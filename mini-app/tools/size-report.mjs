// Print the production build's sizes (raw and gzipped) as a Markdown table, and what the first screen loads.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const www = join(import.meta.dirname, "../www");
const config = JSON.parse(readFileSync(join(www, "app-config.json"), "utf8"));
const kb = (n) => (n / 1024).toFixed(1);
const firstLoad = new Set([...config.listSyncJS, ...config.listCSS]);
const rows = readdirSync(join(www, "assets"))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const bytes = readFileSync(join(www, "assets", name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      first: firstLoad.has(`assets/${name}`),
    };
  })
  .sort((a, b) => Number(b.first) - Number(a.first) || b.raw - a.raw);

console.log("| file | loaded | raw KB | gzip KB |\n| --- | --- | ---: | ---: |");
for (const r of rows) {
  const when = r.first
    ? "first screen"
    : r.name.startsWith("apis.")
      ? "inside Zalo only"
      : "after the greeting";
  console.log(
    `| ${r.name.replace(/[.-][A-Za-z0-9_-]{8}(?=\.(module\.js|css)$)/, "")} | ${when} | ${kb(r.raw)} | ${kb(r.gzip)} |`,
  );
}
const sum = (list, key) => kb(list.reduce((s, r) => s + r[key], 0));
const first = rows.filter((r) => r.first);
console.log(`| **first screen total (JS + CSS)** | | **${sum(first, "raw")}** | **${sum(first, "gzip")}** |`);
console.log(`| all files | | ${sum(rows, "raw")} | ${sum(rows, "gzip")} |`);
