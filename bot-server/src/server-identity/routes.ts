import { Router } from "express";
import { z } from "zod";
import type { ServerIdentity } from "@pks02/shared";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";
import { identityProof } from "./proof";

const ZIdentityQuery = z.object({ nonce: z.string().regex(/^[0-9a-f]{32,128}$/) }).strict();

/** Public: GET /api/server-identity?nonce=<hex> — proves this server holds the admin token (see proof.ts). */
export function serverIdentityRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/server-identity", (req, res) => {
    const { nonce } = parseInput(ZIdentityQuery, req.query);
    const reply: ServerIdentity = { service: "pks02", proof: identityProof(ctx.config.adminToken, nonce) };
    res.set("Cache-Control", "no-store").json(reply);
  });
  return router;
}
