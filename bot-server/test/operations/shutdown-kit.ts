import { request } from "node:http";
import { addDays, localDateOf } from "@pks02/shared";
import { TEST_ADMIN_TOKEN, TEST_HASH_SECRET } from "../../src/testing";
import { buildResponseInput } from "../../src/testing/factories";

/** What one POST of a submission came to: the server's answer, or a connection that failed. */
export type Attempt =
  { submissionId: string; status: number; receiptId?: string } | { submissionId: string; failure: string };

/** The environment of a production-like process on a PostgreSQL database whose window includes today. */
export function productionEnv(databaseUrl: string): Record<string, string> {
  const today = localDateOf(new Date());
  return {
    DATABASE_URL: databaseUrl,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
    // The senders stand in for phones with device ids, which a production database takes only when told.
    ALLOW_DEVICE_IDS: "true",
    SURVEY_START: addDays(today, -1),
    SURVEY_END: addDays(today, 1),
    RATE_LIMIT_PER_MINUTE: "1000000",
    LOG_LEVEL: "warn",
  };
}

/** POST one fresh submission on its own connection (no keep-alive), as phones on 3G do. */
export function submitOnce(baseUrl: string, index: number): Promise<Attempt> {
  const input = buildResponseInput({ communeCode: index % 2 === 0 ? "07201" : "07222" });
  const body = JSON.stringify(input);
  const { submissionId } = input;
  return new Promise((resolve) => {
    const req = request(
      `${baseUrl}/api/responses`,
      {
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-device-id": `shutdown-device-${String(index).padStart(8, "0")}`,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => {
          const receipt = res.statusCode === 201 ? (JSON.parse(text) as { id: string }) : undefined;
          resolve({ submissionId, status: res.statusCode ?? 0, receiptId: receipt?.id });
        });
        res.on("error", (error) => resolve({ submissionId, failure: error.message }));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ submissionId, failure: error.code ?? error.message }),
    );
    req.end(body);
  });
}
