import { sql } from "drizzle-orm";
import { COMMUNES, DISTRICTS } from "@pks02/shared";
import type { Database } from "../db/database";
import { communes, districts } from "./schema";

/** Make the registry tables match @pks02/shared (idempotent: safe on every start). */
export async function seedRegistry(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(districts)
      .values(DISTRICTS.map((d) => ({ code: d.code, name: d.name, type: d.type })))
      .onConflictDoUpdate({
        target: districts.code,
        set: { name: sql`excluded.name`, type: sql`excluded.type` },
      });
    await tx
      .insert(communes)
      .values(
        COMMUNES.map((c) => ({ code: c.code, name: c.name, type: c.type, districtCode: c.districtCode })),
      )
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
