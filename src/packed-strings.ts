/**
 * Large read-only string tables (the gazetteer's names, the word and name lexicons) packed into one string
 * and two typed arrays. Every extraction thread keeps them for its whole life, and its collector marks every
 * object it keeps on each full collection: a Set of 30,000 words is 30,000 objects to mark, a packed table two.
 */

/** Strings stored end to end in one string, read back by their number. */
export class PackedStrings {
  private readonly joined: string;
  private readonly ends: Uint32Array;

  constructor(values: readonly string[]) {
    this.joined = values.join('');
    this.ends = new Uint32Array(values.length);
    let end = 0;
    values.forEach((value, i) => (this.ends[i] = end += value.length));
  }

  get size(): number {
    return this.ends.length;
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

/** Packed strings also found by value, through an open-addressing hash table (the first of duplicates counts). */
export class PackedStringTable extends PackedStrings {
  /** string number + 1 in each slot; 0 for an empty slot */
  private readonly slots: Uint32Array;

  constructor(values: Iterable<string>) {
    const list = [...values];
    super(list);
    // at most half full, so that a probe for an absent string stops soon
    this.slots = new Uint32Array(2 ** Math.ceil(Math.log2(2 * list.length + 2)));
    list.forEach((value, i) => {
      const slot = this.slotOf(value);
      if (this.slots[slot] === 0) this.slots[slot] = i + 1;
    });
  }

  /** the number of this string, or -1 */
  indexOf(value: string): number {
    return this.slots[this.slotOf(value)] - 1;
  }

  has(value: string): boolean {
    return this.slots[this.slotOf(value)] !== 0;
  }

  /** the slot that holds this string, or the empty one where it would go */
  private slotOf(value: string): number {
    const mask = this.slots.length - 1;
    let slot = hashOf(value) & mask;
    while (this.slots[slot] !== 0 && !this.equals(this.slots[slot] - 1, value)) slot = (slot + 1) & mask;
    return slot;
  }
}

/** FNV-1a over UTF-16 code units, computed without allocating */
function hashOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < value.length; k++) hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/**
 * A packed table read back from a snapshot (snapshot.ts): node's v8 deserializer gives an instance back as a
 * plain object with its fields, and this gives it its class again.
 */
export function revive<T extends object>(fields: T, type: { prototype: T }): T {
  return Object.setPrototypeOf(fields, type.prototype) as T;
}
