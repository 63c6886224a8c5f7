import { describe, expect, it } from 'vitest';
import { topicalFirst } from './search-topic';

interface FakeSection {
  title: string;
  /** The section's text, whose words that a query word spells are its matches. */
  text: string;
  score?: number;
  /** The level of the section's heading (2 for an h2, the default). */
  level?: number;
}
interface FakePage {
  title: string;
  score: number;
  sections: FakeSection[];
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/**
 * Results in the order given, each with its data as Pagefind gives it: the page's indexed content
 * (its sections' texts one after another) and, per section, where the query's words are in it.
 */
function results(pages: Record<string, FakePage>, term: string) {
  const query = term.toLowerCase().split(/\s+/);
  const list = Object.entries(pages).map(([id, page]) => {
    const content: string[] = [];
    const anchors: { id: string; element: string; location: number; text: string }[] = [];
    const sub_results = page.sections.map((section, i) => {
      const start = content.length;
      anchors.push({ id: `s${i}`, element: `h${section.level ?? 2}`, location: start, text: section.title });
      const words = `${section.title} ${section.text}`.split(/\s+/);
      content.push(...words);
      const locations = words.flatMap((w, at) => (query.some((q) => w.toLowerCase().startsWith(q.slice(0, 4))) ? [start + at] : []));
      return { url: `/${id}/#s${i}`, title: section.title, locations, weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: section.score ?? 1 })) };
    });
    return { id, score: page.score, data: async () => ({ url: `/${id}/`, meta: { title: page.title, ...page.meta }, ...(page.filters ? { filters: page.filters } : {}), content: content.join(' '), sub_results, anchors }) };
  });
  return { results: list, kept: 'yes' };
}

const order = (response: { results: { id: string }[] }) => response.results.map((r) => r.id);
const options = { first: 10, textShare: 0.5, power: 1, shownSections: 2 };
/** Every word equally informative, except those listed. */
const shares = (rare: Record<string, number>) => (word: string) => rare[word] ?? 0.5;

