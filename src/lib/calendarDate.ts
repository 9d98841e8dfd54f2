/** Dates as authors write them in frontmatter: `YYYY-MM-DD`, a day that exists. */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date `text` names, at midnight UTC, or `undefined` when it is not `YYYY-MM-DD` or not a real day
 * (`Date` would read 2026-02-30 as 2 March).
 */
export function parseCalendarDate(text: string): Date | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/** Whether `date` (a day at midnight UTC) is after `today` (any time on the reader's day, compared in UTC). */
export function isAfterToday(date: Date, today: Date): boolean {
  const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return date.getTime() > endOfToday;
}
