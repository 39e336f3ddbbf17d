// Prints what the embedded database in DATA_DIR holds, as JSON: PGlite cannot run inside jest's VM, so the
// embedded backup test reads it in a child process.
import { resolve } from "node:path";
import { contentsOf } from "./backup-kit";

void contentsOf({ kind: "embedded", dataDir: resolve(process.argv[2]!) }).then((contents) =>
  process.stdout.write(JSON.stringify(contents)),
);
