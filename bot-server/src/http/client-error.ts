import { STATUS_CODES, type Server } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { API_ERROR_MESSAGES, type ApiErrorCode } from "@pks02/shared";

// Node's HTTP parser refuses these before Express sees the request (a CR or LF inside a header value,
// a bad method or URL, headers over 16 KB, a request that never finishes).
const STATUS_OF: Record<string, [number, ApiErrorCode]> = {
  HPE_HEADER_OVERFLOW: [431, "HEADERS_TOO_LARGE"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "REQUEST_TIMEOUT"],
};

function reply(socket: Duplex, status: number, code: ApiErrorCode): void {
  const body = JSON.stringify({ error: { code, message: API_ERROR_MESSAGES[code], details: [] } });
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
    const [status, code] = STATUS_OF[error.code ?? ""] ?? [400, "BAD_REQUEST"];
    reply(socket, status, code);
  });
}
