/**
 * Pass 6: capitalised spans nothing has explained yet. In news, two or more capitalised words that are not
 * ordinary English words ("Hamdullah Mohib") are almost always a person; with an ordinary word among them
 * ("Civic Passion", "Global Gateway") they name a body. A lone word is left to the article pass, unless it
 * is no ordinary word and not at a sentence start: then it is most often an organisation or brand.
 */
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import type { Word } from './00-words.js';
import { set } from './20-structure.js';
import type { Span } from './span.js';

export function classifyRemaining(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  for (const span of spans) {
    if (span.type || span.misc || span.positional) continue;
    const inner = words.slice(span.first, span.last).filter((w) => w.capitalised || w.acronym);
    if (inner.length === 0) continue;
    const common = inner.filter((w) => lexicon.isCommon(w.text.toLowerCase()) || lexicon.isDemonym(w.text.toLowerCase()));
    const demonymLed = lexicon.isDemonym(inner[0].text.toLowerCase()) || gazetteer().demonym(inner[0].text) !== undefined;
    if (demonymLed && common.length === inner.length) continue; // "Korean People", "South Korean"
    if (inner.length >= 2 && inner.length <= 4) {
      if (common.length === 0 && inner.every((w) => !w.acronym && /^\p{Lu}[\p{Ll}'’-]/u.test(w.text))) set(span, 'PERSON', 'capitalised words that are not ordinary words', false);
      else set(span, 'ORG', 'capitalised phrase with ordinary words', false);
    } else if (inner.length > 4) {
      set(span, 'ORG', 'long capitalised phrase', false);
    }
  }
}
