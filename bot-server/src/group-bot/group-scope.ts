import {
  findCatalogParent,
  findCatalogUnit,
  otherDistrictGroupText,
  type CampaignCatalog,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { PROVINCE_GROUP } from "../outbox/transport";
import type { GroupCommand } from "./commands";
import type { GroupEvent } from "./events";
import { findMember } from "./members";

/** The district a command names (through a commune or district code), if it names one. */
function namedDistrict(catalog: CampaignCatalog, command: GroupCommand): string | undefined {
  const districtOf = (code: string) => findCatalogUnit(catalog, code)?.districtCode ?? undefined;
  switch (command.type) {
    case "register-commune":
      return districtOf(command.code);
    case "register-district":
      return command.code;
    case "report-visits":
    case "qcdc":
      return command.communeCode ? districtOf(command.communeCode) : undefined;
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
  const { campaigns } = ctx.config;
  const group = findCatalogParent(campaigns, event.groupScope);
  if (!group) return undefined;
  let other = command ? namedDistrict(campaigns, command) : undefined;
  if (other === undefined && actsForMember(command))
    other = (await findMember(ctx, memberKey))?.district?.code;
  const otherDistrict = other === undefined ? undefined : findCatalogParent(campaigns, other);
  if (otherDistrict === undefined || otherDistrict.code === group.code) return undefined;
  return otherDistrictGroupText(group, otherDistrict);
}
