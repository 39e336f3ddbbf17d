// The only module that knows every feature: it lists their routes and background services. Nothing under
// src/ imports it back except the start-up modules (server.ts, cli.ts); `npm run lint` checks that. A new
// feature is a folder plus a line here.
import type { Router } from "express";
import type { AppContext, BackgroundService } from "./context";
import { campaignRoutes } from "./campaigns/routes";
import { consoleGroupRoutes, groupMessagesApi } from "./console-group/routes";
import { consoleGroupTransport } from "./console-group/console-transport";
import { jobRoutes } from "./jobs/routes";
import { startScheduler } from "./jobs/scheduler";
import type { GroupTransport } from "./outbox/transport";
import { startOutboxWorker } from "./outbox/worker";
import { dashboardRoutes } from "./dashboard/routes";
import { progressRoutes } from "./progress/routes";
import { qcdcRoutes } from "./qcdc/routes";
import { responseRoutes } from "./responses/routes";
import { resultsRoutes } from "./results/routes";
import { resultsExportRoutes } from "./results/exports/export-routes";
import { integrityRoutes } from "./integrity/routes";
import { rosterRoutes } from "./roster/routes";
import { visitRoutes } from "./visits/routes";
import { oaGroupTransport } from "./zalo/oa-transport";
import { zaloWebhookRoutes } from "./zalo/webhook-routes";
import { respondentKeyRoutes } from "./responses/admin-routes";
import { registrationCodeRoutes } from "./group-bot/registration-routes";
import { serverIdentityRoutes } from "./server-identity/routes";
import { siteVerificationRoutes } from "./zalo/site-verification";

/** The routers of every feature, mounted after health and survey routes. */
export function featureRoutes(ctx: AppContext): Router[] {
  const zalo = ctx.config.zaloGroup;
  return [
    // First: the submissions, nearly every request under load, need not be matched against the others' routes.
    responseRoutes(ctx),
    dashboardRoutes(ctx), // the staff dashboard's pages, under /dashboard
    campaignRoutes(ctx), // the campaigns list
    visitRoutes(ctx),
    progressRoutes(ctx),
    respondentKeyRoutes(ctx), // purge the de-duplication keys after the window
    // The group's events arrive by the Zalo webhook, or from the console group page when Zalo is not set up.
    zalo.mode === "zalo" ? zaloWebhookRoutes(ctx, zalo) : consoleGroupRoutes(ctx),
    groupMessagesApi(ctx),
    jobRoutes(ctx),
    registrationCodeRoutes(ctx), // the communes' and districts' codes for /dangky
    serverIdentityRoutes(ctx), // the jobs CLI checks who listens before it sends the admin token
    resultsRoutes(ctx), // results per chairperson, rankings
    resultsExportRoutes(ctx), // results.xlsx, .csv, .pdf, report cards
    integrityRoutes(ctx), // integrity signals and reviewers' decisions on commune-days
    rosterRoutes(ctx), // the helpers' roster: template, upload, export, notices
    qcdcRoutes(ctx), // the daily figures for the province's QCDC software
    siteVerificationRoutes(ctx), // Zalo's domain verification of the webhook's host
  ];
}

/** The configured group: the Zalo group through the OA API, or the console group when Zalo is not set up. */
export function groupTransportFor(ctx: AppContext): GroupTransport {
  const zalo = ctx.config.zaloGroup;
  return zalo.mode === "zalo" ? oaGroupTransport(ctx, zalo) : consoleGroupTransport(ctx);
}

/** Start every feature's background work; called once the server listens (not by pure app tests). */
export async function startBackground(ctx: AppContext): Promise<BackgroundService[]> {
  const services = [startOutboxWorker(ctx, groupTransportFor(ctx))];
  if (ctx.config.schedule.enabled) services.push(startScheduler(ctx));
  return services;
}
