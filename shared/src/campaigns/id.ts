// zod/mini: a reply the Mini App parses names its campaign (see api/resident.ts); campaign files, read by the
// server only, stay classic in schema.ts.
import * as z from "zod/mini";

/** A campaign id: stable, lower case, used in links (`?campaign=…`) and stored with every response. */
export const ZCampaignId = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "mã đợt khảo sát gồm chữ thường, chữ số và dấu gạch ngang"));
