import {
  QCDC_USAGE,
  REGISTER_USAGE,
  REMOVE_USAGE,
  badDateText,
  badVisitCountText,
  communeSearchText,
  districtNameText,
  findDistrict,
  helpText,
  missingSlashText,
  searchCommunes,
  unknownCommandText,
  unknownCommuneText,
  unknownDistrictText,
  visitsUsage,
  type District,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { enqueue } from "../outbox/outbox-repository";
import { parseCommand, type GroupCommand } from "./commands";
import type { GroupEvent } from "./events";
import { memberKeyOf } from "./members";
import { outsideGroupScope } from "./group-scope";
import { handlePhoto } from "./photo-message";
import { progressReply } from "./progress-reply";
import { qcdcReply } from "./qcdc-reply";
import { registerForCommune, registerForDistrict } from "./register";
import { listMembers, removeMember } from "./member-admin";
import { reportVisits } from "./report-visits";

const isDistrict = (d: District | undefined): d is District => d !== undefined;

const USAGES = {
  register: () => REGISTER_USAGE,
  visits: visitsUsage,
  remove: () => REMOVE_USAGE,
  qcdc: () => QCDC_USAGE,
} as const;

async function commandReplies(ctx: AppContext, command: GroupCommand, memberKey: string): Promise<string[]> {
  const window = ctx.config.surveyWindow;
  switch (command.type) {
    case "help":
      return [helpText(window)];
    case "progress":
      return progressReply(ctx, memberKey);
    case "register-commune":
      return registerForCommune(ctx, memberKey, command.code, command.registrationCode);
    case "register-district":
      return registerForDistrict(ctx, memberKey, command.code, command.registrationCode);
    case "members":
      return listMembers(ctx, memberKey);
    case "remove-member":
      return removeMember(ctx, memberKey, command.tag);
    case "search-commune":
      return [communeSearchText(command.query, searchCommunes(command.query))];
    case "district-name":
      return [districtNameText(command.query, command.codes.map(findDistrict).filter(isDistrict))];
    case "report-visits":
      return reportVisits(ctx, memberKey, command);
    case "qcdc":
      return qcdcReply(ctx, memberKey, command);
    case "usage":
      return [USAGES[command.command](window)];
    case "bad-count":
      return [badVisitCountText(command.text, window)];
    case "bad-date":
      return [badDateText(command.text, window)];
    case "unknown-commune":
      return [unknownCommuneText(command.code)];
    case "unknown-district":
      return [unknownDistrictText(command.code)];
    case "unknown-command":
      return [unknownCommandText(command.word)];
    case "missing-slash":
      return [missingSlashText(command.suggestion)];
    case "not-a-command":
      return [];
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** What the bot answers to a member's message (nothing for plain chat). */
async function repliesTo(ctx: AppContext, event: GroupEvent): Promise<string[]> {
  const memberKey = memberKeyOf(ctx.config, event.senderId);
  const command = event.kind === "text" ? parseCommand(event.text, ctx.config.surveyWindow) : undefined;
  const refusal = await outsideGroupScope(ctx, event, command, memberKey);
  if (refusal) return [refusal];
  if (event.kind === "image") return handlePhoto(ctx, event, memberKey);
  return commandReplies(ctx, command!, memberKey);
}

/**
 * Handle one member message: act on it and queue the replies under `reply:<event key>`, so handling the
 * same event again queues nothing new. Webhook events and console-group posts both come through here.
 */
export async function handleGroupEvent(ctx: AppContext, event: GroupEvent): Promise<string[]> {
  const replies = await repliesTo(ctx, event);
  const texts = replies.map((text) => ({ kind: "text" as const, text }));
  await enqueue(ctx.db, `reply:${event.eventKey}`, texts, ctx.now(), event.groupScope);
  return replies;
}
