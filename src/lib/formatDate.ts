const formatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formats a content date for readers ("1 Aug 2026"); dates are calendar days, so always in UTC. */
export function formatDate(date: Date): string {
  return formatter.format(date);
}

/** The same date as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (calendar days in UTC; negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  const day = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((day(to) - day(from)) / DAY_MS);
}

/** An age in days in words, rounded down to the largest unit: "today", "1 day", "5 months", "2 years". */
export function formatAge(days: number): string {
  const unit = (count: number, name: string) => `${count} ${name}${count === 1 ? '' : 's'}`;
  if (days <= 0) return 'today';
  if (days < 31) return unit(days, 'day');
  if (days < 365) return unit(Math.floor(days / 30.44), 'month');
  return unit(Math.max(1, Math.floor(days / 365.25)), 'year');
}
