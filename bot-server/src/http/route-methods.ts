import type { Express, RequestHandler } from "express";
import { AppError } from "./errors";

// Express keeps its routes in router layers; these are the few fields of them we read (express 5 / router 2).
interface RouterLayer {
  match?(path: string): { path: string } | false;
  route?: { _methods?(): string[] };
  handle?: { stack?: RouterLayer[] };
}

function collectMethods(stack: RouterLayer[], path: string, into: Set<string>): void {
  for (const layer of stack) {
    let matched: { path: string } | false | undefined;
    try {
      matched = layer.match?.(path);
    } catch {
      continue; // a parameter with broken %-encoding: this layer answers 400 itself
    }
    if (!matched) continue;
    if (layer.route?._methods) {
      for (const method of layer.route._methods()) into.add(method);
    } else if (Array.isArray(layer.handle?.stack)) {
      collectMethods(layer.handle.stack, path.slice(matched.path.length) || "/", into);
    }
  }
}

/** The HTTP methods the app's routes answer on a path (empty: no route has this path). */
export function routeMethods(app: Express, path: string): string[] {
  const stack = (app as unknown as { router?: { stack?: RouterLayer[] } }).router?.stack ?? [];
  const methods = new Set<string>();
  collectMethods(stack, path, methods);
  return [...methods].sort();
}

/**
 * After every route: a known path asked with a method it does not answer is 405 METHOD_NOT_ALLOWED with an
 * `Allow` header (an unknown path stays 404), the same for every route without each router saying so.
 */
export function methodNotAllowed(app: Express): RequestHandler {
  return (req, res, next) => {
    const allowed = routeMethods(app, req.path);
    if (allowed.length === 0 || allowed.includes(req.method)) return next();
    res.set("Allow", allowed.join(", "));
    next(new AppError("METHOD_NOT_ALLOWED", { details: [{ allow: allowed }] }));
  };
}
