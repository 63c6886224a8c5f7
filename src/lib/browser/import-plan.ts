/**
 * What an import would change, before it changes anything: records added, updated and unchanged
 * (matched by their stable id, so importing the same file twice never duplicates a record), records
 * only in this browser, and other fields that differ. The page shows the plan and asks whether to
 * merge the file into what is stored or replace it; both are pure functions of the two values.
 */
import type { LeftOutRecord, RecordCollection, ToolSpec } from './store.ts';
import { deletedSince, tombstoneKey } from './tombstones.ts';
import { byId, deletions, identityYields, isEmpty, merged, ownFields, partsKept, same, stampOf, type Data, type ImportMode } from './import-merge.ts';
import { importSourceWords, type ImportSource } from './import-source.ts';
import { listWords } from '../text/list-words.ts';

// Re-exported for the tests and code that plan and apply in one place; the store takes mergeImport from import-merge.ts.
export { mergeImport, type ImportMode } from './import-merge.ts';
export { applyImport } from './import-apply.ts';

export interface RecordChange {
  /** `candidate`, `goal`… */
  noun: string;
  id: string;
  /** How the page names the record, e.g. a candidate's name. */
  label: string;
}

export interface ImportPlan {
  added: RecordChange[];
  updated: RecordChange[];
  unchanged: RecordChange[];
  /**
   * Of the unchanged, those the file holds in another version that a merge does not take: the one
   * here was changed after it (`RecordCollection.merge`, the growth records' `changedAt`).
   */
  olderInFile: RecordChange[];
  /** Stored records the file does not have: a merge keeps them, a replace removes them. */
  onlyHere: RecordChange[];
  /**
   * Stored records the file has, in a copy its import left out (`ToolSpec.mendImport`: a check-in
   * rated at a level a fork removed): not only this browser's, though a merge keeps them and a
   * replace removes them as it does `onlyHere`, and the file's copy is not taken either way.
   */
  leftOutOfFile: RecordChange[];
  /**
   * Records of the file deleted here after the file's copy was changed (`ToolSpec.deletions`): a
   * merge leaves them out, a replace puts them back.
   */
  staysDeleted: RecordChange[];
  /** Stored records the file deleted after the copy here was changed: a merge and a replace remove them. */
  deletedInFile: RecordChange[];
  /**
   * Of the records one side deleted, those a merge keeps for a part of theirs it keeps (`partOf`: a
   * manager's review, written here, of a check-in the file deleted): stored ones, and the file's
   * (deleted here, and put back for a part the file changed since).
   */
  keptForParts: RecordChange[];
  backForParts: RecordChange[];
  /**
   * Parts a merge leaves out for a newer part of the same record (`partOf.one`: a check-in has one
   * review): stored ones, for the file's, and the file's, for one here.
   */
  supersededHere: RecordChange[];
  supersededInFile: RecordChange[];
  /** Fields outside the record collections whose stored value the file would change, e.g. `target`. */
  otherFields: string[];
  /** Fields empty here that the file fills (a merge takes them, as additions). */
  filledFields: string[];
}

/** What a merge keeps or leaves out of records for their parts (`partsKept`), said by `partsText`. */
export type PartsKept = Pick<ImportPlan, 'keptForParts' | 'backForParts' | 'supersededHere' | 'supersededInFile'>;

const change = (collection: RecordCollection, id: string, record: Data, data: Data): RecordChange => ({ noun: collection.noun, id, label: collection.labelOf?.(record, id, data) ?? id });

/** The plan of importing `imported` into `current`; `leftOut`: the records the import's mend left out of the file (`ImportRead.leftOut`). */
export function planImport<T>(spec: ToolSpec<T>, current: T, imported: T, leftOut: readonly LeftOutRecord[] = []): ImportPlan {
  const plan: ImportPlan = {
    ...{ added: [], updated: [], unchanged: [], olderInFile: [], onlyHere: [], leftOutOfFile: [], staysDeleted: [], deletedInFile: [] },
    ...{ keptForParts: [], backForParts: [], supersededHere: [], supersededInFile: [], otherFields: [], filledFields: [] },
  };
  const here = current as unknown as Data;
  const there = imported as unknown as Data;
  const recordFields = ownFields(spec);
  const deleted = deletions(spec, here, there);
  const { wholes, superseded } = partsKept(spec as ToolSpec<unknown>, here, there, deleted);
  for (const collection of spec.records ?? []) {
    const { field } = collection;
    const stored = byId(collection, here[field]);
    const incoming = byId(collection, there[field]);
    /** The list of a record that a deletion or a newer part takes out (its copy after a merge: `copy`), or null. */
    const out = (id: string, copy: Data, existing: unknown): keyof PartsKept | 'deletedInFile' | 'staysDeleted' | null => {
      const key = tombstoneKey(field, id);
      if (superseded.has(key)) return existing ? 'supersededHere' : 'supersededInFile';
      // Of a record and a deletion of it, the later wins; but a record stays while a part of it does.
      if (!deletedSince(deleted, field, id, stampOf(collection, copy))) return null;
      return wholes.has(key) ? (existing ? 'keptForParts' : 'backForParts') : existing ? 'deletedInFile' : 'staysDeleted';
    };
    for (const [id, record] of incoming) {
      const existing = stored.get(id);
      const copy = existing && merged(collection, existing, record);
      const kept = existing !== undefined && same(existing, copy);
      const taken = out(id, copy ?? record, existing);
      if (taken) {
        plan[taken].push(change(collection, id, existing ?? record, existing ? here : there));
        continue;
      }
      plan[existing === undefined ? 'added' : kept ? 'unchanged' : 'updated'].push(change(collection, id, record, there));
      if (kept && !same(existing, record)) plan.olderInFile.push(change(collection, id, record, there));
    }
    const inFile = new Set(leftOut.filter((r) => r.field === field).map((r) => r.id));
    for (const [id, record] of stored) if (!incoming.has(id)) plan[out(id, record, record) ?? (inFile.has(id) ? 'leftOutOfFile' : 'onlyHere')].push(change(collection, id, record, here));
  }
  for (const field of new Set([...Object.keys(here), ...Object.keys(there)]))
    if (!recordFields.has(field) && !same(here[field], there[field])) plan[isEmpty(here[field]) || identityYields(spec, field, here) ? 'filledFields' : 'otherFields'].push(field);
  return plan;
}

