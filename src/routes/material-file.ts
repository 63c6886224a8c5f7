/**
 * A file of an exercise's materials, as it is (a diff, a log), drawn (a chart as SVG) or packed
 * (a folder as ZIP): `/hiring/materials/<exercise>/<audience>/<file>`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllMaterials } from '~/data/materials';
import type { PublishedFile } from '~/lib/hiring/materials';

export const getStaticPaths = (() =>
  getAllMaterials().flatMap((set) =>
    set.files.map((file) => ({ params: { exercise: set.exercise, audience: file.audience, file: file.name }, props: { file } })),
  )) satisfies GetStaticPaths;

// `slice()` gives the Response a copy backed by a plain ArrayBuffer, as its type asks.
export const GET: APIRoute<{ file: PublishedFile }> = ({ props }) => new Response(props.file.bytes.slice());
