// After a simulation: read every table and the server's log, looking for what must never be kept about a
// respondent — their device id (or Zalo id), a phone number, a name.
import { readFileSync } from "node:fs";
import pg from "pg";

export interface PrivacyFinding {
  where: string;
  what: string;
}

/** Vietnamese mobile numbers as people write them (0xx…, +84xx…), with or without separators. */
const PHONE = /(?:\+84|\b0)(?:[ .-]?\d){9}\b/;

function findIn(where: string, text: string, needles: ReadonlySet<string>): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  if (PHONE.test(text)) findings.push({ where, what: `a phone number: ${PHONE.exec(text)![0]}` });
  for (const needle of needles) if (text.includes(needle)) findings.push({ where, what: `"${needle}"` });
  return findings;
}

/** Every row of every table of the public schema, as text, checked for the needles and for phone numbers. */
export async function scanDatabase(
  databaseUrl: string,
  needles: ReadonlySet<string>,
): Promise<PrivacyFinding[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    const findings: PrivacyFinding[] = [];
    for (const { name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
      for (const { row } of rows.rows) findings.push(...findIn(`table ${name}`, row, needles));
    }
    return findings;
  } finally {
    await client.end();
  }
}

/** The server's log file, checked the same way. */
export function scanLog(logFile: string, needles: ReadonlySet<string>): PrivacyFinding[] {
  return readFileSync(logFile, "utf8")
    .split("\n")
    .flatMap((line, i) => findIn(`log line ${i + 1}`, line, needles));
}
