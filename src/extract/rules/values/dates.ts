/** Date words as news writes them, each with why it is read that way. */

export const monthForms: { form: string; month: number; reason: string }[] = [
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((form, i) => ({
    form,
    month: i + 1,
    reason: 'month name',
  })),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map((form) => ({
    form,
    month: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(form.slice(0, 3)) + 1,
    reason: 'AP and wire abbreviation, with or without the full stop',
  })),
];

/**
 * Months that are also ordinary words ("May" the modal verb, "March" the walk): a bare one is read as a
 * month only when no verb follows it ("in May the council…" yes, "may rise" no).
 */
export const verbLikeMonths = new Set(['may', 'march']);

export const weekdayForms: { form: string; weekday: number; reason: string }[] = [
  ...['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((form, i) => ({ form, weekday: i, reason: 'weekday' })),
];

/** street words: "1119 Eighth St.", "2134 Caldwell Place" are house numbers, not years */
export const streetWords = new Set([
  'st', 'st.', 'street', 'ave', 'ave.', 'avenue', 'rd', 'rd.', 'road', 'blvd', 'blvd.', 'boulevard', 'place', 'pl', 'pl.',
  'lane', 'ln', 'ln.', 'drive', 'dr', 'dr.', 'court', 'ct', 'ct.', 'way', 'terrace', 'highway', 'hwy', 'parkway', 'pkwy',
]);

/** words before a bare month or year that make it a date ("in April", "since 2017", "early 2019") */
export const datePrepositions = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'throughout', 'during', 'before', 'after',
  'of', 'between', 'and', 'early', 'late', 'mid', 'last', 'next', 'this', 'around', 'circa', 'fiscal', 'as', 'for', 'or',
  'earlier', 'later', 'till', 'til', 'into', 'within', 'starting', 'beginning', 'ending', 'end', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'year', 'since', 'than', 'at', 'with', 'about', 'over', 'under', 'back', 'ago',
]);

/**
 * Named days that contain a weekday: holidays and shopping days, not "the Friday of this week". Left out
 * rather than resolved (which year's Black Friday is meant is a guess).
 */
export const namedDays = new Set([
  'black friday', 'cyber monday', 'good friday', 'easter sunday', 'easter monday', 'super tuesday', 'ash wednesday',
  'palm sunday', 'holy saturday', 'bloody sunday', 'giving tuesday', 'black monday', 'black tuesday', 'black thursday',
  'maundy thursday', 'whit monday', 'super saturday', 'business saturday', 'boxing day',
]);

/** relative day words resolved against the publication date */
export const dayWords: { form: string; offsetDays: number; reason: string }[] = [
  { form: 'today', offsetDays: 0, reason: 'the publication day' },
  { form: 'tonight', offsetDays: 0, reason: 'the evening of the publication day' },
  { form: 'yesterday', offsetDays: -1, reason: 'the day before publication' },
  { form: 'tomorrow', offsetDays: 1, reason: 'the day after publication' },
  { form: 'this morning', offsetDays: 0, reason: 'the publication day' },
  { form: 'this afternoon', offsetDays: 0, reason: 'the publication day' },
  { form: 'this evening', offsetDays: 0, reason: 'the publication day' },
];

/** words that put an unanchored weekday or month in the future ("will meet on Friday") */
export const futureMarkers = new Set(['will', 'would', "'ll", 'shall', 'scheduled', 'expected', 'due', 'upcoming', 'coming', 'next', 'later', 'set']);

export const ordinalWords: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

/** past forms of "be", "have", "do" that put a weekday or month in the past ("was held on Monday") */
export const pastAuxiliaries = new Set(['was', 'were', 'had', 'did', "'d"]);

/**
 * Heads of event names: a year before a capitalised name ending in one of these dates the event
 * ("the 2020 Bangkok International Motor Show"), where before a product it is a model year ("the 2020 Sentra").
 */
export const eventHeads = new Set([
  'show', 'olympics', 'games', 'cup', 'election', 'elections', 'summit', 'conference', 'expo', 'exhibition', 'festival',
  'awards', 'championship', 'championships', 'census', 'budget', 'tournament', 'season', 'congress', 'forum', 'fair',
  'biennale', 'marathon', 'convention', 'midterms', 'primaries', 'referendum', 'world', 'open',
]);

/** locales whose numeric dates put the month first ("04/03/2025" is 3 April only elsewhere) */
export const monthFirstLocales = new Set(['en-us', 'en-ph', 'en-ca', 'us', 'en-fm', 'en-pw', 'en-mh']);
