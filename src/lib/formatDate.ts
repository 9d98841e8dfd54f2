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
