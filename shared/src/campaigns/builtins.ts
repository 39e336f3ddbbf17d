import { COMMUNES, DISTRICTS } from "../communes/registry";
import { PKS02_DEFINITION } from "../survey/pks02";
import type { SurveyDefinition } from "../survey/types";
import { buildUnitRegistry, type UnitRegistry } from "./units";

/** The campaign that answers when a link names none: the June 2024 Bắc Giang PKS 02 round. */
export const DEFAULT_CAMPAIGN_ID = "pks02-bac-giang-2024-06";

/** Bắc Giang's 209 commune-level units in 10 districts, June 2024 (shared/data/bac-giang-communes-2024.csv). */
export const BAC_GIANG_2024_REGISTRY: UnitRegistry = buildUnitRegistry({
  area: "Tỉnh Bắc Giang",
  parents: DISTRICTS.map(({ code, name, type }) => ({ code, name, type })),
  units: COMMUNES.map(({ code, name, type, districtCode }) => ({
    code,
    name,
    kind: type,
    parent: districtCode ?? undefined,
  })),
});

/** Forms shipped with the code, by version: a campaign file names one as `"form": {"builtin": "<version>"}`. */
export const BUILTIN_FORMS: Readonly<Record<string, SurveyDefinition>> = Object.freeze({
  [PKS02_DEFINITION.version]: PKS02_DEFINITION,
});

/** Registries shipped with the code: a campaign file names one as `"units": {"builtin": "<key>"}`. */
export const BUILTIN_REGISTRIES: Readonly<Record<string, UnitRegistry>> = Object.freeze({
  "bac-giang-2024-06": BAC_GIANG_2024_REGISTRY,
});
