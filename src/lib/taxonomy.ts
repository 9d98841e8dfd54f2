/**
 * The frameworks this site teaches, declared once. Schemas, tabs, tables and generated pages all derive
 * from this list; adding a framework is this one line plus its content (a profile, verdicts, examples).
 */
export const FRAMEWORKS = ['keras', 'tensorflow', 'pytorch'] as const;

/** One framework id, e.g. `'pytorch'`. */
export type Framework = (typeof FRAMEWORKS)[number];

/** Narrows an unknown value (a URL parameter, a stored choice) to a framework id. */
export function isFramework(value: unknown): value is Framework {
  return typeof value === 'string' && (FRAMEWORKS as readonly string[]).includes(value);
}

/** Lesson difficulty, from first contact to expert. */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** One lesson level. */
export type Level = (typeof LEVELS)[number];

/** The categories that group the side-by-side code examples. */
export const EXAMPLE_CATEGORIES = [
  'tensors',
  'autodiff',
  'models',
  'training',
  'data',
  'performance',
  'debugging',
  'deployment',
] as const;

/** The dimensions along which the frameworks are compared, one per difference page. */
export const DIMENSIONS = [
  'execution-model',
  'debugging',
  'api-level',
  'performance',
  'deployment',
  'distributed-training',
  'data-loading',
  'popularity',
  'learning-curve',
] as const;
