/** Zalo answered, and refused: `error != 0` in the body (Zalo usually says so with HTTP 200). */
export class ZaloApiError extends Error {
  constructor(
    readonly code: number,
    readonly endpoint: string,
    message: string,
  ) {
    super(`Zalo ${endpoint} refused (${code}): ${message}`);
    this.name = "ZaloApiError";
  }

  /** -216: the access token is invalid or expired; refresh once and retry. */
  get isInvalidToken(): boolean {
    return this.code === -216;
  }
}

/** Zalo could not be reached, timed out, or answered with something that is not its JSON envelope. */
export class ZaloNetworkError extends Error {
  constructor(
    readonly endpoint: string,
    message: string,
    readonly status?: number,
  ) {
    super(`Zalo ${endpoint} unreachable: ${message}`);
    this.name = "ZaloNetworkError";
  }
}

/** The OA has no usable token pair: an administrator must authorise the OA again (or configure the tokens). */
export class ZaloAuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZaloAuthError";
  }
}

/** How a failed Zalo call is counted in the metrics: its kind and endpoint; undefined for other errors. */
export function zaloFailureOf(
  error: unknown,
): { kind: "network" | "refused" | "auth"; endpoint: string } | undefined {
  if (error instanceof ZaloNetworkError) return { kind: "network", endpoint: error.endpoint };
  if (error instanceof ZaloApiError) return { kind: "refused", endpoint: error.endpoint };
  if (error instanceof ZaloAuthError) return { kind: "auth", endpoint: "oa-token" };
  return undefined;
}
