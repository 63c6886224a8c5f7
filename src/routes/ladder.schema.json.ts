/** `/ladder.schema.json`: the JSON Schema of `/ladder.json`, generated from the Zod schemas. */
import type { APIRoute } from 'astro';
import { ladderJsonSchema } from '~/schemas/export';
import { ladderSchemaRoute } from '~/lib/site/urls';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(ladderJsonSchema(new URL(ladderSchemaRoute.href, site ?? 'http://localhost').href), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
