import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText } from '../support/html-text';
import { distDir, requireDist } from '../support/dist';
import { collectionPath, dataCollections } from '../../src/schemas/collections';
import { collectionReferenceRoute } from '../../src/lib/site/urls';

describe('the Content reference', () => {
  requireDist();
  const pageOf = (name: string) => join(distDir, collectionReferenceRoute.href(name), 'index.html');

  it.each(dataCollections.map((c) => [c.name, c] as const))('has a page for %s that names its file and how the file is read', (name, c) => {
    expect(existsSync(pageOf(name)), `no page ${collectionReferenceRoute.href(name)}`).toBe(true);
    const text = mainText(readFileSync(pageOf(name), 'utf8'));
    const file = collectionPath(c);
    expect(text).toContain(file);
    // A document named by a pattern is one file per folder, its id the folder's name; a document
    // named outright (content/family/family.yaml) is one file, with no folder to name it.
    const perFolder = c.kind === 'document' && c.pattern.includes('*');
    expect(text.includes('the name of the folder that holds it'), file).toBe(perFolder);
  });
});
