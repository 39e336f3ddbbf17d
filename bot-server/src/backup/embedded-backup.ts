import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { embeddedPgdata } from "../db/database";
import { BackupError } from "./backup-error";

/** PGlite keeps postmaster.pid while a process has the folder open; a second opener could corrupt it. */
function assertNotInUse(pgdata: string): void {
  const pidFile = join(pgdata, "postmaster.pid");
  if (existsSync(pidFile))
    throw new BackupError(
      `Cơ sở dữ liệu nhúng trong ${pgdata} đang được máy chủ dùng: tắt máy chủ rồi chạy lại. ` +
        `Nếu máy chủ đã dừng đột ngột, xóa ${pidFile}.`,
    );
}

/** The embedded database's data folder, dumped by PGlite as a gzipped tar. */
export async function dumpEmbedded(dataDir: string, file: string): Promise<void> {
  const pgdata = embeddedPgdata(dataDir);
  if (!existsSync(pgdata)) throw new BackupError(`Không có cơ sở dữ liệu nhúng trong ${pgdata} (DATA_DIR).`);
  assertNotInUse(pgdata);
  const client = await PGlite.create(pgdata);
  try {
    const dump = await client.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}

/** Load a PGlite data-folder dump into DATA_DIR, which must not hold a database yet. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  const pgdata = embeddedPgdata(dataDir);
  if (existsSync(pgdata) && readdirSync(pgdata).length > 0)
    throw new BackupError(
      `${pgdata} đã có dữ liệu: chỉ khôi phục vào một thư mục trống (đặt DATA_DIR là một thư mục mới).`,
    );
  const client = await PGlite.create(pgdata, { loadDataDir: new Blob([readFileSync(file)]) });
  await client.close();
}
