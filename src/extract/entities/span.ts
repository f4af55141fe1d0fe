/** What the recognisers pass along: candidate name spans over the words of an article. */
import type { PlaceKind } from '../../record.js';
import type { GazetteerEntry } from '../../normalise/gazetteer.js';
import type { Word } from './00-words.js';

export type EntityType = 'PERSON' | 'PLACE' | 'ORG';

export interface Span {
  /** first word index */
  first: number;
  /** exclusive word index */
  last: number;
  start: number;
  end: number;
  text: string;
  /** titles written before the name ("President", "Kazakh President" -> "President") */
  titles: string[];
  /** every word's capital is positional (sentence start, heading): weak evidence of a name */
  positional: boolean;
  type: EntityType | null;
  /** why the type was chosen: the lexicon reason or rule name */
  reason: string;
  /** an event, law or product name ("World Cup"): not reported, and no pass types it */
  misc?: boolean;
  /** a decision later passes must not overturn */
  certain: boolean;
  /** gazetteer readings, best first (places only) */
  places?: readonly GazetteerEntry[];
  placeKind?: PlaceKind;
  /** the words around it say it is a place ("in X", "X, Texas", "X is a village"): a same-named person does not overrule it */
  placeContext?: boolean;
  /** the country of a place outside the gazetteer when its own words tell it ("Old Trafford" → GB) */
  countryOf?: string | null;
}

/** `a` and `b` are neighbours in a list: one or two of `separators` between them (", and"), in one sentence */
export function listedTogether(words: readonly Word[], a: Span, b: Span, separators: ReadonlySet<string>): boolean {
  const between = words.slice(a.last, b.first);
  return between.length >= 1 && between.length <= 2 && between.every((w) => separators.has(w.lower)) && words[a.first].sentence === words[b.first].sentence;
}
