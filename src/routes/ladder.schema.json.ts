/** `/ladder.schema.json`: the JSON Schema of `/ladder.json`, generated from the Zod schemas. */
import type { APIRoute } from 'astro';
import { ladderJsonSchema } from '~/schemas/export';
import { ladderSchemaRoute } from '~/lib/site/urls';
import { absoluteUrl } from '~/site';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(ladderJsonSchema(absoluteUrl(ladderSchemaRoute.href)), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
