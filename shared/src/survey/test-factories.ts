import type { Answers } from "./types";

/** A complete, valid set of PKS 02 answers for tests; override any question. */
export function buildAnswers(overrides: Record<string, unknown> = {}): Answers {
  const answers: Record<string, unknown> = {
    B1: 1,
    B2: [1, 4],
    B3: 1,
    C1: 5,
    C2: 4,
    C3: 4,
    C4: 3,
    C5: 5,
    C6: 4,
    C7: 0,
    C8: 4,
    C9: 5,
    C10: 4,
    D1: 2,
    E1: 4,
    E2: 1,
    E3: [2, 6],
    E4: "Cán bộ nhiệt tình.",
    F1: 2,
    F2: 3,
    F3: 1,
    F4: 3,
    F5: 1,
    F6: 1,
    ...overrides,
  };
  for (const [k, v] of Object.entries(answers)) if (v === undefined) delete answers[k];
  return answers as Answers;
}
