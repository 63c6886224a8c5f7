import { existsSync } from 'node:fs';
import { loadContent, type LoadedContent } from '../lib/content/validation/load.ts';
import { inLadderOrder } from '../lib/ladder/level-order.ts';
import { browseHref, compareIndexHref, competencyHref, levelHref } from '../lib/site/urls.ts';

type SidebarItem =
  | { label: string; link: string }
  | { label: string; items: SidebarItem[]; collapsed?: boolean }
  | { label: string; items: [{ autogenerate: { directory: string } }]; collapsed?: boolean }
  | { autogenerate: { directory: string } };

/**
 * The sidebar, built from the content at config time: one group per role description folder, the
 * ladder's levels and competencies from data, and the guide folders that exist. Generated
 * comparison pages stay out of it (every page carries the whole sidebar). `content` is what
 * `loadContent(root)` read, when the caller has it already.
 */
export function sidebar(root = process.cwd(), { entries }: Pick<LoadedContent, 'entries'> = loadContent(root)): SidebarItem[] {
  const roles = entries.filter((e) => e.collection === 'roles' && e.valid);
  const tracks = entries.filter((e) => e.collection === 'tracks').map((e) => e.id);
  const levels = inLadderOrder(
    roles.map((r) => ({ id: r.id, ...(r.data as { title: string; track: string; rank: number }) })),
    tracks,
  );
  const competencies = entries.filter((e) => e.collection === 'competencies' && e.valid).map((c) => ({ id: c.id, name: (c.data as { name: string }).name }));
  return sidebarOf({ levels, competencies, hasDocs: (d) => existsSync(`${root}/content/docs/${d}`) });
}

/**
 * The sidebar of a ladder: its levels in ladder order, its competencies in file order, and the
 * folders of content/docs that have pages. Pure, so that the printable handbook and llms-full.txt
 * (src/data/handbook-document.ts) read the same sidebar from the data they already hold.
 */
export function sidebarOf({ levels, competencies, hasDocs: dir }: { levels: { id: string; title: string }[]; competencies: { id: string; name: string }[]; hasDocs: (directory: string) => boolean }): SidebarItem[] {
  const auto = (label: string, directory: string, collapsed = false): SidebarItem[] =>
    dir(directory) ? [{ label, collapsed, items: [{ autogenerate: { directory } }] }] : [];

  return [
    ...levels.filter((l) => dir(`roles/${l.id}`)).flatMap((l) => auto(l.title, `roles/${l.id}`)),
    {
      label: 'Career ladder',
      items: [
        // The ladder's guide pages (overview, map, promotion), then the pages generated from data.
        // The comparison pages stay out of the sidebar; "Compare levels" lists them.
        ...(dir('ladder') ? [{ autogenerate: { directory: 'ladder' } } as SidebarItem] : []),
        { label: 'Compare levels', link: compareIndexHref },
        { label: 'Levels', collapsed: true, items: levels.map((l) => ({ label: l.title, link: levelHref(l.id) })) },
        {
          label: 'Competencies',
          collapsed: true,
          items: competencies.map((c) => ({ label: c.name, link: competencyHref(c.id) })),
        },
      ],
    },
    ...auto('Hiring', 'hiring'),
    ...auto('Onboarding', 'onboarding'),
    ...auto('Your growth', 'growth'),
    ...auto('Reference', 'reference', true),
    // Every page by content type, level or track, without typing a search.
    { label: 'Browse all pages', link: browseHref },
  ];
}
