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
