import type { Router } from "express";
import type { AppContext } from "../context";
import type { BackgroundService } from "../features";
import { consoleGroupRoutes, groupMessagesApi } from "../console-group/routes";
import { jobRoutes } from "../jobs/routes";
import { startScheduler } from "../jobs/scheduler";
import { groupTransportFor } from "../outbox/group-transport";
import { startOutboxWorker } from "../outbox/worker";
import { zaloWebhookRoutes } from "../zalo/webhook-routes";
import { registrationCodeRoutes } from "./registration-routes";

/** The group bot's routes: the Zalo webhook (or the console group page), group messages and jobs (admin). */
export function groupBotRoutes(ctx: AppContext): Router[] {
  const zalo = ctx.config.zaloGroup;
  const transportRoutes = zalo.mode === "zalo" ? zaloWebhookRoutes(ctx, zalo) : consoleGroupRoutes(ctx);
  return [transportRoutes, groupMessagesApi(ctx), jobRoutes(ctx), registrationCodeRoutes(ctx)];
}

/** The outbox worker always; the scheduler unless SCHEDULER_ENABLED=false. */
export function startGroupBot(ctx: AppContext): BackgroundService[] {
  const services = [startOutboxWorker(ctx, groupTransportFor(ctx))];
  if (ctx.config.schedule.enabled) services.push(startScheduler(ctx));
  return services;
}
