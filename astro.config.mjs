// @ts-check
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { handbook } from './src/integrations/handbook.ts';
import { readContent } from './src/lib/content/validation/content-reading.ts';
import { materials } from './src/integrations/materials.ts';
import { linkPrefetch } from './src/integrations/link-prefetch.ts';
import { sidebar } from './src/integrations/sidebar.ts';
import { qualityGates } from './src/integrations/quality-gates.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';
import { editBaseUrl, siteAddress, siteTitle } from './src/site.ts';
import { searchRanking } from './src/lib/site/search-weights.ts';
import { noScriptTheme } from './src/lib/site/no-script-theme.ts';
import { noScriptThemeAssets } from './src/integrations/no-script-theme-assets.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Every content file, read and parsed once as the build starts: the sidebar is built from it, the
// handbook integration validates it (src/integrations/handbook.ts), and the content layer and the
// pages take the same reading (src/lib/content/validation/content-reading.ts).
const content = readContent(root);

// Typed with a cast rather than `defineConfig` from `astro/config`, whose entry loads every helper it
// exports, SVGO among them (about 0.15 s of a build's start; tests/unit/config-load.test.ts).
export default /** @type {import('astro').AstroUserConfig} */ ({
  // The address and the base path both come from SITE_URL (src/site.ts): `https://acme.github.io/ml-handbook/`
  // serves every page under /ml-handbook/ (a GitHub Pages project site; /reference/hosting/).
  site: siteAddress.origin,
  base: siteAddress.base,
  srcDir: './',
  trailingSlash: 'always',
  // A strict Content-Security-Policy in every page (src/security/csp.ts; hosts: /reference/hosting/).
  security: { csp: contentSecurityPolicy() },
  // Stylesheets as files, never inline <style>: Astro 7.3 leaves the hash of some inlined component
  // styles (those of components used in MDX) out of the policy, and the browser then drops them.
  // Two pages rendered at a time: a page's rendering waits on reading and writing files, and the
  // other page's rendering fills that wait (`npm run bench`: the real site's build 0.15–0.3 s
  // faster, in three A/B runs; four at a time was no faster than one).
  build: { inlineStylesheets: 'never', concurrency: 2 },
  // No Astro prefetch script (Starlight turns it on for every link): the handbook prefetches a link
  // on hover, focus or tap from listeners on the document (src/integrations/link-prefetch-page-script.ts),
  // where Astro's visits every link at load and again whenever a node with a link is added.
  prefetch: false,
  // Scripts as files too: Astro inlines a processed script only when Vite's chunking leaves it without
  // imports, which a content edit can change, and an inlined script needs a hash in the policy.
  // Code blocks are highlighted by Expressive Code (Starlight), which turns Astro's Shiki off when it
  // sets up; saying so here keeps Astro from warning that Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // Without JavaScript the pages follow the reader's light or dark system theme, as the theme
  // script makes them do (src/lib/site/no-script-theme.ts), in Expressive Code's stylesheet too.
  vite: { build: { assetsInlineLimit: 0 }, css: { postcss: { plugins: [noScriptTheme()] } }, plugins: [noScriptThemeAssets()] },
  integrations: [
    // First: it finishes each page as it is rendered, and checks the links of the written pages in
    // `astro:build:done` (finishing any HTML file written otherwise), which must run before
    // Starlight's, where Pagefind indexes the pages (src/integrations/quality-gates.ts).
    qualityGates(),
    starlight({
      title: siteTitle,
      description:
        'A career ladder for machine-learning engineering: what each role expects, how to grow, how to onboard and how to hire.',
      lastUpdated: true,
      // The 404 page (content/docs/404.md, a draft that only Starlight's 404 route renders), the
      // name of the section a Previous or Next link leads into, and the home page's tab title.
      routeMiddleware: ['./src/integrations/not-found-route.ts', './src/integrations/pagination-sections.ts', './src/integrations/home-title.ts', './src/integrations/component-toc.ts'],
      editLink: { baseUrl: editBaseUrl },
      pagination: true,
      // Long lines of code wrap (keeping their indentation) instead of scrolling: no code block is
      // wider than a phone, and none needs a focusable, named scroll box of its own.
      expressiveCode: { defaultProps: { wrap: true } },
      // How search ranks pages, shared with `npm run bench:search` (src/lib/site/search-weights.ts).
      pagefind: { ranking: searchRanking },
      sidebar: sidebar(root, content),
      customCss: ['./src/styles/handbook.css', './src/styles/scroll-box.css', './src/styles/hiring.css', './src/styles/print.css'],
      components: {
        // "Terms on this page" after the content of pages with `terms` frontmatter.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // The title, then the page's Pagefind filters: content type, level, track.
        PageTitle: './src/components/overrides/PageTitle.astro',
        // The hero, then the same filters, for the pages that have a hero instead of a title.
        Hero: './src/components/overrides/Hero.astro',
        // Starlight's search with `showEmptyFilters: false` (Search.astro), and where scripts cannot
        // run, a link to the Browse page in place of its button, which does nothing without them.
        Search: './src/components/overrides/SearchOrBrowse.astro',
        // Starlight's tables of contents (bar and sidebar), after the script that starts only the copy shown.
        PageSidebar: './src/components/overrides/PageSidebar.astro',
        // Starlight's theme select, whose storing of the theme no longer throws in a full storage.
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        // Starlight's theme provider, whose reading of the stored theme no longer throws where the
        // browser refuses storage (a light system then got the dark theme).
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
      },
    }),
    mdx(),
    handbook({ content, siteBase: siteAddress.base }),
    materials(),
    linkPrefetch(),
  ],
});
