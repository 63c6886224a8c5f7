/**
 * The island side of TeamImport.astro, shared by the manager's view and calibration: reads several
 * people's record files, refuses the bad ones with the reason next to the field (nothing changes for
 * them), shows what importing the good ones would do, and applies it only when the reader agrees,
 * through the store's `replace` so that it can be undone, here or from the data panel. What happened
 * is said next to the field (and announced once, by its own status line), where the reader is.
 */
import { maxImportBytes, sameUndo, type Store, type Snapshot, type ToolSpec, type ToolPages, type UndoOffer } from '~/lib/browser/store';
import type { GrowthRecord } from '~/lib/growth/growth-record';
import type { TeamData } from '~/lib/growth/growth-store';
import { clearFieldMessage, showFieldMessage, showSaved, showSaveRefused } from '../tools/field-messages.ts';
import { one, setText } from '../tools/dom.ts';
import { withNotes } from '../tools/tool-data-panel.ts';
import { noLongerUndoable, savedSince, undoOffer } from '../tools/undo-lines.ts';
import { importCodeFailed, lazyCode, readingLine, type CodeOf } from '../tools/lazy-code.ts';

/** The code that reads people's files and plans their import, loaded when a manager imports (team-import-code.ts). */
const importCode = lazyCode(() => import('./team-import-code.ts'));

export interface TeamImportOptions {
  root: HTMLElement;
  team: Store<TeamData>;
  person: ToolSpec<GrowthRecord>;
  /** The tool pages, to name the page of a file that is not a person's record, and where it is. */
  toolPages: ToolPages;
  /** After the import: the new data, and the ids of the people the files held. */
  done: (snapshot: Snapshot<TeamData>, ids: string[]) => void;
  /** Undoes the last change (the import) as the data panel does: whether it did, and what it said. */
  undo: () => { ok: boolean; text: string };
}

/**
 * Enhances the import; `refresh` hides its Undo once there is nothing of it to undo (the data changed
 * since), and returns whether it offers one, which the data panel then does not offer again.
 */
export function enhanceTeamImport(o: TeamImportOptions): { refresh: () => boolean } {
  const input = one<HTMLInputElement>(o.root, '[data-team-import]');
  const box = one(o.root, '[data-team-plan]');
  const statusLine = one(o.root, '[data-team-status]');
  const undoBox = one(o.root, '[data-team-undo]');
  if (!input || !box || !statusLine || !undoBox) return { refresh: () => false };
  /**
   * The undo of the last import made here, offered while it is still the one on offer: told apart by
   * its token (`sameUndo`), since another import (in another tab) has the same label and replaces it.
   */
  let imported: UndoOffer | null = null;
  /** Shows the Undo while the import is the last change; once it is not, says so in place of the offer. Returns whether it shows. */
  const refresh = () => {
    const offered = sameUndo(imported, o.team.undoable());
    undoBox.hidden = !offered;
    if (imported && !offered) {
      imported = null;
      setText(statusLine, noLongerUndoable(statusLine.textContent ?? '', savedSince));
    }
    return offered;
  };
  // The offer outlives other messages (a new file chosen, an import canceled or refused): the data
  // panel hides its own Undo while this one is offered, so dropping it here would offer it nowhere.
  // It goes on Undo, when a new import replaces it, or when `refresh` finds it is no longer the last change.
  const status = (text: string) => {
    setText(statusLine, text);
    refresh();
  };
  // What reads each file: a person's record, other tools named by their pages.
  const reader = { spec: o.person, pages: o.toolPages };
  importCode.preloadOn(input);
  /** The import code, once loaded: there is no pending import without it. */
  let code: CodeOf<typeof importCode> | null = null;
  let pending: { records: GrowthRecord[]; label: string; notes: string[] } | null = null;
  /** How many times files were chosen: files whose code or reading was still loading when others were chosen are dropped, the latest choice kept (as tool-data-panel.ts). */
  let choices = 0;
  const hide = () => {
    pending = null;
    box.hidden = true;
  };

  input.addEventListener('change', async () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    hide();
    clearFieldMessage(input);
    status('');
    const choice = ++choices;
    const superseded = () => choice !== choices;
    if (!files.length) return;
    const loaded = await importCode.getOrNull({ key: statusLine, line: readingLine({ files: files.map((file) => file.name) }), say: status, shown: () => statusLine.textContent ?? '' });
    if (superseded()) return;
    if (!(code = loaded)) return showFieldMessage(input, importCodeFailed);
    const { parseImport, planTeamImport, refuseTeamFile, teamPlanText } = code;
    const records: GrowthRecord[] = [];
    const refused: string[] = [];
    // What was mended to read a file (a target level a fork removed, check-ins left out), named by the file.
    const notes: string[] = [];
    for (const file of files) {
      if (file.size > maxImportBytes) {
        refused.push(`“${file.name}” is too large (${Math.round(file.size / 1000)} kB; the limit is ${maxImportBytes / 1000} kB)`);
        continue;
      }
      const text = await file.text().catch(() => '');
      if (superseded()) return;
      const parsed = parseImport(reader, text);
      // A file of the whole team (the data panel's export, of any version) is sent to the data panel, named by its heading.
      const teamFile = parsed.ok ? null : refuseTeamFile(o.team.spec as ToolSpec<unknown>, file.name, text, one(o.root, '[data-tool-data] h2')?.textContent);
      if (parsed.ok) {
        records.push(parsed.value);
        notes.push(...parsed.notices.map((notice) => `“${file.name}”: ${notice}`));
      }
      else if (teamFile) refused.push(teamFile);
      else refused.push(`“${file.name}”: ${parsed.error.replace(/^Import failed: /, '').replace(/ Nothing was changed\.$/, '')}`);
    }
    if (refused.length) showFieldMessage(input, `Not imported, nothing changed for ${refused.length === 1 ? 'this file' : 'these files'}: ${refused.join(' ')}`);
    if (!records.length) return;
    const plan = planTeamImport(o.person, o.team.read().data, records);
    if (!plan.added.length && !plan.updated.length) return status(withNotes(teamPlanText(o.person, plan), notes));
    pending = { records, label: `the import of ${records.length === 1 ? 'one record' : `${records.length} records`}`, notes };
    setText(one(box, '[data-team-plan-text]'), withNotes(teamPlanText(o.person, plan), notes));
    box.hidden = false;
    one<HTMLButtonElement>(box, '[data-team-action="apply"]')!.focus();
  });

  box.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-team-action]')?.dataset['teamAction'];
    if (!action) return;
    const chosen = pending;
    hide();
    if (action === 'cancel' || !chosen || !code) return status('Import canceled: nothing was changed.');
    const { planTeamImport, teamPlanText } = code;
    // Planned a moment ago; applied to the latest data, in case another tab wrote since.
    const plan = planTeamImport(o.person, o.team.read().data, chosen.records);
    const result = o.team.replace(plan.next, chosen.label);
    if (!result.ok) return void showSaveRefused(input, result.error);
    showSaved();
    imported = o.team.undoable();
    o.done(result.value, chosen.records.map((r) => r.id));
    status(`Import done: ${withNotes(teamPlanText(o.person, plan).replace(/^Importing /, ''), chosen.notes)} ${undoOffer}`);
    input.focus();
  });

  undoBox.addEventListener('click', () => {
    imported = null;
    status(o.undo().text);
    input.focus();
  });
  return { refresh };
}
