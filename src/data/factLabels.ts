import type { CollectionEntry } from 'astro:content';

/** The facts every framework profile carries. */
export type Facts = CollectionEntry<'frameworks'>['data']['facts'];

/** The name of each fact as readers see it, in display order. A fact without a label fails `astro check`. */
export const FACT_LABELS = {
  maintainer: 'Maintainer',
  license: 'Licence',
  firstRelease: 'First release',
  currentVersion: 'Current version',
  writtenIn: 'Core written in',
  apiLevels: 'API levels',
  executionModel: 'Execution model',
  graphCompilation: 'Graph compilation',
  debuggingTools: 'Debugging',
  deploymentTargets: 'Deployment',
  distributedTraining: 'Distributed training',
  hardware: 'Hardware',
  strengths: 'Strengths',
  limitations: 'Limitations',
  bestFor: 'Best for',
  website: 'Website',
  repository: 'Repository',
} as const satisfies Record<keyof Facts, string>;

/** Fact keys in display order. */
export const FACT_KEYS = Object.keys(FACT_LABELS) as (keyof Facts)[];
