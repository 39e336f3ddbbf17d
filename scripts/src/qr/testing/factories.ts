import { COMMUNES, DEFAULT_SURVEY_WINDOW } from "@pks02/shared";
import type { QrKitOptions } from "../options";

/** A made-up but well-formed Zalo Mini App id. */
export const TEST_APP_ID = "3423472366583461276";

/** Options for `generateQrKit`: all 209 communes, the default window, a test app id. */
export function buildQrKitOptions(overrides: Partial<QrKitOptions> & { outDir: string }): QrKitOptions {
  return {
    miniAppId: TEST_APP_ID,
    communes: COMMUNES,
    window: DEFAULT_SURVEY_WINDOW,
    registrationCodesFile: null,
    ...overrides,
  };
}
