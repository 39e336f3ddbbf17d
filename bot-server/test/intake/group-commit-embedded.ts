// `group-commit-embedded.ts <dataDir>`: runs the group commit scenarios on a fresh PGlite database in that folder
// and prints what was observed, as JSON (PGlite cannot run inside jest's VM).
import { resolve } from "node:path";
import { loadConfig } from "../../src/config";
import { openReadyDatabase } from "../../src/server";
import { GROUP_COMMIT_ENV, observeGroupCommit } from "./group-commit-scenarios";

async function main(): Promise<void> {
  const config = loadConfig({ ...GROUP_COMMIT_ENV, DATA_DIR: resolve(process.argv[2]!) });
  const database = await openReadyDatabase(config);
  try {
    process.stdout.write(JSON.stringify(await observeGroupCommit(database.db)));
  } finally {
    await database.close();
  }
}

void main();
