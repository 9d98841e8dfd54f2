/**
 * Components that content authors use in MDX:
 * `import { Aside, BackpropExplorer, Example, Figure, FrameworkCode, GraphModeExplorer, Myth, RecordedChart, Term, Variant } from '~/components/user';`
 */
export { default as Aside } from './Aside.astro';
export { default as BackpropExplorer } from './BackpropExplorer.astro';
export { default as Example } from './Example.astro';
export { default as Figure } from './Figure.astro';
export { default as FrameworkCode } from './FrameworkCode.astro';
export { default as GraphModeExplorer } from './GraphModeExplorer.astro';
export { default as Myth } from './Myth.astro';
export { default as RecordedChart } from './RecordedChart.astro';
export { default as Term } from './Term.astro';
export { default as Variant } from './Variant.astro';
