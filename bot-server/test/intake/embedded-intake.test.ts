import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedProcess } from "../../src/testing/embedded-process";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";

describe("intake on the embedded database (npm start)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-intake-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("stores a form once, records a visitor count and shows both in the progress", async () => {
    const { url, adminToken, stop } = await startEmbeddedProcess({ dataDir });
    try {
      const { today } = await (await fetch(`${url}/api/survey`)).json();
      const input = buildResponseInput({ communeCode: "07201" });
      const send = () =>
        fetch(`${url}/api/responses`, {
          method: "POST",
          headers: { "content-type": "application/json", ...newDeviceHeaders("embedded-device-0001") },
          body: JSON.stringify(input),
        });
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(200);
      const visits = await fetch(`${url}/api/communes/07201/days/${today}/visits`, {
        method: "PUT",
        headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ visits: 2 }),
      });
      expect(await visits.json()).toEqual({
        communeCode: "07201",
        date: today,
        visits: 2,
        previousVisits: null,
      });
      const progress = await (
        await fetch(`${url}/api/progress?date=${today}`, {
          headers: { authorization: `Bearer ${adminToken}` },
        })
      ).json();
      expect(progress.communes.find((c: { code: string }) => c.code === "07201")).toMatchObject({
        responses: 1,
        visits: 2,
        quota: { status: "ok" },
      });
    } finally {
      await stop();
    }
  }, 120_000);
});
