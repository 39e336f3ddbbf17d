import { z } from "zod";
import { callZalo, type ZaloHttpOptions } from "./http";
import type { ImageType } from "../outbox/transport";
import { ZaloNetworkError } from "./errors";

/** The OA Open API (GMF group feature) with an injectable base URL; every call takes the access token. */
export interface OaClientSettings extends ZaloHttpOptions {
  apiBase: string;
}

export interface OaGroup {
  groupId: string;
  name: string;
  status?: string;
  totalMember?: number;
}

const ZSent = z.object({ data: z.object({ message_id: z.string() }).loose() }).loose();
const ZUploaded = z.object({ data: z.object({ attachment_id: z.string().min(1) }) }).loose();
const ZGroup = z
  .object({
    group_id: z.string(),
    name: z.string(),
    status: z.string().optional(),
    total_member: z.number().optional(),
  })
  .loose();
const ZGroups = z.object({ data: z.object({ groups: z.array(ZGroup) }).loose() }).loose();
const ZMembers = z.object({ data: z.object({ members: z.array(z.object({}).loose()) }).loose() }).loose();

function parseData<T extends z.ZodType>(schema: T, body: unknown, endpoint: string): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ZaloNetworkError(endpoint, "answer without the expected data");
  return parsed.data;
}

const toGroup = (g: z.infer<typeof ZGroup>): OaGroup => ({
  groupId: g.group_id,
  name: g.name,
  status: g.status,
  totalMember: g.total_member,
});

/** Typed calls of the OA Open API; token handling (refresh on -216) is the caller's (see OaGroupTransport). */
export class OaClient {
  constructor(private readonly settings: OaClientSettings) {}

  private post(path: string, accessToken: string, json: unknown): Promise<Record<string, unknown>> {
    const init = {
      method: "POST",
      headers: { "content-type": "application/json", access_token: accessToken },
      body: JSON.stringify(json),
    };
    return callZalo(`${this.settings.apiBase}${path}`, init, path, this.settings);
  }

  private get(
    path: string,
    accessToken: string,
    query: Record<string, string>,
  ): Promise<Record<string, unknown>> {
    const url = `${this.settings.apiBase}${path}?${new URLSearchParams(query)}`;
    return callZalo(url, { method: "GET", headers: { access_token: accessToken } }, path, this.settings);
  }

  /** POST /v3.0/oa/group/message with a text; returns Zalo's message id. */
  async sendGroupText(accessToken: string, groupId: string, text: string): Promise<string> {
    const path = "/v3.0/oa/group/message";
    const body = await this.post(path, accessToken, { recipient: { group_id: groupId }, message: { text } });
    return parseData(ZSent, body, path).data.message_id;
  }

  /** POST /v2.0/oa/upload/image (multipart `file`, JPG/PNG up to ~1 MB); returns the attachment id. */
  async uploadImage(accessToken: string, image: Uint8Array, type: ImageType): Promise<string> {
    const path = "/v2.0/oa/upload/image";
    const form = new FormData();
    form.append("file", new Blob([image], { type }), type === "image/png" ? "image.png" : "image.jpg");
    const init = { method: "POST", headers: { access_token: accessToken }, body: form };
    const body = await callZalo(`${this.settings.apiBase}${path}`, init, path, this.settings);
    return parseData(ZUploaded, body, path).data.attachment_id;
  }

  /** Send an uploaded image to the group as a media template, with an optional caption. */
  async sendGroupImage(
    accessToken: string,
    groupId: string,
    attachmentId: string,
    caption?: string,
  ): Promise<string> {
    const path = "/v3.0/oa/group/message";
    const attachment = {
      type: "template",
      payload: { template_type: "media", elements: [{ media_type: "image", attachment_id: attachmentId }] },
    };
    const message = caption ? { text: caption, attachment } : { attachment };
    const body = await this.post(path, accessToken, { recipient: { group_id: groupId }, message });
    return parseData(ZSent, body, path).data.message_id;
  }

  /** GET /v3.0/oa/group/getgroupsofoa: the OA's groups, one page. */
  async listGroups(accessToken: string, offset = 0, count = 50): Promise<OaGroup[]> {
    const path = "/v3.0/oa/group/getgroupsofoa";
    const body = await this.get(path, accessToken, { offset: String(offset), count: String(count) });
    return parseData(ZGroups, body, path).data.groups.map(toGroup);
  }

  /** GET /v3.0/oa/group/listmember: one page of a group's members, as Zalo sends them. */
  async listMembers(
    accessToken: string,
    groupId: string,
    offset = 0,
    count = 50,
  ): Promise<Record<string, unknown>[]> {
    const path = "/v3.0/oa/group/listmember";
    const query = { group_id: groupId, offset: String(offset), count: String(count) };
    const body = await this.get(path, accessToken, query);
    return parseData(ZMembers, body, path).data.members;
  }
}
