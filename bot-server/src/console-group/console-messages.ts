import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { consoleGroupMessages } from "./schema";

export const BOT_AUTHOR = "Bot PKS02";

export interface ConsoleMessage {
  id: number;
  author: string;
  fromBot: boolean;
  text: string | null;
  imageUrl: string | null;
  hasImageData: boolean;
  createdAt: Date;
  groupScope: string;
}

export interface NewConsoleMessage {
  author: string;
  fromBot: boolean;
  text?: string;
  imageUrl?: string;
  image?: { data: Buffer; type: string };
  at: Date;
  /** The group it shows in ("province" or a district code). */
  groupScope?: string;
}

/** Keep a message of the console group; returns its id. */
export async function saveConsoleMessage(db: Database, message: NewConsoleMessage): Promise<number> {
  const [row] = await db
    .insert(consoleGroupMessages)
    .values({
      author: message.author,
      fromBot: message.fromBot,
      text: message.text ?? null,
      imageUrl: message.imageUrl ?? null,
      imageData: message.image?.data ?? null,
      imageType: message.image?.type ?? null,
      createdAt: message.at,
      groupScope: message.groupScope ?? "province",
    })
    .returning({ id: consoleGroupMessages.id });
  return row!.id;
}

/** The latest messages, oldest first (as a chat reads). */
export async function recentConsoleMessages(
  db: Database,
  limit: number,
  groupScope?: string,
): Promise<ConsoleMessage[]> {
  const rows = await db
    .select({
      id: consoleGroupMessages.id,
      author: consoleGroupMessages.author,
      fromBot: consoleGroupMessages.fromBot,
      text: consoleGroupMessages.text,
      imageUrl: consoleGroupMessages.imageUrl,
      imageType: consoleGroupMessages.imageType,
      createdAt: consoleGroupMessages.createdAt,
      groupScope: consoleGroupMessages.groupScope,
    })
    .from(consoleGroupMessages)
    .where(groupScope === undefined ? undefined : eq(consoleGroupMessages.groupScope, groupScope))
    .orderBy(desc(consoleGroupMessages.id))
    .limit(limit);
  return rows.reverse().map(({ imageType, ...r }) => ({ ...r, hasImageData: imageType !== null }));
}

/** An image the bot posted to the console group, or undefined. */
export async function consoleImage(
  db: Database,
  id: number,
): Promise<{ data: Buffer; type: string } | undefined> {
  const [row] = await db
    .select({ data: consoleGroupMessages.imageData, type: consoleGroupMessages.imageType })
    .from(consoleGroupMessages)
    .where(and(eq(consoleGroupMessages.id, id), eq(consoleGroupMessages.fromBot, true)));
  return row?.data && row.type ? { data: row.data, type: row.type } : undefined;
}
