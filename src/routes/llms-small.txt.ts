/** `/llms-small.txt`, sized for a model’s context: see src/lib/llms/llms-txt.ts. */
import type { APIRoute } from 'astro';
import { getLlmsFile } from '~/data/llms';

export const prerender = true;

export const GET: APIRoute = async () => new Response(await getLlmsFile('small'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
