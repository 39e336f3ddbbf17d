import type { AppContext } from "../context";
import { PROVINCE_GROUP, type GroupScope, type GroupTransport } from "../outbox/transport";
import { BOT_AUTHOR, saveConsoleMessage } from "./console-messages";

/** The console group a post shows in: the district's own, if ZALO_GROUPS names one, else the province's. */
export const consoleScopeOf = (ctx: AppContext, scope: GroupScope): GroupScope =>
  ctx.config.districtGroups.has(scope) ? scope : PROVINCE_GROUP;

/** The group when Zalo is not configured: posts are printed to the log and kept for GET /group. */
export function consoleGroupTransport(ctx: AppContext): GroupTransport {
  return {
    kind: "console",
    async sendText(text, scope) {
      const groupScope = consoleScopeOf(ctx, scope);
      const id = await saveConsoleMessage(ctx.db, {
        author: BOT_AUTHOR,
        fromBot: true,
        text,
        at: ctx.now(),
        groupScope,
      });
      ctx.logger.info({ consoleGroupMessage: id }, `[console group] ${text}`);
      return `console-${id}`;
    },
    async sendImage(image, scope) {
      const id = await saveConsoleMessage(ctx.db, {
        groupScope: consoleScopeOf(ctx, scope),
        author: BOT_AUTHOR,
        fromBot: true,
        text: image.caption,
        image: { data: Buffer.from(image.data), type: image.type },
        at: ctx.now(),
      });
      ctx.logger.info({ consoleGroupMessage: id }, `[console group] (image) ${image.caption ?? ""}`);
      return `console-${id}`;
    },
  };
}
