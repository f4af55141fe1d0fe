/** cleanHtml: the article body of small hand-made pages, metadata rules, and bad pages that must not crash. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/clean/index.js';
import { dateInText, toIsoDate } from '../src/clean/dates.js';
import { splitAuthors } from '../src/clean/metadata.js';
import { isBoilerplateParagraph } from '../src/clean/render.js';
import { ParseError } from '../src/errors.js';
import { bytesKept } from './helpers/heap.js';
import { fixturesDir } from './helpers/shared.js';

const prose = (n: number, topic = 'harbour') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about the ${topic}: the council met on Tuesday, and the mayor, who spoke for an hour, said the work would start in spring, cost less than planned and end by autumn.</p>`).join('\n');

const articlePage = `<!doctype html><html lang="en-GB"><head>
<title>Harbour works approved | The Coastal Times</title>
<meta property="og:site_name" content="The Coastal Times">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<meta name="author" content="By JANE DOE and John Smith, Staff Writer">
<link rel="canonical" href="/news/harbour-works">
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="layout">
  <main><article class="story">
    <h1>Harbour works approved</h1>
    <div class="byline">By Jane Doe</div>
    <figure><img src="a.jpg"><figcaption>The harbour at dawn. Photo: J. Doe</figcaption></figure>
    <div class="article-body">
      <h2>Harbour works approved</h2>
      <p>Mar. 5, 2024, 9:30 AM CET</p>
      ${prose(3)}
      <p>Photo by Jane Doe/Coastal Times</p>
      <h2>What happens next</h2>
      <ul><li>Dredging begins in April, weather permitting.</li><li>The new quay opens in October.</li></ul>
      ${prose(2, 'quay')}
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <p>Read more: Council budget for 2024 approved</p>
      <p>(Reporting by Jane Doe; editing by John Smith)</p>
      <p>Jane Doe covers the coast. Follow her on Twitter @janedoe.</p>
    </div>
  </article></main>
  <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Storm hits the coast and floods the town centre overnight</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></aside>
  <section class="comments"><p>Great news, finally! Can't wait to see the quay, it has been so long, really, honestly.</p></section>
</div>
<footer><p>© 2024 The Coastal Times. All rights reserved.</p></footer>
<script>var tracking = "Paragraph about nothing";</script>
</body></html>`;

describe('cleanHtml finds the article body', () => {
  const page = cleanHtml(articlePage, { url: 'https://coastal.example/news/harbour-works?utm=1' });
  const paragraphs = page.text.split('\n\n');

  it('keeps the prose, the subheading and the list items as paragraphs, in order', () => {
    expect(paragraphs[0]).toMatch(/^Paragraph 1 about the harbour: the council met/);
    expect(paragraphs).toContain('What happens next');
    expect(paragraphs).toContain('Dredging begins in April, weather permitting.');
    expect(paragraphs).toContain('The new quay opens in October.');
    expect(paragraphs.at(-1)).toMatch(/^Paragraph 2 about the quay/);
    expect(paragraphs).toHaveLength(8);
  });

  it.each([
    ['the headline, also when repeated in the body', 'Harbour works approved'],
    ['a bare date line', 'Mar. 5, 2024'],
    ['a photo credit', 'Photo by'],
    ['a wire-service credit line', 'Reporting by'],
    ['an author bio with a follow prompt', 'Follow her'],
    ['the byline', 'By Jane Doe'],
    ['the caption', 'The harbour at dawn'],
    ['share buttons', 'Share on Facebook'],
    ['a read-more pointer', 'Read more'],
    ['the sidebar', 'Storm hits the coast'],
    ['comments', 'Great news, finally'],
    ['the footer', 'All rights reserved'],
    ['navigation', 'Sport'],
    ['scripts', 'tracking'],
  ])('leaves out %s', (_, fragment) => {
    expect(page.text).not.toContain(fragment);
  });

  it('collapses whitespace inside paragraphs and separates them by one blank line', () => {
    expect(page.text).not.toMatch(/[ \t]{2,}|\n{3,}|^\s|\s$/);
  });

  it('reads the metadata', () => {
    expect(page.metadata).toEqual({
      title: 'Harbour works approved',
      authors: ['Jane Doe', 'John Smith'],
      publishedAt: '2024-03-05T09:30:00+01:00',
      language: 'en-GB',
      siteName: 'The Coastal Times',
      canonicalUrl: 'https://coastal.example/news/harbour-works',
    });
    expect(page.warnings).toEqual([]);
  });
});

describe('lines that are not article prose', () => {
  it.each([
    ['By Justine Coleman - 11/18/19 11:04 PM EST', true],
    ['Updated at 1:23 p.m.', true],
    ['Nov. 20, 2019, 9:28 AM UTC', true],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', true],
    ['(Reporting by Will Dunham; Editing by Tom Brown)', true],
    ['Keith Bradsher contributed reporting from Hong Kong.', true],
    ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', true],
    ['Tempo de leitura: 1 minuto', true],
    ['Filed under: Khawarij |', true],
    ['Like this:', true],
    ['Popular on IndieWire', true],
    ['Sign up for the free daily newsletter.', true],
    ['[button link="/submit"] Send us your review[/button]', true],
    ['Sakib Ali/Hindustan Times/Getty Images', true],
    ['Leia também: Governo anuncia novo plano', true],
    ['Читайте также: Мэр подписал указ', true],
    ['Lesen Sie auch: Der Hafen wird größer', true],
    ['Von Moritz Bachmann', true],
    ['Par Jean-Pierre Dupont', true],
    ['Фото: пресс-служба мэрии', true],
    ['China has warned it will take control of the city (Image: GETTY )', true],
    // prose that merely starts like one of them
    ['Por ejemplo, la ciudad creció un tercio.', false],
    ['Von Miller scored twice on Sunday.', false],
    ['The image (a photo of the harbour) was taken in 1900.', false],
    ['Leia o relatório completo, que tem 200 páginas e foi publicado ontem pelo governo federal, com dados de todos os estados, municípios e regiões metropolitanas do país, além de séries históricas desde 1990, e conclui que a desigualdade caiu na última década.', false],
    ['By 2030, the city will have grown by a third.', false],
    ['May 5, 2019 is when he left.', false],
    ['— Dianna E. Anderson (@diannaeanderson) November 18, 2019', false],
    ['Popular in the 1990s, the band split.', false],
    ['Photo opportunities abound in the old town.', false],
  ])('%j is boilerplate: %s', (line, expected) => {
    expect(isBoilerplateParagraph(line)).toBe(expected);
  });
});

describe('inline elements in running text', () => {
  it('keeps a linked name whose id or class looks like boilerplate ("auto-tag_…", "author-link")', () => {
    const html = `<html><body><article>${prose(2)}<p>The song that <a id="auto-tag_jessie-buckley" href="/t/jessie-buckley">Jessie Buckley</a> sings was written by <span class="author-link">Mary Steenburgen</span> in ten years.</p>${prose(2)}</article></body></html>`;
    expect(cleanHtml(html).text).toContain('The song that Jessie Buckley sings was written by Mary Steenburgen in ten years.');
  });

  it('still drops a hover card or a caption inside a paragraph', () => {
    const html = `<html><body><article>${prose(2)}<p>He threatened Rep. <span class="rollover-people"><a href="/p/1">Ilhan Omar</a><span class="rollover-people-block">Ilhan Omar: latest stories</span></span> (D-Minn.) on Monday, the prosecutors said.<span class="caption">Photo: archive</span></p>${prose(2)}</article></body></html>`;
    expect(cleanHtml(html).text).toContain('He threatened Rep. Ilhan Omar (D-Minn.) on Monday, the prosecutors said.\n\n');
  });
});

describe('the summary marked by schema.org', () => {
  it('leaves out an itemprop=description standfirst', () => {
    const html = `<html><body><article><div itemprop="description" class="lead"><p>What was the council thinking when it approved the harbour works at such a cost?</p></div><div itemprop="articleBody">${prose(3)}</div></article></body></html>`;
    const text = cleanHtml(html).text;
    expect(text).not.toContain('What was the council thinking');
    expect(text).toMatch(/^Paragraph 1 about the harbour/);
  });
});

describe('page layouts without telling class names', () => {
  // bare <div>s: the choice rests on the page's structure alone, as on a site whose class words are unknown
  const bare = (body: string) => `<!doctype html><html><head><title>Plan approved</title></head><body><div><div><a href="/">Home</a> <a href="/world">World</a></div><div><h1>Plan approved</h1>${body}</div></div></body></html>`;

  it('joins an article split into two blocks in different wrappers', () => {
    const html = bare(`<div><div><div>${prose(4, 'first part')}</div><div><p>A pull quote</p></div></div><div><div>${prose(3, 'second part')}</div></div></div>`);
    expect(cleanHtml(html).text).toMatch(/^Paragraph 1 about the first part[\s\S]*Paragraph 3 about the second part[^\n]*$/);
  });

  it('prefers a short article to a longer list of teasers that each open with a link', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<li><a href="/s${i}">Story ${i}</a> A long teaser about another story, with commas, details, and more words to read.</li>`).join('');
    const html = bare(`<div><p>The bridge reopened on Monday after two weeks of repairs, the city said.</p><p>Traffic is expected to return to normal by Friday, officials said.</p></div><div><ul>${teasers}</ul></div>`);
    expect(cleanHtml(html).text).toBe('The bridge reopened on Monday after two weeks of repairs, the city said.\n\nTraffic is expected to return to normal by Friday, officials said.');
  });

  it.each([
    ['written as <div>s', (p: string) => p.replace(/<(\/?)p>/g, '<$1div>')],
    ['each wrapped in <div>s, as block editors write them', (p: string) => p.replace(/<p>/g, '<div><div><p>').replace(/<\/p>/g, '</p></div></div>')],
  ])('keeps paragraphs %s with links in their sentences', (_, markup) => {
    const linked = markup(`<p>The patient, from <a href="/a">Xilingol</a> in <a href="/b">Inner Mongolia</a>, had eaten a wild rabbit, <a href="/c">state media</a> said on Tuesday.</p>`);
    const html = bare(`<div>${markup(prose(3))}${linked}${markup(prose(1, 'quay'))}</div>`);
    expect(cleanHtml(html).text).toContain('The patient, from Xilingol in Inner Mongolia, had eaten a wild rabbit, state media said on Tuesday.');
  });

  it('reads text written between <br>s directly in an <article>', () => {
    const lines = Array.from({ length: 4 }, (_, i) => `Line ${i + 1} of the story: the board met on Monday, and the chair, who spoke at length, said the plan would go ahead.`).join('<br><br>');
    const html = `<html><body><div><div><p>This website is using cookies.</p><p>We use them to give you the best experience, as you know.</p></div><article>${lines}</article></div></body></html>`;
    expect(cleanHtml(html).text).toMatch(/^Line 1 of the story[\s\S]*Line 4 of the story[^\n]*$/);
  });

  it('keeps a data table of short cells and a numbered list inside the body', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>${i + 1}</td><td>Driver ${String.fromCharCode(65 + i)}</td><td>${500 - i * 10}</td></tr>`).join('');
    const items = Array.from({ length: 3 }, (_, i) => `<li>Point ${i + 1}: the plan changes the way the town works, the council says, and residents agree.</li>`).join('');
    const text = cleanHtml(bare(`<div>${prose(2)}<table><tr><th>Pos</th><th>Driver</th><th>Points</th></tr>${rows}</table><ol>${items}</ol>${prose(1, 'quay')}</div>`)).text;
    expect(text).toContain('12 Driver L 390');
    expect(text).toContain('Point 3: the plan changes');
    expect(text).toMatch(/Paragraph 1 about the quay/);
  });
});

describe('a page whose article wrapper has a boilerplate name', () => {
  it('is read again without the class-name rules when they leave no body', () => {
    const comments = Array.from({ length: 10 }, (_, i) => `<p>Comment ${i} from a reader who liked the story very much and wants more of the same</p>`).join('');
    const html = `<html><body><div class="promo-feature">${prose(3)}</div><div class="comments">${comments}</div></body></html>`;
    const page = cleanHtml(html);
    // (without class names the comments cannot be told from the article: text rather than none)
    expect(page.text).toMatch(/^Paragraph 1 about the harbour[\s\S]*Paragraph 3 about the harbour/);
    expect(page.warnings.map((w) => w.code)).toEqual(['BODY_WITHOUT_CLASS_RULES']);
  });
});

describe('paragraphs that are links', () => {
  it.each([
    ['a linked headline of another article goes', '<p><a href="/news/2024/other-story">Storm floods the town centre overnight again</a></p>', false],
    ['a short linked product or source stays', '<p><a href="https://shop.example/energize">Harbour Energy Drink</a></p>', true],
  ])('%s', (_, block, kept) => {
    const text = cleanHtml(`<html><body><article>${prose(2)}${block}${prose(2, 'quay')}</article></body></html>`).text;
    const fragment = block.replace(/<[^>]+>/g, '');
    expect(text.includes(fragment)).toBe(kept);
  });
});

describe('captions next to images', () => {
  it.each([
    ['a short line in the image\'s block is its caption', '<div class="media"><img src="a.jpg"><span>The quay at dawn</span></div>', false],
    ['a photographer / agency credit goes wherever it stands', '<p>Jane Doe/Getty Images</p>', false],
    ['a sentence after an image stays', '<div><img src="a.jpg"><p>The quay opened at dawn, an hour before the first ferry.</p></div>', true],
    ['a line after a <br> in the image\'s paragraph stays', '<p><img src="a.jpg"><br>2) Dredging of the harbour mouth</p>', true],
    ['a subheading after an image stays', '<div><img src="a.jpg"><h2>Dredging of the harbour mouth</h2></div>', true],
    ['an italic line in the paragraph after an image-only paragraph is its caption', '<p><a href="a.jpg"><img src="a.jpg"></a></p><p><em>Portam Civitatis by Peter Snijder</em></p>', false],
    ['a plain line in the paragraph after an image-only paragraph stays', '<p><img src="a.jpg"></p><p>Dredging of the harbour mouth</p>', true],
  ])('%s', (_, block, kept) => {
    const html = `<html><body><article>${prose(2)}${block}${prose(2, 'quay')}</article></body></html>`;
    const text = cleanHtml(html).text;
    const fragment = block.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    if (kept) expect(text).toContain(fragment);
    else expect(text).not.toContain(fragment);
  });
});

describe('metadata rules', () => {
  it.each([
    ['By TOM KRISHER, AP Auto Writer', ['Tom Krisher']],
    ['Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['By Staff', []],
    ['Reuters', []],
    ['News Nation Bureau', []],
    ['Victor Tangermann, Futurism', ['Victor Tangermann']],
    ['Troy L. Smith, Cleveland.com', ['Troy L. Smith']],
    ['https://example.com/people/meg-james', []],
    ['María José García; Søren Kierkegaard', ['María José García', 'Søren Kierkegaard']],
    ['Текст: Венера Ерофеева', ['Венера Ерофеева']],
    ['Finian Cunningham. Sputnik International', ['Finian Cunningham']],
    ['The Russian and Syrian defense ministries', []],
    ['The Water Coolest', []],
    ['Гость', []],
  ])('splitAuthors(%j)', (raw, expected) => {
    expect(splitAuthors(raw)).toEqual(expected);
  });

  it.each([
    ['2019-11-20T06:35:39+0000', '2019-11-20T06:35:39+00:00'],
    ['2019-11-20T01:50:59.403Z', '2019-11-20T01:50:59Z'],
    ['2019-11-19', '2019-11-19'],
    ['20191119', '2019-11-19'],
    ['Tue, 19 Nov 2019 10:00:00 GMT', '2019-11-19T10:00:00Z'],
    ['2019-13-45', null],
    ['0001-01-01T00:00:00Z', null],
    ['yesterday', null],
    ['Fri 6:45 PM, Feb 16, 2018', '2018-02-16'],
  ])('toIsoDate(%j) is %j', (raw, expected) => {
    expect(toIsoDate(raw)).toBe(expected);
  });

  it.each([
    ['Posted: Fri 6:45 PM, Feb 16, 2018', '2018-02-16'],
    ['November 19th, 2019 at 10:00', '2019-11-19'],
    ['publiziert am 25. September 2018', '2018-09-25'],
    ['19 de novembro de 2019', '2019-11-19'],
    ['le 3 mars 2020 à 14h', '2020-03-03'],
    ['[입력시간 : 2018-08-25 15:24]', '2018-08-25'],
    ['Aktualisiert 19.11.2019', '2019-11-19'],
    ['Summary of 2019', null],
    ['May the force be with you, 2019', null],
  ])('dateInText(%j) is %j', (text, expected) => {
    expect(dateInText(text)).toBe(expected);
  });

  it.each([
    ['<meta property="og:site_name" content="LinkNaija | Nigeria\'s popular news platform">', 'LinkNaija'],
    ['<meta property="og:site_name" content="https://www.example.in"><title>Story title here - Example News</title>', 'Example News'],
    ['<title>Opinion | A long story title - The Daily Planet</title>', 'The Daily Planet'],
  ])('site name from %s', (head, expected) => {
    const page = cleanHtml(`<html><head>${head}</head><body><article>${prose(3)}</article></body></html>`);
    expect(page.metadata.siteName).toBe(expected);
  });

  it('takes the publication date from the URL when the page gives none', () => {
    const page = cleanHtml(`<html><body><article>${prose(3)}</article></body></html>`, { url: 'https://example.org/2021/07/04/a-story/' });
    expect(page.metadata.publishedAt).toBe('2021-07-04');
  });

  it('follows a JSON-LD author given by @id to the Person in the graph', () => {
    const jsonLd = { '@graph': [{ '@type': 'BlogPosting', headline: 'Jam', author: { '@id': '#person-1' } }, { '@type': 'Person', '@id': '#person-1', name: 'Regan Shae' }] };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><article>${prose(3)}</article></body></html>`;
    expect(cleanHtml(html).metadata.authors).toEqual(['Regan Shae']);
  });

  it.each([
    ['a blogger known by one name', 'Regan', ['Regan']],
    ['the site itself, typed as a Person', 'LinkNaija', []],
    ['a brand in camel case', 'WeWork', []],
    ['a login name', 'jdadmin', []],
    ['a wire service', 'Reuters', []],
  ])('a one-word JSON-LD Person: %s (%j)', (_, name, expected) => {
    const jsonLd = { '@type': 'BlogPosting', headline: 'Jam for the holidays', author: { '@type': 'Person', name }, publisher: { '@type': 'Organization', name: 'LinkNaija' } };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><article>${prose(3)}</article></body></html>`;
    expect(cleanHtml(html).metadata.authors).toEqual(expected);
  });

  it('reads the author from a link to an author archive page', () => {
    const html = `<html><body><p class="about"><span>Von</span> <a class="profile" href="https://blog.example.com/author/moritz-bachmann">Moritz Bachmann</a></p><article>${prose(3)}</article></body></html>`;
    expect(cleanHtml(html).metadata.authors).toEqual(['Moritz Bachmann']);
  });

  it('does not take a commenter for the author', () => {
    const html = `<html><body><article>${prose(3)}</article><div class="comments"><div class="thecomment"><span class="author"><a href="https://example.com">Cherie McCluney</a></span> This jam is great!</div></div></body></html>`;
    expect(cleanHtml(html).metadata.authors).toEqual([]);
  });

  it('refines a publication day with the time a later source gives for it', () => {
    const jsonLd = { '@type': 'BlogPosting', headline: 'Jam', datePublished: '2017-12-06' };
    const html = `<html><head><meta property="article:published_time" content="2017-12-06T09:54:11+00:00"><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><article>${prose(3)}</article></body></html>`;
    expect(cleanHtml(html).metadata.publishedAt).toBe('2017-12-06T09:54:11+00:00');
  });

  it('reads a date written for readers in an element named for dates, not in a sidebar', () => {
    const html = `<html><body><aside><span class="date">March 1, 2020</span></aside><article><div class="post-date">publiziert am 25. September 2018</div>${prose(3)}</article></body></html>`;
    expect(cleanHtml(html).metadata.publishedAt).toBe('2018-09-25');
  });

  it('prefers JSON-LD for title, people and date', () => {
    const jsonLd = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Quay opens', datePublished: '2024-10-01T08:00:00Z', author: [{ '@type': 'Person', name: 'Ana Lima' }, { '@type': 'Organization', name: 'Coastal Media' }], publisher: { '@type': 'Organization', name: 'Coastal Media' } }] };
    const html = `<html><head><title>Something else</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><article>${prose(3)}</article></body></html>`;
    const { metadata } = cleanHtml(html);
    expect(metadata).toMatchObject({ title: 'Quay opens', authors: ['Ana Lima'], publishedAt: '2024-10-01T08:00:00Z', siteName: 'Coastal Media' });
  });
});

describe('language detection for pages that do not declare one', () => {
  it.each([
    ['en', prose(2)],
    ['ru', '<p>Синоптики обещают, что зима в этом году будет мягкой, а снега выпадет меньше обычного.</p><p>В понедельник в Москве ожидается снег, температура опустится до минус десяти градусов, сообщили синоптики. Во вторник, по их словам, мороз ослабнет, а к концу недели начнётся оттепель и дождь.</p>'],
    // "is", "was", "of", "in" and "will" are English words too: they must not make these English
    ['nl', '<p>Het nieuwe station is klaar, maar de trein was gisteren nog niet op tijd. Of de reizigers blij zijn, is de vraag.</p><p>De gemeente zegt dat het werk in het voorjaar begon en dat de kosten lager waren dan gedacht. Was het de moeite waard? Dat is wat iedereen in de stad wil weten.</p>'],
    ['de', '<p>Was die Stadt jetzt will, ist ein neuer Hafen. Der Bürgermeister sagte am Dienstag, dass die Arbeiten im Frühjahr beginnen.</p><p>Die Kosten seien geringer als erwartet, und in der Stadt hoffen viele auf neue Arbeitsplätze. Was die Opposition will, ist eine Abstimmung im Rat.</p>'],
    ['pt', '<p>Os moradores da cidade esperam que o novo cais traga mais turistas e empregos para a região.</p><p>A prefeitura anunciou nesta terça-feira que as obras do porto começam na primavera e devem terminar antes do outono, com um custo menor do que o previsto pelos engenheiros da cidade.</p>'],
  ])('%s', (language, body) => {
    expect(cleanHtml(`<html><body><article>${body}</article></body></html>`).metadata.language).toBe(language);
  });

  it('a declared language wins over the text', () => {
    expect(cleanHtml(`<html lang="de"><body><article>${prose(2)}</article></body></html>`).metadata.language).toBe('de');
  });
});

describe('bad pages give a warning and an empty body, never a crash', () => {
  const nested = (levels: number) => '<table><tr><td>'.repeat(levels) + prose(3) + '</td></tr></table>'.repeat(levels);
  const cases: Array<{ name: string; html: string; code: string | null }> = [
    { name: 'no body at all', html: '<!doctype html><html><head><title>Empty</title></head></html>', code: 'NO_ARTICLE_BODY' },
    { name: 'only scripts', html: '<html><body><script>document.write("<p>" + "x".repeat(500) + "</p>")</script><noscript>Enable JavaScript to read this article, please, and thank you for your patience.</noscript></body></html>', code: 'NO_ARTICLE_BODY' },
    { name: 'an empty string', html: '', code: 'NO_ARTICLE_BODY' },
    { name: 'a truncated document', html: `<html><body><article>${prose(3)}<p>And then the connection dro`, code: null },
    { name: '10 levels of nested tables', html: nested(10), code: null },
    { name: '5000 levels of nested divs', html: '<div>'.repeat(5000) + prose(2), code: 'PAGE_TOO_DEEP' },
  ];
  it.each(cases)('$name', ({ html, code }) => {
    const page = cleanHtml(html);
    if (code) {
      expect(page.text).toBe('');
      expect(page.warnings.map((w) => w.code)).toContain(code);
    } else {
      expect(page.text).toMatch(/^Paragraph 1 about the harbour/);
      expect(page.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('a page whose markup has no body but whose JSON-LD has one gives that, with a warning', () => {
    const body = 'First paragraph of the story, long enough to count as one.\nSecond paragraph, which ends the story with a quote from the mayor.';
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Quay', articleBody: body })}</script></head><body><div id="app"></div></body></html>`;
    const page = cleanHtml(html);
    expect(page.text).toBe(body.replace('\n', '\n\n'));
    expect(page.warnings.map((w) => w.code)).toEqual(['BODY_FROM_JSON_LD']);
  });

  it('a page whose markup holds a teaser but whose JSON-LD holds the whole story gives the story', () => {
    const story = Array.from({ length: 12 }, (_, i) => `Sentence group ${i + 1}: the ferry company said its new timetable would add crossings, lower fares and extend evening services.`).join('\n');
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: story })}</script></head><body><article><p>Subscribers can read the rest of this report about the harbour in our app, which is free to download today.</p><p>Our journalism depends on readers like you, and a subscription costs less than a coffee each week.</p></article></body></html>`;
    const page = cleanHtml(html);
    expect(page.text.split('\n\n')).toHaveLength(12);
    expect(page.warnings.map((w) => w.code)).toEqual(['BODY_FROM_JSON_LD']);
  });

  it('a 20 MB page is refused with a warning, without parsing it', () => {
    const huge = `<html><body>${prose(3)}${'<div>filler text</div>'.repeat(1_000_000)}</body></html>`;
    expect(huge.length).toBeGreaterThan(20_000_000);
    const page = cleanHtml(huge);
    expect(page.text).toBe('');
    expect(page.warnings[0]).toMatchObject({ stage: 'clean', code: 'PAGE_TOO_LARGE' });
  });

  it('binary data decoded as text throws a ParseError naming the problem', () => {
    const binary = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => cleanHtml(binary)).toThrow(ParseError);
    expect(() => cleanHtml(binary)).toThrow(/news-extract: the page is binary/);
  });
});

const seedPage = join(fixturesDir, 'articles', 'kazakhstan-eu-summit.html');

describe('the repository\'s article fixture', () => {
  it('cleans to exactly the paragraphs of its text version, with its metadata', () => {
    const page = cleanHtml(readFileSync(seedPage, 'utf8'));
    const expected = readFileSync(seedPage.replace(/\.html$/, '.txt'), 'utf8').trim().split(/\n+/);
    expect(page.text.split('\n\n')).toEqual(expected);
    expect(page.metadata).toMatchObject({ authors: ['Aigerim Seitkali'], publishedAt: '2025-04-04T09:30:00+05:00', language: 'en', siteName: 'Steppe Wire' });
    expect(page.warnings).toEqual([]);
  });
});

describe('what the clean stage gives back', () => {
  it('does not keep the page alive: a title read from the markup is its own string, not a view on the page', async () => {
    // ~150 KB pages, each different, with curly quotes so that V8 stores them two bytes a character
    const page = (n: number) =>
      `<html><head><title>Ministers’ meeting number ${n} in the capital</title><meta property="og:site_name" content="The Daily Example Gazette"></head>` +
      `<body><article>${`<p>Paragraph ${n} of a long report on the ministers’ meeting, with enough words to be prose.</p>`.repeat(1500)}</article></body></html>`;
    cleanHtml(page(0));
    const { value: kept, bytes: grown } = await bytesKept(() => Array.from({ length: 20 }, (_, n) => cleanHtml(page(n + 1)).metadata));
    expect(kept.map((m) => m.title)).toContain('Ministers’ meeting number 20 in the capital');
    expect(grown).toBeLessThan(1_500_000); // 20 pages of ~300 KB each if the titles pointed into them
  });
});
