import { describe, expect, it } from 'vitest';
import { recordId } from '../src/identity.js';
import { RecordIdSet } from '../src/record-ids.js';
import { bytesKept } from './helpers/heap.js';

const idOf = (i: number) => recordId({ contentSha256: String(i) });

describe('RecordIdSet', () => {
  const kept = '0123456789abcdef0123456789abcdef';
  const set = new RecordIdSet([kept, 'ffffffffffffffffffffffffffffffff', '00000000000000000000000000000000', 'not-a-hex-id', '']);

  it.each([
    [kept, true],
    ['ffffffffffffffffffffffffffffffff', true],
    ['00000000000000000000000000000000', true],
    ['not-a-hex-id', true],
    ['', true],
    // the same first word (the hash) with another last word
    ['0123456789abcdef0123456789abcdee', false],
    // another first word with the same rest
    ['1123456789abcdef0123456789abcdef', false],
    ['0123456789ABCDEF0123456789ABCDEF', false],
    ['0123456789abcdef0123456789abcde', false],
    ['0123456789abcdef0123456789abcdef0', false],
    ['00000000000000000000000000000001', false],
  ])('%j is in the set: %s', (id, present) => {
    expect(set.has(id)).toBe(present);
  });

  it('says whether an id was new, and counts each id once', () => {
    const ids = new RecordIdSet();
    expect(ids.add(kept)).toBe(true);
    expect(ids.add(kept)).toBe(false);
    expect(ids.add('other')).toBe(true);
    expect(ids.add('other')).toBe(false);
    expect(ids.size).toBe(2);
  });

  it('keeps every id as it grows, ids that share their first word included', () => {
    const ids = new RecordIdSet();
    const many = Array.from({ length: 30_000 }, (_, i) => idOf(i));
    // same hash word, different rest: these land in one probe run
    const sameHash = Array.from({ length: 50 }, (_, i) => `abcdef01${i.toString(16).padStart(24, '0')}`);
    for (const id of [...many, ...sameHash]) expect(ids.add(id)).toBe(true);
    expect(ids.size).toBe(30_050);
    expect([...many, ...sameHash].every((id) => ids.has(id))).toBe(true);
    expect(Array.from({ length: 1_000 }, (_, i) => idOf(30_000 + i)).some((id) => ids.has(id))).toBe(false);
    expect(ids.has(`abcdef01${(50).toString(16).padStart(24, '0')}`)).toBe(false);
  });

  it('holds 100,000 ids in under 5 MB: 17 bytes a slot, at most 70 % of slots in use', async () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => idOf(i));
    const { value: set, bytes: grown } = await bytesKept(() => new RecordIdSet(ids));
    expect(set.size).toBe(100_000);
    expect(grown).toBeLessThan(5 * 1024 * 1024);
  });
});
