import { describe, expect, it } from 'vitest';
import { paginationLabel, sectionOf, type SidebarEntry } from './pagination-labels';

const link = (label: string, href: string): SidebarEntry => ({ type: 'link', label, href });
const sidebar: SidebarEntry[] = [
  link('Home', '/'),
  { type: 'group', label: 'Hiring', entries: [link('Overview', '/hiring/'), link('Debrief', '/hiring/debrief/')] },
  { type: 'group', label: 'Onboarding', entries: [link('Overview', '/onboarding/'), { type: 'group', label: 'Tools', entries: [link('Tracker', '/onboarding/tracker/')] }] },
];

describe('a Previous or Next link', () => {
  it('names the section it leads into when that is another section', () => {
    expect(paginationLabel(sidebar, '/hiring/debrief/', { label: 'Overview', href: '/onboarding/' })).toBe('Onboarding: Overview');
    expect(paginationLabel(sidebar, '/onboarding/', { label: 'Debrief', href: '/hiring/debrief/' })).toBe('Hiring: Debrief');
  });
  it('keeps its label within a section, nested groups included, outside every group, and when it names its section already', () => {
    expect(paginationLabel(sidebar, '/onboarding/', { label: 'Tracker', href: '/onboarding/tracker/' })).toBe('Tracker');
    expect(paginationLabel(sidebar, '/hiring/', { label: 'Home', href: '/' })).toBe('Home');
    expect(paginationLabel(sidebar, '/', { label: 'Hiring overview', href: '/hiring/' })).toBe('Hiring overview');
  });
  it('finds its section among the top-level groups only', () => {
    expect(sectionOf(sidebar, '/onboarding/tracker/')).toBe('Onboarding');
    expect(sectionOf(sidebar, '/elsewhere/')).toBeUndefined();
  });
});
