import { describe, expect, it } from 'vitest';
import * as urls from './urls';

const order = ['senior', 'lead', 'staff', 'manager'];

describe('the URL scheme', () => {
  it('gives every generated page a path under its route’s pattern, ending in a slash', () => {
    for (const [route, href] of [
      [urls.levelRoute, urls.levelHref('lead')],
      [urls.competencyRoute, urls.competencyHref('design')],
      [urls.comparisonRoute, urls.comparisonHref('lead', 'staff', order)],
    ] as const) {
      expect(href.startsWith(route.pattern.replace(/\[[^\]]+\]$/, ''))).toBe(true);
      expect(href).toMatch(/^\/[a-z0-9/-]+\/$/);
    }
    expect(urls.compareIndexHref).toBe(`${urls.compareIndexRoute.pattern}/`);
  });

  it('names a comparison after its two levels in ladder order, whatever order they come in', () => {
    expect(urls.pairSlug('manager', 'senior', order)).toBe('senior-vs-manager');
    expect(urls.comparisonHref('staff', 'lead', order)).toBe(urls.comparisonHref('lead', 'staff', order));
    expect(urls.comparisonHref('staff', 'lead', order)).toBe(urls.comparisonRoute.href('lead-vs-staff'));
    expect(() => urls.comparisonHref('lead', 'cto', order)).toThrow(/unknown level `cto`/);
  });

  it('links to each anchor with the id that its page renders', () => {
    expect(urls.expectationHref('lead', 'design')).toBe(`${urls.levelHref('lead')}#design`);
    expect(urls.kpiHref('lead', 'uptime')).toMatch(new RegExp(`^${urls.roleHref('lead')}.+#${urls.kpiAnchor('uptime')}$`));
    expect(urls.skillHref('lead', 'python')).toMatch(new RegExp(`^${urls.roleHref('lead')}.+#${urls.skillAnchor('python')}$`));
    expect(urls.scorecardDimensionHref('lead', 'design')).toBe(`${urls.roleHiringHref('lead')}#${urls.dimensionAnchor('design')}`);
    expect(urls.rubricHref('debugging', 'design')).toBe(`${urls.kitHref('debugging')}#${urls.rubricAnchor('design')}`);
    expect(urls.onboardingGoalHref('ship')).toBe(`${urls.onboardingPlanHref}#${urls.goalAnchor('ship')}`);
    expect(urls.onboardingPhaseHref('30-day')).toBe(`${urls.onboardingPlanHref}#${urls.phaseAnchor('30-day')}`);
    expect(urls.pathHref('mlops')).toBe(`${urls.mapHref}#${urls.pathAnchor('mlops')}`);
    expect(urls.glossaryTermHref('slo')).toBe(`${urls.glossaryHref}#slo`);
  });

  it('turns a release’s version into an anchor without dots', () => {
    expect(urls.releaseAnchor('1.10.2')).toBe('v1-10-2');
    expect(urls.releaseHref('1.0.0')).toBe(`${urls.changelogHref}#v1-0-0`);
  });

  it('links a changelog entry to the page of what it changed', () => {
    expect(urls.changeSubjectHref('level', 'lead')).toBe(urls.levelHref('lead'));
    expect(urls.changeSubjectHref('competency', 'design')).toBe(urls.competencyHref('design'));
    expect(urls.changeSubjectHref('scorecard', 'lead')).toBe(urls.roleHref('lead'));
    expect(urls.changeSubjectHref('role-description', 'lead')).toBe(urls.roleHref('lead'));
    expect(urls.changeSubjectHref('family', 'family')).toBe(urls.ladderHref);
  });

  it.each([
    ['index.mdx', '/'],
    ['index', '/'],
    ['roles/lead/index.mdx', '/roles/lead/'],
    ['roles/lead/index', '/roles/lead/'],
    ['roles/lead', '/roles/lead/'],
    ['hiring/scorecard-calculator.mdx', '/hiring/scorecard-calculator/'],
    ['reference/editing.md', '/reference/editing/'],
  ])('gives the content/docs page %s the path %s', (file, href) => {
    expect(urls.docHref(file)).toBe(href);
  });
});

describe('a site path under the base path', () => {
  it('is the path itself when the site is served from a domain’s root', () => {
    for (const base of ['/', '']) {
      expect(urls.withBase('/ladder/', base)).toBe('/ladder/');
      expect(urls.withBase('/', base)).toBe('/');
    }
  });
  it('is the path in the base’s folder, its anchor and query kept, however the base is written', () => {
    for (const base of ['/docs/', '/docs', 'docs', 'docs/']) {
      expect(urls.withBase('/', base)).toBe('/docs/');
      expect(urls.withBase('/a/b/', base)).toBe('/docs/a/b/');
      expect(urls.withBase('/a/#x', base)).toBe('/docs/a/#x');
      expect(urls.withBase('/a/?q=1#x', base)).toBe('/docs/a/?q=1#x');
      expect(urls.withBase('/f.json', base)).toBe('/docs/f.json');
    }
    expect(urls.withBase('/a/', '/x/y/')).toBe('/x/y/a/');
  });
  it('leaves other sites, anchors, relative paths and paths already under the base as they are', () => {
    for (const href of ['https://example.org/a/', '//cdn.example.org/a.js', 'mailto:a@example.org', '#x', '?q=1', 'a/b/', '../a/', '', '/docs/a/', '/docs', '/docs/', '/docs#x', '/docs?q=1'])
      expect(urls.withBase(href, '/docs/')).toBe(href);
    expect(urls.withBase('/docsets/', '/docs/')).toBe('/docs/docsets/');
  });
  it('writes a base with a slash at each end', () => {
    expect([urls.normalBase(''), urls.normalBase('/'), urls.normalBase('a'), urls.normalBase('/a/b')]).toEqual(['/', '/', '/a/', '/a/b/']);
  });
});
