import type { Campaign } from "./campaign";
import type { ParentUnit, RegistryUnit } from "./units";

/** Every campaign the server knows, and the one that answers when a link names none. */
export interface CampaignCatalog {
  readonly campaigns: readonly Campaign[];
  readonly defaultCampaign: Campaign;
  find(id: string): Campaign | undefined;
}

/** A catalog over campaigns with distinct ids; `defaultId` must be one of them. */
export function buildCampaignCatalog(campaigns: readonly Campaign[], defaultId: string): CampaignCatalog {
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const defaultCampaign = byId.get(defaultId);
  if (!defaultCampaign) throw new Error(`the default campaign ${defaultId} is not among the campaigns`);
  return { campaigns, defaultCampaign, find: (id) => byId.get(id) };
}

/** The campaigns running on a local date (their days include it), in catalog order. */
export function campaignsOnDay(catalog: CampaignCatalog, date: string): Campaign[] {
  return catalog.campaigns.filter((c) => date >= c.window.start && date <= c.window.end);
}

/** The catalog's campaigns, the default first (so a unit in several registries is named as the default names it). */
function defaultFirst(catalog: CampaignCatalog): Campaign[] {
  return [catalog.defaultCampaign, ...catalog.campaigns.filter((c) => c !== catalog.defaultCampaign)];
}

/** The campaigns whose registry lists the unit, the default first. */
export function campaignsWithUnit(catalog: CampaignCatalog, code: string): Campaign[] {
  return defaultFirst(catalog).filter((c) => c.units.find(code) !== undefined);
}

/** A unit of any campaign's registry (as the default campaign's names it, when it lists it). */
export function findCatalogUnit(catalog: CampaignCatalog, code: string): RegistryUnit | undefined {
  return campaignsWithUnit(catalog, code)[0]?.units.find(code);
}

/** The campaigns whose registry has the parent-level unit (district), the default first. */
export function campaignsWithParent(catalog: CampaignCatalog, code: string): Campaign[] {
  return defaultFirst(catalog).filter((c) => c.units.findParent(code) !== undefined);
}

/** A parent-level unit (district) of any campaign's registry, the default campaign's first. */
export function findCatalogParent(catalog: CampaignCatalog, code: string): ParentUnit | undefined {
  return campaignsWithParent(catalog, code)[0]?.units.findParent(code);
}

/**
 * The campaign a task team's report about a unit (or a steering committee's about a district) on a local date
 * is for: one whose days include the date, the default first; else the first that lists it (whose checks then
 * refuse the date in its own words). Undefined when no campaign lists it.
 */
export function campaignForUnitOn(
  catalog: CampaignCatalog,
  unit: { communeCode: string } | { districtCode: string },
  date: string,
): Campaign | undefined {
  const listing =
    "communeCode" in unit
      ? campaignsWithUnit(catalog, unit.communeCode)
      : campaignsWithParent(catalog, unit.districtCode);
  return listing.find((c) => date >= c.window.start && date <= c.window.end) ?? listing[0];
}
