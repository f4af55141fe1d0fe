/** The DOM helpers the clean stage's speed rests on: whitespace collapsing, lengths without strings, byline markers by hand. */
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/clean/index.js';
import { collapsedLength, descendants, normaliseSpace, parsePage } from '../src/clean/dom.js';

describe('normaliseSpace collapses whitespace as a browser renders inline text', () => {
  it.each([
    ['  The   harbour\n\t works  ', 'The harbour works'],
    ['one two', 'one two'],
    ['a\u00a0b', 'a b'],
    ['a\u2009\u2009b', 'a b'],
    ['soft\u00adhyphen and zero\u200bwidth', 'softhyphen and zerowidth'],
    ['a \u200b b', 'a b'],
    ['\ufeffBOM first', 'BOM first'],
    ['line\r\nbreak', 'line break'],
    ['\u3000ideographic\u3000space\u3000', 'ideographic space'],
    [' ', ''],
    ['', ''],
  ])('%j', (raw, expected) => {
    expect(normaliseSpace(raw)).toBe(expected);
    // the lengths the scorer reads without building strings agree with the strings
    expect(collapsedLength(raw)).toBe(expected.length);
  });
});

const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} about the harbour: the council met on Tuesday, and the mayor, who spoke for an hour, said the work would start in spring.</p>`).join('\n');
const page = (byline: string) => `<html lang="en"><head><title>Harbour works approved</title></head><body><article>${byline}<div class="article-body">${prose}</div></article></body></html>`;

describe('bylines in the markup of pages without author metadata', () => {
  it.each([
    ['<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span> Staff</div>', ['Jane Doe']],
    ['<div itemprop="creator author"><span>Jane Doe</span></div>', ['Jane Doe']],
    ['<a REL="Author" href="/jane">Jane Doe</a>', ['Jane Doe']],
    ['<p class="story byline">By <a href="/j">Jane Doe</a> and <a href="/s">John Smith</a></p>', ['Jane Doe', 'John Smith']],
    ['<span class="author-name">Jane Doe</span>', ['Jane Doe']],
    ['<meta itemprop="author" content="Jane Doe">', ['Jane Doe']],
    // class words are matched whole and with their case
    ['<p class="Byline">By Jane Doe</p>', []],
    ['<p class="bylines">By Jane Doe</p>', []],
  ])('%s', (byline, authors) => {
    expect(cleanHtml(page(byline)).metadata.authors).toEqual(authors);
  });
});

describe('parsePage keeps the attributes the clean stage reads, and only those', () => {
  const tag = '<a CLASS="byline" id="by" data-track="click:byline" href="/author/jane" onclick="go(&quot;x&quot;)" style="color:red" rel="author" srcset="a.jpg 1x">Jane</a>';
  const [anchor] = descendants(parsePage(`<p>${tag}</p>`).doc).filter((el) => el.name === 'a');

  it('keeps the read ones, names lower-cased, entities decoded', () => {
    expect(anchor.attribs).toEqual({ class: 'byline', id: 'by', href: '/author/jane', style: 'color:red', rel: 'author' });
  });

  it.each([
    ['<meta property="og:title" content="A &amp; B">', { property: 'og:title', content: 'A & B' }],
    ['<time datetime="2025-04-01" pubdate>1 April</time>', { datetime: '2025-04-01', pubdate: '' }],
    ['<html lang="en" xml:lang="en-GB" data-theme="dark">', { lang: 'en', 'xml:lang': 'en-GB' }],
    ['<div hidden aria-hidden="true" itemprop="articleBody" data-id="7">x</div>', { hidden: '', 'aria-hidden': 'true', itemprop: 'articleBody' }],
    ['<script type="application/ld+json" async>{}</script>', { type: 'application/ld+json' }],
  ])('%s', (markup, attribs) => {
    expect(descendants(parsePage(markup).doc).find((el) => Object.keys(el.attribs).length)?.attribs).toEqual(attribs);
  });
});
