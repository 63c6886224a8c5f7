/** `/ladder.json`: the whole job family as JSON, for HR tools and scripts. */
import type { APIRoute } from 'astro';
import { getLadderExport } from '~/data/export';
import { ladderSchemaRoute } from '~/lib/site/urls';
import { absoluteUrl } from '~/site';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getLadderExport(absoluteUrl(ladderSchemaRoute.href)), null, 2), {
    headers: { 'content-type': 'application/json' },
  });