/**
 * True when importing would change nothing. Records that stay deleted change nothing, as records of
 * the file older than the copies here do: `nothingToImport` names both.
 */
export const changesNothing = (plan: ImportPlan, mode: ImportMode): boolean =>
  [plan.added, plan.updated, plan.filledFields, plan.deletedInFile, plan.backForParts, plan.supersededHere, ...(mode === 'merge' ? [] : [plan.onlyHere, plan.leftOutOfFile, plan.otherFields, plan.keptForParts, plan.supersededInFile])].every(
    (l) => !l.length,
  );

/**
 * What an import does, in the words every tool's data panel and page use (one source): the rule of
 * `offer` in tool-data-panel.ts, `onlyAdds` below.
 */
export const importRule =
  'A file that only adds to what is here (it holds everything this browser has, unchanged, and more, such as a newer export of the same record) is imported at once, and you can undo it. Any other file is not applied until you choose: the page says what merging it and replacing with it would each do, and either can be undone.';

/** True when the import touches nothing stored, so it needs no question: only additions (a removal asks). */
export const onlyAdds = (plan: ImportPlan): boolean =>
  [plan.updated, plan.onlyHere, plan.leftOutOfFile, plan.otherFields, plan.deletedInFile, plan.keptForParts, plan.backForParts, plan.supersededHere, plan.supersededInFile].every((l) => !l.length);

const count = (n: number, collection: { noun: string; plural: string }) => `${n} ${n === 1 ? collection.noun : collection.plural}`;

/** What the plan says of a merge that the data's own rules would refuse (`error`: the rule, in words), in place of what it would do. */
export const mergeRefusedText = (error: string): string =>
  `Merging is not possible, as the two together would break a rule of the data: ${error}. Replacing is, or change one side first.`;

/** `2 check-ins and 1 manager’s review`: records counted by kind, since “2 records” tells the reader nothing of what changes. */
export function counted<T>(spec: ToolSpec<T>, changes: readonly RecordChange[]): string {
  const byNoun = new Map<string, number>();
  for (const c of changes) byNoun.set(c.noun, (byNoun.get(c.noun) ?? 0) + 1);
  const parts = [...byNoun].map(([noun, n]) => count(n, spec.records?.find((r) => r.noun === noun) ?? { noun, plural: `${noun}s` }));
  return listWords(parts);
}

/** `“Ada”, “Bo” and “Cy”`: the records by the names the page gives them, the first five and how many more. */
const names = (changes: readonly RecordChange[]): string => listWords(changes.map((c) => `“${c.label}”`), 5);
/** The same in brackets, after what a sentence says of them. */
const named = (changes: readonly RecordChange[]): string => `(${names(changes)})`;

/**
 * What the page says when an import would change nothing: everything in the file is here, or
 * here in a version changed since the file was made (a merge keeps the newer), or deleted here since
 * (it stays deleted), which the reader, who knows the file differs, is told rather than that it is
 * “already here”.
 */
export function nothingToImport<T>(spec: ToolSpec<T>, plan: ImportPlan, source: ImportSource): string {
  const { olderInFile, staysDeleted } = plan;
  const name = importSourceWords(source);
  if (olderInFile.length + staysDeleted.length === 0) return `Nothing to import: everything in ${name} is already here.`;
  const word = spec.deletions?.word ?? 'deleted';
  const deleted = staysDeleted.length ? ` but what was ${word} here since the file was made (${counted(spec, staysDeleted)}: ${names(staysDeleted)}), which a merge leaves out` : '';
  const newer = olderInFile.length ? `, and ${counted(spec, olderInFile)} of it in a newer version, changed here after the file was made; a merge keeps the newer` : '';
  return `Nothing to import: this browser has everything in ${name}${deleted}${newer}.`;
}

