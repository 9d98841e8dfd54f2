import { z } from 'astro/zod';
import { isAfterToday, parseCalendarDate } from './calendarDate';

/** Field types shared by several collections' schemas (`src/content.config.ts`). */

/**
 * A calendar date written `YYYY-MM-DD`, not in the future. YAML turns an unquoted date into a `Date` (and an
 * impossible one such as 2026-02-30 into 2 March: `findImpossibleDates` reads the file's own text for those); a
 * quoted one arrives as text. Anything else ("Nov 27", 20261127) is refused rather than guessed at.
 */
export function calendarDate(error: string) {
  return z.union([z.date(), z.string()], { error }).transform((value, ctx) => {
    const date = typeof value === 'string' ? parseCalendarDate(value) : value;
    if (date === undefined || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: error });
      return z.NEVER;
    }
    if (isAfterToday(date, new Date())) {
      ctx.addIssue({ code: 'custom', message: `${date.toISOString().slice(0, 10)} is in the future` });
      return z.NEVER;
    }
    return date;
  });
}

/** An address on the web, over HTTPS only: no `http:`, `javascript:`, `data:` or `file:` link reaches a page. */
export function httpsUrl(error: string) {
  return z.url({ protocol: /^https$/, error });
}
