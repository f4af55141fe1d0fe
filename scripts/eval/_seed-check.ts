/**
 * Checks a record against ../shared/seed/expected.json: every `must` item is ok, missing or wrong,
 * every `mustNot` item is ok or an error. Names compare case-insensitively after trimming punctuation.
 */
import type { ArticleRecord } from '../../src/record.js';

export interface SeedCheck {
  section: string;
  item: string;
  status: 'ok' | 'missing' | 'wrong' | 'forbidden';
  detail?: string;
}

type Expected = Record<string, { must?: Record<string, unknown>[]; mustNot?: string[] } | string>;

export const normName = (s: string | null | undefined): string =>
  (s ?? '').toLowerCase().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');

const sameName = (a: string | null | undefined, b: string | null | undefined) => normName(a) === normName(b);
const includesName = (list: string[], name: string) => list.some((x) => sameName(x, name));

export function checkSeedRecord(record: ArticleRecord, expected: Expected): SeedCheck[] {
  const results: SeedCheck[] = [];
  const must = (section: string) => (typeof expected[section] === 'object' ? ((expected[section] as { must?: Record<string, unknown>[] }).must ?? []) : []);
  const mustNot = (section: string) => (typeof expected[section] === 'object' ? ((expected[section] as { mustNot?: string[] }).mustNot ?? []) : []);
  const add = (section: string, item: string, status: SeedCheck['status'], detail?: string) => results.push({ section, item, status, detail });

  for (const want of must('people') as { name: string; aliasesInclude?: string[]; titlesInclude?: string[] }[]) {
    const person = record.people.find((p) => sameName(p.name, want.name));
    if (!person) add('people', want.name, 'missing');
    else {
      const lacks = [
        ...(want.aliasesInclude ?? []).filter((a) => !includesName(person.aliases, a)).map((a) => `alias "${a}"`),
        ...(want.titlesInclude ?? []).filter((t) => !includesName(person.titles, t)).map((t) => `title "${t}"`),
      ];
      add('people', want.name, lacks.length ? 'wrong' : 'ok', lacks.length ? `lacks ${lacks.join(', ')}` : undefined);
    }
  }
  for (const name of mustNot('people')) {
    const found = record.people.some((p) => sameName(p.name, name));
    add('people', `not "${name}"`, found ? 'forbidden' : 'ok');
  }

  for (const want of must('places') as { name: string; countryCode?: string }[]) {
    const place = record.places.find((p) => sameName(p.name, want.name));
    if (!place) add('places', want.name, 'missing');
    else if (want.countryCode && place.countryCode !== want.countryCode) add('places', want.name, 'wrong', `countryCode ${place.countryCode}`);
    else add('places', want.name, 'ok');
  }
  for (const name of mustNot('places')) {
    const found = record.places.some((p) => p.name === name || p.mentions.some((m) => m.text === name));
    add('places', `not "${name}"`, found ? 'forbidden' : 'ok');
  }

  for (const want of must('organizations') as { name: string; aliasesInclude?: string[] }[]) {
    const org = record.organizations.find((o) => sameName(o.name, want.name));
    if (!org) add('organizations', want.name, 'missing');
    else {
      const lacks = (want.aliasesInclude ?? []).filter((a) => !includesName(org.aliases, a));
      add('organizations', want.name, lacks.length ? 'wrong' : 'ok', lacks.length ? `lacks alias ${lacks.join(', ')}` : undefined);
    }
  }
  for (const name of mustNot('organizations')) {
    const found = record.organizations.some((o) => sameName(o.name, name) || o.mentions.some((m) => sameName(m.text, name)));
    add('organizations', `not "${name}"`, found ? 'forbidden' : 'ok');
  }

  for (const want of must('money') as { text: string; amount: number; currency: string }[]) {
    const money = record.money.find((m) => m.text === want.text);
    if (!money) add('money', want.text, 'missing');
    else if (money.amount !== want.amount || money.currency !== want.currency) add('money', want.text, 'wrong', `${money.amount} ${money.currency}`);
    else add('money', want.text, 'ok');
  }

  for (const want of must('quantities') as { text: string; value: number; unit?: string; itemIncludes?: string }[]) {
    const q = record.quantities.find((x) => x.text === want.text || x.text.startsWith(want.text));
    if (!q) add('quantities', want.text, 'missing');
    else if (q.value !== want.value || (want.unit && q.unit !== want.unit) || (want.itemIncludes && !(q.item ?? '').includes(want.itemIncludes))) {
      add('quantities', want.text, 'wrong', `${q.value} ${q.unit} of ${q.item}`);
    } else add('quantities', want.text, 'ok');
  }

  for (const want of must('dates') as { text: string; value: string; granularity: string }[]) {
    const d = record.dates.find((x) => x.text === want.text);
    if (!d) add('dates', want.text, 'missing');
    else if (d.value !== want.value || d.granularity !== want.granularity) add('dates', want.text, 'wrong', `${d.value} (${d.granularity})`);
    else add('dates', want.text, 'ok');
  }

  const nameOf = (id: string | null): string | null => {
    if (!id) return null;
    const all = [...record.people, ...record.places, ...record.organizations] as { id: string; name: string }[];
    return all.find((e) => e.id === id)?.name ?? null;
  };
  for (const want of must('events') as { type: string; participants?: string[]; place?: string; date?: string; amount?: number; currency?: string; quantity?: number; unit?: string }[]) {
    const label = `${want.type}${want.amount ? ` ${want.amount} ${want.currency}` : ''}${want.place ? ` at ${want.place}` : ''}`;
    const matches = record.events.filter((e) => e.type === want.type).filter((e) => {
      const names = e.participants.map((p) => nameOf(p.id));
      if (want.participants && !want.participants.every((n) => names.some((m) => sameName(m, n)))) return false;
      if (want.place && !sameName(nameOf(e.place), want.place)) return false;
      if (want.date && e.date !== want.date) return false;
      const money = record.money.filter((m) => e.amounts.includes(m.id));
      if (want.amount !== undefined && !money.some((m) => m.amount === want.amount && m.currency === want.currency)) return false;
      const quantities = record.quantities.filter((q) => e.amounts.includes(q.id));
      if (want.quantity !== undefined && !quantities.some((q) => q.value === want.quantity && (!want.unit || q.unit === want.unit))) return false;
      return true;
    });
    add('events', label, matches.length ? 'ok' : record.events.some((e) => e.type === want.type) ? 'wrong' : 'missing');
  }

  for (const want of must('quotes') as { speaker: string; textStartsWith: string }[]) {
    const quote = record.quotes.find((q) => q.text.startsWith(want.textStartsWith));
    if (!quote) add('quotes', want.textStartsWith, 'missing');
    else if (!sameName(nameOf(quote.speaker) ?? quote.speakerName, want.speaker)) add('quotes', want.textStartsWith, 'wrong', `speaker ${quote.speakerName}`);
    else add('quotes', want.textStartsWith, 'ok');
  }
  return results;
}
