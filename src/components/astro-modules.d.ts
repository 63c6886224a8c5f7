/**
 * A component file as plain TypeScript (`tsc`, which editors and other checkers run) sees it: it cannot
 * read a `.astro` file, and id-props.ts imports the types of components. `astro check` reads each
 * component's own Props, which take precedence over this pattern, so the entries there are still checked
 * against each component's real Props.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
