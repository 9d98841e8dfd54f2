/**
 * Where each collection's files live and which of them are entries: read by the loaders in
 * `src/content.config.ts` and by the build's check for two files with one id (`findDuplicateIds`).
 */
export const COLLECTION_FILES = {
  lessons: { base: 'content/lessons', pattern: '**/*.mdx' },
  frameworks: { base: 'content/frameworks', pattern: '**/*.mdx' },
  differences: { base: 'content/differences', pattern: '**/*.mdx' },
  examples: { base: 'content/examples', pattern: '*.mdx' },
  glossary: { base: 'content/glossary', pattern: '**/*.{yaml,yml}' },
  paths: { base: 'content/paths', pattern: '**/*.{yaml,yml}' },
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;
