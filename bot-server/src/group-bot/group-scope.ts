import { findCommune, findDistrict, otherDistrictGroupText } from "@pks02/shared";
import type { AppContext } from "../context";
import { PROVINCE_GROUP } from "../outbox/transport";
import type { GroupCommand } from "./commands";
import type { GroupEvent } from "./events";
import { findMember } from "./members";

/** The district a command names (through a commune or district code), if it names one. */
function namedDistrict(command: GroupCommand): string | undefined {
  switch (command.type) {
    case "register-commune":
      return findCommune(command.code)?.districtCode;
    case "register-district":
      return command.code;
    case "report-visits":
    case "qcdc":
      return command.communeCode ? findCommune(command.communeCode)?.districtCode : undefined;
    default:
      return undefined;
  }
}

/** Commands (and photos) that act for the sender's own registration when they name no unit. */
const actsForMember = (command: GroupCommand | undefined) =>
  command === undefined ||
  ["report-visits", "progress", "qcdc", "members", "remove-member"].includes(command.type);

/**
 * In a district's own group, a message about another district is refused with a reply saying where to send
 * it: a code of another district's unit, or (naming none) a sender registered in another district. The
 * province group takes everything. `command` is undefined for a photo.
 */
export async function outsideGroupScope(
  ctx: AppContext,
  event: GroupEvent,
  command: GroupCommand | undefined,
  memberKey: string,
): Promise<string | undefined> {
  if (event.groupScope === PROVINCE_GROUP) return undefined;
  const group = findDistrict(event.groupScope);
  if (!group) return undefined;
  let other = command ? namedDistrict(command) : undefined;
  if (other === undefined && actsForMember(command))
    other = (await findMember(ctx.db, memberKey))?.district.code;
  if (other === undefined || other === group.code) return undefined;
  return otherDistrictGroupText(group, findDistrict(other)!);
}
