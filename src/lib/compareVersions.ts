/**
 * Whether an installed version (e.g. "2.13.0+cpu", "1.13.1") is at least the required one ("2.6").
 * Only the leading numeric parts count; local tags such as "+cpu" or "rc1" are ignored.
 */
export function isAtLeast(installed: string, required: string): boolean {
  const parts = (version: string) => (version.match(/^\d+(?:\.\d+)*/)?.[0] ?? '0').split('.').map(Number);
  const have = parts(installed);
  const need = parts(required);
  for (let index = 0; index < Math.max(have.length, need.length); index++) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}