/**
 * What a merge keeps and leaves out for the parts of records (`PartsKept`), in words, e.g. `keeps 1
 * check-in deleted in the file, for the manager’s review of it here (“…”)`: the data panel's plan
 * and the team import's say it alike.
 */
export function partsText<T>(spec: ToolSpec<T>, plan: PartsKept): string[] {
  const { keptForParts: kept, backForParts: back, supersededHere, supersededInFile } = plan;
  const collection = (c: RecordChange | undefined) => spec.records?.find((r) => r.noun === c?.noun);
  /** `the manager’s review of it`: the parts of the records `list` names (a check-in's reviews). */
  const partsOf = (list: RecordChange[]) => {
    const parts = spec.records?.find((r) => r.partOf?.field === collection(list[0])?.field);
    return `the ${list.length > 1 ? parts?.plural : parts?.noun} of ${list.length > 1 ? 'them' : 'it'}`;
  };
  const whole = spec.records?.find((r) => r.field === collection(supersededHere[0] ?? supersededInFile[0])?.partOf?.field)?.noun;
  return [
    kept.length ? `keeps ${counted(spec, kept)} deleted in the file, for ${partsOf(kept)} here ${named(kept)}` : '',
    back.length ? `puts back ${counted(spec, back)} deleted here, for ${partsOf(back)} in the file, changed since ${named(back)}` : '',
    supersededHere.length ? `drops ${counted(spec, supersededHere)} for a newer one of the same ${whole} in the file ${named(supersededHere)}` : '',
    supersededInFile.length ? `leaves out the file’s ${counted(spec, supersededInFile)}, older than another of the same ${whole} here ${named(supersededInFile)}` : '',
  ];
}

/** The plan in one sentence per choice, for the page: what a merge and what a replace would do. */
export function describePlan<T>(spec: ToolSpec<T>, plan: ImportPlan): { merge: string; replace: string } {
  const { added, updated, olderInFile, onlyHere, leftOutOfFile, staysDeleted, deletedInFile, keptForParts, backForParts, supersededHere } = plan;
  /** How a record that left is said: `deleted`, or the tool's word (a person is `removed` from a team). */
  const deleted = spec.deletions?.word ?? 'deleted';
  const of = (changes: RecordChange[]) => counted(spec, changes);
  /** A field as readers know it (`completedOn` is the completion date), as in error messages. */
  const fieldWord = (field: string) => spec.fieldWords?.[field] ?? field;
  const parts = (mode: ImportMode) => {
    const merging = mode === 'merge';
    /** What stays as it is here: not the records whose copy here is newer than the file's (a merge keeps it, a replace takes the file's), said apart. */
    const left = plan.unchanged.filter((c) => !olderInFile.includes(c));
    /** What a replace removes: all that is not in the file. */
    const gone = [...onlyHere, ...deletedInFile, ...keptForParts, ...supersededHere];
    const putBack = [...staysDeleted, ...backForParts];
    const out = [
      added.length ? `adds ${of(added)}` : '',
      updated.length ? `updates ${of(updated)} already here ${named(updated)}` : '',
      // A replace takes the file's copies, older ones too, and what was deleted here since; a merge keeps the newer one here.
      merging || !putBack.length ? '' : `puts back ${of(putBack)} ${deleted} here since the file was made ${named(putBack)}`,
      merging || !olderInFile.length ? '' : `puts back the file’s older copy of ${of(olderInFile)} changed here since`,
      left.length ? `leaves ${of(left)} unchanged` : '',
      merging && olderInFile.length ? `keeps the newer copy here of ${of(olderInFile)}, changed since the file was made ${named(olderInFile)}` : '',
      merging && staysDeleted.length ? `leaves out ${of(staysDeleted)} ${deleted} here since the file was made ${named(staysDeleted)}` : '',
      merging && onlyHere.length ? `keeps ${of(onlyHere)} that only this browser has` : '',
      // The file holds these too, in a copy its import leaves out (said before the plan): neither choice takes that copy.
      merging && leftOutOfFile.length ? `keeps the copy here of ${of(leftOutOfFile)} whose copy in the file is left out of this import ${named(leftOutOfFile)}` : '',
      merging && deletedInFile.length
        ? `removes ${spec.deletions?.inFile ? `${names(deletedInFile)}, ${spec.deletions.inFile}` : `${of(deletedInFile)} ${deleted} in the file ${named(deletedInFile)}`}`
        : '',
      ...(merging ? partsText(spec, plan) : []),
      !merging && gone.length ? `removes ${of(gone)} that only this browser has ${named(gone)}` : '',
      !merging && leftOutOfFile.length
        ? `removes ${of(leftOutOfFile)} whose copy in the file is left out of this import ${named(leftOutOfFile)}, so that neither copy stays in this browser`
        : '',
      plan.filledFields.length ? `fills in ${listWords(plan.filledFields.map(fieldWord))}` : '',
      !merging && plan.otherFields.length ? `replaces ${listWords(plan.otherFields.map(fieldWord))}` : '',
    ].filter(Boolean);
    return `${merging ? 'Merging' : 'Replacing'} ${out.length ? out.join(', ') : 'changes nothing'}.`;
  };
  return { merge: parts('merge'), replace: parts('replace') };
}
