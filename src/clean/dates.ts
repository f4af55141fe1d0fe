/**
 * Publication dates as ISO 8601: machine dates (ISO, RFC 2822, compact) keep their time and offset;
 * dates written for readers ("Nov 19, 2019", "25. September 2018", "19 de novembro de 2019") give
 * the day. A date without a zone is never shifted by the machine's time zone.
 */

/** month names and abbreviations in the languages news pages are most often written in */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'jänner'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'desember'],
];

const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
export function isMonthName(word: string): boolean {
  return MONTH_NUMBER.has(word.toLowerCase());
}

const MONTH = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;

/** "Nov 19, 2019", "November 19th 2019" */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'iu');
/** "19 Nov 2019", "25. September 2018", "19 de novembro de 2019" */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?${MONTH}(?![\\p{L}])\\s*(?:de\\s+)?,?\\s*((?:19|20)\\d{2})\\b`, 'iu');
/** "2019-11-19", "2019/11/19", "2019.11.19" inside text */
const YEAR_MONTH_DAY = /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
/** "19.11.2019" (day first: the dotted form is European) */
const DOTTED_DAY_MONTH_YEAR = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/;

const pad = (n: number) => String(n).padStart(2, '0');

function plausible(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= new Date().getUTCFullYear() + 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function day(year: number, month: number, dayOfMonth: number): string | null {
  return plausible(year, month, dayOfMonth) ? `${year}-${pad(month)}-${pad(dayOfMonth)}` : null;
}

/** the first date written for readers in a piece of text, as YYYY-MM-DD */
export function dateInText(text: string): string | null {
  let m = text.match(MONTH_DAY_YEAR);
  if (m) return day(Number(m[3]), MONTH_NUMBER.get(m[1].toLowerCase())!, Number(m[2]));
  m = text.match(DAY_MONTH_YEAR);
  if (m) return day(Number(m[3]), MONTH_NUMBER.get(m[2].toLowerCase())!, Number(m[1]));
  m = text.match(YEAR_MONTH_DAY);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = text.match(DOTTED_DAY_MONTH_YEAR);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
/** an explicit zone makes a free-text date-time safe to convert to UTC */
const HAS_ZONE = /\b(GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\s*$/;

/** an ISO 8601 date or date-time for a date string, or null */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = text.match(ISO);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!plausible(Number(y), Number(m), Number(d))) return null;
    if (!hh) return `${y}-${m}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${z}`;
  }
  if (/^\d{8}$/.test(text)) return day(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  if (/^\d{10}$/.test(text)) {
    // Unix seconds
    const date = new Date(Number(text) * 1000);
    return plausible(date.getUTCFullYear(), 1, 1) ? date.toISOString().replace('.000Z', 'Z') : null;
  }
  // "Tue, 19 Nov 2019 10:00:00 GMT": an RFC 2822 date-time with its zone
  if (HAS_ZONE.test(text) && /[a-z]{3}/i.test(text)) {
    const parsed = Date.parse(text);
    if (!Number.isNaN(parsed)) {
      const date = new Date(parsed);
      if (plausible(date.getUTCFullYear(), 1, 1)) return date.toISOString().replace('.000Z', 'Z');
    }
  }
  return dateInText(text);
}
