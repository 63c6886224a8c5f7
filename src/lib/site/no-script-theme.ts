/**
 * The reader's light or dark system theme, followed without JavaScript. Starlight's pages are served
 * with `<html data-theme="dark">`, and its theme script sets `light` where the reader's system (or
 * their choice) is light; without scripts every page stayed dark. Each stylesheet rule written for
 * the light theme (`[data-theme='light'] …`) gets a copy that applies where scripts cannot run and
 * the system is light, and each rule for the dark theme stops applying there, so that such a reader
 * gets the light theme as the script would have set it: the same rules, in the same order, with the
 * same specificity (`[data-theme]` for `[data-theme='light']`).
 *
 * A PostCSS plugin (astro.config.mjs, `vite.css.postcss`), run on every stylesheet: Starlight's,
 * Expressive Code's and the handbook's. It needs no import of PostCSS: the plugin's helpers give it
 * the one constructor it uses.
 */
import type { AtRule, Helpers, Node, Plugin, Root, Rule } from 'postcss';

/** Where the copies apply: scripts cannot run, and the system is light. */
export const noScriptLight = '(scripting: none) and (prefers-color-scheme: light)';
/** Where a dark-theme rule applies: anywhere but there. */
export const notNoScriptLight = `not all and ${noScriptLight}`;

const lightAttribute = /\[data-theme=(['"]?)light\1\]/g;
const darkAttribute = /\[data-theme=(['"]?)dark\1\]/;
const isLight = (selector: string) => selector.search(lightAttribute) >= 0;
const isDark = (selector: string) => darkAttribute.test(selector);

/** A light-theme selector as it applies without scripts, where the document says `dark`: any theme, at the same specificity. */
export const lightWithoutScripts = (selector: string): string => selector.replace(lightAttribute, '[data-theme]');

/** Whether `node` sits in keyframes, whose selectors are steps, not elements. */
function inKeyframes(node: Rule): boolean {
  for (let parent: Node | undefined = node.parent as Node | undefined; parent; parent = parent.parent as Node | undefined) if (parent.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name)) return true;
  return false;
}

/**
 * Rewrites `root` in place: after each rule with light-theme selectors, their copy in
 * `@media <noScriptLight>`; each rule's dark-theme selectors moved into `@media <notNoScriptLight>`
 * in its place (the rule's other selectors stay as they are).
 */
export function followSystemThemeWithoutScripts(root: Root, { AtRule: MakeAtRule }: Pick<Helpers, 'AtRule'>): void {
  const rules: Rule[] = [];
  // Collected first: the copies written below are not visited again.
  root.walkRules((rule) => {
    if (!inKeyframes(rule) && rule.selectors.some((s) => isLight(s) || isDark(s))) rules.push(rule);
  });
  for (const rule of rules) {
    const lights = rule.selectors.filter(isLight);
    const darks = rule.selectors.filter(isDark);
    let last: Rule | AtRule = rule;
    if (lights.length) {
      const copy = new MakeAtRule({ name: 'media', params: noScriptLight });
      copy.append(rule.clone({ selectors: lights.map(lightWithoutScripts) }));
      last.after(copy);
      last = copy;
    }
    if (darks.length) {
      const moved = new MakeAtRule({ name: 'media', params: notNoScriptLight });
      moved.append(rule.clone({ selectors: darks }));
      last.after(moved);
      const kept = rule.selectors.filter((s) => !isDark(s));
      if (kept.length) rule.selectors = kept;
      else rule.remove();
    }
  }
}

/** The plugin, for Vite's `css.postcss.plugins`. */
export const noScriptTheme = (): Plugin => ({
  postcssPlugin: 'handbook-no-script-theme',
  Once: (root, helpers) => followSystemThemeWithoutScripts(root, helpers),
});
