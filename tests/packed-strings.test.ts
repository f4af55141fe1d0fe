import { describe, expect, it } from 'vitest';
import { PackedStringTable } from '../src/packed-strings.js';

describe('PackedStringTable', () => {
  const words = ['kazakh', 'astana', '', 'łódź', 'алматы', 'new york', 'astana'];
  const table = new PackedStringTable(words);

  it.each([
    ['kazakh', 0],
    ['astana', 1],
    ['', 2],
    ['łódź', 3],
    ['алматы', 4],
    ['new york', 5],
    ['kazak', -1],
    ['kazakhs', -1],
    ['Kazakh', -1],
    ['lodz', -1],
    ['new  york', -1],
  ])('"%s" is number %i', (word, index) => {
    expect(table.indexOf(word)).toBe(index);
    expect(table.has(word)).toBe(index >= 0);
  });

  it('gives back every string in its place, a duplicate included', () => {
    expect(words.map((_, i) => table.at(i))).toEqual(words);
    expect(table.size).toBe(words.length);
  });

  it('finds nothing in an empty table', () => {
    expect(new PackedStringTable([]).has('x')).toBe(false);
  });

  it('tells apart 20,000 strings that differ in one character', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `name ${i}`);
    const big = new PackedStringTable(many);
    expect(many.every((name, i) => big.indexOf(name) === i)).toBe(true);
    expect(big.has('name 20000')).toBe(false);
  });
});
