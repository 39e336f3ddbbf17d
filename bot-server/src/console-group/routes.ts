import { randomUUID } from "node:crypto";
import express, { Router } from "express";
import { z } from "zod";
import { findDistrict } from "@pks02/shared";
import { assertAdmin, requireStaff, staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { handleGroupEvent } from "../group-bot/handle-event";
import { findMember, memberKeyOf, registrationName } from "../group-bot/members";
import type { GroupEvent } from "../group-bot/events";
import { AppError, parseInput } from "../http/errors";
import { storableText } from "../http/storable-text";
import { recentOutbox } from "../outbox/outbox-repository";
import { deliverDueMessages } from "../outbox/worker";
import { requireAdminPassword } from "./basic-auth";
import { consoleImage, recentConsoleMessages, saveConsoleMessage } from "./console-messages";
import { consoleGroupTransport, consoleScopeOf } from "./console-transport";
import { consoleGroupPage, type ConsoleGroupTab, type ConsoleMemberOption } from "./page";
import { CONSOLE_MEMBERS, SAMPLE_PHOTO_SVG, SAMPLE_PHOTO_URL } from "./test-members";

const ZConsolePost = z.object({
  member: z.enum(CONSOLE_MEMBERS.map((m) => m.id) as [string, ...string[]]),
  text: z.string().max(2000).default("").transform(storableText),
  action: z.enum(["text", "photo"]),
  group: z.union([z.literal("province"), z.string().regex(/^\d{3}$/)]).default("province"),
});

/** The groups the console shows, each separately: the province group and each district's own (ZALO_GROUPS). */
function consoleGroups(ctx: AppContext): ConsoleGroupTab[] {
  const districts = [...ctx.config.districtGroups.keys()].sort();
  return [
    { scope: "province", name: "Nhóm tỉnh" },
    ...districts.map((code) => ({ scope: code, name: `Nhóm ${findDistrict(code)?.name ?? code}` })),
  ];
}

/** The group a page or post is for: a known one, else the province group. */
const groupParam = (ctx: AppContext, value: unknown) =>
  consoleGroups(ctx).find((g) => g.scope === value)?.scope ?? "province";

/** A test member's post goes through the same handler as a webhook event; replies are delivered at once. */
async function postAsMember(ctx: AppContext, input: z.infer<typeof ZConsolePost>): Promise<void> {
  const member = CONSOLE_MEMBERS.find((m) => m.id === input.member)!;
  const text = input.text.trim();
  if (input.action === "text" && text === "") return;
  const groupScope = consoleScopeOf(ctx, input.group);
  const base = { eventKey: `console:${randomUUID()}`, senderId: member.id, groupScope };
  const event: GroupEvent =
    input.action === "photo"
      ? { ...base, kind: "image", imageUrl: SAMPLE_PHOTO_URL, caption: text || undefined }
      : { ...base, kind: "text", text };
  const imageUrl = event.kind === "image" ? event.imageUrl : undefined;
  await saveConsoleMessage(ctx.db, {
    author: member.name,
    fromBot: false,
    text: text || undefined,
    imageUrl,
    at: ctx.now(),
    groupScope,
  });
  await handleGroupEvent(ctx, event);
  await deliverDueMessages(ctx, consoleGroupTransport(ctx), 20);
}

/** The test members, each with what they registered for (their key is the same HMAC as a Zalo member's). */
async function memberOptions(ctx: AppContext): Promise<ConsoleMemberOption[]> {
  return Promise.all(
    CONSOLE_MEMBERS.map(async (m) => {
      const member = await findMember(ctx, memberKeyOf(ctx.config, m.id));
      return { ...m, registration: registrationName(member) };
    }),
  );
}

/** GET /group (page), POST /group/messages (form): the console group, when Zalo is not configured. */
export function consoleGroupRoutes(ctx: AppContext): Router {
  const router = Router();
  const auth = requireAdminPassword(ctx.config);
  router.get(SAMPLE_PHOTO_URL, (_req, res) => void res.type("image/svg+xml").send(SAMPLE_PHOTO_SVG));
  router.get("/group", auth, async (req, res) => {
    const member = typeof req.query.member === "string" ? req.query.member : undefined;
    const group = groupParam(ctx, req.query.group);
    const messages = await recentConsoleMessages(ctx.db, 200, group);
    const view = { groups: consoleGroups(ctx), current: group };
    res
      .type("html")
      .set("Cache-Control", "no-store")
      .send(consoleGroupPage(messages, await memberOptions(ctx), member, view));
  });
  router.get("/group/images/:id", auth, async (req, res) => {
    const id = String(req.params.id);
    const image = /^\d{1,15}$/.test(id) ? await consoleImage(ctx.db, Number(id)) : undefined;
    if (!image) throw new AppError("NOT_FOUND");
    res.type(image.type).send(image.data);
  });
  router.post(
    "/group/messages",
    auth,
    express.urlencoded({ extended: false, limit: "8kb" }),
    async (req, res) => {
      const input = parseInput(ZConsolePost, req.body ?? {});
      await postAsMember(ctx, input);
      const group = groupParam(ctx, input.group);
      const inGroup = group === "province" ? "" : `&group=${group}`;
      res.redirect(303, `/group?member=${encodeURIComponent(input.member)}${inGroup}`);
    },
  );
  return router;
}

/** GET /api/admin/group-messages: what the group received (console group) or was sent (Zalo outbox). */
export function groupMessagesApi(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/admin/group-messages", requireStaff(ctx.config), async (_req, res) => {
    assertAdmin(staffOf(res));
    if (ctx.config.zaloGroup.mode === "console") {
      const messages = await recentConsoleMessages(ctx.db, 500);
      res.json({
        mode: "console",
        messages: messages.map(({ hasImageData, ...m }) => ({ ...m, hasImage: hasImageData })),
      });
    } else {
      res.json({ mode: "zalo", messages: (await recentOutbox(ctx.db, 500)).reverse() });
    }
  });
  return router;
}
