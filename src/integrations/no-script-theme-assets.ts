/**
 * The light theme without scripts (src/lib/site/no-script-theme.ts) in the stylesheets that Vite's
 * CSS pipeline never sees: Expressive Code writes its code blocks' styles (`_astro/ec.<hash>.css`,
 * light and dark themes) as an asset of its own, so its PostCSS plugins would leave code blocks dark
 * on a light page, their text unreadable. This Vite plugin runs the same rewriting on each such
 * stylesheet as the bundle is written.
 */
import postcss from 'postcss';
import { noScriptTheme } from '../lib/site/no-script-theme.ts';

/** Expressive Code's stylesheet, by the name it gives it (astro-expressive-code, `ec.{hash}.css`). */
const writtenAside = /(^|\/)ec\.[^/]*\.css$/;

/** The part of a Rollup bundle the plugin reads and writes: its assets' names and text. */
type Bundle = Record<string, { type: 'asset'; fileName: string; source: string | Uint8Array } | { type: 'chunk' }>;

/** The Vite plugin (astro.config.mjs, `vite.plugins`). */
export const noScriptThemeAssets = () => ({
  name: 'handbook-no-script-theme-assets',
  apply: 'build' as const,
  async generateBundle(_options: unknown, bundle: Bundle) {
    for (const file of Object.values(bundle))
      if (file.type === 'asset' && writtenAside.test(file.fileName))
        file.source = (await postcss([noScriptTheme()]).process(String(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source)), { from: undefined })).css;
  },
});
