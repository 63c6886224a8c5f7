/** `/ladder.json`: the whole job family as JSON, for HR tools and scripts. */
import type { APIRoute } from 'astro';
import { getLadderExport } from '~/data/export';
import { ladderSchemaRoute } from '~/lib/site/urls';

export const prerender = true;

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await getLadderExport(new URL(ladderSchemaRoute.href, site ?? 'http://localhost').href), null, 2), {
    headers: { 'content-type': 'application/json' },
  });
