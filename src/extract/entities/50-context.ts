/**
 * Pass 5: what the words around an unknown span say. A place noun after it ("at the Kuirektykol site",
 * "the Karagandy region") makes a place; a speech verb after it or "according to" before it makes a
 * person when the name looks like one; "X-based" makes a place.
 */
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { placeNounsAfter, placePrepositions, type PlaceWordGroup } from '../rules/entities/place-words.js';
import type { PlaceKind } from '../../record.js';
import type { Word } from './00-words.js';
import { set } from './20-structure.js';
import type { Span } from './span.js';

const speechVerbs = indexLexicon([
  {
    reason: 'speech or cognition verb: its subject is usually a person',
    words: ['said', 'says', 'told', 'tells', 'added', 'explained', 'wrote', 'writes', 'asked', 'noted', 'stated', 'argued', 'claimed', 'insisted', 'confirmed', 'replied', 'tweeted', 'commented', 'recalled', 'believes', 'thinks', 'thought', 'admitted', 'denied', 'warned', 'urged'],
  },
]);

function kinds(groups: readonly PlaceWordGroup[]): Map<string, { kind: PlaceKind; reason: string }> {
  const index = new Map<string, { kind: PlaceKind; reason: string }>();
  for (const g of groups) for (const w of g.words) index.set(w, { kind: g.kind, reason: g.reason });
  return index;
}
const placeNouns = kinds(placeNounsAfter);
const locationPrepositions = indexLexicon(placePrepositions);

export function classifyByContext(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  for (const span of spans) {
    if (span.type || span.misc) continue;
    const inner = words.slice(span.first, span.last);
    const lastWord = inner[inner.length - 1];
    const after = words[span.last];
    const commonOnly = inner.every((w) => lexicon.isCommon(w.text.toLowerCase()));
    if (lastWord.tail === 'based' || lastWord.tail === 'born') {
      if (!commonOnly) set(span, 'PLACE', `"-${lastWord.tail}" names a place`, false, 'other');
      continue;
    }
    if (after && placeNouns.has(after.text) && !lastWord.possessive && !commonOnly && !span.positional) {
      const p = placeNouns.get(after.text)!;
      set(span, 'PLACE', `${p.reason}: "${after.text}"`, false, p.kind);
      continue;
    }
    // "in Kanata", "near Brampton": a lone unknown name after a location preposition
    const before = words[span.first - 1];
    if (inner.length === 1 && !span.positional && before && locationPrepositions.has(before.text) && !lastWord.acronym && !lastWord.possessive
      && !lexicon.isWord(lastWord.text.toLowerCase()) && !lexicon.isFirstName(lastWord.text.toLowerCase()) && !lexicon.isDemonym(lastWord.text.toLowerCase())) {
      set(span, 'PLACE', `after "${before.text}"`, false, 'other');
      continue;
    }
    const before2 = words.slice(Math.max(0, span.first - 2), span.first).map((w) => w.text.toLowerCase()).join(' ');
    const speaker = (after && speechVerbs.has(after.text.toLowerCase()) && !lastWord.possessive) || before2 === 'according to' || /^(said|says|told)$/.test(words[span.first - 1]?.text ?? '');
    if (speaker && !commonOnly && inner.every((w) => w.capitalised && !w.acronym)) {
      set(span, 'PERSON', 'subject of a speech verb', false);
    }
  }
}
