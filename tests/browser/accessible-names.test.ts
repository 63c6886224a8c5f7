/**
 * On every tool page, each control and each named group is told apart by its name alone: a
 * screen-reader user who tabs through a page, or lists its form fields, hears a name without the
 * heading above it, so two fields both called “Notes” (one per goal) or two disclosures both called
 * “Notes and completion date” cannot be told apart. No two form controls of a page (fields,
 * choices, buttons) share an accessible name, nor do two named groups (a fieldset's legend, a
 * `role="group"` with a name) or two disclosures (a details element's summary). The parts of one
 * control (a date field's day, month and year, a select's option groups) are read as that control.
 * A visible label may stay short where its item is in sight (a heading, a legend above it), while
 * the name ends with the item: the test reads names, not what is shown.
 *
 * The names are Chromium's own, read from its accessibility tree over the DevTools protocol
 * (`Accessibility.getFullAXTree`), so what the test compares is what a screen reader is given,
 * whatever markup gives it. Every tool page (`pageType: tool` in content/docs) is read as a new
 * reader finds it and filled in (the growth tools with a record and a team made from the ladder the
 * pages carry), with every disclosure open, so the fields inside them are read too.
 *
 * A radio button is one option of its group, which a screen reader names as the reader enters it:
 * the radio buttons of a named group are read as the group's name and their own (“Data quality,
 * Not rated”), and the group's name is itself one of the names that must differ.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { builtModel, ownKey, teamKey, teamFile } from '../support/growth-browser';
import { recordFile, reviewedEngineer, team } from '../support/growth-scenario';
import { toolPaths } from '../support/page-types';
import { pageReady } from '../support/ready';
import { seedStorage } from '../support/tool-storage';

const site = useBuiltSite();
const tools = toolPaths();

/** Roles (as Chromium names them) a reader fills in or operates: each is one stop in a list of form fields, or of buttons. */
const controlRoles = new Set(['textbox', 'searchbox', 'checkbox', 'radio', 'switch', 'combobox', 'ComboBoxSelect', 'ComboBoxMenuButton', 'listbox', 'spinbutton', 'slider', 'Date', 'DateTime', 'InputTime', 'ColorWell', 'button']);
/** Roles of the parts of a page that group others under one name. */
const groupRoles = new Set(['group', 'radiogroup', 'DisclosureTriangle']);

/** One node of Chromium's accessibility tree, as the DevTools protocol gives it (the fields read here). */
interface AXNode {
  nodeId: string;
  parentId?: string;
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
}

/** A name as a reader hears it: spaces collapsed, case ignored. */
const heard = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The names shared by two or more controls, or two or more groups and disclosures, of the page as
 * it is now, each as `role “name” ×count`, and how many of each were read. Read from Chromium's
 * accessibility tree: what is hidden (in a closed disclosure, `hidden`, `aria-hidden`) is not in
 * it, as a screen reader would not find it.
 */
async function readNames(page: Page): Promise<{ shared: string[]; controls: number; groups: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const role = (n: AXNode) => n.role?.value ?? '';
    const name = (n: AXNode) => n.name?.value ?? '';
    const ancestors = function* (n: AXNode) {
      for (let p = n.parentId ? byId.get(n.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) yield p;
    };
    /** The nearest named group around a radio button, whose name a reader hears with it. */
    const groupOf = (n: AXNode) => ancestors(n).find((p) => (role(p) === 'radiogroup' || role(p) === 'group') && name(p).trim() !== '');
    /** A part of a control (the day, month and year of a date field) is read as the control. */
    const partOfControl = (n: AXNode) => ancestors(n).some((p) => controlRoles.has(role(p)));
    const controls = new Map<string, string[]>();
    const groups = new Map<string, string[]>();
    const add = (to: Map<string, string[]>, key: string, shown: string) => to.set(key, [...(to.get(key) ?? []), shown]);
    for (const n of nodes) {
      if (n.ignored) continue;
      const r = role(n);
      if (controlRoles.has(r) && !partOfControl(n)) {
        const group = r === 'radio' ? groupOf(n) : undefined;
        const full = group ? `${name(group)}, ${name(n)}` : name(n);
        add(controls, heard(full), `${r} “${full}”`);
      } else if (groupRoles.has(r) && name(n).trim() && !partOfControl(n)) add(groups, heard(name(n)), `${r} “${name(n)}”`);
    }
    const count = (m: Map<string, string[]>) => [...m.values()].reduce((sum, found) => sum + found.length, 0);
    return {
      shared: [...controls.values(), ...groups.values()].filter((found) => found.length > 1).map((found) => `${found[0]} ×${found.length}`),
      controls: count(controls),
      groups: count(groups),
    };
  } finally {
    await cdp.detach();
  }
}

