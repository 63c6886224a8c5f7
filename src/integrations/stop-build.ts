import type { AstroIntegrationLogger } from 'astro';

/**
 * Stops `astro build` on a problem in the content, showing the author the report and nothing else.
 * A hook that throws makes Astro frame the report as “An unhandled error occurred while running the
 * … hook”, with the hook's location in our code and a stack trace, as if the handbook's code had
 * failed rather than the content; Astro has no error a hook can throw that it prints plainly.
 */
export function stopBuild(logger: AstroIntegrationLogger, report: string): never {
  logger.error(report);
  process.exit(1);
}
