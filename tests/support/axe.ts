import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the handbook's accessibility target. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's browser bundle. */
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Loads axe-core into every page of the context, as an init script: evaluated over the DevTools
 * protocol, so the page's Content-Security-Policy does not block it as it would an injected <script>.
 */
export async function addAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: axeSource });
}

/** One element that breaks one rule. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** The page (or part) and the element, for the report. */
  where: string;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (WCAG 2.2 A and AA) on the page as it is now; `where` names it in the findings. */
export async function axe(page: Page, where: string): Promise<AxeFinding[]> {
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } };
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, wcagTags);
  return violations.flatMap((v) => v.nodes.map((n) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, where: `${where} ${n.target.join(' ')}  ${n.html.slice(0, 140)}` })));
}

/** Findings grouped by rule, a few elements each, for a report a reader can act on. */
export function axeReport(found: AxeFinding[]): string[] {
  const byRule = new Map<string, AxeFinding[]>();
  for (const f of found) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule].map(([rule, list]) => `${rule} (${list[0]!.impact}): ${list[0]!.help}; ${list.length} element(s)\n  ${list.slice(0, 12).map((f) => f.where).join('\n  ')}`);
}
