import type { TestProject } from 'vitest/node';
import { machine, MissingToolsError, provideTools, type ToolName } from '../../scripts/test-tools.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The path of each program the project's tests run (scripts/test-tools.ts). */
    tools: Partial<Record<ToolName, string>>;
  }
}

/** The programs each test project runs besides Node. */
const needs: Record<string, readonly ToolName[]> = { dist: ['java'], browser: ['chromium', 'nginx'] };

/**
 * Vitest global setup of the dist and browser projects: finds or installs the programs their tests
 * run before any test starts, and hands their paths to the tests (`inject('tools')`). A program
 * that cannot be installed stops the run with one message saying what to run; no test is skipped.
 */
export default async function setup(project: TestProject): Promise<void> {
  try {
    project.provide('tools', await provideTools(needs[project.name] ?? [], machine()));
  } catch (error) {
    // The message says everything; a stack trace would only bury it.
    if (error instanceof MissingToolsError) error.stack = error.message;
    throw error;
  }
}
