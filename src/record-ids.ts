/**
 * A set of record ids that stays small over long runs. A record id is 32 hex digits (`recordId()`), which a
 * Set<string> keeps as a string and a table entry: ~75 bytes of heap, and the whole of any longer string the id
 * was cut from (V8 makes such a cut a view on it: ids read back from records.jsonl kept every line). What a sink
 * remembers having stored, and what a job counts as distinct, grows with every article. Here an id is four 32-bit
 * words in an open-addressing table outside the heap, 24–49 bytes an id and nothing for the collector to mark.
 * The ids are already uniformly spread hashes, so their first word is the hash (as git's object tables do with
 * object ids). An id that is not 32 hex digits (a record written by another tool) goes to a plain Set.
 */
const HEX_ID = /^[0-9a-f]{32}$/;
const WORDS = 4;
/** the table grows past this share of slots in use: linear probing stays short below it */
const MAX_LOAD = 0.7;

export class RecordIdSet {
  private words: Uint32Array;
  private occupied: Uint8Array;
  private stored = 0;
  private readonly others = new Set<string>();

  constructor(ids: Iterable<string> = []) {
    this.words = new Uint32Array(1024 * WORDS);
    this.occupied = new Uint8Array(1024);
    for (const id of ids) this.add(id);
  }

  get size(): number {
    return this.stored + this.others.size;
  }

  has(id: string): boolean {
    if (!HEX_ID.test(id)) return this.others.has(id);
    const key = toWords(id);
    return this.occupied[this.slotOf(key)] === 1;
  }

  /** true if the id was not in the set */
  add(id: string): boolean {
    if (!HEX_ID.test(id)) {
      if (this.others.has(id)) return false;
      this.others.add(id);
      return true;
    }
    const key = toWords(id);
    const slot = this.slotOf(key);
    if (this.occupied[slot] === 1) return false;
    this.put(slot, key);
    if (++this.stored > this.occupied.length * MAX_LOAD) this.grow();
    return true;
  }

  /** the slot that holds `key`, or the empty slot where it would go */
  private slotOf(key: Uint32Array): number {
    const mask = this.occupied.length - 1;
    for (let slot = key[0] & mask; ; slot = (slot + 1) & mask) {
      if (this.occupied[slot] === 0 || this.holds(slot, key)) return slot;
    }
  }

  private holds(slot: number, key: Uint32Array): boolean {
    const at = slot * WORDS;
    return this.words[at] === key[0] && this.words[at + 1] === key[1] && this.words[at + 2] === key[2] && this.words[at + 3] === key[3];
  }

  private put(slot: number, key: Uint32Array): void {
    this.words.set(key, slot * WORDS);
    this.occupied[slot] = 1;
  }

  private grow(): void {
    const { words, occupied } = this;
    this.words = new Uint32Array(words.length * 2);
    this.occupied = new Uint8Array(occupied.length * 2);
    for (let slot = 0; slot < occupied.length; slot++) {
      if (occupied[slot] === 0) continue;
      const key = words.subarray(slot * WORDS, (slot + 1) * WORDS);
      this.put(this.slotOf(key), key);
    }
  }
}

/** one buffer for the id being looked up: the set is used from one thread, and no call keeps it */
const scratch = new Uint32Array(WORDS);

function toWords(id: string): Uint32Array {
  for (let i = 0; i < WORDS; i++) scratch[i] = Number.parseInt(id.slice(i * 8, i * 8 + 8), 16);
  return scratch;
}
