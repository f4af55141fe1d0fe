/**
 * The gazetteer's name index, packed once it is built (see packed-strings.ts for why): its places and names
 * live in a few typed arrays and joined strings instead of ≈ 150,000 small objects. A place is unpacked into a
 * `GazetteerEntry` when a lookup finds it.
 */
import type { PlaceKind } from '../record.js';
import { PackedStrings, PackedStringTable, revive } from '../packed-strings.js';
import type { GazetteerEntry } from './gazetteer.js';

/** The gazetteer's places, one column per field; `null` coordinates are stored as NaN. */
class PackedPlaces {
  private readonly keys: PackedStrings;
  private readonly names: PackedStrings;
  private readonly kindNames: PlaceKind[];
  private readonly kinds: Uint8Array;
  /** 0 for none, else 1 + the code's number in `codeNames` */
  private readonly codeNames: string[];
  private readonly codes: Uint16Array;
  private readonly numbers: Float64Array;

  constructor(places: readonly GazetteerEntry[]) {
    this.keys = new PackedStrings(places.map((p) => p.key));
    this.names = new PackedStrings(places.map((p) => p.name));
    const kindNumbers = numbering(places.map((p) => p.kind));
    this.kindNames = [...kindNumbers.keys()];
    this.kinds = Uint8Array.from(places, (p) => kindNumbers.get(p.kind) ?? 0);
    const codeNumbers = numbering(places.flatMap((p) => (p.countryCode ? [p.countryCode] : [])));
    this.codeNames = [...codeNumbers.keys()];
    this.codes = Uint16Array.from(places, (p) => (p.countryCode ? 1 + (codeNumbers.get(p.countryCode) ?? 0) : 0));
    this.numbers = Float64Array.from(places.flatMap((p) => [p.latitude ?? NaN, p.longitude ?? NaN, p.population, p.prior]));
  }

  static revive(fields: PackedPlaces): PackedPlaces {
    revive(fields.keys, PackedStrings);
    revive(fields.names, PackedStrings);
    return revive(fields, PackedPlaces);
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

/** each distinct value → its number, in order of first appearance */
function numbering<T>(values: readonly T[]): Map<T, number> {
  const numbers = new Map<T, number>();
  for (const value of values) if (!numbers.has(value)) numbers.set(value, numbers.size);
  return numbers;
}

/** Folded name → its places in the order they were listed. */
export class PackedPlaceIndex {
  private readonly names: PackedStringTable;
  /** the places of name n are places[readingEnds[n - 1] .. readingEnds[n]) */
  private readonly readingEnds: Uint32Array;
  private readonly readings: Uint32Array;
  private readonly places: PackedPlaces;

  constructor(index: ReadonlyMap<string, readonly GazetteerEntry[]>) {
    const placeNumbers = numbering([...index.values()].flat());
    this.places = new PackedPlaces([...placeNumbers.keys()]);
    const names = [...index.keys()];
    this.names = new PackedStringTable(names);
    const lists = names.map((name) => index.get(name) ?? []);
    this.readings = Uint32Array.from(lists.flat(), (place) => placeNumbers.get(place) ?? 0);
    this.readingEnds = new Uint32Array(names.length);
    let end = 0;
    lists.forEach((list, n) => (this.readingEnds[n] = end += list.length));
  }

  /** an index read back from a snapshot */
  static revive(fields: PackedPlaceIndex): PackedPlaceIndex {
    revive(fields.names, PackedStringTable);
    PackedPlaces.revive(fields.places);
    return revive(fields, PackedPlaceIndex);
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
