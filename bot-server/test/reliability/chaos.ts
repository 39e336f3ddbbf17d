import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import pg from "pg";

/** A TCP port free right now on the loopback, so a restarted server comes back at the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Wait until PostgreSQL at `url` answers a query (after a restart), or throw after `timeoutMs`. */
export async function waitForPostgres(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/**
 * Restart this machine's PostgreSQL cluster (the full reliability run only: every database on it drops its
 * connections), then wait until it answers again.
 */
export async function restartPostgres(url: string): Promise<void> {
  const version = execFileSync("ls", ["/etc/postgresql"]).toString().trim().split("\n")[0]!;
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], {
    stdio: "ignore",
  });
  await waitForPostgres(url);
}
