/**
 * Compares what a program printed with the output a page shows. Trailing spaces and blank lines at the end do
 * not count; a line that is just `...` in the shown output stands for any number of printed lines (used
 * where values such as losses change from run to run).
 */
export function matchesOutput(printed: string, shown: string): boolean {
  const lines = (text: string) =>
    text
      .replace(/\s+$/, '')
      .split('\n')
      .map((line) => line.trimEnd());
  const actual = lines(printed);
  const expected = lines(shown);
  const match = (a: number, e: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e] === '...') return match(a, e + 1) || (a < actual.length && match(a + 1, e));
    return a < actual.length && actual[a] === expected[e] && match(a + 1, e + 1);
  };
  return match(0, 0);
}