/** Opens `path`, waits for its islands to draw what is stored, and opens every disclosure. */
async function openAll(page: Page, path: string) {
  await page.goto(site.url + path);
  await pageReady(page);
  // The handbook's islands are `handbook-*` elements; each sets `data-ready` once it has drawn (tool-island.ts).
  await page.waitForFunction(() => [...document.querySelectorAll('main *')].every((e) => !e.localName.startsWith('handbook-') || e.hasAttribute('data-ready')));
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('main details')) (d as HTMLDetailsElement).open = true;
  });
}

/** The shared names on every tool page, each line naming its page and state. */
async function everyTool(context: BrowserContext, state: string): Promise<string[]> {
  const page = await context.newPage();
  const found: string[] = [];
  const read: string[] = [];
  try {
    for (const path of tools) {
      await openAll(page, path);
      const { shared, controls, groups } = await readNames(page);
      found.push(...shared.map((line) => `${path} (${state}): ${line}`));
      read.push(`${path} ${controls} controls, ${groups} groups`);
    }
  } finally {
    await context.close();
  }
  console.log(`names read on the tool pages, ${state}:\n  ${read.join('\n  ')}`);
  return found;
}

describe('the names of controls and groups on the tool pages', () => {
  it('finds the tool pages to read', () => {
    expect(tools.length).toBeGreaterThan(0);
  });

  it('gives no two controls, and no two named groups or disclosures, of a tool page one name, as a new reader finds the page', { timeout: 300_000 }, async () => {
    expect(await everyTool(await site.browser.newContext({ viewport: { width: 1280, height: 900 } }), 'empty')).toEqual([]);
  });

  it('nor once the tools are filled in', { timeout: 300_000 }, async () => {
    const model = builtModel();
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await seedStorage(context, { [ownKey]: recordFile(reviewedEngineer(model)), [teamKey]: teamFile({ reviewer: 'Grace Manager', people: team(model) }) });
    expect(await everyTool(context, 'filled in')).toEqual([]);
  });

  it('would see two fields, two buttons, two disclosures and two groups of one name, reads a radio button with its group and a date or a select as one control (the measurement works)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.setContent(`<main>
      <label>Notes <textarea></textarea></label> <label>notes <textarea></textarea></label>
      <label>Notes: first goal <textarea></textarea></label>
      <details open><summary>More</summary><input type="date" aria-label="Completed on"></details>
      <details open><summary>More</summary><input type="date" aria-label="Completed on"></details>
      <fieldset><legend>Rating</legend><label><input type="radio" name="a"> Not rated</label></fieldset>
      <fieldset><legend>Rating</legend><label><input type="radio" name="b"> Not rated</label></fieldset>
      <fieldset><legend>Another rating</legend><label><input type="radio" name="c"> Not rated</label></fieldset>
      <button type="button">Remove</button> <button type="button">Remove</button> <button type="button" aria-label="Remove the second">Remove</button>
      <label>Level <select><optgroup label="Track"><option>One</option></optgroup></select></label>
      <label>Target <select><optgroup label="Track"><option>One</option></optgroup></select></label>
      <div hidden><label>Notes <textarea></textarea></label></div>
    </main>`);
    const { shared } = await readNames(page);
    expect(shared.sort()).toEqual(['DisclosureTriangle “More” ×2', 'Date “Completed on” ×2', 'button “Remove” ×2', 'group “Rating” ×2', 'radio “Rating, Not rated” ×2', 'textbox “Notes” ×2'].sort());
    await context.close();
  });
});
