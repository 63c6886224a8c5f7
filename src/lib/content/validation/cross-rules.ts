import type { Role } from '../../../schemas/role.ts';
import type { Entry, LoadedContent, Page } from './load.ts';
import { bodyOf, extractFrontmatter, findEmptySections } from './markdown.ts';
import type { Problem, RuleId } from './problem.ts';
import type { PathKey } from './yaml-source.ts';

type Data = Record<string, unknown>;
const asList = (v: unknown): Data[] => (Array.isArray(v) ? (v as Data[]) : []);
const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Cross-file rules over content that has been loaded (schema-valid or not: each rule reads defensively). */
export function crossFileProblems(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const { entries, pages } = content;
  const of = (collection: string) => entries.filter((e) => e.collection === collection);

  const report = (entry: Entry | Page, path: PathKey[], rule: RuleId, message: string, extra: { expected?: string; found?: string } = {}, onKey = false) => {
    const full = 'pathPrefix' in entry ? [...entry.pathPrefix, ...path] : path;
    const pos = onKey ? entry.source.keyAt(full) : entry.source.valueAt(full);
    problems.push({ file: entry.file, ...pos, rule, message, ...extra });
  };

  // A reference into a collection with an unparseable file cannot be judged: `undefined` skips it.
  const ids = (collection: string) => (content.unreadable.has(collection) ? undefined : new Set(of(collection).map((e) => e.id)));
  const tracks = ids('tracks');
  const competencies = of('competencies');
  const competencyIds = ids('competencies');
  const roles = of('roles');
  const roleIds = ids('roles');
  const glossaryIds = ids('glossary');
  const nestedIds = (collection: string, listKey: string) =>
    content.unreadable.has(collection) ? undefined : new Set(of(collection).flatMap((e) => asList((e.data as Data)?.[listKey]).map((s) => String(s['id']))));
  const technicalSkillIds = nestedIds('technicalSkills', 'skills');
  const softSkillIds = nestedIds('softSkills', 'skills');
  const pageHrefs = content.unreadable.has('docs') ? undefined : new Set(pages.map((p) => p.href));

  const refs = (entry: Entry | Page, path: PathKey[], values: unknown, known: Set<string> | undefined, what: string) => {
    if (!known) return;
    asStrings(Array.isArray(values) ? values : values === undefined ? [] : [values]).forEach((id, i) => {
      if (!known.has(id))
        report(entry, Array.isArray(values) ? [...path, i] : path, 'broken-reference', `${what} \`${id}\` does not exist`, {
          expected: known.size ? `one of ${[...known].sort().join(', ')}` : `a ${what} defined in the content`,
          found: `\`${id}\``,
        });
    });
  };

  // Ids are unique within their collection (list collections) and within a file's nested lists.
  for (const collection of ['tracks', 'competencies', 'paths', 'glossary']) {
    const seen = new Map<string, Entry>();
    for (const e of of(collection)) {
      const first = seen.get(e.id);
      if (first) report(e, ['id'], 'duplicate-id', `id \`${e.id}\` is used twice in ${collection}`, { expected: 'a unique id', found: `a second \`${e.id}\` (first at line ${first.source.valueAt([...first.pathPrefix, 'id']).line})` });
      else seen.set(e.id, e);
    }
  }
  const nestedLists: [string, string[][]][] = [
    ['kpis', [['metrics']]],
    ['technicalSkills', [['skills']]],
    ['softSkills', [['skills']]],
    ['hiring', [['areas'], ['exercises'], ['redFlags']]],
    ['scorecards', [['bands']]],
  ];
  for (const [collection, lists] of nestedLists)
    for (const e of of(collection))
      for (const [key] of lists) checkUniqueIds(e, [key!], asList((e.data as Data)?.[key!]));
  for (const e of of('goals')) {
    const seen = new Set<string>();
    asList((e.data as Data)?.['phases']).forEach((phase, p) => {
      asList(phase['goals']).forEach((goal, g) => {
        const id = String(goal['id']);
        if (seen.has(id)) report(e, ['phases', p, 'goals', g, 'id'], 'duplicate-id', `goal id \`${id}\` is used twice in this file`, { expected: 'a unique id', found: `\`${id}\`` });
        seen.add(id);
      });
    });
    checkUniqueIds(e, ['phases'], asList((e.data as Data)?.['phases']));
  }
  // Skill ids are referenced from competencies across roles, so they are unique across files.
  for (const collection of ['technicalSkills', 'softSkills']) {
    const seen = new Map<string, string>();
    for (const e of of(collection))
      asList((e.data as Data)?.['skills']).forEach((s, i) => {
        const id = String(s['id']);
        const other = seen.get(id);
        if (other && other !== e.file) report(e, ['skills', i, 'id'], 'duplicate-id', `skill id \`${id}\` is also used in ${other}`, { expected: 'a unique id', found: `\`${id}\`` });
        seen.set(id, e.file);
      });
  }
  function checkUniqueIds(e: Entry, path: PathKey[], list: Data[]) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const id = String(item['id']);
      if (seen.has(id)) report(e, [...path, i, 'id'], 'duplicate-id', `id \`${id}\` is used twice in \`${path.join('.')}\``, { expected: 'a unique id', found: `\`${id}\`` });
      seen.add(id);
    });
  }

  // References resolve.
  for (const c of competencies) {
    const d = c.data as Data;
    refs(c, ['tracks'], d['tracks'], tracks, 'track');
    refs(c, ['technicalSkills'], d['technicalSkills'], technicalSkillIds, 'technical skill');
    refs(c, ['softSkills'], d['softSkills'], softSkillIds, 'soft skill');
  }
  for (const p of of('paths')) refs(p, ['levels'], (p.data as Data)['levels'], roleIds, 'level');
  for (const g of of('glossary')) refs(g, ['related'], (g.data as Data)['related'], glossaryIds, 'glossary term');
  for (const r of roles) {
    const d = r.data as Data;
    refs(r, ['track'], d['track'], tracks, 'track');
    refs(r, ['nextLevels'], d['nextLevels'], roleIds, 'level');
    const expectations = (d['expectations'] ?? {}) as Record<string, Data>;
    for (const key of Object.keys(expectations)) {
      if (competencyIds && !competencyIds.has(key))
        report(r, ['expectations', key], 'broken-reference', `competency \`${key}\` does not exist`, { expected: `one of ${[...competencyIds].sort().join(', ')}`, found: `\`${key}\`` }, true);
      checkHref(r, ['expectations', key, 'provenance', 'href'], expectations[key]?.['provenance']);
    }
    checkHref(r, ['provenance', 'href'], d['provenance']);
  }
  function checkHref(e: Entry, path: PathKey[], provenance: unknown) {
    const href = (provenance as Data | undefined)?.['href'];
    if (typeof href === 'string' && pageHrefs && !pageHrefs.has(href.split('#')[0]!))
      report(e, path, 'broken-reference', `page \`${href}\` does not exist`, { expected: 'the path of a page in content/docs', found: `\`${href}\`` });
  }
  // Every file in a role's folder belongs to a role that exists.
  for (const e of entries)
    if (e.file.startsWith('content/roles/') && e.collection !== 'roles' && roleIds && !roleIds.has(e.id))
      report(e, [], 'broken-reference', `folder \`${e.id}\` has no role.yaml`, { expected: `content/roles/${e.id}/role.yaml`, found: 'nothing' });
  for (const s of of('scorecards')) asList((s.data as Data)['dimensions']).forEach((dim, i) => refs(s, ['dimensions', i, 'competency'], dim['competency'], competencyIds, 'competency'));
  for (const h of of('hiring')) {
    const d = h.data as Data;
    asList(d['areas']).forEach((a, i) => refs(h, ['areas', i, 'competencies'], a['competencies'], competencyIds, 'competency'));
    asList(d['exercises']).forEach((x, i) => refs(h, ['exercises', i, 'competencies'], x['competencies'], competencyIds, 'competency'));
    // Interview kits and the calculator's anchors rate the dimensions of the same role's scorecard, on its scale.
    const scorecard = of('scorecards').find((s) => s.id === h.id)?.data as Data | undefined;
    const dimensionIds = new Set(asList(scorecard?.['dimensions']).map((dim) => String(dim['competency'])));
    const ratings = asList(scorecard?.['scale']).map((r) => String(r['rating']));
    const checkAnchors = (path: PathKey[], anchors: unknown) => {
      if (!scorecard) return;
      const list = asList(anchors);
      list.forEach((a, k) => refs(h, [...path, k, 'rating'], String(a['rating']), new Set(ratings), 'rating of the scorecard scale'));
      const missing = ratings.filter((r) => !list.some((a) => String(a['rating']) === r));
      if (missing.length && list.length)
        report(h, path, 'invalid-value', `no anchor for rating ${missing.join(', ')} of the scorecard scale`, { expected: `one anchor for each rating ${ratings.join(', ')}`, found: `ratings ${list.map((a) => String(a['rating'])).join(', ')}` }, true);
    };
    asList(d['exercises']).forEach((x, i) =>
      asList((x['kit'] as Data | undefined)?.['rubrics']).forEach((r, j) => {
        const path: PathKey[] = ['exercises', i, 'kit', 'rubrics', j];
        refs(h, [...path, 'competency'], r['competency'], competencyIds, 'competency');
        if (scorecard) refs(h, [...path, 'competency'], r['competency'], dimensionIds, 'scorecard dimension');
        checkAnchors([...path, 'anchors'], r['anchors']);
      }),
    );
    const anchored = asList(d['scorecardAnchors']);
    anchored.forEach((a, i) => {
      refs(h, ['scorecardAnchors', i, 'competency'], a['competency'], competencyIds, 'competency');
      if (scorecard) refs(h, ['scorecardAnchors', i, 'competency'], a['competency'], dimensionIds, 'scorecard dimension');
      checkAnchors(['scorecardAnchors', i, 'anchors'], a['anchors']);
    });
    if (scorecard && 'scorecardAnchors' in (d ?? {}))
      for (const dim of dimensionIds)
        if (anchored.filter((a) => a['competency'] === dim).length !== 1)
          report(h, ['scorecardAnchors'], 'invalid-value', `scorecard dimension \`${dim}\` needs exactly one entry in \`scorecardAnchors\``, { expected: 'one entry per dimension of scorecard.yaml', found: `${anchored.filter((a) => a['competency'] === dim).length}` }, true);
  }
  for (const g of of('goals')) {
    const kpiIds = content.unreadable.has('kpis') ? undefined : new Set(of('kpis').filter((k) => k.id === g.id).flatMap((k) => asList((k.data as Data)['metrics']).map((m) => String(m['id']))));
    asList((g.data as Data)['phases']).forEach((phase, p) =>
      asList(phase['goals']).forEach((goal, i) => {
        refs(g, ['phases', p, 'goals', i, 'competencies'], goal['competencies'], competencyIds, 'competency');
        refs(g, ['phases', p, 'goals', i, 'kpis'], goal['kpis'], kpiIds, 'KPI');
      }),
    );
  }
  for (const page of pages) {
    refs(page, ['role'], page.frontmatter['role'], roleIds, 'role');
    refs(page, ['terms'], page.frontmatter['terms'], glossaryIds, 'glossary term');
  }

  // The changelog names things that exist, lists releases newest first, and its newest release is the family's version.
  for (const log of of('changelog')) {
    const releases = asList((log.data as Data)['releases']);
    const targets: Record<string, Set<string> | undefined> = { level: roleIds, competency: competencyIds, scorecard: roleIds, 'role-description': roleIds, family: new Set(['family']) };
    releases.forEach((release, r) =>
      asList(release['changes']).forEach((change, c) => {
        const subject = String(change['subject']);
        if (subject in targets) refs(log, ['releases', r, 'changes', c, 'id'], change['id'], targets[subject], subject.replace('-', ' '));
      }),
    );
    const versions = releases.map((r) => String(r['version']));
    const newerFirst = [...versions].sort((a, b) => compareVersions(b, a));
    versions.forEach((v, i) => {
      if (v !== newerFirst[i]) report(log, ['releases', i, 'version'], 'changelog-version', `release ${v} is out of order`, { expected: `releases newest first (${newerFirst.join(', ')})`, found: versions.join(', ') });
    });
    const familyVersion = of('family')[0] ? String((of('family')[0]!.data as Data)['version']) : undefined;
    if (familyVersion && /^\d+\.\d+\.\d+$/.test(familyVersion) && versions[0] && versions[0] !== familyVersion)
      report(log, ['releases', 0, 'version'], 'changelog-version', `the newest release is ${versions[0]} but the family is at version ${familyVersion}`, { expected: familyVersion, found: versions[0] });
  }

  // Each competency has an expectation at every level of every track it applies to.
  for (const r of roles) {
    const d = r.data as Partial<Role>;
    const expectations = (d.expectations ?? {}) as Record<string, unknown>;
    for (const c of competencies) {
      if (!asStrings((c.data as Data)['tracks']).includes(String(d.track)) || c.id in expectations) continue;
      report(r, 'expectations' in (d as object) ? ['expectations'] : [], 'missing-expectation', `level \`${r.id}\` has no expectation for competency \`${c.id}\``, { expected: `an \`expectations.${c.id}\` entry`, found: 'nothing' }, true);
    }
  }

  // Ranks are unique and contiguous per track; proficiency never falls as rank rises.
  const byTrack = new Map<string, Entry[]>();
  for (const r of roles) {
    const t = String((r.data as Data)['track']);
    byTrack.set(t, [...(byTrack.get(t) ?? []), r]);
  }
  for (const [track, levels] of byTrack) {
    // A rank that is not a number is already a schema error; the sequence cannot be judged.
    if (levels.some((l) => typeof (l.data as Data)['rank'] !== 'number')) continue;
    const rankOf = (e: Entry) => Number((e.data as Data)['rank']);
    const ordered = [...levels].sort((a, b) => rankOf(a) - rankOf(b) || a.id.localeCompare(b.id));
    ordered.forEach((level, i) => {
      if (rankOf(level) !== i + 1)
        report(level, ['rank'], 'rank-sequence', `rank ${rankOf(level)} of \`${level.id}\` breaks the sequence of track \`${track}\``, {
          expected: `rank ${i + 1} (ranks ${ordered.map(rankOf).join(', ')} should be 1–${ordered.length})`,
          found: `rank ${rankOf(level)}`,
        });
    });
    for (let i = 1; i < ordered.length; i++) {
      const lower = ordered[i - 1]!;
      const higher = ordered[i]!;
      if (rankOf(lower) === rankOf(higher)) continue;
      const exp = (e: Entry) => ((e.data as Data)['expectations'] ?? {}) as Record<string, Data>;
      for (const [competency, expectation] of Object.entries(exp(higher))) {
        const below = exp(lower)[competency]?.['proficiency'];
        const here = expectation['proficiency'];
        if (typeof below === 'number' && typeof here === 'number' && here < below)
          report(higher, ['expectations', competency, 'proficiency'], 'proficiency-decrease', `proficiency for \`${competency}\` falls from \`${lower.id}\` to \`${higher.id}\``, { expected: `at least ${below}`, found: String(here) });
      }
    }
  }

  // Scorecard weights sum to exactly 100.
  for (const s of of('scorecards')) {
    const dims = asList((s.data as Data)['dimensions']);
    const weights = dims.map((d) => d['weight']);
    if (weights.every((w) => typeof w === 'number')) {
      const sum = (weights as number[]).reduce((a, b) => a + b, 0);
      if (sum !== 100) report(s, ['dimensions'], 'weights-sum', `scorecard weights sum to ${sum}`, { expected: '100', found: `${weights.join(' + ')} = ${sum}` }, true);
    }
  }

  // Pages have a title and a description; sections are not empty.
  for (const page of pages) {
    for (const field of ['title', 'description'] as const) {
      const v = page.frontmatter[field];
      if (typeof v !== 'string' || v.trim() === '') {
        // A missing title is already a schema error; report the description (optional for Starlight) here.
        if (field === 'title' && v === undefined) continue;
        report(page, v === undefined ? [] : [field], 'page-metadata', `the page has no ${field}`, { expected: `a non-empty \`${field}\``, found: v === undefined ? 'nothing' : 'empty text' }, v !== undefined);
      }
    }
    const fm = extractFrontmatter(page.text);
    for (const heading of findEmptySections(bodyOf(page.text, fm), page.bodyStartLine))
      problems.push({ file: page.file, line: heading.line, column: 1, rule: 'empty-section', message: `section “${heading.text}” is empty`, expected: 'content before the next heading', found: 'nothing' });
  }

  // Placeholders left by the scaffolding command (`TODO: …`) must be filled in before publishing.
  for (const { file, text } of content.files)
    text.split('\n').forEach((line, i) => {
      const at = line.search(/\bTODO\b/);
      if (at >= 0) problems.push({ file, line: i + 1, column: at + 1, rule: 'placeholder-text', message: 'placeholder text is not filled in', expected: 'real content', found: JSON.stringify(line.slice(at, at + 60).trim()) });
    });

  // No damaged characters anywhere.
  const damaged = /[\u0E00-\u0E7F\uFFFD]+|\u00E2\u20AC./g;
  for (const { file, text } of content.files) {
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(damaged))
        problems.push({ file, line: i + 1, column: m.index + 1, rule: 'damaged-character', message: 'damaged character (mis-decoded text)', expected: 'the intended character, e.g. – — → ’ “ ” ≥', found: JSON.stringify(m[0]) });
    });
  }
  return problems;
}
