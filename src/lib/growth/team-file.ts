/**
 * A team file (the data panel's export on the manager's view and calibration) chosen where people's
 * records are imported: told apart from a person's record by the tool its envelope names, whatever
 * its version, so that a newer team file is not called another page's export on the very page that
 * made it. Pure: team-import.ts reads the files and shows the words.
 */
import { isObject, type ToolSpec } from '../browser/store.ts';
import { parseExport } from '../browser/parse-export.ts';

/** The tool an export's text names in its envelope; undefined when it names none or is not JSON. */
export function exportTool(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value['tool'] : undefined;
  } catch {
    return undefined;
  }
}

/** Where a team file is imported: under the data panel's heading on the page, or “in the data panel” when the page gives it none. */
const panelPlace = (panelHeading: string | null | undefined): string => {
  const heading = panelHeading?.trim();
  return heading ? `under “${heading}”` : 'in the data panel';
};

/** Why a team file (the data panel's export) chosen as a person's record is not imported there, and where it is. */
export const teamFileRefusal = (fileName: string, panelHeading: string | null | undefined): string => `“${fileName}”: a team file: import it ${panelPlace(panelHeading)}.`;

/**
 * Why `text`, chosen as a person's record, is not imported there when it is a team file of `team`'s
 * tool: where to import it (`teamFileRefusal`) and, when even the data panel cannot read it (a newer
 * version), why and what to do. Null when it is no team file.
 */
export function refuseTeamFile(team: ToolSpec<unknown>, fileName: string, text: string, panelHeading: string | null | undefined): string | null {
  if (exportTool(text) !== team.tool) return null;
  const read = parseExport(team, text);
  return read.ok ? teamFileRefusal(fileName, panelHeading) : `“${fileName}”: a team file (to import ${panelPlace(panelHeading)}), but ${read.error}.`;
}
