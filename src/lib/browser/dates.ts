/**
 * The one date convention of the handbook's tools.
 *
 * - A day the reader names (a goal's completion date, a check-in's date) is a **calendar date**:
 *   `YYYY-MM-DD` in the reader's own time zone, what an `<input type="date">` shows. It is checked
 *   strictly: `2026-02-31` is refused, not rolled over to March.
 * - A moment the tool records (`savedAt`, `updatedAt`) is a **timestamp**: ISO 8601 in UTC
 *   (`2026-03-14T09:30:00.000Z`), from `Date.prototype.toISOString`.
 *
 * Imported by the islands: no Astro or Node imports; zod/mini keeps it small.
 */
import * as z from 'zod/mini';

const calendarDateShape = /^(\d{4})-(\d{2})-(\d{2})$/;
const timestampShape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Why `text` is not a calendar date, in words, or `null` when it is one. The message names what is
 * wrong, e.g. “2026-02-31 is not a date: February 2026 has 28 days”.
 */
export function calendarDateProblem(text: string): string | null {
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  const match = calendarDateShape.exec(text);
  if (!match) return `“${shown}” is not a date written YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return `${text} is not a date: there is no year 0000`;
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${match[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${text} is not a date: ${monthNames[month - 1]} ${year} has ${days} days`;
  return null;
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export const isCalendarDate = (text: string): boolean => calendarDateProblem(text) === null;

/** The calendar date of a moment in the reader's own time zone (what a date input shows for “today”). */
export function localCalendarDate(moment: Date = new Date()): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * Why `date` cannot name a day that has already come, or `null` when it is `today` or earlier. Both
 * are calendar dates; `today` is the reader's own (`localCalendarDate()`), passed in so that the
 * logic that asks stays pure. Calendar dates written `YYYY-MM-DD` compare as text.
 */
export function futureDateProblem(date: string, today: string): string | null {
  return date > today ? `${calendarDateText(date)} is after today, ${calendarDateText(today)}` : null;
}

/** The calendar date `days` whole days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const moment = new Date(0);
  // setUTCFullYear, not Date.UTC: years 0001 to 0099 stay themselves (Date.UTC reads them as 19xx).
  moment.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return `${pad(moment.getUTCFullYear(), 4)}-${pad(moment.getUTCMonth() + 1)}-${pad(moment.getUTCDate())}`;
}

/**
 * Days a file's dates may run ahead of the reader's today before they are pointed out. A date is a
 * calendar day in the zone of whoever recorded it: a file made today by someone a few hours ahead (a
 * manager in Sydney, read in Lisbon) can hold their today, which is still tomorrow here. Two places'
 * calendar days are at most one apart for all but an hour a day between the very furthest zones, so
 * one day of slack passes such a file without a word and still names a date that has not come anywhere.
 */
export const importDateSlack = 1;

/** Whether a calendar date read from a file lies after `today` (the reader's) by more than `importDateSlack`: a day that has come nowhere yet. */
export const dateNotComeAnywhere = (date: string, today: string): boolean => date > addDays(today, importDateSlack);

/** A moment as the tools record it: ISO 8601 in UTC. */
export const timestamp = (moment: Date = new Date()): string => moment.toISOString();

/** True when `text` is a timestamp as `timestamp()` writes it and names a real moment. */
export function isTimestamp(text: string): boolean {
  return timestampShape.test(text) && isCalendarDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

/** Whole days from `from` to `to` (negative when `to` is earlier); both calendar dates. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** A calendar date in words, the same in every browser: `14 March 2026`. */
export function calendarDateText(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthNames[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** Schema of a calendar date, for the tools' stored data. */
export const calendarDateSchema = z.string().check(
  z.refine(isCalendarDate, { message: 'expected a real date written YYYY-MM-DD' }),
);

/** Schema of a timestamp, for the tools' stored data. */
export const timestampSchema = z.string().check(z.refine(isTimestamp, { message: 'expected a time such as 2026-03-14T09:30:00.000Z' }));
