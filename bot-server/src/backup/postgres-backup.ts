import { spawn } from "node:child_process";
import pg from "pg";
import { BackupError } from "./backup-error";

/** Run pg_dump/pg_restore; their stderr becomes the error (it names the problem: auth, version, …). */
function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error) =>
      reject(new BackupError(`Không chạy được ${command} (${error.message}): cài gói postgresql-client.`)),
    );
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${command} dừng với mã ${code}: ${stderr.trim()}`)),
    );
  });
}

/** pg_dump's custom format: compressed, restorable table by table with pg_restore. */
export function dumpPostgres(url: string, file: string): Promise<void> {
  return runTool("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${file}`,
    `--dbname=${url}`,
  ]);
}

/** Tables outside PostgreSQL's own schemas: a database with any is not empty. */
async function userTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: string }>(
      "SELECT count(*) AS tables FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return Number(rows[0]?.tables ?? 0);
  } finally {
    await client.end();
  }
}

/** Restore a pg_dump custom-format file into an empty database, all or nothing (one transaction). */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const tables = await userTableCount(url);
  if (tables > 0)
    throw new BackupError(
      `Cơ sở dữ liệu đích đã có ${tables} bảng: chỉ khôi phục vào một cơ sở dữ liệu trống (createdb tên_mới, rồi đặt DATABASE_URL trỏ vào đó).`,
    );
  await runTool("pg_restore", [
    "--exit-on-error",
    "--single-transaction",
    "--no-owner",
    "--no-privileges",
    `--dbname=${url}`,
    file,
  ]);
}
