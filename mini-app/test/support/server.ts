/** The parts of the bot server's test harness (`bot-server/src/testing`) these tests use. */
export interface BotTestServer {
  url: string;
  database: {
    withSession<T>(
      work: (session: { query<R>(text: string, params?: unknown[]): Promise<R[]> }) => Promise<T>,
    ): Promise<T>;
  };
  /** Move the server's clock (the survey window's phase). */
  setNow(moment: Date): void;
  close(): Promise<void>;
}

/**
 * Start the real bot server on port 0 against a fresh PostgreSQL database (it serves www/ at /app/).
 * The module is loaded by a non-literal specifier so `tsc -p mini-app` (DOM types) does not type-check the
 * server's sources, which are checked by `tsc -p bot-server` under Node's types.
 */
export async function startBotServer(): Promise<BotTestServer> {
  const specifier = "@pks02/bot-server/src/testing";
  const testing = (await import(specifier)) as { startTestServer(): Promise<BotTestServer> };
  return testing.startTestServer();
}

/** The responses stored for a commune. */
export async function storedResponses(
  server: BotTestServer,
  communeCode: string,
): Promise<Array<{ submission_id: string; answers: unknown }>> {
  return server.database.withSession((session) =>
    session.query<{ submission_id: string; answers: unknown }>(
      "SELECT submission_id, answers FROM responses WHERE commune_code = $1",
      [communeCode],
    ),
  );
}
