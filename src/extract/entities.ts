/**
 * People, places and organisations: passes over the shared analysis (src/extract/entities/, numbered in
 * the order they run), then within-article linking into entities with aliases, titles and stable keys
 * (src/normalise/entities.ts). See docs/entities.md.
 */
import type { ArticleDocument } from '../document.js';
import type { Organization, Person, Place } from '../record.js';
import { linkOrganisations, linkPeople, linkPlaces } from '../normalise/entities.js';
import type { Analysis } from './analyse.js';
import { buildWords } from './entities/00-words.js';
import { findRuns } from './entities/10-runs.js';
import { classifyByStructure } from './entities/20-structure.js';
import { classifyByGazetteer } from './entities/30-gazetteer.js';
import { classifyByPlaceContext } from './entities/35-place-context.js';
import { classifyByLexicon } from './entities/40-lexicon-names.js';
import { classifyByContext } from './entities/50-context.js';
import { classifyRemaining } from './entities/60-fallback.js';
import { applyArticleConsistency } from './entities/70-article.js';
import type { Span } from './entities/span.js';

export interface EntityResult {
  people: Person[];
  places: Place[];
  organizations: Organization[];
}

/** the typed name spans of a text, before linking (for evaluation and debugging) */
export function findEntitySpans(analysis: Analysis): Span[] {
  const words = buildWords(analysis);
  const spans = findRuns(words, analysis.text);
  classifyByStructure(spans, words, analysis.text);
  classifyByGazetteer(spans, words);
  classifyByPlaceContext(spans, words);
  classifyByLexicon(spans, words);
  classifyByContext(spans, words);
  classifyRemaining(spans, words);
  applyArticleConsistency(spans, words, analysis.text);
  return spans.filter((s) => s.type !== null);
}

export function recogniseEntities(analysis: Analysis, _doc: ArticleDocument): EntityResult {
  const spans = findEntitySpans(analysis);
  return {
    people: linkPeople(spans),
    places: linkPlaces(spans, analysis.text),
    organizations: linkOrganisations(spans),
  };
}
