/**
 * Calendar arithmetic on plain dates (UTC, no time of day) and ISO 8601 formatting for every
 * granularity the record knows: 2025-04-03, 2025-W14, 2025-04, 2025-Q2, 2025, 199X, 19XX.
 */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

/** the calendar date an ISO date or date-time names, as the publisher wrote it (its own time zone) */
export function parsePublished(value: string | null | undefined): PlainDate | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match) return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return null;
  return { year: parsed.getUTCFullYear(), month: parsed.getUTCMonth() + 1, day: parsed.getUTCDate() };
}

export function validDate(year: number, month: number, day: number): PlainDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** months added with the day clamped to the target month's length */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: PlainDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDay(date: PlainDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoQuarter(year: number, quarter: number): string {
  return `${pad(year, 4)}-Q${quarter}`;
}

/** ISO 8601 week date of the week containing `date`, e.g. "2019-W47" */
export function isoWeek(date: PlainDate): string {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const dayNumber = d.getUTCDay() || 7; // Monday = 1 … Sunday = 7
  d.setUTCDate(d.getUTCDate() + 4 - dayNumber); // the Thursday of this week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

/** "199X" for the 1990s */
export function isoDecade(startYear: number): string {
  return `${String(Math.floor(startYear / 10))}X`;
}

/** "19XX" for the 20th century */
export function isoCentury(ordinal: number): string {
  return `${pad(ordinal - 1)}XX`;
}
