import { z } from "zod";

/** `npm run simulate -- --communes 209 --days 3 [--speed N] [--campaign id] [--scale F] [--seed N] [--drop]` */
export const ZSimulationOptions = z.object({
  communes: z.coerce.number().int().min(1).max(209).default(209),
  days: z.coerce.number().int().min(1).max(7).default(3),
  /** Simulated seconds per real second; none: as fast as the server answers. */
  speed: z.coerce.number().positive().optional(),
  campaign: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  /** Residents (and visitors) × this: 0.1 for a quick run. */
  scale: z.coerce.number().positive().max(10).default(1),
  seed: z.coerce.number().int().default(2024),
  concurrency: z.coerce.number().int().min(1).max(200).default(16),
  /** Drop the database at the end (tests); by default it is kept to be looked at. */
  drop: z.boolean().default(false),
});
export type SimulationOptions = z.infer<typeof ZSimulationOptions>;

/** Parse `--name value` pairs and `--flag`s; throws with a line naming the bad option. */
export function parseSimulationArgs(argv: string[]): SimulationOptions {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const name = /^--([a-z]+)$/.exec(argv[i]!)?.[1];
    if (!name) throw new Error(`unexpected argument: ${argv[i]}`);
    if (name === "drop") raw.drop = true;
    else raw[name] = argv[++i];
  }
  const parsed = ZSimulationOptions.strict().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`--${issue.path.join(".") || "options"}: ${issue.message}`);
  }
  return parsed.data;
}
