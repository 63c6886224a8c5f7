import { describe, expect, it } from 'vitest';
import { withDataDates, type NewestCommit } from './last-updated';

const page = (body: string, time = '<time datetime="2026-03-01T10:00:00.000Z">Mar 1, 2026</time>') =>
  `<html lang="en"><body><main>${body}</main><footer class="sl-flex"><div class="meta"><a href="#">Edit page</a><p>Last updated: ${time}</p></div></footer></body></html>`;
const mark = (file: string) => `<template data-edited-in="${file}"></template>`;
const commits = (dates: Record<string, string>): NewestCommit => (files) => {
  const known = files.map((f) => dates[f]).filter((d): d is string => d !== undefined).map((d) => new Date(d).getTime());
  return known.length ? new Date(Math.max(...known)) : undefined;
};

describe('withDataDates', () => {
  it('moves “Last updated” to the newest commit of the data files the page names, written as Starlight writes dates', () => {
    const html = withDataDates(page(`${mark('content/a.yaml')}<p>x</p>${mark('content/b.yaml')}`), commits({ 'content/a.yaml': '2026-04-02T08:00:00Z', 'content/b.yaml': '2026-05-20T23:30:00Z' }));
    expect(html).toContain('<time datetime="2026-05-20T23:30:00.000Z">May 20, 2026</time>');
    expect(html).not.toContain('Mar 1, 2026');
  });

  it('keeps the page’s own date when it is newer than its data, or when its data was never committed', () => {
    const html = page(mark('content/a.yaml'));
    expect(withDataDates(html, commits({ 'content/a.yaml': '2026-01-01T00:00:00Z' }))).toBe(html);
    expect(withDataDates(html, commits({}))).toBe(html);
  });

  it('leaves pages without data files, or without a date, as they are', () => {
    const noData = page('<p>Only prose</p>');
    expect(withDataDates(noData, () => new Date('2027-01-01'))).toBe(noData);
    const noDate = page(mark('content/a.yaml'), '').replace('<p>Last updated: </p>', '');
    expect(withDataDates(noDate, () => new Date('2027-01-01'))).toBe(noDate);
  });

  it('changes only the footer’s date, not a time element in the content', () => {
    const html = withDataDates(page(`<time datetime="2020-01-01">Jan 1, 2020</time>${mark('content/a.yaml')}`), () => new Date('2026-06-01T00:00:00Z'));
    expect(html).toContain('<time datetime="2020-01-01">Jan 1, 2020</time>');
    expect(html).toContain('<time datetime="2026-06-01T00:00:00.000Z">Jun 1, 2026</time>');
  });

  it('reads the date however the element is annotated (the dev server adds source attributes)', () => {
    const html = withDataDates(page(mark('content/a.yaml'), '<time datetime="2026-03-01T10:00:00.000Z" data-astro-source-file="x.astro">Mar 1, 2026</time>'), () => new Date('2026-06-01T00:00:00Z'));
    expect(html).toContain('<time datetime="2026-06-01T00:00:00.000Z" data-astro-source-file="x.astro">Jun 1, 2026</time>');
  });

  it('writes the date in the page’s language, and gives the same page when run again', () => {
    const german = page(mark('content/a.yaml')).replace('lang="en"', 'lang="de"');
    const once = withDataDates(german, () => new Date('2026-06-01T00:00:00Z'));
    expect(once).toContain(`>${new Date('2026-06-01T00:00:00Z').toLocaleDateString('de', { dateStyle: 'medium', timeZone: 'UTC' })}</time>`);
    expect(withDataDates(once, () => new Date('2026-06-01T00:00:00Z'))).toBe(once);
  });
});
