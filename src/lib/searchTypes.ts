/** The kinds of page search can filter on, and how results name them. */
export const SEARCH_TYPES = {
  lesson: 'Lesson',
  framework: 'Framework',
  difference: 'Key difference',
  comparison: 'Comparison',
  code: 'Code example',
  glossary: 'Glossary',
} as const;
