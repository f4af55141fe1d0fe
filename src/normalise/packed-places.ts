/**
 * The gazetteer's name index, packed once it is built: its places and names live in a few typed arrays and
 * joined strings instead of ≈ 150,000 small objects. Every extraction thread keeps the gazetteer for its
 * whole life, and a thread's collector marks every object it keeps on each full collection; packed, the
 * index costs it a handful. A place is unpacked into a `GazetteerEntry` when a lookup finds it.
 */
import type { PlaceKind } from '../record.js';
import type { GazetteerEntry } from './gazetteer.js';

/** Strings stored end to end in one string, read back by their number. */
class PackedStrings {
  private readonly joined: string;
  private readonly ends: Uint32Array;

  constructor(values: readonly string[]) {
    this.joined = values.join('');
    this.ends = new Uint32Array(values.length);
    let end = 0;
    values.forEach((value, i) => (this.ends[i] = end += value.length));
  }

  at(i: number): string {
    return this.joined.slice(this.start(i), this.ends[i]);
  }

  /** compared in place, without cutting the stored string out */
  equals(i: number, value: string): boolean {
    const start = this.start(i);
    if (this.ends[i] - start !== value.length) return false;
    for (let k = 0; k < value.length; k++) if (this.joined.charCodeAt(start + k) !== value.charCodeAt(k)) return false;
    return true;
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1];
  }
}

/** FNV-1a over UTF-16 code units: the index's hash, computed without allocating */
function hashOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < value.length; k++) hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

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

/** Folded name → its places in the order they were listed, as an open-addressing hash table over packed names. */
export class PackedPlaceIndex {
  private readonly names: PackedStrings;
  /** the places of name n are places[readingEnds[n - 1] .. readingEnds[n]) */
  private readonly readingEnds: Uint32Array;
  private readonly readings: Uint32Array;
  private readonly places: PackedPlaces;
  /** name number + 1 in each slot; 0 for an empty slot */
  private readonly slots: Uint32Array;

  constructor(index: ReadonlyMap<string, readonly GazetteerEntry[]>) {
    const placeNumbers = new Map<GazetteerEntry, number>();
    for (const list of index.values()) for (const place of list) if (!placeNumbers.has(place)) placeNumbers.set(place, placeNumbers.size);
    this.places = new PackedPlaces([...placeNumbers.keys()]);
    const names = [...index.keys()];
    this.names = new PackedStrings(names);
    const lists = names.map((name) => index.get(name) ?? []);
    this.readings = Uint32Array.from(lists.flat(), (place) => placeNumbers.get(place) ?? 0);
    this.readingEnds = new Uint32Array(names.length);
    let end = 0;
    lists.forEach((list, n) => (this.readingEnds[n] = end += list.length));
    // at most half full, so that a probe for an absent name stops soon
    this.slots = new Uint32Array(2 ** Math.ceil(Math.log2(2 * names.length + 2)));
    names.forEach((name, n) => (this.slots[this.slotOf(name)] = n + 1));
  }

  has(folded: string): boolean {
    return this.slots[this.slotOf(folded)] !== 0;
  }

  /** the places under a folded name, unpacked; empty when there are none */
  get(folded: string): GazetteerEntry[] {
    const n = this.slots[this.slotOf(folded)] - 1;
    if (n < 0) return [];
    const found: GazetteerEntry[] = [];
    for (let r = n === 0 ? 0 : this.readingEnds[n - 1]; r < this.readingEnds[n]; r++) found.push(this.places.at(this.readings[r]));
    return found;
  }

  /** the slot that holds this name, or the empty one where it would go */
  private slotOf(name: string): number {
    const mask = this.slots.length - 1;
    let slot = hashOf(name) & mask;
    while (this.slots[slot] !== 0 && !this.names.equals(this.slots[slot] - 1, name)) slot = (slot + 1) & mask;
    return slot;
  }
}
