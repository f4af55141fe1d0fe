import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../src/normalise/gazetteer.js';
import { PackedPlaceIndex } from '../src/normalise/packed-places.js';

const place = (key: string, overrides: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  key, name: key, kind: 'city', countryCode: 'KZ', latitude: 43.25667, longitude: 76.92861, population: 2_000_900, prior: 83.01225384221709, ...overrides,
});

describe('PackedPlaceIndex', () => {
  const almaty = place('geonames:1526384', { name: 'Almaty' });
  const georgia = place('country:GE', { name: 'Georgia', kind: 'country', countryCode: 'GE', latitude: 42, longitude: 43.5, population: 0, prior: 100 });
  const usState = place('iso3166-2:US-GA', { name: 'Georgia', kind: 'region', countryCode: 'US', prior: 75 });
  const unlocated = place('place:normandy', { name: 'Normandy', kind: 'region', countryCode: null, latitude: null, longitude: null, population: 0, prior: 55 });
  const index = new Map([
    ['almaty', [almaty]],
    ['alma-ata', [almaty]],
    ['georgia', [georgia, usState]],
    ['normandy', [unlocated]],
    ['łódź', [place('geonames:3093133', { name: 'Łódź', countryCode: 'PL' })]],
  ]);
  const packed = new PackedPlaceIndex(index);

  it.each([...index.keys()])('gives back every field of the places under "%s", in their order', (name) => {
    expect(packed.get(name)).toEqual(index.get(name));
  });

  it.each(['', 'almat', 'almaty ', 'georgias', 'lodz'])('finds nothing under "%s"', (name) => {
    expect(packed.get(name)).toEqual([]);
  });

  it('keeps one place under two names as one place', () => {
    expect(packed.get('alma-ata')[0]).toEqual(packed.get('almaty')[0]);
  });

  it('gives each of 5,000 names its own place', () => {
    const many = new Map(Array.from({ length: 5_000 }, (_, i) => [`town ${i}`, [place(`geonames:${i}`, { population: i })]]));
    const big = new PackedPlaceIndex(many);
    for (const [name, places] of many) expect(big.get(name)).toEqual(places);
    expect(big.get('town 5000')).toEqual([]);
  });
});
