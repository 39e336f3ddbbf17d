import { Router } from "express";
import { findCommune, windowPhase, localDateOf, PKS02_DEFINITION } from "@pks02/shared";
import { AppError } from "../http/errors";
import type { AppContext } from "../context";

/** Public, read-only: the survey definition with its window, and one commune by code. */
export function surveyRoutes({ config, now }: AppContext): Router {
  const router = Router();
  router.get("/api/survey", (_req, res) => {
    const moment = now();
    res.set("Cache-Control", "no-cache").json({
      definition: PKS02_DEFINITION,
      window: config.surveyWindow,
      phase: windowPhase(config.surveyWindow, moment),
      today: localDateOf(moment),
    });
  });
  router.get("/api/communes/:code", (req, res) => {
    const commune = findCommune(String(req.params.code));
    if (!commune) throw new AppError("COMMUNE_NOT_FOUND");
    const { code, name, districtCode, districtName } = commune;
    res.set("Cache-Control", "public, max-age=3600").json({ code, name, districtCode, districtName });
  });
  return router;
}
