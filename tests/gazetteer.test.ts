import { describe, expect, it } from 'vitest';
import { foldName, gazetteer } from '../src/normalise/gazetteer.js';

describe('gazetteer', () => {
  it.each([
    ['Kazakhstan', 'country:KZ', 'country', 'KZ'],
    ['Türkiye', 'country:TR', 'country', 'TR'],
    ['Turkey', 'country:TR', 'country', 'TR'],
    ['U.S.', 'country:US', 'country', 'US'],
    ['Samarkand', 'geonames:1216265', 'city', 'UZ'],
    ['Washington D.C.', 'geonames:4140963', 'city', 'US'],
    ['Caspian Sea', 'region:caspian-sea', 'water', null],
    ['Central Asia', 'region:central-asia', 'region', null],
    ['New South Wales', 'iso3166-2:AU-NSW', 'region', 'AU'],
  ])('%s -> %s', (name, key, kind, countryCode) => {
    const best = gazetteer().lookup(name)[0];
    expect(best).toMatchObject({ key, kind, countryCode });
  });

  it.each([
    ['Washington', 'geonames:4140963'],
    ['Kiev', 'geonames:703448'],
    ['Bombay', 'geonames:1275339'],
  ])('knows the news name %s', (name, key) => {
    expect(gazetteer().lookup(name)[0]?.key).toBe(key);
  });

  it('keeps every reading of an ambiguous name, the likeliest first', () => {
    const readings = gazetteer().lookup('Georgia').map((e) => e.key);
    expect(readings[0]).toBe('country:GE');
    expect(readings).toContain('iso3166-2:US-GA');
  });

  it('folds accents, case, dots and apostrophes', () => {
    expect(foldName('Herāt')).toBe('herat');
    expect(foldName('U.S.')).toBe('us');
    expect(gazetteer().lookup('herat')[0]?.countryCode).toBe('AF');
  });

  it('knows borders and demonyms', () => {
    expect(gazetteer().borders('GE')).toContain('AZ');
    expect(gazetteer().demonym('Afghans')).toBe('AF');
  });

  it.each([
    ['Oise', 'iso3166-2:FR-60', 'FR'],
    ['Pangasinan', 'iso3166-2:PH-PAN', 'PH'],
    ['Wicklow', 'iso3166-2:IE-WW', 'IE'],
  ])('knows the second-level division %s', (name, key, countryCode) => {
    expect(gazetteer().lookup(name)[0]).toMatchObject({ key, kind: 'region', countryCode });
  });

  it('leaves a division named after its seat to the city', () => {
    expect(gazetteer().lookup('Paris')[0]?.key).toBe('geonames:2988507');
    expect(gazetteer().lookup('Paris').some((e) => e.key.startsWith('iso3166-2:FR-75'))).toBe(false);
  });

  it.each([
    ['Frankfurt', 'place:frankfurt', 'city'],
    ['Normandy', 'place:normandy', 'region'],
  ])("knows %s by compromise's lexicon, without coordinates", (name, key, kind) => {
    expect(gazetteer().lookup(name)[0]).toMatchObject({ key, kind, latitude: null });
  });

  it.each([
    ['Soviet Union', 'country'],
    ['USSR', 'country'],
    ['Ottoman Empire', 'country'],
    ['Danube', 'water'],
    ['Andes', 'region'],
  ])('knows the former state, river or range %s', (name, kind) => {
    expect(gazetteer().lookup(name)[0]).toMatchObject({ kind, key: expect.stringMatching(/^region:/) });
  });

  it('reads a well-known region before a town of the same name elsewhere', () => {
    expect(gazetteer().lookup('Florida')[0]?.key).toBe('iso3166-2:US-FL');
  });

  it('gives regions a centre from their cities where GeoNames shares the ISO code', () => {
    const texas = gazetteer().lookup('Texas')[0];
    expect(texas.key).toBe('iso3166-2:US-TX');
    expect(texas.latitude).toBeGreaterThan(25);
    expect(texas.latitude).toBeLessThan(37);
  });
});
