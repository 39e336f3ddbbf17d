import { Router } from "express";
import {
  findCommune,
  windowPhase,
  localDateOf,
  PKS02_DEFINITION,
  ZCommuneCode,
  type CommuneInfo,
  type SurveyInfo,
} from "@pks02/shared";
import { AppError } from "../http/errors";
import type { AppContext } from "../context";

/** Public, read-only: the survey definition with its window, and one commune by code. */
export function surveyRoutes({ config, now }: AppContext): Router {
  const router = Router();
  router.get("/api/survey", (_req, res) => {
    const moment = now();
    const survey: SurveyInfo = {
      definition: PKS02_DEFINITION,
      window: config.surveyWindow,
      phase: windowPhase(config.surveyWindow, moment),
      today: localDateOf(moment),
    };
    res.set("Cache-Control", "no-cache").json(survey);
  });
  router.get("/api/communes/:code", (req, res) => {
    // Exactly five digits: the registry's lookup forgives spaces (typed commands), a URL need not.
    const requested = String(req.params.code);
    const commune = ZCommuneCode.safeParse(requested).success ? findCommune(requested) : undefined;
    if (!commune) throw new AppError("COMMUNE_NOT_FOUND");
    const { code, name, districtCode, districtName } = commune;
    const reply: CommuneInfo = { code, name, districtCode, districtName };
    res.set("Cache-Control", "public, max-age=3600").json(reply);
  });
  return router;
}
