import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import {
  BUILTIN_FORMS,
  BUILTIN_REGISTRIES,
  CampaignFileError,
  ZCampaignFile,
  buildCampaignCatalog,
  parseCampaignPart,
  resolveCampaign,
  type Campaign,
  type CampaignCatalog,
  type SurveyWindow,
} from "@pks02/shared";

/** The campaigns that ship with the code (the repository's `campaigns/` folder). */
export const REPO_CAMPAIGNS_DIR = resolve(__dirname, "../../../campaigns");

const CAMPAIGN_EXTENSIONS = new Set([".json", ".yaml", ".yml"]);

export interface CampaignLoadOptions {
  /** Folders whose top-level .json/.yaml/.yml files are campaigns (subfolders may hold forms and registries). */
  directories: readonly string[];
  defaultCampaignId: string;
  /** Replaces the default campaign's days (SURVEY_START/SURVEY_END, or today on the embedded default). */
  defaultWindow?: SurveyWindow;
}

/** How a path is named in messages: relative to the working folder when inside it. */
function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

/** The parsed content of a JSON or YAML file; a syntax error names the file. */
function readDocument(path: string, referencedBy?: { file: string; field: string }): unknown {
  const name = displayName(path);
  if (!existsSync(path) || !statSync(path).isFile()) {
    if (referencedBy) throw new CampaignFileError(referencedBy.file, referencedBy.field, `no file ${name}`);
    throw new CampaignFileError(name, "", "no such file");
  }
  const text = readFileSync(path, "utf8");
  try {
    return extname(path) === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const kind = extname(path) === ".json" ? "JSON" : "YAML";
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CampaignFileError(name, "", `not valid ${kind}: ${reason}`);
  }
}

/** Read, check and resolve one campaign file (throws CampaignFileError naming file, field and problem). */
export function loadCampaignFile(path: string): Campaign {
  const name = displayName(path);
  const file = parseCampaignPart(ZCampaignFile, readDocument(path), name, "");
  return resolveCampaign(file, name, {
    builtinForms: BUILTIN_FORMS,
    builtinRegistries: BUILTIN_REGISTRIES,
    readFile(relativePath, field) {
      const target = resolve(dirname(path), relativePath);
      return { path: displayName(target), content: readDocument(target, { file: name, field }) };
    },
  });
}

function campaignFiles(directory: string): string[] {
  if (!existsSync(directory) || !statSync(directory).isDirectory())
    throw new CampaignFileError(displayName(directory), "", "no such folder");
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && CAMPAIGN_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => join(directory, entry.name))
    .sort();
}

/** Every campaign of the folders, checked: ids distinct, the default among them, its window applied. */
export function loadCampaignCatalog(options: CampaignLoadOptions): CampaignCatalog {
  const campaigns: Campaign[] = [];
  for (const path of options.directories.flatMap(campaignFiles)) {
    const campaign = loadCampaignFile(path);
    const clash = campaigns.find((c) => c.id === campaign.id);
    if (clash)
      throw new CampaignFileError(campaign.source, "id", `${campaign.id} is also the id in ${clash.source}`);
    campaigns.push(campaign);
  }
  const defaultIndex = campaigns.findIndex((c) => c.id === options.defaultCampaignId);
  if (defaultIndex < 0)
    throw new CampaignFileError(
      options.directories.map(displayName).join(", "),
      "id",
      `no campaign has the default id ${options.defaultCampaignId}`,
    );
  if (options.defaultWindow)
    campaigns[defaultIndex] = { ...campaigns[defaultIndex]!, window: { ...options.defaultWindow } };
  return buildCampaignCatalog(campaigns, options.defaultCampaignId);
}
