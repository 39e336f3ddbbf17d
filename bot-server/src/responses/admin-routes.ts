import { Router } from "express";
import { assertAdmin, requireStaff, staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { purgeRespondentKeys } from "./purge-respondent-keys";

/** Admin: POST /api/admin/respondent-keys/purge — forget who answered, once the window has closed. */
export function respondentKeyRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post("/api/admin/respondent-keys/purge", requireStaff(ctx.config), async (_req, res) => {
    assertAdmin(staffOf(res));
    res.json(await purgeRespondentKeys(ctx));
  });
  return router;
}
