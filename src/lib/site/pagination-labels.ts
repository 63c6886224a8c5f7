/**
 * The names of the "Previous" and "Next" links at the foot of a page. Starlight names them by their
 * sidebar label, and each section's first page is labelled “Overview” in the sidebar, where its
 * group says which; at the foot of the hiring section's last page, “Next: Overview” does not say
 * that it leads into onboarding. A link into another top-level section of the sidebar carries that
 * section's name: “Onboarding: Overview”.
 */

/** A sidebar entry, as far as this reads it (Starlight's route data). */
export type SidebarEntry = { type: 'link'; label: string; href: string } | { type: 'group'; label: string; entries: readonly SidebarEntry[] };

/** The label of the top-level group of `sidebar` that holds a link to `href`; undefined for a link outside every group. */
export function sectionOf(sidebar: readonly SidebarEntry[], href: string): string | undefined {
  const holds = (entry: SidebarEntry): boolean => (entry.type === 'link' ? entry.href === href : entry.entries.some(holds));
  return sidebar.find((entry) => entry.type === 'group' && holds(entry))?.label;
}

/** The label of a link from the page at `from` to `link`: with its section's name when it leads into another section. */
export function paginationLabel(sidebar: readonly SidebarEntry[], from: string, link: { label: string; href: string }): string {
  const section = sectionOf(sidebar, link.href);
  if (section === undefined || section === sectionOf(sidebar, from) || link.label.includes(section)) return link.label;
  return `${section}: ${link.label}`;
}
