import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { PROVINCE } from "@pks02/shared";
import type { TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { recordVisits } from "../../src/visits/record-visits";
import { DONG_TIEN, SONG_MAI, THO_XUONG, noonOf } from "../intake/intake-fixtures";

const CRITERIA = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10"];
/** Answers with every criterion C1–C10 at one level (0 = "Không rõ"), plus other answers. */
export const allCriteria = (level: number, other: Record<string, unknown> = {}) => ({
  ...Object.fromEntries(CRITERIA.map((id) => [id, level])),
  E4: undefined,
  ...other,
});

/** Submit `count` responses through the API on a survey day (each from its own device). */
export async function submitResponses(
  server: TestServer,
  communeCode: string,
  date: string,
  count: number,
  answers: Record<string, unknown>,
): Promise<void> {
  server.setNow(noonOf(date));
  for (let i = 0; i < count; i += 1) {
    const response = await server.request("/api/responses", {
      method: "POST",
      json: buildResponseInput({ communeCode, answers }),
      headers: newDeviceHeaders(),
    });
    if (response.status !== 201)
      throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  }
}

/**
 * The results data set, figures computed by hand in results.test.ts:
 * - Phường Thọ Xương (213): 22 responses over three days — 16 at 5, 4 at 2, 2 "Không rõ"; D1 "Có" 2, "Không" 18,
 *   "Không muốn trả lời" 2; 10 visitors a day, a photo every day, a helper on two days.
 * - Xã Song Mai (213): 10 responses (5 at 4, 5 at 3) on one day, no visitor count.
 * - Xã Đồng Tiến (215): 20 responses at 5 on one day, 20 visitors that day only, verified through Zalo (the
 *   other 32 came with device ids only: unverified).
 */
export async function seedResults(server: TestServer): Promise<void> {
  const days = ["2024-06-12", "2024-06-13", "2024-06-14"];
  const perDay = [8, 7, 7];
  const thoXuong: Record<string, unknown>[] = [
    ...Array.from({ length: 16 }, () => allCriteria(5, { D1: 2 })),
    ...Array.from({ length: 2 }, () => allCriteria(2, { D1: 1 })),
    ...Array.from({ length: 2 }, () => allCriteria(2, { D1: 9 })),
    ...Array.from({ length: 2 }, () => allCriteria(0, { D1: 2, E4: "Gọi 0912 345 678 để biết thêm" })),
  ];
  let next = 0;
  for (const [i, day] of days.entries()) {
    for (const answers of thoXuong.slice(next, next + perDay[i]!))
      await submitResponses(server, THO_XUONG, day, 1, answers);
    next += perDay[i]!;
    const helpers = i < 2 ? [{ name: "Nguyễn Văn An", role: "Hội Cựu chiến binh" }] : [];
    await recordVisits(server.context, {
      campaign: server.config.campaigns.defaultCampaign,
      communeCode: THO_XUONG,
      date: day,
      visits: 10,
      helpers,
      source: "api",
      reportedBy: "admin",
      scope: PROVINCE,
    });
    await insertPhotoReport(server, THO_XUONG, day);
  }
  await submitResponses(server, SONG_MAI, "2024-06-12", 5, allCriteria(4));
  await submitResponses(server, SONG_MAI, "2024-06-12", 5, allCriteria(3));
  await submitResponses(server, DONG_TIEN, "2024-06-12", 20, allCriteria(5));
  await recordVisits(server.context, {
    campaign: server.config.campaigns.defaultCampaign,
    communeCode: DONG_TIEN,
    date: "2024-06-12",
    visits: 20,
    source: "api",
    reportedBy: "admin",
    scope: PROVINCE,
  });
  // Đồng Tiến's residents came through Zalo (their tokens verified); the others only sent device ids.
  await server.context.db.execute(
    sql`UPDATE responses SET identity_kind = 'zalo' WHERE commune_code = ${DONG_TIEN}`,
  );
}

async function insertPhotoReport(server: TestServer, communeCode: string, day: string): Promise<void> {
  const memberKey = "a".repeat(64);
  await server.context.db.execute(sql`
    INSERT INTO photo_reports (event_key, commune_code, survey_day, member_key, image_url, received_at)
    VALUES (${randomUUID()}, ${communeCode}, ${day}::date, ${memberKey}, 'https://example.invalid/p.jpg', now())`);
}
