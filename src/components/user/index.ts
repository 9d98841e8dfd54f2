/** Components that content authors use in MDX: `import { Aside, FrameworkCode, Variant } from '~/components/user';` */
export { default as Aside } from './Aside.astro';
export { default as FrameworkCode } from './FrameworkCode.astro';
export { default as Variant } from './Variant.astro';
