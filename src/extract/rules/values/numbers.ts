/** Number words and scale words as news writes them, each with why it is read that way. */

export interface ScaleRule {
  form: string;
  factor: number;
  /** true when the form is read as a scale only right after an amount of money or before a plural noun ("$5m", "1.5m people") */
  moneyOrCountOnly?: boolean;
  reason: string;
}

export const scaleWords: ScaleRule[] = [
  { form: 'hundred', factor: 1e2, reason: 'written scale' },
  { form: 'thousand', factor: 1e3, reason: 'written scale' },
  { form: 'k', factor: 1e3, moneyOrCountOnly: true, reason: '"$50k": thousand, informal' },
  { form: 'million', factor: 1e6, reason: 'written scale' },
  { form: 'mn', factor: 1e6, reason: 'million, financial press' },
  { form: 'mln', factor: 1e6, reason: 'million, wire style' },
  { form: 'm', factor: 1e6, moneyOrCountOnly: true, reason: '"€5m": million; elsewhere "m" is the metre' },
  { form: 'mil', factor: 1e6, reason: 'million, informal' },
  { form: 'billion', factor: 1e9, reason: 'written scale (short scale, as all English news uses)' },
  { form: 'bn', factor: 1e9, reason: 'billion, financial press' },
  { form: 'bln', factor: 1e9, reason: 'billion, wire style' },
  { form: 'b', factor: 1e9, moneyOrCountOnly: true, reason: '"$4b": billion, informal' },
  { form: 'trillion', factor: 1e12, reason: 'written scale' },
  { form: 'tn', factor: 1e12, reason: 'trillion, financial press' },
  { form: 'trn', factor: 1e12, reason: 'trillion, wire style' },
  { form: 'tr', factor: 1e12, moneyOrCountOnly: true, reason: 'trillion, wire style' },
  { form: 'lakh', factor: 1e5, reason: 'Indian numbering: one lakh is 100,000' },
  { form: 'lakhs', factor: 1e5, reason: 'Indian numbering: one lakh is 100,000' },
  { form: 'lac', factor: 1e5, reason: 'Indian numbering, variant spelling of lakh' },
  { form: 'crore', factor: 1e7, reason: 'Indian numbering: one crore is 10,000,000' },
  { form: 'crores', factor: 1e7, reason: 'Indian numbering: one crore is 10,000,000' },
  { form: 'cr', factor: 1e7, moneyOrCountOnly: true, reason: 'crore, Indian financial press' },
];

/** cardinal words; "one" and "a" are read as numbers only before a scale or a unit (see numbers.ts) */
export const unitWords: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const tensWords: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** qualifiers written before an amount, longest first; values are the record's qualifier names */
export const qualifierPhrases: { form: string; qualifier: 'approximately' | 'at least' | 'at most' | 'more than' | 'less than' | 'up to' | 'exactly'; reason: string }[] = [
  { form: 'more than', qualifier: 'more than', reason: 'lower bound, exclusive' },
  { form: 'greater than', qualifier: 'more than', reason: 'lower bound, exclusive' },
  { form: 'in excess of', qualifier: 'more than', reason: 'lower bound, exclusive' },
  { form: 'upwards of', qualifier: 'more than', reason: 'lower bound, exclusive' },
  { form: 'over', qualifier: 'more than', reason: 'lower bound when it stands right before an amount' },
  { form: 'above', qualifier: 'more than', reason: 'lower bound when it stands right before an amount' },
  { form: 'just over', qualifier: 'more than', reason: 'lower bound' },
  { form: 'nearly', qualifier: 'approximately', reason: 'close to the amount (from below)' },
  { form: 'almost', qualifier: 'approximately', reason: 'close to the amount (from below)' },
  { form: 'about', qualifier: 'approximately', reason: 'close to the amount' },
  { form: 'around', qualifier: 'approximately', reason: 'close to the amount' },
  { form: 'near', qualifier: 'approximately', reason: '"a near 1-1/2 year trade war", wire style' },
  { form: 'roughly', qualifier: 'approximately', reason: 'close to the amount' },
  { form: 'approximately', qualifier: 'approximately', reason: 'close to the amount' },
  { form: 'some', qualifier: 'approximately', reason: '"some 200 people": close to the amount' },
  { form: 'an estimated', qualifier: 'approximately', reason: 'an estimate' },
  { form: 'estimated', qualifier: 'approximately', reason: 'an estimate' },
  { form: 'close to', qualifier: 'approximately', reason: 'close to the amount' },
  { form: 'less than', qualifier: 'less than', reason: 'upper bound, exclusive' },
  { form: 'fewer than', qualifier: 'less than', reason: 'upper bound, exclusive' },
  { form: 'under', qualifier: 'less than', reason: 'upper bound when it stands right before an amount' },
  { form: 'below', qualifier: 'less than', reason: 'upper bound when it stands right before an amount' },
  { form: 'just under', qualifier: 'less than', reason: 'upper bound' },
  { form: 'at least', qualifier: 'at least', reason: 'lower bound, inclusive' },
  { form: 'no less than', qualifier: 'at least', reason: 'lower bound, inclusive' },
  { form: 'a minimum of', qualifier: 'at least', reason: 'lower bound, inclusive' },
  { form: 'at most', qualifier: 'at most', reason: 'upper bound, inclusive' },
  { form: 'no more than', qualifier: 'at most', reason: 'upper bound, inclusive' },
  { form: 'a maximum of', qualifier: 'at most', reason: 'upper bound, inclusive' },
  { form: 'up to', qualifier: 'up to', reason: 'ceiling' },
  { form: 'as much as', qualifier: 'up to', reason: 'ceiling' },
  { form: 'as many as', qualifier: 'up to', reason: 'ceiling' },
  { form: 'exactly', qualifier: 'exactly', reason: 'stated as exact' },
  { form: 'precisely', qualifier: 'exactly', reason: 'stated as exact' },
];
