import { daysBetween, formatAge, isoDay } from './formatDate';
import type { ContentError, EntryForCheck } from './findContentErrors';

/** How old a framework fact may get before the build asks for it to be checked again. */
export const FACT_MAX_AGE_DAYS = 180;

/**
 * The framework facts last checked more than `maxAgeDays` before `today`, named by file and field, for the build to
 * list as warnings: a fact that old may no longer be true (a new release, a changed licence).
 */
export function findStaleFacts(
  entries: readonly EntryForCheck[],
  today: Date,
  maxAgeDays = FACT_MAX_AGE_DAYS,
): ContentError[] {
  return entries
    .filter((entry) => entry.collection === 'frameworks')
    .flatMap((entry) => {
      const facts = (entry.data as { facts?: Record<string, { asOf?: Date }> }).facts ?? {};
      return Object.entries(facts).flatMap(([name, fact]) => {
        if (!(fact.asOf instanceof Date)) return [];
        const age = daysBetween(fact.asOf, today);
        if (age <= maxAgeDays) return [];
        return [
          {
            file: entry.filePath,
            field: `facts.${name}.asOf`,
            message: `checked ${isoDay(fact.asOf)}, ${formatAge(age)} ago (more than ${maxAgeDays} days): check it against its source again`,
          },
        ];
      });
    });
}
