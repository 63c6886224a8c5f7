/**
 * The reader's light or dark system theme, followed without JavaScript. Starlight's pages are served
 * with `<html data-theme="dark">`, and its theme script sets `light` where the reader's system (or
 * their choice) is light; without scripts every page stayed dark. Each stylesheet rule written for
 * the light theme (`[data-theme='light'] …`) gets a copy that applies where scripts cannot run and
 * the system is light, so that such a reader gets the light theme as the script would have set it.
 * The copy's theme attribute is written twice (`[data-theme][data-theme]`), one attribute more
 * specific than the rule it copies, so that it also wins over a rule written for the dark theme
 * (`[data-theme='dark'] …`, which the page's `dark` still matches) wherever that comes in the
 * stylesheets. The dark rules themselves are left as they are: moved into a media query that says
 * “not where scripts cannot run and the system is light”, they would never apply in a browser that
 * does not know the `scripting` feature (Safari before 17, Chrome before 120), which reads the whole
 * query as false, and those readers would lose the dark theme with JavaScript on.
 *
 * A PostCSS plugin (astro.config.mjs, `vite.css.postcss`), run on every stylesheet: Starlight's,
 * Expressive Code's and the handbook's. It needs no import of PostCSS: the plugin's helpers give it
 * the one constructor it uses.
 */
import type { AtRule, Helpers, Node, Plugin, Root, Rule } from 'postcss';

/** Where the copies apply: scripts cannot run, and the system is light. */
export const noScriptLight = '(scripting: none) and (prefers-color-scheme: light)';

// The light theme's attribute, not inside `:not(…)` (a rule for every theme but light is no light rule).
const lightAttribute = /(?<!:not\()\[data-theme=(['"]?)light\1\]/g;
const isLight = (selector: string) => selector.search(lightAttribute) >= 0;

/** A light-theme selector as it applies without scripts, where the document says `dark`: any theme, one attribute more specific than a dark rule. */
export const lightWithoutScripts = (selector: string): string => selector.replace(lightAttribute, '[data-theme][data-theme]');

/** Whether `node` sits in keyframes, whose selectors are steps, not elements. */
function inKeyframes(node: Rule): boolean {
  for (let parent: Node | undefined = node.parent as Node | undefined; parent; parent = parent.parent as Node | undefined) if (parent.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name)) return true;
  return false;
}

/** Rewrites `root` in place: after each rule with light-theme selectors, their copy in `@media <noScriptLight>`. */
export function followSystemThemeWithoutScripts(root: Root, { AtRule: MakeAtRule }: Pick<Helpers, 'AtRule'>): void {
  const rules: Rule[] = [];
  // Collected first: the copies written below are not visited again.
  root.walkRules((rule) => {
    // The rule's selector as written is searched first: PostCSS splits it into its selectors (a copy
    // of each) when `selectors` is read, and nearly every rule of a stylesheet has no light one.
    if (isLight(rule.selector) && !inKeyframes(rule) && rule.selectors.some(isLight)) rules.push(rule);
  });
  for (const rule of rules) {
    const copy = new MakeAtRule({ name: 'media', params: noScriptLight });
    copy.append(rule.clone({ selectors: rule.selectors.filter(isLight).map(lightWithoutScripts) }));
    rule.after(copy);
  }
}

/** The plugin, for Vite's `css.postcss.plugins`. */
export const noScriptTheme = (): Plugin => ({
  postcssPlugin: 'handbook-no-script-theme',
  Once: (root, helpers) => followSystemThemeWithoutScripts(root, helpers),
});
