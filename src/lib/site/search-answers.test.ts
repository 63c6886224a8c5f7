import { describe, expect, it } from 'vitest';
import { answerState, contentDefines, type ContentModel } from './search-answers';

// A small site: a role's KPI page with two KPIs, a glossary with one term, a level's page, one MDX page with a heading.
const model: ContentModel = {
  pages: new Set(['/roles/lead/kpis/', '/glossary/', '/levels/lead/', '/guide/']),
  mdxAnchors: new Map([['/guide/', new Set(['remove-a-kpi'])]]),
  items: [
    { anchor: (id) => `kpi-${id}`, ids: ['uptime', 'latency'], page: '/roles/lead/kpis/' },
    { anchor: (id) => id, ids: ['drift'], page: '/glossary/' },
  ],
  codeAnchors: new Set(['data-box']),
};
const built = new Set(['/roles/lead/kpis/', '/roles/lead/kpis/#kpi-uptime', '/glossary/', '/guide/']);
const state = (href: string) => answerState(href, (h) => built.has(h), model);

describe('an expected search answer', () => {
  it('is shown when the site has it, whatever the content says', () => {
    expect(state('/roles/lead/kpis/#kpi-uptime')).toBe('shown');
  });

  it('is gone when the content no longer has its item, its page or its level', () => {
    expect(state('/roles/lead/kpis/#kpi-rollback-rate')).toBe('gone');
    expect(state('/glossary/#canary')).toBe('gone');
    expect(state('/levels/staff/')).toBe('gone');
    expect(state('/levels/staff/#scope')).toBe('gone');
    expect(state('/removed-guide/#intro')).toBe('gone');
  });

  it('is lost, a failure, when the content still defines it and the site does not have it', () => {
    expect(state('/roles/lead/kpis/#kpi-latency')).toBe('lost');
    expect(state('/glossary/#drift')).toBe('lost');
    expect(state('/levels/lead/')).toBe('lost');
    expect(state('/guide/#remove-a-kpi')).toBe('lost');
    expect(state('/guide/#data-box')).toBe('lost');
  });

  it('counts an anchor of no item kind as the site’s own, so that losing it fails', () => {
    expect(contentDefines('/roles/lead/kpis/#summary', model)).toBe(true);
    expect(contentDefines('/guide/#from-a-component', model)).toBe(true);
  });
});
