/**
 * Compares what a program printed with the output a page shows. Trailing spaces and blank lines at the end do
 * not count. Where values change from run to run (losses, timings) the page writes `...`: a line that is just
 * `...` stands for any number of printed lines, and `...` inside a line stands for any text on that line.
 */
export function matchesOutput(printed: string, shown: string): boolean {
  const lines = (text: string) =>
    text
      .replace(/\s+$/, '')
      .split('\n')
      .map((line) => line.trimEnd());
  const actual = lines(printed);
  const expected = lines(shown).map((line) =>
    line === '...' ? line : new RegExp(`^${line.split('...').map(escapeRegExp).join('.*')}$`),
  );
  const match = (a: number, e: number): boolean => {
    const want = expected[e];
    if (want === undefined) return a === actual.length;
    if (want === '...') return match(a, e + 1) || (a < actual.length && match(a + 1, e));
    return a < actual.length && want.test(actual[a] ?? '') && match(a + 1, e + 1);
  };
  return match(0, 0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The run-to-run noise allowed between what a program prints now and the output recorded for its page: the
 * same lines, the same words between numbers (spacing aside), the same whole numbers (counts, shapes, epochs), and each other
 * number within 1 % of the recorded one or 0.005 of it (a seeded run on another CPU can round the last digits
 * of a loss differently). A program whose numbers vary
 * more than that (timings, unseeded training) prints less precisely, or its page does not show them.
 */
export const NUMERIC_NOISE = { relative: 0.01, absolute: 0.005 } as const;

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** Whether `printed` is the recorded output up to NUMERIC_NOISE; describes the first difference if not. */
export function differsFromRecord(printed: string, recorded: string, noise = NUMERIC_NOISE): string | undefined {
  const lines = (text: string) =>
    text
      .replace(/\s+$/, '')
      .split('\n')
      .map((line) => line.trimEnd());
  const now = lines(printed);
  const then = lines(recorded);
  if (now.length !== then.length) return `printed ${now.length} lines, the record has ${then.length}`;
  for (const [index, line] of now.entries()) {
    const old = then[index] ?? '';
    // NumPy pads columns to the widest number, so spacing follows the digits: compare words, not spaces.
    const words = (text: string) => text.replace(NUMBER, '#').replace(/\s+/g, ' ').trim();
    if (words(line) !== words(old)) return `line ${index + 1} reads "${line}", the record "${old}"`;
    const numbers = (text: string) => [...text.matchAll(NUMBER)].map((match) => match[0]);
    const recordedNumbers = numbers(old);
    for (const [position, token] of numbers(line).entries()) {
      const value = Number(token);
      const wantToken = recordedNumbers[position] ?? '';
      const want = Number(wantToken);
      const whole = /^[-+]?\d+$/.test(token) && /^[-+]?\d+$/.test(wantToken);
      const close = Math.abs(value - want) <= Math.max(noise.absolute, noise.relative * Math.abs(want));
      if (whole ? value !== want : !close) {
        return `line ${index + 1}: ${value} is more than the allowed noise from the recorded ${want} ("${old}")`;
      }
    }
  }
  return undefined;
}
