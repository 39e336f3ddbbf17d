import { createApiClient } from "./api";
import { earlyRequestPaths, startEarlyRequests } from "./early-requests";
import { campaignFromLink, resolveCommuneCode } from "../state/launch";
import type { DeviceStorage } from "./zalo";

const SONG_MAI = {
  code: "07222",
  name: "Xã Song Mai",
  districtCode: "213",
  districtName: "Thành phố Bắc Giang",
};
const NO_STORAGE: DeviceStorage = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

/** A fetch that records the URLs asked for and answers each with the commune. */
function recordingFetch(asked: string[]): typeof fetch {
  return (async (url: string) => {
    asked.push(url);
    return new Response(JSON.stringify(SONG_MAI), { status: 200 });
  }) as typeof fetch;
}

/** The URLs the app itself asks for at start, for a link's query string. */
async function urlsTheAppAsks(search: string): Promise<string[]> {
  const params = Object.fromEntries(new URLSearchParams(search));
  const asked: string[] = [];
  const api = createApiClient("", recordingFetch(asked), campaignFromLink(params));
  await api.getSurvey().catch(() => undefined);
  await api.getCommune(resolveCommuneCode(params, NO_STORAGE) ?? "").catch(() => undefined);
  return asked;
}

describe("the survey and the commune asked for before the app's script arrives", () => {
  afterEach(() => {
    globalThis.PKS02_EARLY_REPLIES = undefined;
  });

  it.each([
    "?commune=07201&utm_source=zalo-qr",
    "?commune=%2007201%20",
    "?campaign=thu-nghiem%202024/06&commune=07222",
    "?commune=07201&commune=07204",
  ])("asks for exactly what the app asks for at start (%s)", async (search) => {
    expect(earlyRequestPaths(search)).toEqual(await urlsTheAppAsks(search));
  });

  it("asks for nothing when the link names no commune, or one the app would not look up", () => {
    expect(earlyRequestPaths("")).toEqual([]);
    expect(earlyRequestPaths("?campaign=thu-nghiem")).toEqual([]);
    expect(earlyRequestPaths("?commune=7201")).toEqual([]);
  });

  it("when the app starts, its client takes each early reply once instead of asking again", async () => {
    const early: string[] = [];
    startEarlyRequests("https://pks02.example.gov.vn", "?commune=07222", recordingFetch(early));
    expect(early).toEqual([
      "https://pks02.example.gov.vn/api/survey",
      "https://pks02.example.gov.vn/api/communes/07222",
    ]);

    const asked: string[] = [];
    const api = createApiClient(
      "https://pks02.example.gov.vn",
      recordingFetch(asked),
      undefined,
      globalThis.PKS02_EARLY_REPLIES,
    );
    await expect(api.getCommune("07222")).resolves.toEqual(SONG_MAI);
    expect(asked).toEqual([]);
    await expect(api.getCommune("07222")).resolves.toEqual(SONG_MAI);
    expect(asked).toEqual(["https://pks02.example.gov.vn/api/communes/07222"]);
  });
});
