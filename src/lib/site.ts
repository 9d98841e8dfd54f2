/** The site's name, as shown in the header, titles and Open Graph tags. */
export const SITE_NAME = 'Deep Learning Compass';

/** The default description, for pages that have none of their own. */
export const SITE_DESCRIPTION =
  'Learn deep learning from zero and understand — and choose between — Keras, TensorFlow and PyTorch, with sourced facts and checked code.';

/** The header navigation, in order. */
export const NAV_LINKS = [
  { href: '/learn/', label: 'Learn' },
  { href: '/frameworks/', label: 'Frameworks' },
  { href: '/differences/', label: 'Differences' },
  { href: '/compare/', label: 'Compare' },
  { href: '/code/', label: 'Code' },
  { href: '/glossary/', label: 'Glossary' },
] as const;
