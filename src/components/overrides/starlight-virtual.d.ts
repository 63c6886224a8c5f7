/**
 * Types of the two Starlight virtual modules that the copied `Search.astro` imports. Starlight
 * generates them at build time (`integrations/vite-virtual-modules.js`) and ships no declarations
 * for code outside the package; only the fields the copy reads are typed.
 */
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore' };
  export default project;
}

declare module 'virtual:starlight/pagefind-config' {
  /** Starlight's `pagefind` option, passed to Pagefind's UI. */
  export const pagefindUserConfig: Record<string, unknown>;
}
