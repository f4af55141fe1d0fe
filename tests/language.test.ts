/**
 * The recognisers read English only: an article in another language gets a warning and no extraction,
 * and English with few function words (results, lists) is still read.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/article.js';
import { foreignLanguage } from '../src/extract/language.js';

const GERMAN =
  'Die Stadtverwaltung hat am Montag angekündigt, dass die neue Straßenbahnlinie im kommenden Frühjahr eröffnet wird. ' +
  'Nach Angaben der Verkehrsbetriebe sollen die Bahnen zunächst alle zehn Minuten fahren. Bürgermeisterin Anna Keller ' +
  'sagte, die Verbindung entlaste die Innenstadt und verkürze die Wege zur Universität erheblich.';
const PORTUGUESE =
  'A prefeitura anunciou nesta segunda-feira que a nova linha de ônibus começará a funcionar no próximo mês. ' +
  'Segundo a empresa de transportes, os veículos vão circular a cada quinze minutos durante a semana, e a tarifa ' +
  'continuará a mesma para os estudantes da universidade e para os moradores dos bairros mais distantes.';
const ENGLISH =
  'The city council said on Monday that the new tram line would open next spring. According to the transport ' +
  'authority, the trams will first run every ten minutes. Mayor Anna Keller said the line would relieve the city ' +
  'centre and shorten the journey to the university by a quarter of an hour.';
const RESULTS =
  'GIRLS SOCCER\n\nHarbor City d. Lakeview 3-1\n\nHarbor City (4-2): Jones 2 goals. Patel 1 goal. Kim 2 assists.\n\n' +
  'Lakeview (1-5): Moreno 1 goal. Walsh 6 saves.\n\nWestfield d. Oak Ridge 2-0\n\nWestfield (3-3): Brooks 1 goal. ' +
  'Nguyen 1 goal. Carter 5 saves.\n\nOak Ridge (2-4): Lopez 8 saves.';

describe('foreignLanguage', () => {
  it.each([
    ['German prose', GERMAN, 'de'],
    ['Portuguese prose', PORTUGUESE, 'pt'],
    ['English prose', ENGLISH, null],
    // few function words, so franc decides: English
    ['English match results', RESULTS, null],
    // too short for franc's trigrams: read as English
    ['a short German line', 'Die Bahn fährt ab Montag.', null],
  ])('%s → %s', (_, text, language) => {
    expect(foreignLanguage(text)).toBe(language);
  });
});

describe('an article in another language', () => {
  it('gets a warning that names the language, and no people, places or organisations', () => {
    const record = extractArticle({ text: GERMAN });
    expect(record.warnings.map((w) => w.code)).toContain('NOT_ENGLISH');
    expect(record.warnings.find((w) => w.code === 'NOT_ENGLISH')?.message).toContain('"de"');
    expect([record.people, record.places, record.organizations, record.events]).toEqual([[], [], [], []]);
    expect(record.article.text).toBe(GERMAN);
    expect(record.article.language).toBe('de');
  });

  it('a page that declares English but is written in German is German in the record; a regional tag is kept', () => {
    const page = (lang: string, body: string) => `<html lang="${lang}"><head><title>Tram</title></head><body><article><p>${body}</p></article></body></html>`;
    expect(extractArticle({ html: page('en', GERMAN) }).article.language).toBe('de');
    expect(extractArticle({ html: page('pt-BR', PORTUGUESE) }).article.language).toBe('pt-BR');
    expect(extractArticle({ html: page('en-GB', ENGLISH) }).article.language).toBe('en-GB');
  });

  it('an English article with the same names is read', () => {
    const record = extractArticle({ text: ENGLISH });
    expect(record.warnings.map((w) => w.code)).not.toContain('NOT_ENGLISH');
    expect(record.people.map((p) => p.name)).toEqual(['Anna Keller']);
  });
});
