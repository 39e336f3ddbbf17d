import type { Router } from "express";
import type { AppContext } from "./context";
import { visitRoutes } from "./visits/routes";
import { progressRoutes } from "./progress/routes";
import { responseRoutes } from "./responses/routes";
import { groupBotRoutes, startGroupBot } from "./group-bot/feature";
import { campaignRoutes } from "./campaigns/routes";

/** A stoppable background service (scheduler, outbox worker, …). */
export interface BackgroundService {
  stop(): Promise<void>;
}

/** The routers of every feature, mounted after health and survey routes. Add a feature's router here. */
export function featureRoutes(context: AppContext): Router[] {
  return [
    campaignRoutes(context),
    visitRoutes(context), // issue 3
    progressRoutes(context), // issue 3
    responseRoutes(context), // issue 3
    ...groupBotRoutes(context), // issue 6: Zalo webhook or console group, group messages, jobs
  ];
}

/** Start every feature's background work; called once the server listens (not by pure app tests). */
export async function startBackground(context: AppContext): Promise<BackgroundService[]> {
  return [
    ...startGroupBot(context), // issue 6: outbox worker, scheduler
  ];
}
