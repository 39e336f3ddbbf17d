// `print-contents.ts <day,day,…> <dataDir>…`: prints what each embedded database holds, as a JSON array, with the
// progress figures over those days. PGlite cannot run inside jest's VM, so the embedded backup test reads the
// databases in one child process.
import { resolve } from "node:path";
import { contentsOf } from "./backup-kit";

async function main(): Promise<void> {
  const [days, ...dataDirs] = process.argv.slice(2);
  const contents = [];
  for (const dataDir of dataDirs)
    contents.push(await contentsOf({ kind: "embedded", dataDir: resolve(dataDir) }, days!.split(",")));
  process.stdout.write(JSON.stringify(contents));
}

void main();
