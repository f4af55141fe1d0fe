/**
 * Shorter names an article uses for an organisation it has named in full, beyond legal forms and head words
 * (70-article.ts): a team named after its place is later named by its nickname alone ("Tampa Bay Devil Rays"
 * … "the Devil Rays", "Boston Bruins" … "Bruins").
 */
import { gazetteer } from '../../normalise/gazetteer.js';
import type { Word } from './00-words.js';
import { LEXICON_ORGANISATION } from './40-lexicon-names.js';
import type { Span } from './span.js';

const PLURAL = /\p{Ll}s$/u;

/** the reason 60-fallback.ts gives a team, band or party named by its members */
export const GROUP_REASON = 'a name ending in a plural noun: a team, band or party ("Fremantle Dockers")';

/** the nicknames (lower case) of the teams the article names in full after a place, with the full name's span: every shorter tail of the name */
export function teamNicknames(spans: readonly Span[], words: readonly Word[]): { stem: string; span: Span }[] {
  const out: { stem: string; span: Span }[] = [];
  for (const s of spans) {
    // "Toronto Blue Jays" from compromise's lexicon is named by its members as much as "Fremantle Dockers" is
    const namedByMembers = s.reason === GROUP_REASON || (s.reason === LEXICON_ORGANISATION && PLURAL.test(words[s.last - 1].text));
    if (s.type !== 'ORG' || !namedByMembers || s.last - s.first < 2) continue;
    // only a team named after its place: "Warhol Polaroids" does not make "Polaroids" a body
    // and after a city or region: "Bangladesh Scouts" is a national body, not a team called "the Scouts"
    const readings = [...gazetteer().lookup(words[s.first].text), ...gazetteer().lookup(words.slice(s.first, s.last - 1).map((w) => w.text).join(' '))];
    if (readings.length === 0 || readings[0].kind === 'country') continue;
    for (let k = s.first + 1; k < s.last; k++) {
      const tail = words.slice(k, s.last).map((w) => w.text).join(' ');
      // "Tampa Bay Devil Rays": not "Bay Devil Rays" if that were a place
      if (gazetteer().lookup(tail).length === 0) out.push({ stem: tail.toLowerCase(), span: s });
    }
  }
  return out;
}
