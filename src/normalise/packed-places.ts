/**
 * The gazetteer's name index, packed once it is built (see packed-strings.ts for why): its places and names
 * live in a few typed arrays and joined strings instead of ≈ 150,000 small objects. A place is unpacked into a
 * `GazetteerEntry` when a lookup finds it.
 */
import type { PlaceKind } from '../record.js';
import { PackedStringTable } from '../packed-strings.js';
import type { GazetteerEntry } from './gazetteer.js';

/** The gazetteer's places, one column per field; `null` coordinates are stored as NaN. */
class PackedPlaces {
  private readonly keys: PackedStringTable;
  private readonly names: PackedStringTable;
  private readonly kindNames: PlaceKind[];
  private readonly kinds: Uint8Array;
  /** 0 for none, else 1 + the code's number in `codeNames` */
  private readonly codeNames: string[];
  private readonly codes: Uint16Array;
  private readonly numbers: Float64Array;

  constructor(places: readonly GazetteerEntry[]) {
    this.keys = new PackedStringTable(places.map((p) => p.key));
    this.names = new PackedStringTable(places.map((p) => p.name));
    this.kindNames = [...new Set(places.map((p) => p.kind))];
    this.kinds = Uint8Array.from(places, (p) => this.kindNames.indexOf(p.kind));
    this.codeNames = [...new Set(places.flatMap((p) => (p.countryCode ? [p.countryCode] : [])))];
    this.codes = Uint16Array.from(places, (p) => (p.countryCode ? 1 + this.codeNames.indexOf(p.countryCode) : 0));
    this.numbers = Float64Array.from(places.flatMap((p) => [p.latitude ?? NaN, p.longitude ?? NaN, p.population, p.prior]));
  }

  at(i: number): GazetteerEntry {
    const code = this.codes[i];
    const latitude = this.numbers[4 * i];
    const longitude = this.numbers[4 * i + 1];
    return {
      key: this.keys.at(i),
      name: this.names.at(i),
      kind: this.kindNames[this.kinds[i]],
      countryCode: code === 0 ? null : this.codeNames[code - 1],
      latitude: Number.isNaN(latitude) ? null : latitude,
      longitude: Number.isNaN(longitude) ? null : longitude,
      population: this.numbers[4 * i + 2],
      prior: this.numbers[4 * i + 3],
    };
  }
}

/** Folded name → its places in the order they were listed. */
export class PackedPlaceIndex {
  private readonly names: PackedStringTable;
  /** the places of name n are places[readingEnds[n - 1] .. readingEnds[n]) */
  private readonly readingEnds: Uint32Array;
  private readonly readings: Uint32Array;
  private readonly places: PackedPlaces;

  constructor(index: ReadonlyMap<string, readonly GazetteerEntry[]>) {
    const placeNumbers = new Map<GazetteerEntry, number>();
    for (const list of index.values()) for (const place of list) if (!placeNumbers.has(place)) placeNumbers.set(place, placeNumbers.size);
    this.places = new PackedPlaces([...placeNumbers.keys()]);
    const names = [...index.keys()];
    this.names = new PackedStringTable(names);
    const lists = names.map((name) => index.get(name) ?? []);
    this.readings = Uint32Array.from(lists.flat(), (place) => placeNumbers.get(place) ?? 0);
    this.readingEnds = new Uint32Array(names.length);
    let end = 0;
    lists.forEach((list, n) => (this.readingEnds[n] = end += list.length));
  }

  has(folded: string): boolean {
    return this.names.has(folded);
  }

  /** the places under a folded name, unpacked; empty when there are none */
  get(folded: string): GazetteerEntry[] {
    const n = this.names.indexOf(folded);
    if (n < 0) return [];
    const found: GazetteerEntry[] = [];
    for (let r = n === 0 ? 0 : this.readingEnds[n - 1]; r < this.readingEnds[n]; r++) found.push(this.places.at(this.readings[r]));
    return found;
  }
}
