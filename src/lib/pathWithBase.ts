import { withBase } from './withBase';

/**
 * A site path under the base the site is built for (`BASE_PATH`), read once here so components need not
 * thread `import.meta.env.BASE_URL` through every call.
 */
export function pathWithBase(sitePath: string): string {
  return withBase(import.meta.env.BASE_URL, sitePath);
}
