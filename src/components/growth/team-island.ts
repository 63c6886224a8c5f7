/**
 * The base of the islands of the records a manager imported (`handbook:growth-team`): the manager's
 * view and calibration, with the import of people's files (team-import.ts).
 */
import { ToolIsland } from '../tools/tool-island.ts';
import type { DownloadFile } from '~/lib/browser/download';
import type { Snapshot, ToolSpec } from '~/lib/browser/store';
import type { GrowthRecord } from '~/lib/growth/growth-record';
import { localCalendarDate } from '~/lib/browser/dates';
import { teamFutureRecordsNote } from '~/lib/growth/team';
import { growthSpec, teamSpec, type TeamData } from '~/lib/growth/growth-store';
import type { Ladder } from '~/lib/growth/self-assessment';
import { readModel } from './growth-islands.ts';
import { enhanceTeamImport } from './team-import.ts';
import { clearUndoMinutes } from '~/lib/browser/store';
import { asSentence } from '~/lib/text/sentence';
import { stampTeamChanges } from '~/lib/growth/changed-at';

export abstract class TeamIsland extends ToolIsland<TeamData> {
  protected ladder!: Ladder;
  /** One person's record, as their file holds it. */
  protected personSpec!: ToolSpec<GrowthRecord>;
  #importing = false;
  protected readonly clearWords = {
    what: 'every record of your team, with your reviews',
    confirm: `Delete every record of your team, with your reviews, from this browser? You can undo it in the next ${clearUndoMinutes} minutes; export the team first to keep a copy.`,
  };

  protected abstract enhance(): void;

  /** Each review (or other part of a person's record) a change touches stamped, each part it deleted remembered (changed-at.ts). */
  protected override stamped(before: TeamData, after: TeamData): TeamData {
    return stampTeamChanges(before, after, new Date().toISOString());
  }

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
      toolPages: this.toolPages,
      done: (snapshot, ids) => this.imported(snapshot, ids),
      undo: () => this.panel?.undo({ quiet: true }) ?? { ok: false, text: 'Nothing to undo.' },
    });
    this.panel?.afterRefresh(teamImport.refresh);
  }

  /** A team file holding a person's records dated after today (past a day's slack for time zones) is imported, and the person named. */
  protected override describeImport(team: TeamData): string {
    const note = teamFutureRecordsNote(this.ladder, team, localCalendarDate());
    return note ? asSentence(note) : '';
  }

  /** After people's files were imported: draws the new team; `ids` are the people the files held. */
  protected imported(snapshot: Snapshot<TeamData>, _ids: string[]): void {
    this.take(snapshot, 'import');
    this.panel?.refresh();
  }

  protected exportFile(team: TeamData): DownloadFile {
    return { name: this.fileName(), type: 'application/json', text: this.store.exportText(team) };
  }
}
