/** decodeHtml: the encoding comes from the BOM, the HTTP header or <meta charset>, and legacy pages decode correctly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeHtml } from '../src/clean/decode.js';
import { cleanHtml } from '../src/clean/index.js';
import { ParseError } from '../src/errors.js';
import { fixturesDir } from './helpers/shared.js';

const fixture = (name: string) => new Uint8Array(readFileSync(join(fixturesDir, 'clean', name)));

describe('decodeHtml on legacy-encoded fixtures', () => {
  const cases: Array<{ file: string; contentType: string | null; encoding: string; contains: string }> = [
    { file: 'windows-1251.html', contentType: null, encoding: 'windows-1251', contains: 'В понедельник в Москве ожидается снег' },
    { file: 'windows-1251.html', contentType: 'text/html', encoding: 'windows-1251', contains: 'мороз ослабнет' },
    { file: 'iso-8859-1.html', contentType: null, encoding: 'windows-1252', contains: 'Les élèves du lycée ont présenté leurs créations' },
    { file: 'iso-8859-1-no-meta.html', contentType: 'text/html; charset=ISO-8859-1', encoding: 'windows-1252', contains: 'crème brûlée, pâtés' },
    { file: 'utf-8-bom.html', contentType: null, encoding: 'UTF-8', contains: 'Fête à Besançon' },
    // a BOM is unambiguous and wins over a header that says otherwise (as in browsers)
    { file: 'utf-8-bom.html', contentType: 'text/html; charset=windows-1251', encoding: 'UTF-8', contains: 'à la châtaigne' },
  ];
  it.each(cases)('$file with header $contentType is $encoding', ({ file, contentType, encoding, contains }) => {
    const { html, encoding: found } = decodeHtml(fixture(file), contentType);
    expect(found.toLowerCase()).toBe(encoding.toLowerCase());
    expect(html).toContain(contains);
    expect(html.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('the header charset wins over <meta charset>', () => {
    const bytes = iconv.encode('<meta charset="utf-8"><p>Привет, мир: это проверка кодировки.</p>', 'koi8-r');
    expect(decodeHtml(bytes, 'text/html; charset=KOI8-R').html).toContain('Привет, мир');
  });

  it('a page with no charset anywhere is read as UTF-8', () => {
    const { html, encoding } = decodeHtml(new TextEncoder().encode('<p>Zürich – São Paulo</p>'));
    expect(encoding).toBe('UTF-8');
    expect(html).toBe('<p>Zürich – São Paulo</p>');
  });

  it('bytes that are not UTF-8 in a UTF-8 page become U+FFFD, the rest is kept', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<p>Zürich '), 0xff, 0xc3, ...new TextEncoder().encode(' Genève</p>')]);
    expect(decodeHtml(bytes).html).toBe('<p>Zürich \ufffd\ufffd Genève</p>');
  });

  it('the decoded legacy page cleans to its article text', () => {
    const { html } = decodeHtml(fixture('windows-1251.html'));
    const page = cleanHtml(html);
    expect(page.text.split('\n\n')).toEqual([
      'В понедельник в Москве ожидается снег, температура опустится до минус десяти градусов, сообщили синоптики.',
      'Во вторник, по их словам, мороз ослабнет, а к концу недели начнётся оттепель и дождь.',
    ]);
    expect(page.metadata.language).toBe('ru');
  });

  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ['PDF', [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]],
    ['NUL-filled data', [0x3c, 0x70, 0x3e, 0, 0, 0, 0, 0x01, 0x02]],
  ])('refuses binary input (%s) with a ParseError', (_, bytes) => {
    expect(() => decodeHtml(new Uint8Array(bytes))).toThrow(ParseError);
  });

  it.each([
    ['text/html; charset=windows-1251', 'windows-1251'],
    ['text/html;charset="ISO-8859-1"', 'ISO-8859-1'],
    ['text/html', undefined],
    [null, undefined],
  ])('reads the charset of Content-Type %s', (header, charset) => {
    expect(charsetFromContentType(header)).toBe(charset);
  });
});
