import { createHash } from "node:crypto";
import type { Answers } from "@pks02/shared";

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * sha256 (hex) of what a submission says: campaign (left out for the default campaign, whose hashes predate
 * campaigns), commune, survey version and the validator's normalised answers.
 * Equal hashes under one submission id are a retry; different ones are a conflict. `startedAt` is left
 * out: it describes the attempt, not the answer.
 */
export function contentHash(content: {
  campaignId?: string;
  communeCode: string;
  surveyVersion: string;
  answers: Answers;
}): string {
  return createHash("sha256").update(canonicalJson(content), "utf8").digest("hex");
}
