/**
 * What the growth tools' islands share, on the tools' shared `ToolIsland`: reading the model every
 * growth page carries (GrowthModel.astro), enabling the controls the server rendered disabled
 * (`data-gr-control`), and `RecordIsland`, the base of the islands of one person's own record
 * (`handbook:self-assessment`): check-ins, the evidence log, comparing check-ins, the packet. The
 * team's base is in team-island.ts, so that a person's pages do not load the team's import.
 */
import { ToolIsland, readDataBlock } from '../tools/tool-island.ts';
import type { DownloadFile } from '~/lib/browser/download';
import type { ToolSpec } from '~/lib/browser/store';
import { futureRecordsNote, type GrowthRecord } from '~/lib/growth/growth-record';
import { localCalendarDate } from '~/lib/browser/dates';
import { growthSpec, type GrowthKpi } from '~/lib/growth/growth-store';
import type { Ladder } from '~/lib/growth/self-assessment';
import { all } from '../tools/dom.ts';
import { clearUndoMinutes } from '~/lib/browser/store';
import { asSentence } from '~/lib/text/sentence';
import { stampChanges } from '~/lib/growth/changed-at';

/** What GrowthModel.astro serialises for the islands. */
export interface GrowthPageModel {
  ladder: Ladder;
  kpis: GrowthKpi[];
}

export function readModel(root: HTMLElement): GrowthPageModel | null {
  return readDataBlock<GrowthPageModel>(root, '[data-growth-model]');
}

/**
 * Enables the controls the server rendered disabled for readers without JavaScript, but those
 * matching `drawn`: the island's drawing enables or disables them itself (the check-in page's
 * ratings and notes stay disabled while no check-in is open), and enabling them here first would
 * have it disable them again, two changes of each control (over a hundred on that page) for none.
 */
export function enableControls(root: ParentNode, drawn?: string): void {
  for (const el of all<HTMLInputElement>(root, '[data-gr-control]')) if (el.disabled && !(drawn && el.matches(drawn))) el.disabled = false;
}

export abstract class RecordIsland extends ToolIsland<GrowthRecord> {
  /** Its controls stay disabled until the first drawing enables them. */
  protected override readonly setUpInOwnTask = true;
  protected ladder!: Ladder;
  protected kpis: GrowthKpi[] = [];
  protected readonly clearWords = {
    what: 'your check-ins, evidence log and reviews',
    confirm: `Delete your whole record — check-ins, evidence log and reviews — from this browser? You can undo it in the next ${clearUndoMinutes} minutes; export it first to keep a copy.`,
  };

  /** Adds the island's own listeners, once the model is read. */
  protected abstract enhance(): void;

  /** Each check-in, evidence entry and review a change touches stamped, each it deleted remembered (changed-at.ts). */
  protected override stamped(before: GrowthRecord, after: GrowthRecord): GrowthRecord {
    return stampChanges(before, after, new Date().toISOString());
  }

  protected setUp(): ToolSpec<GrowthRecord> | null {
    const model = readModel(this);
    if (!model) return null;
    this.ladder = model.ladder;
    this.kpis = model.kpis;
    this.enhance();
    return growthSpec(model.ladder, model.kpis.map((k) => k.id));
  }

  /** A file holding check-ins, evidence or reviews dated after today (past a day's slack for time zones) is imported, and they are named. */
  protected override describeImport(r: GrowthRecord): string {
    const note = futureRecordsNote(this.ladder, r, localCalendarDate());
    return note ? asSentence(note) : '';
  }

  /** The record as a file the person keeps, or hands to their manager. */
  protected exportFile(r: GrowthRecord): DownloadFile {
    return { name: this.fileName(r.name.trim() ? [r.name] : []), type: 'application/json', text: this.store.exportText(r) };
  }
}
