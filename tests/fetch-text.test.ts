import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/fetch/text.js';

const russian = 'Президент Касым-Жомарт Токаев встретился с Урсулой фон дер Ляйен в Самарканде.';

describe('plain-text decoding', () => {
  it.each([
    ['UTF-8 without a header', Buffer.from(russian), null, russian],
    ['UTF-8 with its BOM removed', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Paris')]), null, 'Paris'],
    ['windows-1251 named by the server', iconv.encode(russian, 'windows-1251'), 'text/plain; charset=windows-1251', russian],
    ['ISO-8859-1 named by the server', iconv.encode('Café in Zürich', 'latin1'), 'text/plain; charset="ISO-8859-1"', 'Café in Zürich'],
  ])('%s', (_label, bytes, contentType, expected) => {
    expect(decodeText(bytes, 'input', contentType)).toBe(expected);
  });

  it('refuses bytes that are not UTF-8 when no charset is named, saying where', () => {
    expect(() => decodeText(iconv.encode('Café', 'latin1'), 'cafe.txt')).toThrow(/"cafe.txt" is not valid UTF-8 \(at byte 3\)/);
  });
});
