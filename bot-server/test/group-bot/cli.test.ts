import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { runCli } from "../../src/cli";
import { queryRows } from "../../src/db/database";
import { startTestServer, type TestServer } from "../../src/testing";
import { cliEnvOf } from "./group-test-kit";

const captureIo = () => {
  const output: string[] = [];
  return { output, io: { out: (l: string) => output.push(l), err: (l: string) => output.push(`ERR ${l}`) } };
};

describe("the jobs CLI on the embedded database", () => {
  it("when a server on another port has the database open, refuses rather than open it a second time", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pks02-cli-"));
    try {
      mkdirSync(join(dataDir, "pgdata"));
      writeFileSync(join(dataDir, "pgdata", "postmaster.pid"), "-42\n/pglite/data\n");
      const { output, io } = captureIo();
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

describe("the jobs CLI and whatever listens on PORT", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });
  const envFor = (port: number) => cliEnvOf(server, port);

  it("never sends the admin token to a program that cannot prove it is this server", async () => {
    const authorizations: (string | undefined)[] = [];
    const impostor = createServer((req, res) => {
      authorizations.push(req.headers.authorization);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ service: "pks02", proof: "0".repeat(64), status: "posted" }));
    });
    await new Promise<void>((resolve) => impostor.listen(0, "127.0.0.1", resolve));
    try {
      const { output, io } = captureIo();
      const port = (impostor.address() as AddressInfo).port;
      expect(await runCli(["daily-summary", "--date", "2024-06-12"], io, envFor(port))).toBe(1);
      expect(output[0]).toMatch(/^ERR Chương trình ở cổng \d+ không phải máy chủ PKS02/);
      expect(authorizations).toEqual([undefined]);
    } finally {
      await new Promise<void>((resolve) => impostor.close(() => resolve()));
    }
  });

  it("asks the server on PORT to run the job once it has proved who it is", async () => {
    const { output, io } = captureIo();
    expect(await runCli(["daily-summary", "--date", "2024-06-12"], io, envFor(server.port))).toBe(0);
    expect(output[0]).toMatch(/^Đã chạy daily-summary ngày 12\/06\/2024/);
    const runs = await queryRows<{ trigger: string }>(server.context.db, sql`SELECT trigger FROM job_runs`);
    expect(runs).toEqual([{ trigger: "admin" }]);
  });
});
