import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { lightWithoutScripts, noScriptLight, noScriptTheme, notNoScriptLight } from './no-script-theme';

/** CSS with its spacing made one: a space either side of each brace, one between words. */
const spaced = (css: string) => css.replace(/\s*([{}])\s*/g, ' $1 ').replace(/\s+/g, ' ').trim();
const run = (css: string) => spaced(postcss([noScriptTheme()]).process(css, { from: undefined }).css);

describe('the light theme without scripts', () => {
  it('copies each light-theme rule, at the same specificity, where scripts cannot run and the system is light', () => {
    expect(run(`:root { --bg: black; } :root[data-theme='light'], [data-theme="light"] ::backdrop { --bg: white; }`)).toBe(
      spaced(`:root { --bg: black; } :root[data-theme='light'], [data-theme="light"] ::backdrop { --bg: white; } @media ${noScriptLight} { :root[data-theme], [data-theme] ::backdrop { --bg: white; } }`),
    );
  });

  it('takes each dark-theme selector out of the rule there, leaving its other selectors', () => {
    expect(run(`[data-theme=dark] .only-light, .always { display: none; }`)).toBe(spaced(`.always { display: none; } @media ${notNoScriptLight} { [data-theme=dark] .only-light { display: none; } }`));
    expect(run(`[data-theme='dark'] .x { color: red; }`)).toBe(spaced(`@media ${notNoScriptLight} { [data-theme='dark'] .x { color: red; } }`));
  });

  it('keeps a copy inside the at-rules of its rule (a layer, a media query), in its place', () => {
    expect(run(`@layer base { @media (min-width: 50rem) { [data-theme='light'] .x { color: blue; } } .y { color: red; } }`)).toBe(
      spaced(`@layer base { @media (min-width: 50rem) { [data-theme='light'] .x { color: blue; } @media ${noScriptLight} { [data-theme] .x { color: blue; } } } .y { color: red; } }`),
    );
  });

  it('leaves rules that name no theme, and keyframes, alone', () => {
    const css = spaced(`.a { color: red; } @keyframes k { from { opacity: 0; } }`);
    expect(run(css)).toBe(css);
  });

  it('rewrites only the theme attribute of a selector', () => {
    expect(lightWithoutScripts(`html[data-theme='light'] .sl-markdown-content a:not([data-theme='light-ish'])`)).toBe(`html[data-theme] .sl-markdown-content a:not([data-theme='light-ish'])`);
  });
});
