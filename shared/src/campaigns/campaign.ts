import { ZIntegrityPolicy, withIntegritySettings, type IntegrityPolicy } from "../integrity/policy";
import { z } from "zod";
import { DEFAULT_QUOTA_POLICY, type QuotaPolicy } from "../quota/quota";
import { ZSurveyDefinition, type SurveyDefinition } from "../survey/types";
import { allQuestions } from "../survey/visibility";
import { windowPhase, type SurveyWindow, type WindowPhase } from "../window/window";
import type { CampaignFile, CampaignGroup, PartSpec } from "./schema";
import { ZUnitRegistrySpec, buildUnitRegistry, type UnitRegistry } from "./units";

/** A survey round: one form over one registry of units, on some days, with its quota and Zalo groups. */
export interface Campaign {
  id: string;
  title: string;
  /** The round in a few words, for posts, lists and report titles ("PKS 02"). */
  shortTitle: string;
  form: SurveyDefinition;
  units: UnitRegistry;
  window: SurveyWindow;
  quota: QuotaPolicy;
  /** The thresholds of the integrity signals for this round. */
  integrity: IntegrityPolicy;
  zaloGroups: readonly CampaignGroup[];
  /** The file it was read from, for messages. */
  source: string;
}

/** What is wrong with a campaign file: which file, which field, what problem (one line for the operator). */
export class CampaignFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field || "(file)"}: ${problem}`);
  }
}

/** How a campaign's referenced parts are found: shipped forms and registries, and other files. */
export interface PartSources {
  builtinForms: Readonly<Record<string, SurveyDefinition>>;
  builtinRegistries: Readonly<Record<string, UnitRegistry>>;
  /** A file named relative to the campaign file: its path and parsed content; throws CampaignFileError. */
  readFile(relativePath: string, field: string): { path: string; content: unknown };
}

/** A form whose questions can be answered: unique ids, conditions on earlier single-answer questions. */
export const ZCheckedSurveyDefinition = ZSurveyDefinition.check(
  z.superRefine((form: SurveyDefinition, ctx) => {
    const earlier = new Map<string, string>();
    for (const question of allQuestions(form)) {
      if (earlier.has(question.id))
        ctx.addIssue({
          code: "custom",
          path: ["sections"],
          message: `question ${question.id} appears twice`,
        });
      const condition = question.showIf && earlier.get(question.showIf.questionId);
      if (question.showIf && condition !== "single_choice" && condition !== "scale")
        ctx.addIssue({
          code: "custom",
          path: ["sections"],
          message: `${question.id}.showIf must name an earlier single-choice or scale question`,
        });
      earlier.set(question.id, question.type);
    }
  }),
);

function firstIssue(error: z.ZodError, prefix: string): { field: string; problem: string } {
  const issue = error.issues[0];
  // An unknown key is reported on its object; name the key itself, the likelier typo.
  const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  const path = [prefix, ...(issue?.path ?? []).map(String), unknownKey ?? ""];
  const field = path.filter((p) => p !== "").join(".");
  return { field, problem: unknownKey ? "unknown field (misspelt?)" : (issue?.message ?? "invalid") };
}

/** Parse a value with a schema, or throw a CampaignFileError naming the field under `prefix`. */
export function parseCampaignPart<T>(
  schema: z.core.$ZodType<T>,
  value: unknown,
  file: string,
  prefix: string,
): T {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const { field, problem } = firstIssue(parsed.error, prefix);
  throw new CampaignFileError(file, field, problem);
}

function resolvePart<T>(
  spec: PartSpec,
  field: string,
  builtins: Readonly<Record<string, T>>,
  parse: (value: unknown, file: string, prefix: string) => T,
  sources: PartSources,
  source: string,
): T {
  if ("builtin" in spec && typeof spec.builtin === "string") {
    const builtin = builtins[spec.builtin];
    if (!builtin) throw new CampaignFileError("", `${field}.builtin`, unknownBuiltin(spec.builtin, builtins));
    return builtin;
  }
  if ("file" in spec && typeof spec.file === "string") {
    const { path, content } = sources.readFile(spec.file, `${field}.file`);
    return parse(content, path, "");
  }
  return parse(spec, source, field);
}

function unknownBuiltin(key: string, builtins: Readonly<Record<string, unknown>>): string {
  return `no shipped "${key}"; shipped: ${Object.keys(builtins).join(", ")}`;
}

/** Turn a checked campaign file into a campaign, reading its form and units (throws CampaignFileError). */
export function resolveCampaign(file: CampaignFile, source: string, sources: PartSources): Campaign {
  try {
    const form = resolvePart(file.form, "form", sources.builtinForms, parseForm, sources, source);
    const units = resolvePart(file.units, "units", sources.builtinRegistries, parseUnits, sources, source);
    return {
      id: file.id,
      title: file.title,
      shortTitle: file.shortTitle ?? form.id,
      form,
      units,
      window: { ...file.days },
      quota: { ...DEFAULT_QUOTA_POLICY, ...file.quota },
      integrity: parseCampaignPart(
        ZIntegrityPolicy,
        withIntegritySettings(file.integrity),
        source,
        "integrity",
      ),
      zaloGroups: file.zaloGroups,
      source,
    };
  } catch (error) {
    if (error instanceof CampaignFileError && error.file === "")
      throw new CampaignFileError(source, error.field, error.problem);
    throw error;
  }
}

const parseForm = (value: unknown, file: string, prefix: string) =>
  parseCampaignPart(ZCheckedSurveyDefinition, value, file, prefix);
const parseUnits = (value: unknown, file: string, prefix: string) =>
  buildUnitRegistry(parseCampaignPart(ZUnitRegistrySpec, value, file, prefix));

/** Where a campaign stands today: before its days, during them, or after. */
export function campaignPhase(campaign: Campaign, moment: Date): WindowPhase {
  return windowPhase(campaign.window, moment);
}
