import { STATUS_CODES, type Server } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { API_ERROR_MESSAGES, type ApiError, type ApiErrorCode } from "@pks02/shared";
import { statusOf } from "./errors";

// Node's HTTP parser refuses these before Express sees the request (a CR or LF inside a header value,
// a bad method or URL, headers over 16 KB, a request that never finishes).
const CODE_OF: Record<string, ApiErrorCode> = {
  HPE_HEADER_OVERFLOW: "HEADERS_TOO_LARGE",
  ERR_HTTP_REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
};

function reply(socket: Duplex, code: ApiErrorCode): void {
  const status = statusOf(code);
  const error: ApiError = { error: { code, message: API_ERROR_MESSAGES[code], details: [] } };
  const body = JSON.stringify(error);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\n` +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "Connection: close\r\n\r\n" +
      body,
  );
}

/**
 * Answer a request Node's HTTP parser refused with our error shape instead of a bare "400 Bad Request".
 * Only the parser's error code is logged: the raw packet holds the request's headers (tokens, device ids).
 */
export function answerClientErrors(server: Server, logger: Logger): void {
  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    logger.info({ clientErrorCode: error.code }, "malformed HTTP request refused");
    reply(socket, CODE_OF[error.code ?? ""] ?? "BAD_REQUEST");
  });
}
