import type { AstroIntegrationLogger } from 'astro';

/**
 * Stops `astro build` on a problem its author must fix (the content's, or a broken link in the built
 * pages), showing the report and nothing else. A hook that throws makes Astro frame the report as
 * “An unhandled error occurred while running the … hook”, with the hook's location in our code and a
 * stack trace, as if the handbook's code had failed; Astro has no error a hook can throw that it
 * prints plainly. The report is written before the exit: Node writes to files, terminals and (on
 * Linux, where CI runs) pipes synchronously.
 */
export function stopBuild(logger: AstroIntegrationLogger, report: string): never {
  logger.error(report);
  process.exit(1);
}
