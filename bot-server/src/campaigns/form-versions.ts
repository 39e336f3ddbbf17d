import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Campaign, CampaignCatalog } from "@pks02/shared";
import { queryRows, type Database } from "../db/database";

/** A campaign's form changed but kept a version that already has responses (start-up stops). */
export class FormVersionError extends Error {}

const definitionHash = (campaign: Campaign) =>
  createHash("sha256").update(JSON.stringify(campaign.form)).digest("hex");

async function checkForm(db: Database, campaign: Campaign, now: Date): Promise<void> {
  const { version, id: formId } = campaign.form;
  const hash = definitionHash(campaign);
  const [known] = await queryRows<{ definition_hash: string }>(
    db,
    sql`SELECT definition_hash FROM campaign_forms WHERE campaign_id = ${campaign.id} AND form_version = ${version}`,
  );
  if (known?.definition_hash === hash) return;
  if (known) {
    const [row] = await queryRows<{ count: number }>(
      db,
      sql`SELECT count(*)::int AS count FROM responses
          WHERE campaign_id = ${campaign.id} AND survey_version = ${version}`,
    );
    if ((row?.count ?? 0) > 0)
      throw new FormVersionError(
        `${campaign.source}: form.version: the form changed but version ${version} already has ${row!.count} responses; give the changed form a new version`,
      );
  }
  await db.execute(sql`
    INSERT INTO campaign_forms (campaign_id, form_version, form_id, definition_hash, first_seen_at)
    VALUES (${campaign.id}, ${version}, ${formId}, ${hash}, ${now.toISOString()}::timestamptz)
    ON CONFLICT (campaign_id, form_version) DO UPDATE SET definition_hash = excluded.definition_hash`);
}

/**
 * Remember each campaign's form version and definition; a definition that changed under a version that
 * already has responses is refused (those responses answered the old form: the new one needs a new version).
 */
export async function checkFormVersions(db: Database, catalog: CampaignCatalog, now: Date): Promise<void> {
  for (const campaign of catalog.campaigns) await checkForm(db, campaign, now);
}
