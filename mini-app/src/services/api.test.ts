import { PKS02_DEFINITION } from "@pks02/shared";
import { ApiRefusal, createApiClient } from "./api";

/** A fetch that answers every request with this status and JSON body. */
const answering = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

const SONG_MAI = {
  code: "07222",
  name: "Xã Song Mai",
  districtCode: "213",
  districtName: "Thành phố Bắc Giang",
};

describe("the API client parses every reply with the shared contracts", () => {
  it("returns a commune and the survey that match their schemas", async () => {
    await expect(createApiClient("", answering(200, SONG_MAI)).getCommune("07222")).resolves.toEqual(
      SONG_MAI,
    );
    const survey = { definition: PKS02_DEFINITION, window: { start: "2024-06-12", end: "2024-06-14" } };
    const reply = { ...survey, phase: "open", today: "2024-06-12" };
    await expect(createApiClient("", answering(200, reply)).getSurvey()).resolves.toMatchObject({
      phase: "open",
      definition: { version: PKS02_DEFINITION.version },
    });
  });

  it("treats a success that breaks the contract as the server's trouble, to retry", async () => {
    const { districtName: _dropped, ...withoutDistrict } = SONG_MAI;
    const failure = await createApiClient("", answering(200, withoutDistrict))
      .getCommune("07222")
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiRefusal);
    expect((failure as ApiRefusal).retryable).toBe(true);
  });

  it("reads the error shape into an ApiRefusal with the server's code and message", async () => {
    const error = { code: "COMMUNE_NOT_FOUND", message: "Không tìm thấy…", details: [] };
    const failure = await createApiClient("", answering(404, { error }))
      .getCommune("99999")
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 404, code: "COMMUNE_NOT_FOUND", message: "Không tìm thấy…" });
  });

  it("asks for the campaign its link names, and takes a unit without a district", async () => {
    const asked: string[] = [];
    const flatUnit = { code: "99002", name: "Xã Mẫu Bình", districtCode: null, districtName: null };
    const recording = (async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(flatUnit), { status: 200 });
    }) as typeof fetch;
    const api = createApiClient("", recording, "thu-nghiem-2024-06");
    await expect(api.getCommune("99002")).resolves.toEqual(flatUnit);
    expect(api.campaignId).toBe("thu-nghiem-2024-06");
    expect(asked).toEqual(["/api/communes/99002?campaign=thu-nghiem-2024-06"]);
  });
});
