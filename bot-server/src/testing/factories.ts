import { randomUUID } from "node:crypto";
import { PKS02_DEFINITION, ZResponseInput, type ResponseInput } from "@pks02/shared";
import { buildAnswers } from "@pks02/shared/src/survey/test-factories";

/**
 * A valid POST /api/responses body (a fresh submission id, Xã Song Mai, the current survey version,
 * complete answers), passed through the API's own schema. Override any field, or answers by question:
 * `buildResponseInput({ communeCode: "07201", answers: { C1: 3 } })`.
 */
export function buildResponseInput(
  overrides: Partial<Omit<ResponseInput, "answers">> & { answers?: Record<string, unknown> } = {},
): ResponseInput {
  const { answers, ...fields } = overrides;
  return ZResponseInput.parse({
    submissionId: randomUUID(),
    communeCode: "07222",
    surveyVersion: PKS02_DEFINITION.version,
    answers: buildAnswers(answers),
    ...fields,
  });
}

/** A device id as the Mini App makes one outside Zalo, and the header that carries it. */
export function newDeviceHeaders(deviceId: string = randomUUID()): { "x-device-id": string } {
  return { "x-device-id": deviceId };
}
