import { sql, type SQL } from "drizzle-orm";
import type { SurveyDefinition, UnitRegistry } from "@pks02/shared";

/** Which responses and communes the results are about: one campaign's valid responses, maybe one district's. */
export interface ResultsScope {
  campaignId: string;
  /** The campaign's form's id. */
  surveyId: string;
  /** The campaign's form: the questions its figures and exports are made of. */
  form: SurveyDefinition;
  /** The campaign's units: the names (and districts) its exports give each response's unit. */
  units: UnitRegistry;
  days: { start: string; end: string };
  districtCode: string | null;
}

/** Communes in scope, for tables keyed by commune_code (visits, photos). */
export function communeFilter(scope: ResultsScope, column: SQL = sql`commune_code`): SQL {
  return scope.districtCode
    ? sql`${column} IN (SELECT code FROM communes WHERE district_code = ${scope.districtCode})`
    : sql`TRUE`;
}

/** The campaign's rows of communes in scope, for the per-day tables (visits, photos), maybe under an alias. */
export function campaignDayFilter(scope: ResultsScope, alias: "" | "v." = ""): SQL {
  const column = (name: string) => sql.raw(`${alias}${name}`);
  return sql`${column("campaign_id")} = ${scope.campaignId} AND ${communeFilter(scope, column("commune_code"))}`;
}

/**
 * The responses every figure counts, for a query over `responses AS r`. This is the one place that says
 * which responses are valid, so every figure, ranking and export agrees: the survey's responses, except those
 * of commune-days a reviewer judged "loại khỏi kết quả" (integrity_decisions, migration 0018). Nothing else
 * excludes a response; the integrity signals only flag.
 */
export function validResponses(scope: ResultsScope, options: { wholeProvince?: boolean } = {}): SQL {
  const district = options.wholeProvince ? sql`TRUE` : communeFilter(scope, sql`r.commune_code`);
  return sql`r.campaign_id = ${scope.campaignId} AND r.survey_id = ${scope.surveyId} AND ${district}
    AND NOT EXISTS (
      SELECT 1 FROM integrity_decisions d
      WHERE d.survey_id = r.survey_id AND d.commune_code = r.commune_code AND d.survey_day = r.survey_day
        AND d.decision = 'excluded')`;
}
