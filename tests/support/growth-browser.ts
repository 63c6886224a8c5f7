/**
 * Browser-test helpers for the growth tools: opening a tool page and waiting for its island, the
 * model (ladder and KPIs) the page carries, the records stored in the browser, and proof that
 * nothing went over the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import type { GrowthRecord } from '../../src/lib/growth/growth-record.ts';
import type { TeamData } from '../../src/lib/growth/growth-store.ts';
import type { GrowthModel } from './growth-scenario.ts';
import { pageReady } from './ready.ts';
import { distDir } from './dist.ts';

/** Each growth tool page and the element of its island. */
export const growthTools = {
  checkIns: { path: '/growth/self-assessment/', element: 'handbook-check-ins' },
  evidence: { path: '/growth/evidence/', element: 'handbook-evidence-log' },
  compare: { path: '/growth/compare/', element: 'handbook-check-in-compare' },
  manager: { path: '/growth/manager/', element: 'handbook-manager-view' },
  calibration: { path: '/growth/calibration/', element: 'handbook-calibration' },
  packet: { path: '/growth/promotion-packet/', element: 'handbook-promotion-packet' },
} as const;
export type GrowthTool = keyof typeof growthTools;

/** The model a built growth page carries for its island (the ladder and KPIs of the content). */
export function builtModel(tool: GrowthTool = 'checkIns'): GrowthModel {
  const html = readFileSync(join(distDir, growthTools[tool].path, 'index.html'), 'utf8');
  const json = /<script[^>]*data-growth-model[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${growthTools[tool].path} carries no growth model`);
  return JSON.parse(json) as GrowthModel;
}

export const ownKey = 'handbook:self-assessment';
export const teamKey = 'handbook:growth-team';

export interface OpenedTool {
  page: Page;
  model: GrowthModel;
  /** Every request the page made, to prove that nothing is sent anywhere. */
  requests: Request[];
  errors: string[];
}

/** Opens a growth tool in `context` (at `path` with a query or fragment, if given) and waits for its island. */
export async function openTool(context: BrowserContext, origin: string, tool: GrowthTool, suffix = ''): Promise<OpenedTool> {
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(origin + growthTools[tool].path + suffix);
  await toolReady(page, tool);
  const model = JSON.parse((await page.locator('[data-growth-model]').textContent()) ?? '') as GrowthModel;
  return { page, model, requests, errors };
}

/** The page is loaded and the tool's island has drawn what is stored. */
export async function toolReady(page: Page, tool: GrowthTool): Promise<void> {
  await pageReady(page);
  await page.locator(`${growthTools[tool].element}[data-ready]`).waitFor();
}

const storedData = async <T>(page: Page, key: string): Promise<T | null> =>
  (JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null') as { data: T } | null)?.data ?? null;

/** The person's own record as stored. */
export const storedRecord = (page: Page) => storedData<GrowthRecord>(page, ownKey);
/** The team as stored. */
export const storedTeam = (page: Page) => storedData<TeamData>(page, teamKey);

/** An envelope of the team store, for seeding. */
export const teamFile = (team: TeamData): string => JSON.stringify({ format: 'ml-career-handbook', tool: 'growth-team', version: 1, savedAt: '2025-07-20T10:00:00.000Z', data: team });

/** Requests other than the page's own GETs of its files: none is allowed. */
export function expectNoNetworkUse(origin: string, requests: Request[]): void {
  const used = requests
    .filter((r) => !r.url().startsWith(origin) || r.method() !== 'GET' || ['fetch', 'xhr', 'ping', 'eventsource', 'websocket'].includes(r.resourceType()))
    .map((r) => `${r.method()} ${r.resourceType()} ${r.url()}`);
  expect(used).toEqual([]);
}
