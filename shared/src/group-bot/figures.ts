/** A survey day with its place in the window. */
export interface SurveyDayRef {
  date: string;
  dayNumber: number;
  dayCount: number;
}
