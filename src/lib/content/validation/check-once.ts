import type { z } from 'astro/zod';

/**
 * The parse options of the content's schema checks, which run once per entry as a build or the
 * validator starts. Zod compiles each object schema's fast path (a `new Function` of its keys) on the
 * schema's first parse and warms it over the next ones: worth it for a schema parsed thousands of
 * times, not for one pass over the content, where the compiled code barely runs before the check ends
 * (reading the content in a fresh process, six alternate runs: CPU median 0.61 s compiled, 0.55 s
 * without). The value and the issues are the same either way (check-once.test.ts).
 */
export const checkOnce = { jitless: true } as const satisfies z.core.ParseContext<z.core.$ZodIssue>;
