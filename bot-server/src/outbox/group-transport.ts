import type { AppContext } from "../context";
import { consoleGroupTransport } from "../console-group/console-transport";
import { oaGroupTransport } from "../zalo/oa-transport";
import type { GroupTransport } from "./transport";

/** The configured group: the Zalo group through the OA API, or the console group when Zalo is not set up. */
export function groupTransportFor(ctx: AppContext): GroupTransport {
  const zalo = ctx.config.zaloGroup;
  return zalo.mode === "zalo" ? oaGroupTransport(ctx, zalo) : consoleGroupTransport(ctx);
}
