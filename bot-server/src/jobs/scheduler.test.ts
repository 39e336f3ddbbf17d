import cron from "node-cron";
import { SURVEY_TIME_ZONE, localTimeOf } from "@pks02/shared";
import { cronExpression, plannedRuns } from "./scheduler";

const window = { start: "2024-06-12", end: "2024-06-14" };

const DUE = "2024-06-07";

describe("the group bot's schedule", () => {
  it("turns configured HH:MM times into daily cron expressions", () => {
    expect(cronExpression("07:00")).toBe("0 0 7 * * *");
    expect(cronExpression("14:30")).toBe("0 30 14 * * *");
    expect(() => cronExpression("7h")).toThrow("not a HH:MM time");
  });

  it("fires at the configured time in Asia/Ho_Chi_Minh, whatever the server's time zone", async () => {
    const task = cron.createTask(cronExpression("07:00"), () => undefined, { timezone: SURVEY_TIME_ZONE });
    try {
      const next = task.getNextRuns(3);
      expect(next.map(localTimeOf)).toEqual(["07:00", "07:00", "07:00"]);
      expect(next.map((d) => d.getUTCHours())).toEqual([0, 0, 0]);
    } finally {
      await task.destroy();
    }
  });

  it("runs the daily jobs on survey days only", () => {
    expect(plannedRuns(window, "morning", "2024-06-12", DUE)).toEqual([
      { job: "morning-reminder", date: "2024-06-12" },
    ]);
    expect(plannedRuns(window, "afternoon", "2024-06-13", DUE)).toEqual([
      { job: "afternoon-check", date: "2024-06-13" },
    ]);
    expect(plannedRuns(window, "evening", "2024-06-12", DUE)).toEqual([
      { job: "daily-summary", date: "2024-06-12" },
    ]);
    expect(plannedRuns(window, "evening", "2024-06-11", DUE)).toEqual([]);
  });

  it("reminds of missing rosters on the mornings before the survey, from three days before the due date", () => {
    expect(plannedRuns(window, "morning", "2024-06-03", DUE)).toEqual([]);
    expect(plannedRuns(window, "morning", "2024-06-04", DUE)).toEqual([
      { job: "roster-reminder", date: "2024-06-04" },
    ]);
    expect(plannedRuns(window, "morning", "2024-06-11", DUE)).toEqual([
      { job: "roster-reminder", date: "2024-06-11" },
    ]);
    expect(plannedRuns(window, "evening", "2024-06-11", DUE)).toEqual([]);
    expect(plannedRuns(window, "morning", "2024-06-12", DUE)).toEqual([
      { job: "morning-reminder", date: "2024-06-12" },
    ]);
  });

  it("posts the final summary the morning after the last day (answers count until midnight), and catches up for a week", () => {
    expect(plannedRuns(window, "evening", "2024-06-14", DUE)).toEqual([
      { job: "daily-summary", date: "2024-06-14" },
    ]);
    expect(plannedRuns(window, "morning", "2024-06-15", DUE)).toEqual([
      { job: "final-summary", date: "2024-06-14" },
    ]);
    expect(plannedRuns(window, "afternoon", "2024-06-15", DUE)).toEqual([]);
    expect(plannedRuns(window, "evening", "2024-06-16", DUE)).toEqual([
      { job: "final-summary", date: "2024-06-14" },
    ]);
    expect(plannedRuns(window, "morning", "2024-06-21", DUE)).toEqual([
      { job: "final-summary", date: "2024-06-14" },
    ]);
    expect(plannedRuns(window, "morning", "2024-06-22", DUE)).toEqual([]);
  });
});
