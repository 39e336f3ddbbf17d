import { createHash, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../../src/db/database";

export const DISTRICT_213_TOKEN = "district-213-token-abcdefgh-0123456789";
export const DISTRICT_215_TOKEN = "district-215-token-ijklmnop-0123456789";
/** Env for a test server with one token for Thành phố Bắc Giang (213) and one for Yên Thế (215). */
export const DISTRICT_ENV = { DISTRICT_TOKENS: `213:${DISTRICT_213_TOKEN},215:${DISTRICT_215_TOKEN}` };

/** Communes used across the intake tests. */
export const SONG_MAI = "07222"; // Xã Song Mai, Thành phố Bắc Giang (213)
export const THO_XUONG = "07201"; // Phường Thọ Xương, 213
export const DONG_TIEN = "07243"; // Xã Đồng Tiến, Huyện Yên Thế (215)

/** Local noon of a survey day, as the moment the server's clock shows. */
export const noonOf = (date: string) => new Date(`${date}T12:00:00+07:00`);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Store `count` responses of a commune for one survey day straight in the table (for progress tests that
 * need many rows; the API path is proven in responses tests).
 */
export async function insertStoredResponses(
  db: Database,
  communeCode: string,
  surveyDay: string,
  count: number,
) {
  for (let i = 0; i < count; i += 1) {
    const id = randomUUID();
    await db.execute(sql`
      INSERT INTO responses (submission_id, survey_id, survey_version, commune_code, identity_kind,
        answers, content_hash, survey_day, received_hour)
      VALUES (${id}, 'PKS02', 'pks02-2024.1', ${communeCode}, 'device', '{}'::jsonb,
        ${sha256(`content-${id}`)}, ${surveyDay}::date, 10)`);
  }
}

/** The de-duplication keys stored for a commune (they live apart from the answers). */
export async function respondentKeysOf(db: Database, communeCode: string): Promise<string[]> {
  const rows = await db.execute(
    sql`SELECT respondent_key FROM respondent_keys WHERE commune_code = ${communeCode} ORDER BY 1`,
  );
  return (rows as unknown as { rows: { respondent_key: string }[] }).rows.map((r) => r.respondent_key);
}
