import { createHash } from "node:crypto";
import type { Answers } from "@pks02/shared";

/**
 * JSON with object keys sorted at every level (by UTF-16 code units), so equal content always gives equal
 * text. Stored hashes are compared with retries' ones: the text must never change. Written with loops, not
 * entries/sort/map/join: it runs on every submission.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) text += (i > 0 ? "," : "") + (canonicalJson(value[i]) ?? "");
    return `${text}]`;
  }
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    let text = "";
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined) continue;
      text += `${text ? "," : ""}${JSON.stringify(key)}:${canonicalJson(object[key])}`;
    }
    return `{${text}}`;
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
