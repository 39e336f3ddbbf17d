import type { TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { allCriteria } from "../results/results-fixtures";

export const DAY = "2024-06-12";
/** Communes of Thành phố Bắc Giang (213), each seeded with 12 forms on 12/6 to trip one signal (or none). */
export const SEEDED = {
  clean: "07201", // Phường Thọ Xương: like the others
  clean2: "07204",
  clean3: "07207",
  speed: "07210", // 6 of 12 in 30 seconds
  burst: "07213", // all 12 within one 5-minute span
  straight: "07216", // 8 of 12 with C1–C10 all at 5
  duplicate: "07219", // 5 identical forms: 4 repeats
  help: "07225", // 8 of 12 helped (F6 = 2)
  place: "07228", // every form "at home" (F5 = 2)
  hours: "07231", // every form after 19:00
} as const;

const at = (time: string, plusSeconds: number) =>
  new Date(new Date(`${DAY}T${time}+07:00`).getTime() + plusSeconds * 1000);

/** Submit one form at a moment of the server's clock, begun `seconds` before. */
export async function submitAt(
  server: TestServer,
  communeCode: string,
  moment: Date,
  seconds: number,
  answers: Record<string, unknown>,
): Promise<void> {
  server.setNow(moment);
  const startedAt = new Date(moment.getTime() - seconds * 1000).toISOString();
  const response = await server.request("/api/responses", {
    method: "POST",
    json: buildResponseInput({ communeCode, answers, startedAt }),
    headers: newDeviceHeaders(),
  });
  if (response.status !== 201) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
}

/** Seed the communes of SEEDED: 12 forms each, 10 minutes apart from 07:30, 5 minutes each, distinct. */
export async function seedIntegrity(server: TestServer): Promise<void> {
  for (const [kind, code] of Object.entries(SEEDED)) {
    for (let i = 0; i < 12; i += 1) {
      const own = { E4: `Ý kiến số ${i} của ${code}` };
      let moment = at("07:30:00", i * 600);
      let seconds = 300;
      let answers: Record<string, unknown> = own;
      if (kind === "speed" && i < 6) seconds = 30;
      if (kind === "burst") moment = at("09:00:00", i * 20);
      if (kind === "straight" && i < 8) answers = allCriteria(5, own);
      if (kind === "duplicate" && i < 5) answers = { E4: "Giống hệt nhau" };
      if (kind === "help" && i < 8) answers = { ...own, F6: 2 };
      if (kind === "place") answers = { ...own, F5: 2 };
      if (kind === "hours") moment = at("19:00:00", i * 600);
      await submitAt(server, code, moment, seconds, answers);
    }
  }
}
