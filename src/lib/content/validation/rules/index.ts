/**
 * Every validation rule, in the order the Content reference lists them: first what the loader checks
 * against the schemas, then the rules across files, then the rules on text.
 */
import { ambiguousAlias } from './ambiguous-alias.ts';
import { americanSpelling } from './american-spelling.ts';
import { archetypeLevels } from './archetype-levels.ts';
import { anchorCoverage } from './anchor-coverage.ts';
import { brokenReference } from './broken-reference.ts';
import { changelogVersion } from './changelog-version.ts';
import { damagedCharacter } from './damaged-character.ts';
import { deadEndLevel } from './dead-end-level.ts';
import { duplicateId } from './duplicate-id.ts';
import { duplicateName } from './duplicate-name.ts';
import { duplicateReaderWord } from './duplicate-reader-word.ts';
import { emptySection } from './empty-section.ts';
import { enumValue } from './enum-value.ts';
import { foldedListItem } from './folded-list-item.ts';
import { formerTitle } from './former-title.ts';
import { invalidType } from './invalid-type.ts';
import { invalidValue } from './invalid-value.ts';
import { mapNodeId } from './map-node-id.ts';
import { mdxImport } from './mdx-import.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { missingExpectation } from './missing-expectation.ts';
import { pageMetadata } from './page-metadata.ts';
import { pathLevels } from './path-levels.ts';
import { placeholderText } from './placeholder-text.ts';
import { proficiencyDecrease } from './proficiency-decrease.ts';
import { proficiencyScale } from './proficiency-scale.ts';
import { provenanceSource } from './provenance-source.ts';
import { rankSequence } from './rank-sequence.ts';
import { readerWordSelf } from './reader-word-self.ts';
import { readerWordTarget } from './reader-word-target.ts';
import { releaseChanges } from './release-changes.ts';
import { releaseSnapshot } from './release-snapshot.ts';
import { requiredField } from './required-field.ts';
import { rolePartPage } from './role-part-page.ts';
import { rubricCoverage } from './rubric-coverage.ts';
import { scorecardCoverage } from './scorecard-coverage.ts';
import { scorecardFloors } from './scorecard-floors.ts';
import { sectionSearchWords } from './section-search-words.ts';
import { sourceDeparture } from './source-departure.ts';
import { straightQuote } from './straight-quote.ts';
import { strayFile } from './stray-file.ts';
import { trackFocus } from './track-focus.ts';
import { unknownKey } from './unknown-key.ts';
import { weightsSum } from './weights-sum.ts';
import { whatDiffers } from './what-differs.ts';
import { workedExample } from './worked-example.ts';
import { yamlSyntax } from './yaml-syntax.ts';

export const rules = [
  yamlSyntax,
  strayFile,
  foldedListItem,
  unknownKey,
  requiredField,
  invalidType,
  enumValue,
  invalidValue,
  duplicateId,
  duplicateName,
  mapNodeId,
  brokenReference,
  missingExpectation,
  rankSequence,
  deadEndLevel,
  archetypeLevels,
  pathLevels,
  ambiguousAlias,
  formerTitle,
  duplicateReaderWord,
  readerWordSelf,
  readerWordTarget,
  proficiencyScale,
  proficiencyDecrease,
  whatDiffers,
  trackFocus,
  provenanceSource,
  sourceDeparture,
  changelogVersion,
  releaseSnapshot,
  releaseChanges,
  rolePartPage,
  scorecardCoverage,
  weightsSum,
  scorecardFloors,
  workedExample,
  anchorCoverage,
  rubricCoverage,
  pageMetadata,
  sectionSearchWords,
  mdxSyntax,
  mdxImport,
  damagedCharacter,
  placeholderText,
  emptySection,
  americanSpelling,
  straightQuote,
] as const;

export type RuleId = (typeof rules)[number]['id'];

/**
 * The rules whose problems are causes rather than consequences, in the order a report lists them:
 * a file that cannot be read, then a field its schema refuses, then an id defined twice or one that
 * names nothing. Every other rule checks what these leave standing, and the release rules, which
 * compare the content with the releases' snapshots, come last: one mistake (a duplicate id) can make
 * them report a changed level too, and the team must fix the mistake first.
 */
const earlyStages: readonly (readonly RuleId[])[] = [
  ['yaml-syntax', 'mdx-syntax', 'stray-file', 'folded-list-item'],
  ['unknown-key', 'required-field', 'invalid-type', 'enum-value', 'invalid-value', 'page-metadata', 'mdx-import'],
  ['duplicate-id', 'duplicate-name', 'map-node-id', 'broken-reference'],
];
const lastStage: readonly RuleId[] = ['changelog-version', 'release-snapshot', 'release-changes'];

/** Where a rule's problems stand in a report: 0 for the first stage, rising to the releases' last. */
export function stageOf(id: RuleId): number {
  const early = earlyStages.findIndex((stage) => stage.includes(id));
  if (early >= 0) return early;
  return lastStage.includes(id) ? earlyStages.length + 1 : earlyStages.length;
}

/** The rule with this id. */
export function ruleById(id: RuleId) {
  return rules.find((r) => r.id === id)!;
}
