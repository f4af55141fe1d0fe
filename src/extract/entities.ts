/**
 * People, places and organisations: recognisers over the shared analysis, then within-article
 * linking into entities with aliases, titles and stable keys.
 * (First version: placeholder, deepened by issue #4.)
 */
import type { ArticleDocument } from '../document.js';
import type { Organization, Person, Place } from '../record.js';
import type { Analysis } from './analyse.js';

export interface EntityResult {
  people: Person[];
  places: Place[];
  organizations: Organization[];
}

export function recogniseEntities(_analysis: Analysis, _doc: ArticleDocument): EntityResult {
  return { people: [], places: [], organizations: [] };
}
