import { describe, expect, it } from 'vitest';
import { isAfterToday, parseCalendarDate } from '~/lib/calendarDate';
import { calendarDate, httpsUrl } from '~/lib/schemaFields';

describe('parseCalendarDate', () => {
  it('reads a real YYYY-MM-DD day and nothing else', () => {
    expect(parseCalendarDate('2026-11-27')).toEqual(new Date(Date.UTC(2026, 10, 27)));
    expect(parseCalendarDate('2024-02-29')).toEqual(new Date(Date.UTC(2024, 1, 29)));
    for (const text of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', 'Nov 27', '20261127', '2026-1-5']) {
      expect(parseCalendarDate(text), text).toBeUndefined();
    }
  });

  it('compares a day with today by calendar day', () => {
    const today = new Date(Date.UTC(2026, 11, 3, 17, 0));
    expect(isAfterToday(new Date(Date.UTC(2026, 11, 3)), today)).toBe(false);
    expect(isAfterToday(new Date(Date.UTC(2026, 11, 4)), today)).toBe(true);
  });
});

describe('calendarDate', () => {
  const schema = calendarDate('must be a date written YYYY-MM-DD');
  const messages = (value: unknown) => schema.safeParse(value).error?.issues.map((issue) => issue.message);

  it('takes a YAML date or a quoted YYYY-MM-DD, and refuses guesses', () => {
    expect(schema.parse(new Date(Date.UTC(2026, 10, 27)))).toEqual(new Date(Date.UTC(2026, 10, 27)));
    expect(schema.parse('2026-11-27')).toEqual(new Date(Date.UTC(2026, 10, 27)));
    expect(messages('Nov 27')).toEqual(['must be a date written YYYY-MM-DD']);
    expect(messages(20261127)).toEqual(['must be a date written YYYY-MM-DD']);
    expect(messages('2026-02-30')).toEqual(['must be a date written YYYY-MM-DD']);
  });

  it('refuses a day in the future', () => {
    expect(messages('2999-01-01')).toEqual(['2999-01-01 is in the future']);
  });
});

describe('httpsUrl', () => {
  const schema = httpsUrl('must be a full https:// URL');
  it('takes https addresses only', () => {
    expect(schema.safeParse('https://pytorch.org/docs/').success).toBe(true);
    for (const url of [
      'http://pytorch.org/',
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'pytorch.org',
    ]) {
      expect(schema.safeParse(url).error?.issues[0]?.message, url).toBe('must be a full https:// URL');
    }
  });
});
