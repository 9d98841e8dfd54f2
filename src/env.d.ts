/** The code-colour classes' stylesheet, generated from the code themes by a Vite plugin in astro.config.mjs. */
declare module 'virtual:code-colours.css';
/** Which framework's panel each tab group shows, generated from FRAMEWORKS (src/lib/frameworkTabCss.ts). */
declare module 'virtual:framework-tabs.css';
