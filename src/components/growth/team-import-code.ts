/**
 * What the team import (team-import.ts) runs only when a manager imports people's files: reading
 * each file and the plan of the team after it, in words. Loaded with `import()` (lazy-code.ts), as
 * the data panel's import code is (tools/import-code.ts).
 */
export { parseImport } from '~/lib/browser/parse-export';
export { planTeamImport, teamPlanText } from '~/lib/growth/team-import-plan';
export { refuseTeamFile } from '~/lib/growth/team-file';
