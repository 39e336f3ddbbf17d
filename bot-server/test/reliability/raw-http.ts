import http from "node:http";

/** A request as bytes on the wire: anything, including what fetch refuses to send. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** Send one raw request; the status (0 if the server closed the connection) and the body's start. */
export function sendRaw(baseUrl: string, request: RawRequest): Promise<{ status: number; text: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    let req: http.ClientRequest;
    try {
      req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: request.method,
          path: request.path,
          headers: request.headers,
        },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text.length < 500 ? (text += chunk.toString()) : undefined));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
          res.on("error", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
    } catch {
      return resolve({ status: -1, text: "" }); // a header Node itself will not send: never reached the server
    }
    req.on("error", () => resolve({ status: 0, text: "" }));
    req.end(request.body);
  });
}
