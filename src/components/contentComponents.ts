/**
 * What rendered MDX content uses instead of plain elements: links get the base path, `##`/`###` headings a
 * link to themselves, tables a container that scrolls on its own.
 */
import ContentLink from './ContentLink.astro';
import H2 from './shell/H2.astro';
import H3 from './shell/H3.astro';
import ScrollTable from './shell/ScrollTable.astro';

export const contentComponents = { a: ContentLink, h2: H2, h3: H3, table: ScrollTable };
