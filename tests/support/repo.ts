import { join } from 'node:path';

/** The repository's root, for tests that read its real content or fixtures wherever they sit. */
export const repoRoot = join(import.meta.dirname, '../..');
