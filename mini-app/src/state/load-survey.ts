import { windowPhase, ZCommuneCode, ZCommuneInfo, ZSurveyInfo } from "@pks02/shared";
import type { z } from "zod";
import { ApiRefusal, type ApiClient, type CommuneInfo, type SurveyInfo } from "../services/api";
import type { DeviceStorage } from "../services/zalo";

/** What the app knows after start-up. */
export type LoadState =
  | { kind: "loading" }
  | { kind: "missing_commune" }
  | { kind: "unknown_commune"; communeCode: string }
  | { kind: "load_failed" }
  | { kind: "ready"; survey: SurveyInfo; commune: CommuneInfo; fromCache: boolean };

const SURVEY_CACHE_KEY = "pks02.cache.survey";
const communeCacheKey = (code: string) => `pks02.cache.commune.${code}`;

/** What an earlier start kept, parsed by the reply's own schema (an older app's cache may differ). */
function readCache<T extends z.ZodType>(storage: DeviceStorage, key: string, schema: T): z.infer<T> | null {
  try {
    const parsed = schema.safeParse(JSON.parse(storage.getItem(key) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeCache(storage: DeviceStorage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // only the offline start is lost
  }
}

/**
 * Fetch the survey and the commune. The last good answer is kept on the device so a resident who opens
 * the app again without a connection (to finish at home) can still answer; the phase is then worked out
 * from the device's clock.
 */
export async function loadSurveyAndCommune(
  api: ApiClient,
  storage: DeviceStorage,
  communeCode: string | null,
): Promise<LoadState> {
  if (!communeCode) return { kind: "missing_commune" };
  if (!ZCommuneCode.safeParse(communeCode).success) return { kind: "unknown_commune", communeCode };
  try {
    const [survey, commune] = await Promise.all([api.getSurvey(), api.getCommune(communeCode)]);
    writeCache(storage, SURVEY_CACHE_KEY, survey);
    writeCache(storage, communeCacheKey(communeCode), commune);
    return { kind: "ready", survey, commune, fromCache: false };
  } catch (failure) {
    if (failure instanceof ApiRefusal && failure.code === "COMMUNE_NOT_FOUND")
      return { kind: "unknown_commune", communeCode };
    const survey = readCache(storage, SURVEY_CACHE_KEY, ZSurveyInfo);
    const commune = readCache(storage, communeCacheKey(communeCode), ZCommuneInfo);
    if (!survey || !commune) return { kind: "load_failed" };
    const phase = windowPhase(survey.window, new Date());
    return { kind: "ready", survey: { ...survey, phase }, commune, fromCache: true };
  }
}
