import { windowPhase, ZCommuneCode, ZCommuneInfo, ZSurveyInfo } from "@pks02/shared";
import type * as z from "zod/mini";
import { ApiRefusal, type ApiClient, type CommuneInfo, type SurveyInfo } from "../services/api";
import type { DeviceStorage } from "../services/zalo";

const UNKNOWN_LINK = new Set(["COMMUNE_NOT_FOUND", "CAMPAIGN_NOT_FOUND"]);

/** What the app knows after start-up. */
export type LoadState =
  | { kind: "loading" }
  | { kind: "missing_commune" }
  | { kind: "unknown_commune"; communeCode: string }
  | { kind: "load_failed" }
  | { kind: "ready"; survey: SurveyInfo; commune: CommuneInfo; fromCache: boolean };

// Per campaign: one phone may scan two campaigns' codes (the default campaign keeps its old keys).
const campaignSuffix = (api: ApiClient) => (api.campaignId ? `.${api.campaignId}` : "");
const surveyCacheKey = (api: ApiClient) => `pks02.cache.survey${campaignSuffix(api)}`;
const communeCacheKey = (api: ApiClient, code: string) => `pks02.cache.commune.${code}${campaignSuffix(api)}`;

/** What an earlier start kept, parsed by the reply's own schema (an older app's cache may differ). */
function readCache<T extends z.ZodMiniType>(
  storage: DeviceStorage,
  key: string,
  schema: T,
): z.infer<T> | null {
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
    writeCache(storage, surveyCacheKey(api), survey);
    writeCache(storage, communeCacheKey(api, communeCode), commune);
    return { kind: "ready", survey, commune, fromCache: false };
  } catch (failure) {
    // A link naming a campaign the server does not know is as wrong as an unknown commune: rescan the QR.
    if (failure instanceof ApiRefusal && UNKNOWN_LINK.has(failure.code))
      return { kind: "unknown_commune", communeCode };
    const survey = readCache(storage, surveyCacheKey(api), ZSurveyInfo);
    const commune = readCache(storage, communeCacheKey(api, communeCode), ZCommuneInfo);
    if (!survey || !commune) return { kind: "load_failed" };
    const phase = windowPhase(survey.window, new Date());
    return { kind: "ready", survey: { ...survey, phase }, commune, fromCache: true };
  }
}
