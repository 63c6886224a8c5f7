/** The three llms files, from the handbook as one document (src/data/handbook-document.ts). */
import { llmsFull, llmsIndex, llmsSmall, type LlmsSite } from '~/lib/llms/llms-txt';
import { homeHref, llmsRoutes } from '~/lib/site/urls';
import { siteUrl } from '~/site';
import { getHandbookDocument } from './handbook-document';
import { getFrameworkVersion } from './releases';

export async function getLlmsFile(file: keyof typeof llmsRoutes): Promise<string> {
  const pages = await getHandbookDocument();
  const home = pages.find((p) => p.href === homeHref);
  const { version, sentence: versionSentence } = await getFrameworkVersion();
  const site: LlmsSite = { title: home?.title ?? 'Handbook', description: home?.description ?? '', url: siteUrl, version, versionSentence };
  if (file === 'full') return llmsFull(site, pages);
  if (file === 'small') return llmsSmall(site, pages);
  return llmsIndex(site, pages, { full: llmsRoutes.full, small: llmsRoutes.small });
}
