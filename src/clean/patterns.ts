/**
 * What the clean stage treats as boilerplate or as content, as data with the reason for each rule
 * (the patterns follow Mozilla Readability and trafilatura, which learnt them from many sites).
 * No rule names a site: these are the words page builders in general use for these parts.
 */

export interface TagRule {
  tags: string[];
  reason: string;
}

/** elements removed before anything is scored: never article prose */
export const DROPPED_TAGS: TagRule[] = [
  { tags: ['script', 'style', 'noscript', 'template', 'link', 'meta', 'head', 'title'], reason: 'code, styling or head data, not visible prose' },
  { tags: ['svg', 'canvas', 'math', 'video', 'audio', 'source', 'track', 'map', 'area'], reason: 'media and drawings carry no article text' },
  { tags: ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param'], reason: 'embedded documents are other pages' },
  { tags: ['input', 'button', 'select', 'option', 'optgroup', 'textarea', 'label', 'datalist', 'output', 'progress', 'meter', 'fieldset', 'legend'], reason: 'form controls: sign-up, search and comment boxes' },
  { tags: ['nav', 'menu', 'menuitem'], reason: 'site navigation' },
  { tags: ['aside'], reason: 'side content: related links, pull-outs, ads' },
  { tags: ['footer'], reason: 'page or article footers: tags, sharing, copyright' },
  { tags: ['dialog'], reason: 'pop-ups and consent boxes' },
  { tags: ['figcaption'], reason: 'image captions and credits are not the article body' },
  { tags: ['h1'], reason: 'the headline is metadata (title), not body' },
];

/** images are replaced by this empty element: no text, but the line after an image may be its caption */
export const IMAGE_MARKER = 'ne-image';
export const IMAGE_TAGS: ReadonlySet<string> = new Set(['img', 'picture']);

export const DROPPED_TAG_REASON: ReadonlyMap<string, string> = new Map(
  DROPPED_TAGS.flatMap((rule) => rule.tags.map((tag) => [tag, rule.reason] as const)),
);

export interface PatternRule {
  pattern: RegExp;
  reason: string;
  /** the rule does not apply to a wrapper of an embedded post (a quoted tweet is part of the story) */
  sparesEmbeddedPosts?: boolean;
  /** the rule applies also to inline elements inside running text (most do not: "auto-tag_mary-steenburgen" is a linked name in a sentence) */
  appliesInline?: boolean;
}

/** inline elements: inside a paragraph they are part of its sentence */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/** class/id words of reader comments (a commenter's name is no byline either) */
export const READER_COMMENTS_CLASS = /(^|[\s_-])(comments?|commentlist|comment-list|comments-area|disqus|dsq-|respond|replies)([\s_-]|$)/;

/**
 * class/id words of page parts that are never the article (tested on "class id", lower-cased).
 * They remove an element anywhere on the page unless it holds most of the page's paragraph text.
 */
export const BOILERPLATE_CLASS_RULES: PatternRule[] = [
  { pattern: READER_COMMENTS_CLASS, reason: 'reader comments' },
  { pattern: /(^|[\s_-])(share|sharing|social|sociable|shares|sharebar|share-bar|addthis|sharethis)([\s_-]|$)|social-|share-|-share/, reason: 'share and follow buttons', sparesEmbeddedPosts: true },
  { pattern: /newsletter|subscribe|subscription|signup|sign-up|optin|opt-in/, reason: 'newsletter and subscription prompts' },
  { pattern: /(^|[\s_-])related|related-?(posts|articles|stories|content|links)|more-?stories|recommended|recirc|read-?next|read-?more|up-?next|most-?(popular|read|viewed)|trending|also-?read|you-?may/, reason: 'links to other articles' },
  { pattern: /outbrain|taboola|criteo|zergnet|revcontent|dfp|gpt-ad|adsbygoogle|(^|[\s_-])ads?([\s_-]|$)|advert|sponsor|promo(?!ter)|(^|[\s_-])ad-?(slot|unit|wrapper|container|zone|box|banner)/, reason: 'advertising' },
  { pattern: /cookie|consent|gdpr|paywall|piano|regwall|meter-?(banner|wall)/, reason: 'consent and paywall prompts' },
  { pattern: /breadcrumb|bread-crumb|pagination|pager(\s|$)|(^|[\s_]|(?<!(with|has|w|no|and|without)-)-)(sidebar|side-bar|rail|skyscraper|masthead|navbar|navigation|subnav|topnav|menu)([\s_-]|$)/, reason: 'navigation and page chrome' },
  { pattern: /(^|[\s_-])(tags?|tag-?list|tagcloud|post-?tags|article-?tags|categories|topics)([\s_-]|$)/, reason: 'tag and category lists' },
  { pattern: /(^|[\s_-])(byline|authors?|post-?author|author-?(bio|box|info|card|details|content|name)|about-?the-?author|contributor-?bio|bio|biography|short-?biography|dateline|timestamp|post-?meta|entry-?meta|article-?meta|meta-?data|publish-?date|article-?info)([\s_-]|$)/, reason: 'byline and dates are metadata, not body' },
  { pattern: /caption|(^|[\s_-])(credit|photo-?credit|image-?credit)([\s_-]|$)/, reason: 'image captions and credits', appliesInline: true },
  { pattern: /hover-?card|popover|(tooltip|rollover)[\w-]*-(block|content|card|body|popup|box|inner|text)|(^|\s)tooltip(\s|$)/, reason: 'hover cards repeat a linked name with teasers', appliesInline: true },
  { pattern: /nocontent|noscript/, reason: 'marked by the page itself as not content (robots-nocontent, noscript fallbacks)' },
  // whole class tokens only: "hide-on-mobile" is shown on other screens
  { pattern: /print-?only|screen-?reader|sr-only|visually-?hidden|(^|\s)(hidden|hide|is-hidden|d-none|invisible)(\s|$)/, reason: 'text not shown to readers', appliesInline: true },
  { pattern: /(^|[\s_-])(modal|popup|pop-up|overlay|lightbox|toast|alert-?bar)([\s_-]|$)/, reason: 'pop-ups' },
  { pattern: /viral|syndication|user-?(info|profile)|side-?stories|suggest-?links|akismet|infoline|article-?infos|noprint|hide-?print/, reason: "further non-content parts named in trafilatura's discard list (viral widgets, syndication notes, user boxes, side stories, spam-filter notes, print-hidden parts)" },
  { pattern: /(^|[\s_-])(toolbar|tools|utility|print|email-?(this|share)|rating|reactions|votes?)([\s_-]|$)/, reason: 'page tools' },
];

/** Readability's class weights: words of content containers, and of everything else */
export const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;
export const NEGATIVE_CLASS =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;

/** markers of the article-body container used by publishing systems (schema.org and common CMS classes) */
export const BODY_CLASS =
  /(^|[\s_-])(post-?(text|body|entry|content)|entry-?content|article-?(text|content|body)|article__(content|body)|articlebody|story-?(body|content|text)|body-?text|field-?body|rich-?text|main-?content)([\s_-]|$)/;

/** tag weights for a container, from Readability: divs hold articles, lists and headings rarely do */
export const TAG_BASE_SCORE: Readonly<Record<string, number>> = {
  div: 5,
  article: 8,
  main: 3,
  section: 2,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** whole paragraphs that are calls to action or pointers to other pages, not the article */
export const BOILERPLATE_PARAGRAPHS: PatternRule[] = [
  { pattern: /^(read more|related|see also|also read|recommended|more from|watch|listen|click here|sign up|subscribe|follow us|advertisement|sponsored|trending)\b.{0,160}$/i, reason: 'pointers to other pages and calls to action' },
  { pattern: /^(share|share this|share on|tweet|email|print|comments?)$/i, reason: 'share-button labels' },
  { pattern: /^(copyright|\(c\))\s.{0,200}$|^.{0,200}(©|all rights reserved).{0,200}$/i, reason: 'copyright lines' },
  { pattern: /^(don[’']?t miss|more|most read|most popular|popular|latest|latest news|read next|up next|related articles|related stories|more stories|you may also like|top stories)\W*$/i, reason: 'labels of link lists' },
  {
    pattern: /^(leia (mais|também|tambem)|veja (mais|também|tambem)|saiba mais|lee (más|mas|también|tambien)|leer más|ver también|lire (aussi|plus|la suite)|à lire aussi|voir aussi|lesen sie (auch|mehr)|mehr zum thema|weiterlesen|leggi anche|leggi (di )?più|lees ook|lees meer|czytaj (też|także|więcej)|baca juga|читайте также|смотрите также|читать далее)(?=[\s:.…,!?]|$).{0,160}$/iu,
    reason: 'pointers to other pages, as the rule above in the languages of the pages (pt, es, fr, de, it, nl, pl, id, ru)',
  },
  { pattern: /^([Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u, reason: 'bylines ("By …") in other languages: de, fr, es/pt, it, nl, sv/no/da; two to four capitalised words' },
  { pattern: /^([Ww]ritten\s+)?[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]*){0,3})*(\s*[-|,–—]\s*.{0,60})?$/u, reason: 'bylines are metadata' },
  { pattern: /^(?=.*\d)(updated|published|posted|last updated|first published)\b.{0,80}$/i, reason: 'date lines are metadata' },
  { pattern: /^(like this (story|article)\b|share (this|it) with\b|have a tip\?|get the latest updates\b|tell us what you think\b|leave a (comment|reply)\b|what do you think\b).{0,200}$/i, reason: 'calls to share, comment or subscribe' },
  { pattern: /^(?=.{0,300}$)(?=.*\bsign up\b)(?=.*\bnewsletters?\b).*$/i, reason: 'newsletter sign-up prompts' },
  { pattern: /^.{0,200}\bclick here\b.{0,60}$/i, reason: 'calls to click elsewhere' },
  { pattern: /^\[\w+[^\]]*\].*\[\/\w+\]$/, reason: 'unrendered CMS shortcodes' },
  { pattern: /^\(?(reporting|writing|editing|additional reporting|compiled|produced) by\b.{0,300}$/i, reason: 'wire-service credit lines' },
  { pattern: /^(photo|photograph|image|picture|video|credit|source|foto|bild)s?(\s+by|\s*:|\s+credit)\s.{0,100}$/i, reason: 'photo credits' },
  { pattern: /^.{0,300}\((image|photo|picture|pictured|credit|foto|photograph|video)s?\s*:[^()]{1,60}\)\s*$/i, reason: 'captions that end with their credit ("… (Image: GETTY)")' },
  { pattern: /^(фото|fotó|fotografia|zdjęcie|immagine|imagen|crédit photo|fotos)\s*:\s.{0,100}$/iu, reason: 'photo credits in other languages' },
  { pattern: /^[^.!?]{0,100}[/|]\s*(getty images|getty|shutterstock|istock(photo)?|ap|afp|reuters|epa|bloomberg)\s*\)?$/i, reason: 'photo credits (photographer / agency)' },
  { pattern: /^(?=.{0,400}$).*\bfollow\b.{0,60}\bon (twitter|facebook|instagram|linkedin|youtube|tiktok)\b.*$/i, reason: 'author bios and follow prompts' },
  { pattern: /^\p{Lu}[\p{L}.'’ -]{2,80} contributed (reporting|research|to this (report|story|article))\b.{0,120}$/u, reason: 'contributor credit lines' },
  { pattern: /^(reading time|read time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura)\s*:?.{0,30}$|^\d+\s*(min|minute|minutes)\s+read$/i, reason: 'reading-time labels' },
  { pattern: /^(filed under|posted in|categories|category|tags|tagged|tagged with)\s*:.{0,200}$/i, reason: 'category and tag lines' },
  { pattern: /^(like this|share this|share)\s*:?$|^(popular|trending|most read|most popular|more) (on|in|at|from) [^,.;!?]{1,40}$/i, reason: 'share and link-list labels' },
  {
    pattern: /^((mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?\s+)?(\p{L}{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})([,\s]+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[a-z]{2,4})?)?\.?$/iu,
    reason: 'a bare date line is metadata',
  },
];

/** the label of a list of links to other pages ("More Great Stories", "Related articles", "You may also like") */
export const LINK_LIST_LABEL =
  /^(more|other|related|recommended|popular|trending|top|latest|further|editor[’']?s picks|you (may|might) (also )?like|don[’']?t miss|see also|read (more|next|also))\b.{0,50}$/i;

/** elements that start a new paragraph when rendering text */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'center',
]);

/** tags whose text is scored as one paragraph */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** children that make a div a container rather than a paragraph (Readability's DIV_TO_P_ELEMS) */
export const CONTAINER_CHILD_TAGS: ReadonlySet<string> = new Set([
  'blockquote', 'dl', 'div', 'img', 'ne-image', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'header', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
