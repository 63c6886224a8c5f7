/**
 * The two bases of the growth tools' islands, on the tools' shared `ToolIsland`:
 * - `RecordIsland`: one person's own record (`handbook:self-assessment`): check-ins, the evidence
 *   log, comparing check-ins, the packet;
 * - `TeamIsland`: the records a manager imported (`handbook:growth-team`): the manager's view and
 *   calibration, with the import of people's files (team-import.ts).
 * Both read the model every growth page carries (GrowthModel.astro) and enable the controls the
 * server rendered disabled (`data-gr-control`).
 */
import { ToolIsland, readDataBlock } from '../tools/tool-island.ts';
import { datedFileName, type DownloadFile } from '~/lib/browser/download';
import type { Snapshot, ToolSpec } from '~/lib/browser/store';
import type { GrowthRecord } from '~/lib/growth/growth-record';
import { growthSpec, recordFileName, teamSpec, type GrowthKpi, type TeamData } from '~/lib/growth/growth-store';
import type { Ladder } from '~/lib/growth/self-assessment';
import { all } from '../tools/dom.ts';
import { enhanceTeamImport } from './team-import.ts';

/** What GrowthModel.astro serialises for the islands. */
export interface GrowthPageModel {
  ladder: Ladder;
  kpis: GrowthKpi[];
}

function readModel(root: HTMLElement): GrowthPageModel | null {
  return readDataBlock<GrowthPageModel>(root, '[data-growth-model]');
}

/** Enables the controls the server rendered disabled for readers without JavaScript. */
export function enableControls(root: ParentNode): void {
  for (const el of all<HTMLInputElement>(root, '[data-gr-control]')) el.disabled = false;
}

export abstract class RecordIsland extends ToolIsland<GrowthRecord> {
  protected ladder!: Ladder;
  protected kpis: GrowthKpi[] = [];
  protected readonly clearWords = {
    what: 'your check-ins, evidence log and reviews',
    confirm: 'Delete your whole record — check-ins, evidence log and reviews — from this browser? You can undo it right after; export it first to keep a copy.',
  };

  /** Adds the island's own listeners, once the model is read. */
  protected abstract enhance(): void;

  protected setUp(): ToolSpec<GrowthRecord> | null {
    const model = readModel(this);
    if (!model) return null;
    this.ladder = model.ladder;
    this.kpis = model.kpis;
    this.enhance();
    return growthSpec(model.ladder, model.kpis.map((k) => k.id));
  }

  /** The record as a file the person keeps, or hands to their manager. */
  protected exportFile(r: GrowthRecord): DownloadFile {
    return { name: recordFileName('self-assessment', r, 'json'), type: 'application/json', text: this.store.exportText(r) };
  }
}

export abstract class TeamIsland extends ToolIsland<TeamData> {
  protected ladder!: Ladder;
  /** One person's record, as their file holds it. */
  protected personSpec!: ToolSpec<GrowthRecord>;
  #importing = false;
  protected readonly clearWords = {
    what: 'every record of your team, with your reviews',
    confirm: 'Delete every record of your team, with your reviews, from this browser? You can undo it right after; export the team first to keep a copy.',
  };

  protected abstract enhance(): void;

  protected setUp(): ToolSpec<TeamData> | null {
    const model = readModel(this);
    if (!model) return null;
    this.ladder = model.ladder;
    const kpis = model.kpis.map((k) => k.id);
    this.personSpec = growthSpec(model.ladder, kpis);
    this.enhance();
    return teamSpec(model.ladder, kpis);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.store || this.#importing) return;
    this.#importing = true;
    const teamImport = enhanceTeamImport({
      root: this,
      team: this.store,
      person: this.personSpec,
      done: (snapshot, ids) => this.imported(snapshot, ids),
      undo: () => this.panel?.undo() ?? { ok: false, text: 'Nothing to undo.' },
    });
    this.panel?.afterRefresh(teamImport.refresh);
  }

  /** After people's files were imported: draws the new team; `ids` are the people the files held. */
  protected imported(snapshot: Snapshot<TeamData>, _ids: string[]): void {
    this.data = snapshot.data;
    this.render(this.data, 'import');
    this.panel?.refresh();
  }

  protected exportFile(team: TeamData): DownloadFile {
    return { name: datedFileName(['growth-team'], 'json'), type: 'application/json', text: this.store.exportText(team) };
  }
}
