import { DEFAULT_INTEGRITY_POLICY } from "../integrity/policy";
import { CampaignFileError, resolveCampaign, type PartSources } from "./campaign";
import { BUILTIN_FORMS, BUILTIN_REGISTRIES } from "./builtins";
import { ZCampaignFile } from "./schema";
import { buildCampaignFileContent, buildSurveyDefinition } from "./test-factories";

const sources: PartSources = {
  builtinForms: BUILTIN_FORMS,
  builtinRegistries: BUILTIN_REGISTRIES,
  readFile(path, field) {
    throw new CampaignFileError("c.json", field, `no file ${path}`);
  },
};

const file = (overrides: Record<string, unknown> = {}) =>
  ZCampaignFile.parse(buildCampaignFileContent(overrides));

function problemOf(overrides: Record<string, unknown>): string {
  try {
    resolveCampaign(file(overrides), "c.json", sources);
  } catch (error) {
    if (error instanceof CampaignFileError) return error.message;
    throw error;
  }
  return "no error";
}

describe("resolveCampaign", () => {
  it("takes a shipped form, inline units, the days and the default quota policy", () => {
    const campaign = resolveCampaign(file(), "c.json", sources);
    expect(campaign.form.version).toBe("pks02-2024.1");
    expect(campaign.units.units.map((u) => u.code)).toEqual(["99001"]);
    expect(campaign.window).toEqual({ start: "2024-10-01", end: "2024-10-02" });
    expect(campaign.quota).toEqual({ toleranceRatio: 0.5, crowdedMinimumPerDay: 20, minToleranceForms: 0 });
  });

  it("takes the integrity thresholds a file sets, keeping the defaults for the rest", () => {
    expect(resolveCampaign(file(), "c.json", sources).integrity).toEqual(DEFAULT_INTEGRITY_POLICY);
    const { integrity } = resolveCampaign(
      file({ integrity: { speed: { maxShare: 0.35 }, hours: { open: 8 } } }),
      "c.json",
      sources,
    );
    expect(integrity.speed).toEqual({ ...DEFAULT_INTEGRITY_POLICY.speed, maxShare: 0.35 });
    expect(integrity.hours).toEqual({ ...DEFAULT_INTEGRITY_POLICY.hours, open: 8 });
    expect(integrity.burst).toEqual(DEFAULT_INTEGRITY_POLICY.burst);
  });

  it("names the integrity field that is wrong", () => {
    expect(problemOf({ integrity: { hours: { open: 18, close: 9 } } })).toMatch(/^c\.json: integrity\.hours/);
    expect(problemOf({ integrity: { speed: { maxShare: 2 } } })).toMatch(
      /^c\.json: integrity\.speed\.maxShare/,
    );
    expect(() => file({ integrity: { sped: {} } })).toThrow(/sped|Unrecognized/);
  });

  it("takes an inline form", () => {
    const form = buildSurveyDefinition();
    expect(resolveCampaign(file({ form }), "c.json", sources).form).toEqual(form);
  });

  it.each([
    [{ form: { builtin: "pks09" } }, 'c.json: form.builtin: no shipped "pks09"; shipped: pks02-2024.1'],
    [{ units: { file: "units.yaml" } }, "c.json: units.file: no file units.yaml"],
    [
      { units: { units: [{ code: "1", name: "X", kind: "Xã" }] } },
      "c.json: units.units.0.code: a unit code is 5 digits",
    ],
    [
      { form: { ...buildSurveyDefinition(), version: "" } },
      "c.json: form.version: Too small: expected string to have >=1 characters",
    ],
  ])("names the file, the field and the problem: %j", (overrides, message) => {
    expect(problemOf(overrides)).toBe(message);
  });

  it("refuses a form whose condition names a later question", () => {
    const form = buildSurveyDefinition();
    const [first, second] = form.sections[0]!.questions;
    form.sections[0]!.questions = [
      { ...second!, showIf: undefined },
      { ...first!, showIf: { questionId: "Z9", equals: 1 } },
    ];
    expect(problemOf({ form })).toMatch(/^c\.json: form\.sections: \w+\.showIf must name an earlier/);
  });
});
