/**
 * Sections that components add to a page after its content, named once so the component's heading and the
 * page's "On this page" entry cannot drift apart.
 */
export const PAGE_SECTIONS = {
  objectives: { depth: 2, slug: 'objectives-title', text: 'You will learn' },
  runCode: { depth: 2, slug: 'run-code-title', text: 'Run the code yourself' },
  quiz: { depth: 2, slug: 'quiz-title', text: 'Check your understanding' },
  terms: { depth: 2, slug: 'terms-title', text: 'Terms in this lesson' },
  sources: { depth: 2, slug: 'sources-title', text: 'Sources' },
  related: { depth: 2, slug: 'related-title', text: 'Related lessons' },
  facts: { depth: 2, slug: 'facts-title', text: 'At a glance' },
} as const;
