import { sql } from "drizzle-orm";
import {
  hasDistricts,
  stripContacts,
  type Question,
  type SurveyDefinition,
  type UnitRegistry,
} from "@pks02/shared";
import { queryRows, type Database } from "../../db/database";
import { validResponses, type ResultsScope } from "../scope";

/** Rows fetched from the cursor at a time: memory holds one batch, whatever the number of responses. */
export const CURSOR_BATCH = 500;

const questionsOf = (definition: SurveyDefinition) => definition.sections.flatMap((s) => s.questions);

/**
 * The per-response table's columns: where it was answered (the district too, when the registry has them) and
 * each question of the campaign's form, never who answered.
 */
export function responseHeaders(scope: Pick<ResultsScope, "form" | "units">): string[] {
  return ["STT", "Mã xã", "Xã/phường/thị trấn"]
    .concat(hasDistricts(scope.units) ? ["Mã huyện", "Huyện/thị xã/thành phố"] : [])
    .concat(["Ngày trả lời"], questionsOf(scope.form).map(headerOf));
}

function headerOf(question: Question): string {
  switch (question.type) {
    case "scale":
      return `${question.id} (1–5${question.scale === "likert5_plus_dontknow" ? ", 0 = Không rõ" : ""})`;
    case "multi_choice":
      return `${question.id} (các lựa chọn)`;
    case "single_choice":
    case "free_text":
      return question.id;
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

/** One response as cells: numbers stay numbers (so Excel can count them), several choices as "1; 4". */
function cellsOf(
  index: number,
  row: StoredRow,
  questions: Question[],
  units: UnitRegistry,
): (string | number | null)[] {
  const commune = units.find(row.commune_code);
  const place = [row.commune_code, commune?.name ?? ""].concat(
    hasDistricts(units) ? [commune?.districtCode ?? "", commune?.districtName ?? ""] : [],
  );
  const answers = questions.map((q) => {
    const answer = row.answers[q.id];
    if (answer === undefined || answer === null) return null;
    if (Array.isArray(answer)) return answer.join("; ");
    return typeof answer === "string" ? stripContacts(answer) : (answer as number);
  });
  return [index, ...place, row.day, ...answers];
}

interface StoredRow {
  commune_code: string;
  day: string;
  answers: Record<string, unknown>;
}

/** One batch of table rows, in order; the export writes it before the next batch is fetched. */
export type RowBatchHandler = (rows: (string | number | null)[][]) => Promise<void>;

/**
 * Every valid response of the scope as table rows, read through a database cursor in batches of
 * CURSOR_BATCH inside one transaction, each handed to `onBatch` and awaited (so a slow client slows the
 * reading): an export of 100,000 responses holds one batch. Ordered by commune and day, then by an opaque
 * key — never in the order residents answered.
 */
export async function forEachResponseBatch(
  db: Database,
  scope: ResultsScope,
  onBatch: RowBatchHandler,
): Promise<number> {
  const questions = questionsOf(scope.form);
  let index = 0;
  await db.transaction(async (tx) => {
    const session = tx as unknown as Database;
    await session.execute(sql`
      DECLARE results_export NO SCROLL CURSOR FOR
      SELECT r.commune_code, r.survey_day::text AS day, r.answers FROM responses r
      WHERE ${validResponses(scope)} ORDER BY r.commune_code, r.survey_day, r.content_hash`);
    for (;;) {
      const rows = await queryRows<StoredRow>(session, sql.raw(`FETCH ${CURSOR_BATCH} FROM results_export`));
      if (rows.length === 0) break;
      await onBatch(rows.map((row) => cellsOf(++index, row, questions, scope.units)));
    }
  });
  return index;
}
