// Who answers in the simulation: communes with a character (some clearly better served than others, a few
// out of quota, a few whose forms look suspicious) and residents whose answers follow it. Pure and seeded.
import type { Random } from "@pks02/bot-server/src/testing/seeded-random";
import {
  allQuestions,
  isQuestionVisible,
  type Commune,
  type Question,
  type SurveyDefinition,
} from "@pks02/shared";

export type { Random };

/** A normal draw (Box–Muller). */
export function normal(random: Random, mean = 0, sd = 1): number {
  return mean + sd * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export type CommuneRole = "normal" | "too-few" | "too-many" | "suspicious";

/** How a commune behaves over the survey. */
export interface CommuneProfile {
  commune: Commune;
  /** −1.5 … +1.5: how satisfied its residents are (shifts every scale answer). */
  quality: number;
  /** Mean visitors to the one-stop office per day. */
  visitsPerDay: number;
  /** Share of visitors who submit a form (the quota wants 50–150 %). */
  turnout: number;
  role: CommuneRole;
}

/** Profiles for the communes: every 40th too few, every 40th (offset) too many, every 70th suspicious. */
export function communeProfiles(communes: readonly Commune[], random: Random): CommuneProfile[] {
  return communes.map((commune, i) => {
    const role: CommuneRole =
      i % 40 === 7 ? "too-few" : i % 40 === 23 ? "too-many" : i % 70 === 11 ? "suspicious" : "normal";
    const turnout = { "too-few": 0.25, "too-many": 1.9, suspicious: 1.1, normal: 0.6 + 0.5 * random() }[role];
    return {
      commune,
      quality: Math.max(-1.5, Math.min(1.5, normal(random, 0.2, 0.6))),
      visitsPerDay: Math.max(8, Math.round(normal(random, 30, 10))),
      turnout,
      role,
    };
  });
}

function scaleValue(random: Random, question: Extract<Question, { type: "scale" }>, quality: number): number {
  if (question.scale === "likert5_plus_dontknow" && random() < 0.06) return 0; // "Không rõ"
  return Math.max(1, Math.min(5, Math.round(normal(random, 3.6 + quality, 0.8))));
}

const COMMENTS = [
  "Cán bộ nhiệt tình, hướng dẫn rõ ràng.",
  "Cần rút ngắn thời gian chờ.",
  "Chủ tịch gần dân, lắng nghe ý kiến.",
  "Thủ tục còn rườm rà.",
];

function answerOf(random: Random, question: Question, quality: number, flat?: number) {
  switch (question.type) {
    case "scale":
      return flat ?? scaleValue(random, question, quality);
    case "single_choice":
      return question.options[Math.floor(random() * question.options.length)]!.value;
    case "multi_choice": {
      const shuffled = [...question.options].sort(() => random() - 0.5);
      return shuffled.slice(0, 1 + Math.floor(random() * question.maxSelect)).map((o) => o.value);
    }
    case "free_text":
      return random() < 0.3 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : undefined;
    default: {
      const never: never = question;
      return never;
    }
  }
}

/** One resident's answers to the form, question by question as the Mini App shows them; straight-lined if asked. */
export function residentAnswers(
  random: Random,
  profile: CommuneProfile,
  form: SurveyDefinition,
  straightLine = false,
) {
  const answers: Record<string, unknown> = {};
  const flat = straightLine ? 5 : undefined;
  for (const question of allQuestions(form)) {
    if (!isQuestionVisible(form, question, answers)) continue;
    const value = answerOf(random, question, profile.quality, flat);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}
