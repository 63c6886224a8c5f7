import { describe, expect, it } from 'vitest';
import { namedByQuery, nameMatchesFirst, nameWordsWith } from './search-name-match';
import { searchNameSeparator } from './search-weights';

interface FakePage {
  title: string;
  headings?: string[];
  meta?: Record<string, string>;
  /** The page's indexed text. */
  content?: string;
  /** The page's Pagefind filters. */
  filters?: Record<string, string[]>;
}

/** Results in the order given, each loading a page's title, headings and search fields; counts the loads. */
function results(pages: Record<string, FakePage>) {
  let loads = 0;
  const list = Object.entries(pages).map(([id, page]) => ({
    id,
    data: async () => {
      loads++;
      return { meta: { title: page.title, ...page.meta }, sub_results: (page.headings ?? []).map((title) => ({ title })), ...(page.content === undefined ? {} : { content: page.content }), ...(page.filters === undefined ? {} : { filters: page.filters }) };
    },
  }));
  return { response: { results: list, extra: 'kept' }, loads: () => loads };
}

const order = (response: { results: { id: string }[] }) => response.results.map((r) => r.id);
const fields = ['Also called', 'defines'];
/** Words without abbreviations. */
const words = nameWordsWith({});

describe('the pages where one name holds the whole query', () => {
  it('named so themselves come before those with a part named so, with own name fields given', async () => {
    const { response } = results({
      hiring: { title: 'System design case', headings: ['ML system design'] },
      glossary: { title: 'Glossary', meta: { defines: 'ML system design' } },
      level: { title: 'Lead', meta: { 'Also called': 'ML system designer' } },
      competency: { title: 'ML system design' },
    });
    expect(order(await nameMatchesFirst(response, 'ml system design', fields, words, () => [], ['Also called']))).toEqual(['level', 'competency', 'hiring', 'glossary']);
    // Without own name fields, the title alone is the page's own name.
    const again = results({ hiring: { title: 'System design case', headings: ['ML system design'] }, competency: { title: 'ML system design' } });
    expect(order(await nameMatchesFirst(again.response, 'ml system design', fields, words))).toEqual(['competency', 'hiring']);
  });

  it('come in the order given, except that a page comes before one whose name its own name is part of', async () => {
    const { response } = results({
      seniorStaff: { title: 'Senior Staff ML Engineer', meta: { 'Also called': 'Senior Staff MLE' } },
      archetypes: { title: 'Staff-plus archetypes' },
      staff: { title: 'Staff ML Engineer', meta: { 'Also called': 'Staff MLE' } },
      senior: { title: 'Senior ML Engineer' },
    });
    expect(order(await nameMatchesFirst(response, 'staff', fields, words, () => [], ['Also called']))).toEqual(['staff', 'seniorStaff', 'archetypes', 'senior']);
    expect(order(await nameMatchesFirst(response, 'senior', fields, words, () => [], ['Also called']))).toEqual(['senior', 'seniorStaff', 'archetypes', 'staff']);
    // Each before the names it is part of; names that are not part of one another keep the order given.
    expect(order(await nameMatchesFirst(response, 'engineer', fields, words, () => [], ['Also called']))).toEqual(['staff', 'senior', 'seniorStaff', 'archetypes']);
  });

  it('with a part named just as the query before those whose part’s name holds more, a name of alternatives counting by each', async () => {
    const { response } = results({
      map: { title: 'Map', meta: { defines: 'Widget engineer' } },
      skills: { title: 'Skills', meta: { defines: 'Widget polishing / shine work' } },
      glossary: { title: 'Glossary', meta: { defines: 'Gadget; Widget' } },
      tools: { title: 'Tools', meta: { defines: 'Widget / Gizmo' } },
    });
    expect(order(await nameMatchesFirst(response, 'widget', fields, words))).toEqual(['glossary', 'tools', 'map', 'skills']);
  });

  it('keep their order when each holds a name within a name of the other, and read a field’s names whole at commas', async () => {
    const { response } = results({
      lead: { title: 'Lead ML Engineer', meta: { 'Also called': 'ML; Lead ML Engineer platform' } },
      staff: { title: 'Staff ML Engineer', meta: { 'Also called': 'Staff Software Engineer, ML' } },
      family: { title: 'Machine learning engineering' },
    });
    // Lead's “ML” lies within Staff's “Staff ML Engineer”, and Staff's… within none of Lead's: only Lead is closer.
    expect(order(await nameMatchesFirst(response, 'ml', fields, words, () => [], ['Also called']))).toEqual(['lead', 'staff', 'family']);
    const both = results({
      a: { title: 'Alpha ML', meta: { 'Also called': 'ML beta gamma' } },
      b: { title: 'Beta ML', meta: { 'Also called': 'ML alpha gamma' } },
    });
    expect(order(await nameMatchesFirst(both.response, 'ml', fields, words, () => [], ['Also called']))).toEqual(['a', 'b']);
    // Names joined as the pages join them: “Staff Software Engineer, ML” is one name, and no name
    // “ML” of Staff's puts it before Lead's longer one.
    const comma = results({
      lead: { title: 'Lead ML Engineer' },
      staff: { title: 'Staff', meta: { 'Also called': ['Staff MLE', 'Staff Software Engineer, ML'].join(searchNameSeparator) } },
    });
    expect(order(await nameMatchesFirst(comma.response, 'ml', fields, words, () => [], ['Also called']))).toEqual(['lead', 'staff']);
    // The ranking steps split at “;” in their own source (they carry no imports): the pages must join there.
    expect(searchNameSeparator.trim()).toBe(';');
  });

  it('come before pages that hold its words in different names, each group in the order given', async () => {
    const { response } = results({
      glossary: { title: 'Glossary', meta: { defines: 'Model card; Shadow deployment' } },
      tools: { title: 'Tools', meta: { defines: 'MLflow; Model cards / templates' } },
      kpis: { title: 'KPIs', meta: { defines: 'Rollback rate; Production model deployments' } },
    });
    const answer = await nameMatchesFirst(response, 'model deployments', fields, words);
    expect(order(answer)).toEqual(['kpis', 'glossary', 'tools']);
    expect(answer.extra).toBe('kept');
  });

  it('match a title, a heading, or a name of any named field, in any case and any form the search finds', async () => {
    const { response } = results({
      other: { title: 'Other' },
      heading: { title: 'Who decides', headings: ['Escalation points'] },
      alias: { title: 'Head of ML Engineering', meta: { 'Also called': 'Head/Director; Director of ML' } },
    });
    expect(order(await nameMatchesFirst(response, 'escalation point', fields, words))).toEqual(['heading', 'other', 'alias']);
    expect(order(await nameMatchesFirst(response, 'DIRECTOR ml', fields, words))).toEqual(['alias', 'other', 'heading']);
  });

  it('count a shorter word that the query word extends by an ending, as the search’s other word forms do', async () => {
    const { response } = results({
      other: { title: 'Recovery notes', headings: ['Time spent'] },
      kpi: { title: 'KPIs', meta: { defines: 'Time to recover ML issues' } },
    });
    expect(order(await nameMatchesFirst(response, 'time recovery', fields, words))).toEqual(['kpi', 'other']);
  });

  it('count a longer word that the query word begins without its final “e”, as a verb names its noun', async () => {
    const { response } = results({
      other: { title: 'Hiring guide', headings: ['Interview score'] },
      tool: { title: 'Scorecard calculator' },
      state: { title: 'Statistics' },
    });
    expect(order(await nameMatchesFirst(response, 'calculate scorecard', fields, words))).toEqual(['tool', 'other', 'state']);
    // Only for a word of six letters or more: “state” does not name “Statistics”.
    expect(order(await nameMatchesFirst(response, 'state', fields, words))).toEqual(['other', 'tool', 'state']);
    // Only before a noun's ending: “practice” does not name “Practical”.
    const practice = results({ level: { title: 'Practical staff' }, other: { title: 'Notes', headings: ['Staff practice'] } });
    expect(order(await nameMatchesFirst(practice.response, 'practice staff', fields, words))).toEqual(['other', 'level']);
  });

  it('read an abbreviation in parentheses as a term of its own, after the names it is, but keep other qualifiers', async () => {
    const { response } = results({
      kpi: { title: 'KPIs', headings: ['Service availability (SLO)'] },
      glossary: { title: 'Glossary', headings: ['Service level objective'], meta: { defines: 'SLO' } },
    });
    expect(order(await nameMatchesFirst(response, 'SLO', fields, words))).toEqual(['glossary', 'kpi']);
    // …which names its part after the pages named by it alone, and before those that only mention it.
    const { response: three } = results({
      plan: { title: 'Plan', content: 'SLO SLO' },
      kpi: { title: 'KPIs', headings: ['Service availability (SLO)'] },
      glossary: { title: 'Glossary', headings: ['Service level objective'], meta: { defines: 'SLO' } },
    });
    expect(order(await nameMatchesFirst(three, 'SLO', fields, words))).toEqual(['glossary', 'kpi', 'plan']);
    const { response: skills } = results({ other: { title: 'Other' }, skills: { title: 'Skills', headings: ['Streaming systems (Kafka/Pub/Sub)'] } });
    expect(order(await nameMatchesFirst(skills, 'kafka', fields, words))).toEqual(['skills', 'other']);
  });

  it('hold a query word by its plural, as the stemmer joins them', async () => {
    const { response } = results({
      other: { title: 'Engineers at work' },
      level: { title: 'ML Engineering Manager' },
    });
    expect(order(await nameMatchesFirst(response, 'manager engineers', fields, words))).toEqual(['level', 'other']);
  });

  it('read a number written with dots as one word, so that a version names only its own page', async () => {
    expect(words('Version 1.2.0: what changed since 1.1.0.')).toEqual(['version', '1.2.0', 'what', 'changed', 'since', '1.1.0']);
    const { response } = results({
      later: { title: 'Version 1.2.0: what changed since 1.1.0' },
      first: { title: 'Version 1.0.0: the first release' },
    });
    expect(order(await nameMatchesFirst(response, 'version 1.0.0', fields, words))).toEqual(['first', 'later']);
  });

  it('hold a query in either spelling of the abbreviations given, in the name or in the query', async () => {
    const abbreviations = { ml: 'machine learning', sr: 'senior' };
    const { response } = results({
      other: { title: 'Machine learning at work' },
      level: { title: 'Head of ML Engineering' },
    });
    expect(order(await nameMatchesFirst(response, 'head machine learning', fields, nameWordsWith(abbreviations)))).toEqual(['level', 'other']);
    const { response: senior } = results({ other: { title: 'Other' }, level: { title: 'Senior Machine Learning Engineer' } });
    expect(order(await nameMatchesFirst(senior, 'sr ml engineer', fields, nameWordsWith(abbreviations)))).toEqual(['level', 'other']);
    expect(order(await nameMatchesFirst(senior, 'sr ml engineer', fields, words))).toEqual(['other', 'level']);
  });

  it('count a name of two names joined by “vs” for a query that names both, not for one that names either', async () => {
    const pages = {
      comparison: { title: 'Staff Engineer vs Head of ML' },
      level: { title: 'Head of ML' },
      other: { title: 'Other' },
    };
    expect(order(await nameMatchesFirst(results(pages).response, 'head ml', fields, words))).toEqual(['level', 'comparison', 'other']);
    expect(order(await nameMatchesFirst(results(pages).response, 'staff head', fields, words))).toEqual(['comparison', 'level', 'other']);
    expect(order(await nameMatchesFirst(results(pages).response, 'staff vs head', fields, words))).toEqual(['comparison', 'level', 'other']);
  });

  it('count a comparison’s title for a query that asks how its two names compare in other words', async () => {
    const pages = {
      promotion: { title: 'Promotion: Lead to Staff or Head of ML' },
      comparison: { title: 'Staff Engineer vs Head of ML' },
      other: { title: 'Other' },
    };
    for (const query of ['head above staff', 'staff versus head', 'staff compared head', 'staff lower head', 'staff head jump', 'gap staff head', 'step staff head', 'skipping staff straight head', 'skip staff directly head'])
      expect(order(await nameMatchesFirst(results(pages).response, query, fields, words)), query).toEqual(['comparison', 'promotion', 'other']);
    // Those words are the reader's only where a comparison is named: another name must hold them.
    const guide = { guide: { title: 'Other' }, above: { title: 'Staff' } };
    expect(order(await nameMatchesFirst(results(guide).response, 'staff above', fields, words))).toEqual(['guide', 'above']);
  });

  it('come before pages whose own name holds most of the query and their text the rest, which come before the others', async () => {
    const { response } = results({
      role: { title: 'Responsibilities', content: 'what a lead is responsible for as ml engineering manager' },
      compare: { title: 'Lead vs ML Engineering Manager', content: 'responsibilities of each' },
      level: { title: 'ML Engineering Manager', content: 'the manager’s responsibilities' },
      glossary: { title: 'Glossary', meta: { defines: 'Responsible ML engineering manager' } },
    });
    expect(order(await nameMatchesFirst(response, 'ml engineering manager responsible', fields, words))).toEqual(['glossary', 'level', 'role', 'compare']);
  });

  it('count a comparison’s title that names both its sides in a longer question whose rest its text holds, like an own name holding most of it', async () => {
    const pages = {
      level: { title: 'Head of ML', content: 'broad reach' },
      comparison: { title: 'Staff Engineer vs Head of ML', content: 'who has the broader reach' },
      other: { title: 'Other', content: 'staff head reach' },
    };
    expect(order(await nameMatchesFirst(results(pages).response, 'staff head broader reach', fields, words))).toEqual(['comparison', 'level', 'other']);
    // Not where one side holds every word the title holds, nor where the text lacks the rest.
    expect(order(await nameMatchesFirst(results(pages).response, 'head ml broader reach', fields, words))).toEqual(['level', 'comparison', 'other']);
    expect(order(await nameMatchesFirst(results(pages).response, 'staff head wider budget', fields, words))).toEqual(['level', 'comparison', 'other']);
  });

  it('count an own name the query holds whole when it holds half the query and the text the rest', async () => {
    const pages = {
      skills: { title: 'Technical and soft skills', content: 'people management' },
      competency: { title: 'People management', content: 'skills for managers' },
      partly: { title: 'People management practice', content: 'skills for managers' },
      untold: { title: 'People management', content: 'nothing else' },
    };
    expect(order(await nameMatchesFirst(results(pages).response, 'people management skills managers', fields, words))).toEqual(['competency', 'skills', 'partly', 'untold']);
    // Less than half the query, as a name the query does not hold whole, is not enough.
    expect(order(await nameMatchesFirst(results(pages).response, 'people management skills for managers today', fields, words))).toEqual(['skills', 'competency', 'partly', 'untold']);
  });

  it('count a part the query names whole, holding half the query or more, where the text holds the rest, after an own name so', async () => {
    const pages = {
      summary: { title: 'Role summary', content: 'build error expectation' },
      rules: { title: 'Validation rules', headings: ['missing-expectation', 'unknown-key'], content: 'a build that breaks one fails with an error' },
      level: { title: 'Missing expectation', content: 'a build error' },
      silent: { title: 'Reference', headings: ['missing-expectation'], content: 'nothing else' },
    };
    expect(order(await nameMatchesFirst(results(pages).response, 'build error missing expectation', fields, words))).toEqual(['level', 'rules', 'summary', 'silent']);
    // Not a part's name the query does not hold whole (“missing expectation map”), nor less than half the query.
    const partly = { other: { title: 'Other', content: 'build error missing expectation' }, rules: { title: 'Validation rules', headings: ['missing expectation map'], content: 'build error' } };
    expect(order(await nameMatchesFirst(results(partly).response, 'build error missing expectation', fields, words))).toEqual(['other', 'rules']);
    expect(order(await nameMatchesFirst(results(pages).response, 'why build error missing expectation today', fields, words))).toEqual(['summary', 'rules', 'level', 'silent']);
  });

  it('count the handbook’s word for a reader’s word in the text that holds the rest, never in a name', async () => {
    const pages = {
      other: { title: 'Other', content: 'manager job' },
      level: { title: 'ML manager', content: 'a role on the management track' },
      job: { title: 'Job', content: 'nothing' },
    };
    const readerForms = (word: string) => (word === 'job' ? ['role'] : []);
    const rank = (forms?: (word: string) => string[]) => nameMatchesFirst(results(pages).response, 'ml manager job', fields, words, () => [], [], 5, undefined, undefined, forms).then(order);
    expect(await rank(readerForms)).toEqual(['level', 'other', 'job']);
    expect(await rank()).toEqual(['other', 'level', 'job']);
    // A name that says the handbook's word does not hold the reader's.
    const named = { other: { title: 'Other', content: 'role' }, level: { title: 'ML manager role', content: 'nothing' } };
    expect(order(await nameMatchesFirst(results(named).response, 'ml manager job', fields, words, () => [], [], 5, undefined, undefined, readerForms))).toEqual(['other', 'level']);
  });

  it('name a page by its title and its content type together, for a query that names the type as one thing', async () => {
    const pages = {
      hiring: { title: 'Hiring kit', content: 'evaluation of candidates', filters: { 'Content type': ['Guide'] } },
      competency: { title: 'Evaluation & measurement', content: 'what each level does', filters: { 'Content type': ['Competency'] } },
      overview: { title: 'Overview', meta: { 'Also called': 'Evaluation competencies' }, filters: { 'Content type': ['Guide'] } },
    };
    const rank = (query: string, typeFilter?: string) =>
      nameMatchesFirst(results(pages).response, query, fields, words, () => [], ['Also called'], 5, undefined, undefined, () => [], typeFilter).then(order);
    expect(await rank('evaluation competency', 'Content type')).toEqual(['competency', 'hiring', 'overview']);
    expect(await rank('evaluation competency?', 'Content type')).toEqual(['competency', 'hiring', 'overview']);
    // Without the filter, or for the type in the plural (the list of them): as Pagefind ranked them, but for the page so named.
    expect(await rank('evaluation competency')).toEqual(['hiring', 'competency', 'overview']);
    expect(await rank('evaluation competencies', 'Content type')).toEqual(['overview', 'hiring', 'competency']);
  });

  it('name a page on one track by its title and its track together, for a query that names the track whole', async () => {
    const pages = {
      choosing: { title: 'IC and management', content: 'staff or manager' },
      staff: { title: 'Staff Engineer', content: 'scope', filters: { Track: ['Individual contributor'] } },
      both: { title: 'Staff Engineer guide', content: 'scope', filters: { Track: ['Individual contributor', 'Management'] } },
    };
    const rank = (query: string, trackFilter?: string) =>
      nameMatchesFirst(results(pages).response, query, fields, nameWordsWith({ ic: 'individual contributor' }), () => [], ['Also called'], 5, undefined, undefined, () => [], undefined, trackFilter).then(order);
    expect(await rank('staff ic', 'Track')).toEqual(['staff', 'choosing', 'both']);
    expect(await rank('staff individual contributor', 'Track')).toEqual(['staff', 'choosing', 'both']);
    // Not without the filter, nor for a part of the track's name.
    expect(await rank('staff ic')).toEqual(['choosing', 'staff', 'both']);
    expect(await rank('staff individual', 'Track')).toEqual(['choosing', 'staff', 'both']);
  });

  it('put a comparison whose sides the query names before the pages of its sides', async () => {
    const pages = {
      level: { title: 'Staff engineer', content: 'scope and more' },
      compare: { title: 'Lead engineer vs Staff engineer', content: 'scope of each' },
    };
    expect(order(await nameMatchesFirst(results(pages).response, 'lead staff engineer scope', fields, words))).toEqual(['compare', 'level']);
  });

  it('leave a page whose own name holds less than two thirds of the query, or whose text lacks the rest, where it is', async () => {
    const { response } = results({
      other: { title: 'Onboarding', content: 'staff promotion' },
      fewer: { title: 'Staff', content: 'promotion case' },
      untold: { title: 'Staff promotion', content: 'nothing else' },
      told: { title: 'Staff promotion', content: 'building a case' },
    });
    expect(order(await nameMatchesFirst(response, 'staff promotion case', fields, words))).toEqual(['told', 'other', 'fewer', 'untold']);
  });

  it('are looked for among the first results only, as many as given, the others keeping their places', async () => {
    const pages = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => [id, { title: id === 'g' ? 'Drift' : 'Other' }]));
    const { response, loads } = results(pages);
    expect(order(await nameMatchesFirst(response, 'drift', fields, words, () => [], [], 5))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(loads()).toBe(5);
    const { response: again } = results(pages);
    expect(order(await nameMatchesFirst(again, 'drift', fields, words, () => [], [], 7))).toEqual(['g', 'a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('leave an empty query and a single result as they are', async () => {
    const { response, loads } = results({ only: { title: 'Only' } });
    expect(order(await nameMatchesFirst(response, 'anything', fields, words))).toEqual(['only']);
    const { response: two } = results({ a: { title: 'A' }, b: { title: 'B' } });
    expect(order(await nameMatchesFirst(two, '  ', fields, words))).toEqual(['a', 'b']);
    expect(loads()).toBe(0);
  });
});

describe('a page made of parts, whose own name and one heading hold the query between them', () => {
  const parts = { filter: 'type', values: ['Rung', 'Step'] };
  const pages = () =>
    results({
      kit: { title: 'Drawing kit', headings: ['Drawing'], filters: { type: ['Kit'] } },
      rung: { title: 'Blue', headings: ['Colour', 'Drawing'], filters: { type: ['Rung'] } },
      named: { title: 'Blue drawing' },
    });

  it('comes after the pages named by the whole query and before the rest', async () => {
    expect(order(await nameMatchesFirst(pages().response, 'drawing blue', fields, words, () => [], [], 5, parts))).toEqual(['named', 'rung', 'kit']);
  });

  it('keeps its place when it is not of the kind given, or when no kind is given', async () => {
    expect(order(await nameMatchesFirst(pages().response, 'drawing blue', fields, words, () => [], [], 5, { filter: 'type', values: ['Kit'] }))).toEqual(['named', 'kit', 'rung']);
    expect(order(await nameMatchesFirst(pages().response, 'drawing blue', fields, words))).toEqual(['named', 'kit', 'rung']);
  });

  it('may be of any of the kinds given', async () => {
    const stepPages = results({
      kit: { title: 'Drawing kit', headings: ['Drawing'], filters: { type: ['Kit'] } },
      step: { title: 'Blue', headings: ['Colour', 'Drawing'], filters: { type: ['Step'] } },
    });
    expect(order(await nameMatchesFirst(stepPages.response, 'drawing blue', fields, words, () => [], [], 5, parts))).toEqual(['step', 'kit']);
  });

  it('needs its own name to hold some of the query and the heading the rest', async () => {
    expect(order(await nameMatchesFirst(pages().response, 'drawing red', fields, words, () => [], [], 5, parts))).toEqual(['kit', 'rung', 'named']);
  });
});

describe('a page about one level, named by the level’s name and its title together', () => {
  const ml = nameWordsWith({ ml: 'machine learning' });
  const pages = () =>
    results({
      level: { title: 'Blue Rung Painter', headings: ['Brushes'], content: 'a painter who owns brushes and palettes', filters: { level: ['Blue Rung Painter'], type: ['Rung'] } },
      compare: { title: 'Blue Rung Painter vs Red Rung Painter', content: 'brushes and palettes', filters: { level: ['Blue Rung Painter', 'Red Rung Painter'] } },
      palettes: { title: 'Palettes and brushes', filters: { level: ['Blue Rung Painter'] } },
      other: { title: 'Palettes of the red rung', filters: { level: ['Red Rung Painter'] } },
    });

  it('comes first for a query that names the whole level and words of the title', async () => {
    expect(order(await nameMatchesFirst(pages().response, 'blue rung painter palettes', fields, words, () => [], [], 5, undefined, 'level'))).toEqual(['palettes', 'level', 'compare', 'other']);
    // Without the filter, the level's page, whose name holds most of the query and whose text the rest, stays first.
    expect(order(await nameMatchesFirst(pages().response, 'blue rung painter palettes', fields, words))).toEqual(['level', 'compare', 'palettes', 'other']);
  });

  it('does not count for a query that names part of the level, or a page of two levels', async () => {
    expect(order(await nameMatchesFirst(pages().response, 'blue painter palettes', fields, words, () => [], [], 5, undefined, 'level'))).toEqual(['level', 'compare', 'palettes', 'other']);
    expect(order(await nameMatchesFirst(pages().response, 'red rung painter palettes', fields, words, () => [], [], 5, undefined, 'level'))).toEqual(['other', 'level', 'compare', 'palettes']);
  });

  it('leaves the level’s own page first for the level’s name, and reads the name through abbreviations', async () => {
    expect(order(await nameMatchesFirst(pages().response, 'blue rung painter', fields, words, () => [], [], 5, undefined, 'level'))[0]).toBe('level');
    const { response } = results({
      level: { title: 'Lead ML Engineer', filters: { level: ['Lead Machine Learning Engineer'] } },
      kpis: { title: 'KPIs and productivity metrics', filters: { level: ['Lead Machine Learning Engineer'] } },
    });
    expect(order(await nameMatchesFirst(response, 'lead ml engineer kpis', fields, ml, () => [], [], 5, undefined, 'level'))).toEqual(['kpis', 'level']);
  });
});

describe('whether a query names one of the first pages', () => {
  const pages = () =>
    results({
      guide: { title: 'Promotion: Senior to Lead' },
      level: { title: 'ML Engineering Manager', meta: { 'Also called': 'EM; Engineering Manager, Machine Learning' } },
    }).response.results;
  const common = (word: string) => ['engineering', 'to', 'lead'].includes(word);

  it('holds when one of a page’s own names holds the query, whatever the order of its words, or through an abbreviation', async () => {
    expect(await namedByQuery(pages(), 'machine learning engineering manager', ['Also called'], words)).toBe(true);
    expect(await namedByQuery(pages(), 'manager, engineering ml', ['Also called'], words)).toBe(true);
  });

  it('holds when the name has words the query lacks only where those are common', async () => {
    expect(await namedByQuery(pages(), 'machine learning manager', ['Also called'], words, 10, common)).toBe(true);
    expect(await namedByQuery(pages(), 'machine learning manager', ['Also called'], words)).toBe(false);
    // “senior” is not common: the query names a part of the guide's name.
    expect(await namedByQuery(pages(), 'promotion lead', ['Also called'], words, 10, common)).toBe(false);
  });

  it('does not hold for a name of a part, a page beyond the first ones, or a query the name does not hold', async () => {
    expect(await namedByQuery(pages(), 'em', [], words)).toBe(false);
    expect(await namedByQuery(pages(), 'machine learning engineering manager', ['Also called'], words, 1)).toBe(false);
    expect(await namedByQuery(pages(), 'engineering manager hiring', ['Also called'], words, 10, () => true)).toBe(false);
  });
});
