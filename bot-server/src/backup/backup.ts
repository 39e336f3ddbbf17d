import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import type { DatabaseConfig } from "../config";
import { BackupError } from "./backup-error";
import { dumpEmbedded, restoreEmbedded } from "./embedded-backup";
import { dumpPostgres, restorePostgres } from "./postgres-backup";

// How each engine's dump begins: pg_dump's custom format, and the gzip PGlite's data-folder dump is.
const MAGIC: Record<DatabaseConfig["kind"], Buffer> = {
  postgres: Buffer.from("PGDMP"),
  embedded: Buffer.from([0x1f, 0x8b]),
};
const ENGINE_NAME = { postgres: "PostgreSQL (pg_dump)", embedded: "cơ sở dữ liệu nhúng (PGlite)" };

function fileStart(file: string, length: number): Buffer {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Dump the configured database to `out` (written whole or not at all); returns its size in bytes. */
export async function backupDatabase(config: DatabaseConfig, out: string): Promise<number> {
  if (existsSync(out))
    throw new BackupError(`${out} đã có: chọn tên tệp khác (bản sao lưu cũ được giữ nguyên).`);
  const partial = `${out}.partial`;
  try {
    if (config.kind === "postgres") await dumpPostgres(config.url, partial);
    else await dumpEmbedded(config.dataDir, partial);
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
  return statSync(out).size;
}

/** Restore a backup of the configured engine into an empty database. */
export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`Không có tệp ${file}.`);
  const magic = MAGIC[config.kind];
  if (!fileStart(file, magic.length).equals(magic)) {
    const other = config.kind === "postgres" ? "embedded" : "postgres";
    const hint = fileStart(file, MAGIC[other].length).equals(MAGIC[other])
      ? `đây là bản sao lưu của ${ENGINE_NAME[other]}`
      : "tệp không phải bản sao lưu của PKS02";
    throw new BackupError(`Máy chủ đang cấu hình ${ENGINE_NAME[config.kind]}, nhưng ${hint}.`);
  }
  if (config.kind === "postgres") await restorePostgres(config.url, file);
  else await restoreEmbedded(config.dataDir, file);
}
