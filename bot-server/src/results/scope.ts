import { sql, type SQL } from "drizzle-orm";

/** Which responses and communes the results are about: one survey's valid responses, maybe one district's. */
export interface ResultsScope {
  surveyId: string;
  days: { start: string; end: string };
  districtCode: string | null;
}

/** Communes in scope, for tables keyed by commune_code (visits, photos). */
export function communeFilter(scope: ResultsScope, column: SQL = sql`commune_code`): SQL {
  return scope.districtCode
    ? sql`${column} IN (SELECT code FROM communes WHERE district_code = ${scope.districtCode})`
    : sql`TRUE`;
}

/**
 * The responses every figure counts, for a query over `responses AS r`. This is the one place that says
 * which responses are valid: excluding responses judged invalid (integrity checks) belongs here, so every
 * figure, ranking and export agrees.
 */
export function validResponses(scope: ResultsScope, options: { wholeProvince?: boolean } = {}): SQL {
  const district = options.wholeProvince ? sql`TRUE` : communeFilter(scope, sql`r.commune_code`);
  return sql`r.survey_id = ${scope.surveyId} AND ${district}`;
}
