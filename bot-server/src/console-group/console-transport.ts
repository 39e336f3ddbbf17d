import type { AppContext } from "../context";
import type { GroupTransport } from "../outbox/transport";
import { BOT_AUTHOR, saveConsoleMessage } from "./console-messages";

/** The group when Zalo is not configured: posts are printed to the log and kept for GET /group. */
export function consoleGroupTransport(ctx: AppContext): GroupTransport {
  return {
    kind: "console",
    async sendText(text) {
      const id = await saveConsoleMessage(ctx.db, { author: BOT_AUTHOR, fromBot: true, text, at: ctx.now() });
      ctx.logger.info({ consoleGroupMessage: id }, `[console group] ${text}`);
      return `console-${id}`;
    },
    async sendImage(image) {
      const id = await saveConsoleMessage(ctx.db, {
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
