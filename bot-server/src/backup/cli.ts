// Operator CLI: `npm run backup -- --out <file>` and `npm run restore -- <file>`, for the database the
// server is configured with (DATABASE_URL: pg_dump custom format; otherwise the embedded PGlite in DATA_DIR).
import { resolve } from "node:path";
import { ConfigError, loadConfig } from "../config";
import { BackupError } from "./backup-error";
import { backupDatabase, restoreDatabase } from "./backup";

const USAGE = "Cách dùng: npm run backup -- --out <tệp>   |   npm run restore -- <tệp>";

export interface BackupCliIo {
  out(line: string): void;
  err(line: string): void;
}

// Without the same key, a resident who already answered could answer again after the restore.
const SAME_SECRET = {
  postgres: "Khởi động máy chủ với cùng RESPONDENT_HASH_SECRET như khi sao lưu.",
  embedded:
    "Chép cả tệp secrets.json của DATA_DIR cũ sang DATA_DIR mới (khóa chống trả lời hai lần, mã quản trị).",
};

type Command = { kind: "backup"; file: string } | { kind: "restore"; file: string };

function parseArgs(argv: string[]): Command | undefined {
  const [command, ...rest] = argv;
  if (command === "backup" && rest.length === 2 && rest[0] === "--out")
    return { kind: "backup", file: rest[1]! };
  if (command === "backup" && rest.length === 1 && rest[0]!.startsWith("--out="))
    return { kind: "backup", file: rest[0]!.slice("--out=".length) };
  if (command === "restore" && rest.length === 1 && !rest[0]!.startsWith("-"))
    return { kind: "restore", file: rest[0]! };
  return undefined;
}

/** Run the CLI; returns the exit code (0 done, 1 failed, 2 usage or configuration). */
export async function runBackupCli(
  argv: string[],
  io: BackupCliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const command = parseArgs(argv);
  if (!command || command.file === "") {
    io.err(USAGE);
    return 2;
  }
  let database;
  try {
    database = loadConfig(env).database;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`Lỗi cấu hình: ${error.message}`);
    return 2;
  }
  const file = resolve(command.file);
  try {
    if (command.kind === "backup") {
      const bytes = await backupDatabase(database, file);
      io.out(`Đã sao lưu vào ${file} (${(bytes / 1024).toFixed(1)} KB).`);
    } else {
      await restoreDatabase(database, file);
      io.out(`Đã khôi phục ${file}. ${SAME_SECRET[database.kind]}`);
    }
    return 0;
  } catch (error) {
    // A BackupError says what to do; anything else (a refused connection, a broken file) is shown as it is.
    io.err(error instanceof BackupError ? error.message : `Thất bại: ${(error as Error).message ?? error}`);
    return 1;
  }
}

if (require.main === module) {
  void runBackupCli(process.argv.slice(2), { out: console.log, err: console.error }).then((code) =>
    process.exit(code),
  );
}
