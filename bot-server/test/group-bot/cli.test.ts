import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli";

describe("the jobs CLI on the embedded database", () => {
  it("when a server on another port has the database open, refuses rather than open it a second time", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pks02-cli-"));
    try {
      mkdirSync(join(dataDir, "pgdata"));
      writeFileSync(join(dataDir, "pgdata", "postmaster.pid"), "-42\n/pglite/data\n");
      const output: string[] = [];
      const io = { out: (l: string) => output.push(l), err: (l: string) => output.push(`ERR ${l}`) };
      const env = { DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "silent" };
      expect(await runCli(["daily-summary", "--date", "2024-06-12"], io, env)).toBe(1);
      expect(output).toEqual([
        `ERR Cơ sở dữ liệu trong ${dataDir} đang được một máy chủ dùng, nhưng không có máy chủ nào trả lời ở cổng 0. ` +
          "Đặt PORT bằng cổng của máy chủ đó rồi chạy lại (hoặc tắt máy chủ). " +
          `Nếu máy chủ đã dừng đột ngột, xóa ${join(dataDir, "pgdata", "postmaster.pid")}.`,
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
