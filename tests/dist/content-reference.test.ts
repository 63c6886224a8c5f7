import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText } from '../support/html-text';
import { distDir, requireDist } from '../support/dist';
import { collectionPath, dataCollections } from '../../src/schemas/collections';
import { describeFields, howCollectionIsRead } from '../../src/lib/content/schema-doc';
import { collectionReferenceRoute } from '../../src/lib/site/urls';

describe('the Content reference', () => {
  requireDist();
  const pageOf = (name: string) => join(distDir, collectionReferenceRoute.href(name), 'index.html');

  it.each(dataCollections.map((c) => [c.name, c] as const))('has a page for %s that names its file and how the file is read', (name, c) => {
    expect(existsSync(pageOf(name)), `no page ${collectionReferenceRoute.href(name)}`).toBe(true);
    const text = mainText(readFileSync(pageOf(name), 'utf8'));
    const file = collectionPath(c);
    expect(text).toContain(file);
    // The page says how its file is read (a list, one file per folder, one file as a whole), as
    // schema-doc.ts words it; its backticked words show as code, whose tags the text drops.
    const hasIds = describeFields(c.schema).some((f) => f.path === 'id');
    expect(text, file).toContain(howCollectionIsRead(c, hasIds).replaceAll('`', ''));
  });
});