describe('the pages about the query before the pages that mention its words', () => {
  it('puts a page with one section holding the whole query before a page holding its words in separate entries', async () => {
    const term = 'approves architecture changes';
    const response = results(
      {
        glossary: { title: 'Glossary', score: 2, sections: [{ title: 'Approval gate', text: 'a check before changes' }, { title: 'Architecture decision record', text: 'a record' }] },
        decisions: { title: 'Decision rights', score: 1.5, sections: [{ title: 'Needs approval (architecture review)', text: 'changes to shared systems' }] },
      },
      term,
    );
    const answer = await topicalFirst(response, term, options);
    expect(order(answer)).toEqual(['decisions', 'glossary']);
    expect(answer.kept).toBe('yes');
  });

  it('puts a page whose query words lie apart, in entries none of which holds most of them, behind one section that holds them all', async () => {
    const term = 'quarterly reliability review';
    const response = results(
      {
        // Twice the score: two entries hold two of the words in their names, a third entry the third.
        glossary: { title: 'Glossary', score: 3, sections: [{ title: 'Reliability review', text: 'a check' }, { title: 'Quarterly planning', text: 'a plan' }] },
        calendar: { title: 'Day to day', score: 1.5, sections: [{ title: 'Quarterly activities', text: 'a reliability review of incidents' }] },
      },
      term,
    );
    expect(order(await topicalFirst(response, term, options))).toEqual(['glossary', 'calendar']);
    expect(order(await topicalFirst(response, term, { ...options, gatheredPower: 2 }))).toEqual(['calendar', 'glossary']);
  });

  it('leaves a page whose best section holds every word it holds where its score and topic put it', async () => {
    const term = 'rollback rate';
    const response = results(
      {
        kpis: { title: 'KPIs', score: 3, sections: [{ title: 'Rollback rate', text: 'share of deployments' }, { title: 'Latency', text: 'rollback' }] },
        rollback: { title: 'Rollback', score: 2, sections: [{ title: 'Rollback', text: 'at a rate' }] },
      },
      term,
    );
    expect(order(await topicalFirst(response, term, { ...options, gatheredPower: 2 }))).toEqual(['kpis', 'rollback']);
  });

  it('keeps Pagefind’s order between pages that are about the query alike, and a far higher score over a closer topic', async () => {
    const term = 'rollback rate';
    const response = results(
      {
        kpis: { title: 'KPIs', score: 3, sections: [{ title: 'Rollback rate', text: 'share of deployments' }] },
        rollback: { title: 'Rollback', score: 2, sections: [{ title: 'Rollback', text: 'at a rate' }] },
        mentions: { title: 'Onboarding', score: 9, sections: [{ title: 'Week one', text: 'rollback rate and more' }] },
      },
      term,
    );
    expect(order(await topicalFirst(response, term, options))).toEqual(['mentions', 'kpis', 'rollback']);
  });

  it('counts the page’s title and its named search fields as names of every section', async () => {
    const term = 'brag document';
    const response = results(
      {
        deliverables: { title: 'Deliverables', score: 1.5, sections: [{ title: 'Documents', text: 'a brag list' }] },
        evidence: { title: 'Evidence log', score: 1.2, meta: { defines: 'Brag document; Wins' }, sections: [{ title: 'Add an entry', text: 'brag' }] },
      },
      term,
    );
    expect(order(await topicalFirst(response, term, options))).toEqual(['deliverables', 'evidence']);
    expect(order(await topicalFirst(response, term, options, () => [], () => 0.5, {}, ['defines']))).toEqual(['evidence', 'deliverables']);
  });

  it('weighs a query word by how few pages hold it', async () => {
    const term = 'prepare promotion';
    const response = results(
      {
        kit: { title: 'Interview kit', score: 1, sections: [{ title: 'Prepare', text: 'after a promotion' }] },
        guide: { title: 'Promotion guide', score: 1, sections: [{ title: 'Build a case', text: 'prepare evidence' }] },
      },
      term,
    );
    // Both hold one word in a name and one in text: the name that holds the rarer word wins.
    expect(order(await topicalFirst(response, term, options, () => [], shares({ prepare: 0.05, promotion: 0.3 })))).toEqual(['kit', 'guide']);
    expect(order(await topicalFirst(response, term, options, () => [], shares({ prepare: 0.3, promotion: 0.05 })))).toEqual(['guide', 'kit']);
  });

  it('does not count a comparison’s title as naming one side’s query any more than that side', async () => {
    const term = 'staff ml';
    const response = results(
      {
        compare: { title: 'Staff vs Head of ML', score: 2, sections: [{ title: 'Scope', text: 'scope' }] },
        staff: { title: 'Staff ML engineer', score: 1.5, sections: [{ title: 'Scope', text: 'scope' }] },
      },
      term,
    );
    expect(order(await topicalFirst(response, term, options))).toEqual(['staff', 'compare']);
  });

  it('matches forms of a query word, other forms searched, and abbreviations in names', async () => {
    const term = 'meet ml';
    const response = results(
      {
        other: { title: 'Other', score: 1.2, sections: [{ title: 'Partners', text: 'meetings with machine teams' }] },
        named: { title: 'Machine learning', score: 1, sections: [{ title: 'Meeting people', text: 'hello' }] },
      },
      term,
    );
    expect(order(await topicalFirst(response, term, options, () => [], () => 0.5, { ml: 'machine learning' }))).toEqual(['named', 'other']);
  });

  it('holds a spelling of several words (a reader’s word in the handbook’s words) only where all its words are', async () => {
    const term = 'rbac model';
    const forms = (word: string) => (word === 'rbac' ? ['role-based access control'] : []);
    const sections = [
      { title: 'Infrastructure', text: 'model storage behind access control', score: 5 },
      { title: 'IAM', text: 'role-based access control', score: 1 },
    ];
    // Matches as Pagefind finds them for the query and the handbook's words for “rbac”.
    const response = results({ tools: { title: 'Tools', score: 1, sections } }, 'rbac role-based access control model');
    // “rbac” and the handbook's words for it rare alike: the section that holds the rarer word wins when it holds it.
    const [page] = (await topicalFirst(response, term, { ...options, shownSections: 1 }, forms, shares({ rbac: 0.01, 'role-based access control': 0.01 }))).results;
    expect((await page!.data()).sub_results.map((s) => s.title)).toEqual(['IAM']);
  });

  it('shows under each page the sections that hold most of the query, then the weightiest', async () => {
    const term = 'meet first week';
    const response = results(
      {
        week: {
          title: 'Onboarding',
          score: 1,
          sections: [
            { title: 'Tools to meet', text: 'tools', score: 50 },
            { title: 'Partners', text: 'meet them in your first week', score: 1 },
            { title: 'End of the week', text: 'done', score: 40 },
            { title: 'Rituals', text: 'meetings in the first weeks', score: 2 },
          ],
        },
      },
      term,
    );
    const [page] = (await topicalFirst(response, term, options)).results;
    expect((await page!.data()).sub_results.map((s) => s.title)).toEqual(['Partners', 'Rituals']);
  });

  it('chooses the sections shown by a word’s commonest form: a heading holding a reader’s word by a common handbook word does not outweigh the rest of the query', async () => {
    const term = 'neighbouring shared gates';
    // Few pages hold the reader's word as typed, many the handbook's word for it.
    const forms = (word: string) => (word === 'neighbouring' ? ['peer'] : []);
    const sections = [
      { title: 'Peer roles', text: 'security and data leads', score: 5 },
      { title: 'Collaboration', text: 'shared release gates with other teams', score: 1 },
    ];
    const response = results({ stakeholders: { title: 'Stakeholders', score: 1, sections } }, 'neighbouring peer shared gates');
    const shownWith = async (share: Record<string, number>) =>
      (await (await topicalFirst(response, term, { ...options, shownSections: 1 }, forms, shares(share))).results[0]!.data()).sub_results.map((s) => s.title);
    expect(await shownWith({ neighbouring: 0.001, peer: 0.5, shared: 0.1, gates: 0.1 })).toEqual(['Collaboration']);
    // Where the handbook's word is as rare as the reader's, the heading that names it is the section about it.
    expect(await shownWith({ neighbouring: 0.001, peer: 0.001, shared: 0.1, gates: 0.1 })).toEqual(['Peer roles']);
  });

  it('shows first, among the sections shown, the one whose own heading names the whole query; the rest in the page’s order', async () => {
    const term = 'gizmo';
    const sections = [
      { title: 'Registry', text: 'keeps each gizmo' },
      { title: 'Gizmo', text: 'a gizmo is a thing' },
      { title: 'Widget', text: 'unlike a gizmo' },
    ];
    const shownFor = async (query: string, shownSections: number) =>
      (await (await topicalFirst(results({ glossary: { title: 'Glossary', score: 1, sections } }, query), query, { ...options, shownSections })).results[0]!.data()).sub_results.map((s) => s.title);
    expect(await shownFor(term, 3)).toEqual(['Gizmo', 'Registry', 'Widget']);
    expect(await shownFor(term, 2)).toEqual(['Gizmo', 'Registry']);
    expect(await shownFor('gizmo thing', 3)).toEqual(['Registry', 'Gizmo', 'Widget']);
  });

  it('keeps the page’s own entry at its top anchor besides the sections shown, not in place of one', async () => {
    const term = 'growth plan';
    const sections = [
      { title: 'Check-ins', text: 'your growth over time', level: 1 },
      { title: 'Gaps', text: 'the gaps to close' },
      { title: 'Your growth plan', text: 'a plan to print' },
    ];
    const response = results({ tool: { title: 'Check-ins', score: 1, sections } }, term);
    const shown = async (ownEntryAnchor?: string) => (await (await topicalFirst(response, term, { ...options, shownSections: 1, ...(ownEntryAnchor ? { ownEntryAnchor } : {}) })).results[0]!.data()).sub_results.map((s) => s.title);
    expect(await shown('s0')).toEqual(['Check-ins', 'Your growth plan']);
    expect(await shown()).toEqual(['Your growth plan']);
  });

  it('counts the headings a section stands under as its names, not those of the sections before it', async () => {
    const term = 'new interviewer alone';
    const sections = [
      { title: 'Calibration for new interviewers', text: 'how it works', score: 50 },
      { title: 'Shadow then reverse-shadow', text: 'the interviewer runs the loop alone once ratings agree', level: 3 },
      { title: 'Keep calibrating', text: 'every interviewer alone or not', score: 40 },
    ];
    const response = results({ guide: { title: 'Interviewer guide', score: 1, sections } }, term);
    const [page] = (await topicalFirst(response, term, { ...options, shownSections: 1 })).results;
    expect((await page!.data()).sub_results.map((s) => s.title)).toEqual(['Shadow then reverse-shadow']);
  });

  it('puts a page whose subsection answers the query under a heading that names the rest before a page that holds the words apart', async () => {
    const term = 'rating scale';
    const response = results(
      {
        apart: { title: 'Hiring', score: 2, sections: [{ title: 'Ratings', text: 'given by each interviewer' }, { title: 'Scale of the loop', text: 'many interviews' }] },
        under: { title: 'Interviewing', score: 1.5, sections: [{ title: 'The rating', text: 'what it is' }, { title: 'Points', text: 'the scale from 1 to 4', level: 3 }] },
      },
      term,
    );
    expect(order(await topicalFirst(response, term, options))).toEqual(['under', 'apart']);
  });

  it('counts a section holding a query of three words or more together, as a phrase (all its words but one), as about the query', async () => {
    const term = 'vendor platform decisions';
    const response = results(
      {
        scattered: { title: 'Level', score: 2, sections: [{ title: 'Scope', text: 'decisions on the vendor list and on which team owns the platform and more words here' }] },
        phrase: { title: 'Responsibilities', score: 1.5, sections: [{ title: 'Strategic', text: 'drive vendor and platform decisions each quarter' }] },
      },
      term,
    );
    expect(order(await topicalFirst(response, term, options))).toEqual(['phrase', 'scattered']);
    // Two words together are not yet a phrase: Pagefind's order stands.
    const two = results(
      {
        scattered: { title: 'Level', score: 2, sections: [{ title: 'Scope', text: 'decisions about which team owns the platform' }] },
        phrase: { title: 'Responsibilities', score: 1.5, sections: [{ title: 'Strategic', text: 'drive platform decisions' }] },
      },
      'platform decisions',
    );
    expect(order(await topicalFirst(two, 'platform decisions', options))).toEqual(['scattered', 'phrase']);
    // Two of a three-word query's words together are: all its words but one.
    const twoOfThree = results(
      {
        scattered: { title: 'Level', score: 2, sections: [{ title: 'Scope', text: 'decisions on the vendor list and on which team owns the platform and more' }] },
        phrase: { title: 'Responsibilities', score: 1.5, sections: [{ title: 'Strategic', text: 'drive platform decisions each quarter with a vendor in mind and more words' }] },
      },
      term,
    );
    expect(order(await topicalFirst(twoOfThree, term, options))).toEqual(['phrase', 'scattered']);
  });

  it('puts first a page of the quoted source text that holds a query of four words or more as a phrase', async () => {
    const sentence = 'Drives build-vs-buy decisions for ML platform components, balancing cost and risk.';
    const quoted = { filter: 'Content type', value: 'Role description', fewestWords: 4, span: 1.5 };
    const pages = (roleText: string) => ({
      level: { title: 'Lead', score: 3, sections: [{ title: 'System design', text: sentence }], filters: { 'Content type': ['Level'] } },
      role: { title: 'Responsibilities', score: 1, sections: [{ title: 'Strategic', text: roleText }], filters: { 'Content type': ['Role description'] } },
    });
    const term = 'build-vs-buy decisions ML platform components';
    expect(order(await topicalFirst(results(pages(sentence), term), term, { ...options, quoted }))).toEqual(['role', 'level']);
    // Without a source text, or a query that names rather than quotes, or the words apart: by score.
    expect(order(await topicalFirst(results(pages(sentence), term), term, options))).toEqual(['level', 'role']);
    const short = 'platform components';
    expect(order(await topicalFirst(results(pages(sentence), short), short, { ...options, quoted }))).toEqual(['level', 'role']);
    const apart = 'Build-vs-buy is a choice. Many other words come between the parts of it here, the decisions, and later ML platform components.';
    expect(order(await topicalFirst(results(pages(apart), term), term, { ...options, quoted }))).toEqual(['level', 'role']);
  });

  it('takes a query one word shorter for a quotation only where a section holds its words in a row, in its order', async () => {
    const quoted = { filter: 'Content type', value: 'Role description', fewestWords: 4, span: 1.5 };
    const pages = (roleText: string) => ({
      guide: { title: 'Goals reviewed', score: 3, sections: [{ title: 'Review', text: 'model readiness is reviewed' }], filters: { 'Content type': ['Guide'] } },
      role: { title: 'Weekly', score: 1, sections: [{ title: 'Weekly activities', text: roleText }], filters: { 'Content type': ['Role description'] } },
    });
    const term = 'model readiness review';
    const ranked = async (roleText: string) => order(await topicalFirst(results(pages(roleText), term), term, { ...options, quoted }));
    expect(await ranked('Run a model readiness review each week.')).toEqual(['role', 'guide']);
    expect(await ranked('Review each model for readiness.')).toEqual(['guide', 'role']);
    expect(await ranked('The model is ready: readiness, then a review.')).toEqual(['guide', 'role']);
  });

  it('brings first a page of the quoted source that quotes the query but was ranked below the first results', async () => {
    const sentence = 'Mentors engineers through reviews, raising the team engineering bar.';
    const quoted = { filter: 'Content type', value: 'Role description', fewestWords: 4, span: 1.5 };
    const page = (text: string, type: string, score: number) => ({ title: 'Page', score, sections: [{ title: 'Section', text }], filters: { 'Content type': [type] } });
    const pages = {
      kit: page('raise the bar in a team of engineering leads', 'Hiring', 3),
      guide: page('engineering team and a bar to raise', 'Guide', 2),
      role: page(sentence, 'Role description', 1),
      other: page('raise it, and then many other words come before the team, and more again before engineering, and at last a bar', 'Role description', 0.5),
    };
    const firstTwo = { ...options, first: 2, quoted };
    const ranked = (term: string, withSource = true) => {
      const response = results(pages, term);
      const sourcePages = async () => ({ results: response.results.filter((r) => pages[r.id as keyof typeof pages].filters['Content type'][0] === quoted.value) });
      return topicalFirst(response, term, firstTwo, () => [], () => 0.5, {}, [], withSource ? sourcePages : undefined).then(order);
    };
    expect(await ranked('raise team engineering bar')).toEqual(['role', 'kit', 'guide', 'other']);
    // Without the source's pages, or for a query too short to be a quotation: the first two alone are reordered.
    expect(await ranked('raise team engineering bar', false)).toEqual(['kit', 'guide', 'role', 'other']);
    expect(await ranked('engineering bar')).toEqual(['kit', 'guide', 'role', 'other']);
  });

  it('reorders only the first results and leaves a query without words as it is', async () => {
    const response = results(
      {
        a: { title: 'A', score: 3, sections: [{ title: 'x', text: 'drift' }] },
        b: { title: 'B', score: 2, sections: [{ title: 'x', text: 'drift' }] },
        c: { title: 'Drift', score: 2, sections: [{ title: 'x', text: 'drift' }] },
      },
      'drift',
    );
    expect(order(await topicalFirst(response, 'drift', { ...options, first: 2 }))).toEqual(['a', 'b', 'c']);
    expect(order(await topicalFirst(response, 'drift', options))).toEqual(['c', 'a', 'b']);
    expect(await topicalFirst(response, '  ', options)).toBe(response);
  });
});
