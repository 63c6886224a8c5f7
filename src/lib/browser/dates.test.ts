import { describe, expect, it } from 'vitest';
import { addDays, calendarDateProblem, dateNotComeAnywhere, importDateSlack, calendarDateSchema, calendarDateText, daysBetween, futureDateProblem, isCalendarDate, isTimestamp, localCalendarDate, timestamp } from './dates';

describe('calendar dates', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '0001-01-01'])('accepts %s', (date) => expect(isCalendarDate(date)).toBe(true));
  it.each([
    ['2026-02-31', '2026-02-31 is not a date: February 2026 has 28 days'],
    ['2025-02-29', '2025-02-29 is not a date: February 2025 has 28 days'],
    ['2026-04-31', '2026-04-31 is not a date: April 2026 has 30 days'],
    ['2026-13-01', '2026-13-01 is not a date: there is no month 13'],
    ['2026-00-10', '2026-00-10 is not a date: there is no month 00'],
    ['2026-01-00', '2026-01-00 is not a date: January 2026 has 31 days'],
    ['0000-01-01', '0000-01-01 is not a date: there is no year 0000'],
    ['2026-1-5', '“2026-1-5” is not a date written YYYY-MM-DD'],
    ['14/03/2026', '“14/03/2026” is not a date written YYYY-MM-DD'],
    ['2026-03-14T00:00', '“2026-03-14T00:00” is not a date written YYYY-MM-DD'],
  ])('refuses %s, saying why', (date, message) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(calendarDateProblem(date)).toBe(message);
    expect(calendarDateSchema.safeParse(date).success).toBe(false);
  });

  it('names the reader’s local day, not the UTC one', () => {
    // Late in the evening of a local day: the local date, whatever the offset of the machine.
    const evening = new Date(2026, 2, 14, 23, 30);
    expect(localCalendarDate(evening)).toBe('2026-03-14');
    expect(localCalendarDate(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
  });

  it('finds a date after today, across months and years, and takes today and earlier', () => {
    expect(futureDateProblem('2026-03-15', '2026-03-14')).toBe('15 March 2026 is after today, 14 March 2026');
    expect(futureDateProblem('2027-01-01', '2026-12-31')).toBe('1 January 2027 is after today, 31 December 2026');
    expect(futureDateProblem('2026-03-14', '2026-03-14')).toBeNull();
    expect(futureDateProblem('2025-12-31', '2026-01-01')).toBeNull();
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-03-14', 1)).toBe('2026-03-15');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('0050-06-30', 1)).toBe('0050-07-01');
  });

  it('counts days across months and years, and writes dates in words', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(calendarDateText('2026-03-04')).toBe('4 March 2026');
  });
});

describe('a date in a file that has come nowhere yet', () => {
  it('passes the slack of a reader a day behind the writer, and names what lies beyond it, across a month’s end', () => {
    const today = '2026-01-31';
    expect(dateNotComeAnywhere(today, today)).toBe(false);
    expect(dateNotComeAnywhere(addDays(today, importDateSlack), today)).toBe(false);
    expect(dateNotComeAnywhere(addDays(today, importDateSlack + 1), today)).toBe(true);
  });
});

describe('timestamps', () => {
  it('are ISO 8601 in UTC', () => {
    const t = timestamp(new Date(Date.UTC(2026, 2, 14, 9, 30)));
    expect(t).toBe('2026-03-14T09:30:00.000Z');
    expect(isTimestamp(t)).toBe(true);
  });
  it.each(['2026-03-14', '2026-03-14T09:30:00+01:00', '2026-02-31T09:30:00.000Z', 'yesterday', ''])('refuses %s', (t) => expect(isTimestamp(t)).toBe(false));
});
