/**
 * Files the tools offer for download: exports, Markdown summaries, unreadable data kept aside.
 * A download is a Blob URL, so nothing goes over the network.
 */
import { localCalendarDate } from './dates.ts';

export interface DownloadFile {
  /** File name the browser suggests, e.g. `scorecards-lead-ml-engineer-2026-03-14.json`. */
  name: string;
  /** Media type, e.g. `application/json`. */
  type: string;
  text: string;
}

/** How long a Blob URL lives after the click: long enough for a slow “Save as” dialog to read it. */
const blobLifetimeMs = 60_000;

/** Offers `file` for download through a temporary link; `doc` is the page's document. */
export function downloadFile(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), blobLifetimeMs);
}

/** A file name part from free text: `Ada Lovelace` → `ada-lovelace`; `fallback` when nothing is left. */
export function fileSlug(text: string, fallback = 'file'): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      // An apostrophe joins its word (“Manager’s view” → `managers-view`).
      .replace(/[\u0300-\u036f'’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || fallback
  );
}

/** A file name dated with the reader's calendar date: `datedFileName(['scorecards', 'lead'], 'json')` → `scorecards-lead-2026-03-14.json`. */
export function datedFileName(parts: readonly string[], extension: string, date: string = localCalendarDate()): string {
  return `${[...parts.map((p) => fileSlug(p)), date].join('-')}.${extension}`;
}
