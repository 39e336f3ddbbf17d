import { sql } from "drizzle-orm";
import type { CampaignCatalog, Commune, ParentUnit } from "@pks02/shared";
import type { Database } from "../db/database";
import { communes, districts } from "./schema";

/** Every unit and district of the campaigns, each code once (the first campaign that lists it names it). */
function unitsOf(catalog: CampaignCatalog): { units: Commune[]; parents: ParentUnit[] } {
  const units = new Map<string, Commune>();
  const parents = new Map<string, ParentUnit>();
  for (const campaign of catalog.campaigns) {
    for (const p of campaign.units.parents) if (!parents.has(p.code)) parents.set(p.code, p);
    for (const u of campaign.units.units) if (!units.has(u.code)) units.set(u.code, u);
  }
  return { units: [...units.values()], parents: [...parents.values()] };
}

/** Make the registry tables hold every campaign's units (idempotent: safe on every start). */
export async function seedRegistry(db: Database, catalog: CampaignCatalog): Promise<void> {
  const { units, parents } = unitsOf(catalog);
  await db.transaction(async (tx) => {
    if (parents.length > 0)
      await tx
        .insert(districts)
        .values(parents.map((d) => ({ code: d.code, name: d.name, type: d.type })))
        .onConflictDoUpdate({
          target: districts.code,
          set: { name: sql`excluded.name`, type: sql`excluded.type` },
        });
    await tx
      .insert(communes)
      .values(units.map((c) => ({ code: c.code, name: c.name, type: c.type, districtCode: c.districtCode })))
      .onConflictDoUpdate({
        target: communes.code,
        set: {
          name: sql`excluded.name`,
          type: sql`excluded.type`,
          districtCode: sql`excluded.district_code`,
        },
      });
  });
}
