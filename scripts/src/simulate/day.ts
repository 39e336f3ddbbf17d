// One simulated survey day: the scheduled posts, photo reports in the morning, residents hour by hour
// (a morning and an afternoon peak; suspicious communes all at once, fast and straight-lined), and the
// visitor counts in the late afternoon, each through the real API.
import { formatDateVi, type Campaign } from "@pks02/shared";
import { groupPost, residentVisit, runJob, type ResidentVisit, type Tally } from "./drive";
import { normal, residentAnswers, type CommuneProfile, type Random } from "./residents";

/** Share of a day's residents arriving in each hour from 07:00 (one-stop offices close at 17:00). */
const HOURLY = [0.08, 0.16, 0.16, 0.12, 0.06, 0.04, 0.08, 0.12, 0.1, 0.06, 0.02];

export interface DayContext {
  baseUrl: string;
  campaign: Campaign;
  /** The campaign's registration codes ("commune:<code>", "district:<code>"): task teams register with them. */
  codes: ReadonlyMap<string, string>;
  date: string;
  random: Random;
  tally: Tally;
  /** Resident numbers are multiplied by this (a short run: 0.1). */
  scale: number;
  concurrency: number;
  setClock(localMoment: string): void;
  now(): Date;
  deviceIds: string[];
  progress(message: string): void;
  /** Wait so that simulated time runs at most `speed` times faster than real time. */
  pace(localMoment: string): Promise<void>;
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function residentsOf(ctx: DayContext, profile: CommuneProfile, visits: number): ResidentVisit[] {
  const suspicious = profile.role === "suspicious";
  const count = Math.round(visits * profile.turnout);
  const abandoned = Math.round(count * 0.1);
  return Array.from({ length: count + abandoned }, (_, i) => ({
    communeCode: profile.commune.code,
    answers: residentAnswers(ctx.random, profile, ctx.campaign.form, suspicious && i % 4 !== 0),
    seconds: suspicious ? 20 + 15 * ctx.random() : Math.max(60, normal(ctx.random, 300, 90)),
    abandons: i >= count,
    resends: ctx.random() < 0.1,
  }));
}

async function residentsHour(ctx: DayContext, hour: number, visits: ResidentVisit[]): Promise<void> {
  const start = `${ctx.date}T${String(7 + hour).padStart(2, "0")}:00`;
  ctx.setClock(start);
  await ctx.pace(start);
  await inParallel(visits, ctx.concurrency, async (visit) => {
    const deviceId = await residentVisit(ctx.baseUrl, ctx.campaign, ctx.now(), visit, ctx.tally);
    if (deviceId) ctx.deviceIds.push(deviceId);
  });
  ctx.progress(`${formatDateVi(ctx.date)} ${start.slice(11)}: ${ctx.tally.stored} phiếu đã lưu`);
}

/** The day's residents split into hours; a suspicious commune's arrive in one burst at 10:00. */
function residentsByHour(ctx: DayContext, profiles: CommuneProfile[], visitsOf: Map<string, number>) {
  const hours: ResidentVisit[][] = HOURLY.map(() => []);
  for (const profile of profiles) {
    const residents = residentsOf(ctx, profile, visitsOf.get(profile.commune.code)!);
    for (const resident of residents) {
      const hour = profile.role === "suspicious" ? 3 : pickHour(ctx.random);
      hours[hour]!.push(resident);
    }
  }
  return hours;
}

function pickHour(random: Random): number {
  let r = random();
  for (let h = 0; h < HOURLY.length; h++) if ((r -= HOURLY[h]!) < 0) return h;
  return HOURLY.length - 1;
}

const ddmm = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

/** "/dangky 07201 <its code>" or "/dangky huyen 213 <its code>", with the campaign's registration code. */
function registration(ctx: DayContext, unit: { communeCode: string } | { districtCode: string }): string {
  const [key, words] =
    "communeCode" in unit
      ? [`commune:${unit.communeCode}`, unit.communeCode]
      : [`district:${unit.districtCode}`, `huyen ${unit.districtCode}`];
  const code = ctx.codes.get(key);
  if (code === undefined) throw new Error(`no registration code for ${key}`);
  return `/dangky ${words} ${code}`;
}

/**
 * The late-afternoon counts (a few communes forget): by a district's steering member for its communes, or, in
 * a registry without districts, by each unit's own task team; then photo reports by task teams.
 */
async function groupReports(ctx: DayContext, profiles: CommuneProfile[], visitsOf: Map<string, number>) {
  ctx.setClock(`${ctx.date}T17:00`);
  const count = (p: CommuneProfile) => `${p.commune.code} ${visitsOf.get(p.commune.code)} ${ddmm(ctx.date)}`;
  for (const districtCode of new Set(profiles.map((p) => p.commune.districtCode))) {
    const own = profiles.filter((p) => p.commune.districtCode === districtCode);
    if (districtCode !== null)
      await groupPost(ctx.baseUrl, "console-member-1", registration(ctx, { districtCode }), ctx.tally);
    for (const p of own) {
      if (ctx.random() < 0.03) continue; // forgot to report today: "missing visits"
      if (districtCode === null)
        await groupPost(
          ctx.baseUrl,
          "console-member-1",
          registration(ctx, { communeCode: p.commune.code }),
          ctx.tally,
        );
      await groupPost(ctx.baseUrl, "console-member-1", `/luotden ${count(p)}`, ctx.tally);
    }
  }
  for (const p of profiles.filter(() => ctx.random() < 0.4)) {
    await groupPost(
      ctx.baseUrl,
      "console-member-2",
      registration(ctx, { communeCode: p.commune.code }),
      ctx.tally,
    );
    await groupPost(ctx.baseUrl, "console-member-2", "", ctx.tally, true);
  }
}

/** Simulate one survey day for these communes. */
export async function simulateDay(ctx: DayContext, profiles: CommuneProfile[]): Promise<void> {
  ctx.setClock(`${ctx.date}T07:00`);
  await runJob(ctx.baseUrl, "morning-reminder", ctx.date, ctx.campaign);
  const visitsOf = new Map(
    profiles.map((p) => {
      const mean = p.visitsPerDay * ctx.scale;
      return [p.commune.code, Math.max(1, Math.round(normal(ctx.random, mean, mean * 0.2)))];
    }),
  );
  const hours = residentsByHour(ctx, profiles, visitsOf);
  for (let hour = 0; hour < hours.length; hour++) {
    if (hour === 7) {
      ctx.setClock(`${ctx.date}T14:00`);
      await runJob(ctx.baseUrl, "afternoon-check", ctx.date, ctx.campaign);
    }
    await residentsHour(ctx, hour, hours[hour]!);
  }
  await groupReports(ctx, profiles, visitsOf);
  ctx.setClock(`${ctx.date}T20:00`);
  await runJob(ctx.baseUrl, "daily-summary", ctx.date, ctx.campaign);
}
