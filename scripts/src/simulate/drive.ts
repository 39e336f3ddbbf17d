// What the simulated people do through the real HTTP API: residents open the form, answer (some give up,
// some send twice), and task teams post counts and photos through the console group, as in the Zalo group.
import { randomUUID } from "node:crypto";
import { ZRegistrationCodes, type Campaign } from "@pks02/shared";
import { SIM_ADMIN_TOKEN } from "./sim-server";

/** What the residents' requests came to, by outcome. */
export interface Tally {
  stored: number;
  resentAnswered: number;
  abandoned: number;
  refused: Record<string, number>;
  groupPosts: number;
}

export const newTally = (): Tally => ({
  stored: 0,
  resentAnswered: 0,
  abandoned: 0,
  refused: {},
  groupPosts: 0,
});

export interface ResidentVisit {
  communeCode: string;
  answers: Record<string, unknown>;
  /** Seconds the resident took, from opening the form to sending it. */
  seconds: number;
  abandons: boolean;
  resends: boolean;
}

const json = { "content-type": "application/json" };

async function getOk(url: string): Promise<void> {
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
}

async function postForm(baseUrl: string, body: object, deviceId: string) {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${baseUrl}/api/responses`, {
      method: "POST",
      headers: { ...json, "x-device-id": deviceId },
      body: JSON.stringify(body),
    }).catch(() => undefined);
    const reply = res ? ((await res.json()) as { error?: { code: string } }) : undefined;
    if (res && res.status < 500) return { status: res.status, code: reply?.error?.code };
    if (attempt >= 4) throw new Error(`POST /api/responses kept failing (${res?.status ?? "no answer"})`);
    await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt)); // the Mini App's outbox retries
  }
}

/** One resident: opens the campaign's survey for the commune (as its QR code does), then answers (or not), perhaps sending twice. */
export async function residentVisit(
  baseUrl: string,
  campaign: Campaign,
  now: Date,
  visit: ResidentVisit,
  tally: Tally,
) {
  await getOk(`${baseUrl}/api/survey?campaign=${campaign.id}`);
  await getOk(`${baseUrl}/api/communes/${visit.communeCode}?campaign=${campaign.id}`);
  if (visit.abandons) return void tally.abandoned++;
  const body = {
    submissionId: randomUUID(),
    campaignId: campaign.id,
    communeCode: visit.communeCode,
    surveyVersion: campaign.form.version,
    answers: visit.answers,
    startedAt: new Date(now.getTime() - visit.seconds * 1000).toISOString(),
  };
  const deviceId = randomUUID();
  const first = await postForm(baseUrl, body, deviceId);
  if (first.status === 201) tally.stored++;
  else {
    const key = first.code ?? String(first.status);
    tally.refused[key] = (tally.refused[key] ?? 0) + 1;
  }
  if (visit.resends && (await postForm(baseUrl, body, deviceId)).status === 200) tally.resentAnswered++;
  return deviceId;
}

const basicAdmin = `Basic ${Buffer.from(`simulation:${SIM_ADMIN_TOKEN}`).toString("base64")}`;

/** A test member's message (or the sample photo) in the console group: the webhook's own handlers run it. */
export async function groupPost(baseUrl: string, member: string, text: string, tally: Tally, photo = false) {
  const form = new URLSearchParams({ member, text, action: photo ? "photo" : "text" });
  const res = await fetch(`${baseUrl}/group/messages`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: basicAdmin },
    body: form.toString(),
    redirect: "manual",
  });
  await res.arrayBuffer();
  if (res.status !== 303) throw new Error(`console group post "${text}": ${res.status}`);
  tally.groupPosts++;
}

/** Run a campaign's scheduled job now through the admin API (the evening summary of a day, …). */
export async function runJob(baseUrl: string, job: string, date: string, campaign: Campaign): Promise<void> {
  const res = await fetch(`${baseUrl}/api/admin/jobs/${job}/run`, {
    method: "POST",
    headers: { ...json, authorization: `Bearer ${SIM_ADMIN_TOKEN}` },
    body: JSON.stringify({ date, campaign: campaign.id }),
  });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`job ${job} ${date}: ${res.status}`);
}

/** The campaign's registration codes by unit ("commune:07201", "district:213"), as the admin lists them. */
export async function registrationCodes(baseUrl: string, campaign: Campaign): Promise<Map<string, string>> {
  const res = await fetch(`${baseUrl}/api/admin/registration-codes?campaign=${campaign.id}`, {
    headers: { authorization: `Bearer ${SIM_ADMIN_TOKEN}` },
  });
  if (!res.ok) throw new Error(`GET /api/admin/registration-codes: ${res.status}`);
  const codes = ZRegistrationCodes.parse(await res.json());
  return new Map([
    ...codes.communes.map((c) => [`commune:${c.code}`, c.registrationCode] as const),
    ...codes.districts.map((d) => [`district:${d.code}`, d.registrationCode] as const),
  ]);
}
