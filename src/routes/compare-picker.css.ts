/** `/ladder/compare-picker.css`: the rules that show the comparison picker's chosen pair, for the levels of the ladder. */
import type { APIRoute } from 'astro';
import { getLadder } from '~/data/ladder';
import { comparePickerCss } from '~/lib/ladder/compare-picker';

export const prerender = true;

export const GET: APIRoute = async () => new Response(comparePickerCss((await getLadder()).order), { headers: { 'content-type': 'text/css; charset=utf-8' } });
