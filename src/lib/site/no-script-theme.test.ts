import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { lightWithoutScripts, noScriptLight, noScriptTheme } from './no-script-theme';

/** CSS with its spacing made one: a space either side of each brace, one between words. */
const spaced = (css: string) => css.replace(/\s*([{}])\s*/g, ' $1 ').replace(/\s+/g, ' ').trim();
const run = (css: string) => spaced(postcss([noScriptTheme()]).process(css, { from: undefined }).css);

describe('the light theme without scripts', () => {
  it('copies each light-theme rule where scripts cannot run and the system is light, one attribute more specific than a dark rule', () => {
    expect(run(`:root { --bg: black; } :root[data-theme='light'], [data-theme="light"] ::backdrop { --bg: white; }`)).toBe(
      spaced(`:root { --bg: black; } :root[data-theme='light'], [data-theme="light"] ::backdrop { --bg: white; } @media ${noScriptLight} { :root[data-theme][data-theme], [data-theme][data-theme] ::backdrop { --bg: white; } }`),
    );
  });

  it('leaves dark-theme rules as they are (a browser that does not know `scripting` would drop them from a media query)', () => {
    const css = spaced(`[data-theme=dark] .only-light, .always { display: none; } [data-theme='dark'] .x { color: red; }`);
    expect(run(css)).toBe(css);
  });

  it('copies only the light selectors of a rule, and reads a light attribute inside :not() as no light rule', () => {
    expect(run(`[data-theme='light'] .a, .b { color: blue; }`)).toBe(spaced(`[data-theme='light'] .a, .b { color: blue; } @media ${noScriptLight} { [data-theme][data-theme] .a { color: blue; } }`));
    const negated = spaced(`.c:not([data-theme='light']) { color: red; }`);
    expect(run(negated)).toBe(negated);
  });

  it('keeps a copy inside the at-rules of its rule (a layer, a media query), in its place', () => {
    expect(run(`@layer base { @media (min-width: 50rem) { [data-theme='light'] .x { color: blue; } } .y { color: red; } }`)).toBe(
      spaced(`@layer base { @media (min-width: 50rem) { [data-theme='light'] .x { color: blue; } @media ${noScriptLight} { [data-theme][data-theme] .x { color: blue; } } } .y { color: red; } }`),
    );
  });

  it('leaves rules that name no theme, and keyframes, alone', () => {
    const css = spaced(`.a { color: red; } @keyframes k { from { opacity: 0; } }`);
    expect(run(css)).toBe(css);
  });

  it('rewrites only the theme attribute of a selector', () => {
    expect(lightWithoutScripts(`html[data-theme='light'] .sl-markdown-content a:not([data-theme='light-ish'])`)).toBe(`html[data-theme][data-theme] .sl-markdown-content a:not([data-theme='light-ish'])`);
  });
});
