import { Router } from "express";
import { z } from "zod";
import { ZCampaignId, ZLocalDate } from "@pks02/shared";
import { campaignOf } from "../campaigns/resolve";
import { assertAdmin, requireStaff, staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { runJob } from "./run-job";
import { JOB_NAMES } from "./schema";

const ZRunJob = z
  .object({ date: ZLocalDate, force: z.boolean().default(false), campaign: z.optional(ZCampaignId) })
  .strict();

/** POST /api/admin/jobs/<job>/run { date, force, campaign? }: run a campaign's scheduled job by hand (admin). */
export function jobRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post("/api/admin/jobs/:job/run", requireStaff(ctx.config), async (req, res) => {
    assertAdmin(staffOf(res));
    const job = JOB_NAMES.find((name) => name === req.params.job);
    if (!job) throw new AppError("UNKNOWN_JOB");
    const { date, force, campaign } = parseInput(ZRunJob, req.body ?? {});
    res.json(await runJob(ctx, { campaign: campaignOf(ctx, campaign), job, date, force, trigger: "admin" }));
  });
  return router;
}
