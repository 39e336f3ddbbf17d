import type { Express } from "express";
import { buildApp } from "../../src/app";
import type { AppContext } from "../../src/context";
import { featureRoutes } from "../../src/features";

/** One route of the app: its method and its path pattern (`/api/communes/:code`). */
export interface AppRoute {
  method: string;
  path: string;
}

interface RouteLayer {
  route?: { path?: unknown; _methods?(): string[] };
  handle?: { stack?: RouteLayer[] };
}

function collectRoutes(stack: RouteLayer[], into: AppRoute[]): void {
  for (const layer of stack) {
    const path = layer.route?.path;
    if (typeof path === "string" && layer.route?._methods) {
      for (const method of layer.route._methods()) {
        if (method !== "HEAD" && method !== "OPTIONS") into.push({ method, path });
      }
    } else if (Array.isArray(layer.handle?.stack)) collectRoutes(layer.handle.stack, into);
  }
}

/**
 * Every route the server answers, read from the Express app the server builds (so a route added by any
 * feature is in the list without anyone remembering to add it here).
 */
export function listAppRoutes(context: AppContext): AppRoute[] {
  const app: Express = buildApp(context, featureRoutes(context));
  const stack = (app as unknown as { router?: { stack?: RouteLayer[] } }).router?.stack ?? [];
  const routes: AppRoute[] = [];
  collectRoutes(stack, routes);
  return routes;
}

/** A concrete path for a pattern: each `:param` from `values`, else "x". */
export function fillPath(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => values[name] ?? "x");
}
