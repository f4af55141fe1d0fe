/**
 * How news writes currencies, as data. Each rule maps a surface form to an ISO 4217 code and says why.
 * ISO codes themselves ("USD 5 million", "5 million EUR") come from the currency-codes package and are
 * not repeated here.
 */

export interface CurrencyRule {
  /** the surface form, matched case-sensitively for symbols and prefixes, case-insensitively for words */
  form: string;
  code: string;
  reason: string;
}

/** symbols and prefixed dollars written before the amount ("€12 billion", "HK$12.9bn") */
export const currencyPrefixes: CurrencyRule[] = [
  { form: '$', code: 'USD', reason: 'a bare dollar sign is the US dollar unless the article says otherwise' },
  { form: 'US$', code: 'USD', reason: 'explicit US dollar, common in Asian and Australian outlets' },
  { form: 'U.S.$', code: 'USD', reason: 'explicit US dollar, US style' },
  { form: 'US $', code: 'USD', reason: 'spaced form in some wire copy; "A $" and "C $" are not listed, "A $5m fine" is an article' },
  { form: 'NZ $', code: 'NZD', reason: 'New Zealand dollar, spaced' },
  { form: 'HK $', code: 'HKD', reason: 'Hong Kong dollar, spaced' },
  { form: 'AU $', code: 'AUD', reason: 'Australian dollar, spaced' },
  { form: 'A$', code: 'AUD', reason: 'Australian dollar' },
  { form: 'AU$', code: 'AUD', reason: 'Australian dollar' },
  { form: 'AUD$', code: 'AUD', reason: 'Australian dollar' },
  { form: 'C$', code: 'CAD', reason: 'Canadian dollar' },
  { form: 'CA$', code: 'CAD', reason: 'Canadian dollar' },
  { form: 'CAN$', code: 'CAD', reason: 'Canadian dollar' },
  { form: 'HK$', code: 'HKD', reason: 'Hong Kong dollar' },
  { form: 'S$', code: 'SGD', reason: 'Singapore dollar' },
  { form: 'SG$', code: 'SGD', reason: 'Singapore dollar' },
  { form: 'NZ$', code: 'NZD', reason: 'New Zealand dollar' },
  { form: 'NT$', code: 'TWD', reason: 'New Taiwan dollar' },
  { form: 'R$', code: 'BRL', reason: 'Brazilian real' },
  { form: 'MX$', code: 'MXN', reason: 'Mexican peso' },
  { form: 'Mex$', code: 'MXN', reason: 'Mexican peso' },
  { form: '€', code: 'EUR', reason: 'euro sign' },
  { form: '£', code: 'GBP', reason: 'pound sign: sterling in news unless another pound is named' },
  { form: '¥', code: 'JPY', reason: 'yen sign; "¥ … yuan" is corrected by the word after the amount' },
  { form: '₹', code: 'INR', reason: 'Indian rupee sign' },
  { form: 'Rs', code: 'INR', reason: 'rupees abbreviation, Indian outlets' },
  { form: 'Rs.', code: 'INR', reason: 'rupees abbreviation, Indian outlets' },
  { form: 'INR', code: 'INR', reason: 'ISO code written as a prefix' },
  { form: '₸', code: 'KZT', reason: 'Kazakh tenge sign' },
  { form: '₽', code: 'RUB', reason: 'Russian rouble sign' },
  { form: '₩', code: 'KRW', reason: 'South Korean won sign' },
  { form: '₺', code: 'TRY', reason: 'Turkish lira sign' },
  { form: '₦', code: 'NGN', reason: 'Nigerian naira sign' },
  { form: '₴', code: 'UAH', reason: 'Ukrainian hryvnia sign' },
  { form: '₪', code: 'ILS', reason: 'Israeli new shekel sign' },
  { form: '฿', code: 'THB', reason: 'Thai baht sign' },
  { form: '₱', code: 'PHP', reason: 'Philippine peso sign' },
  { form: '₫', code: 'VND', reason: 'Vietnamese dong sign' },
  { form: 'RM', code: 'MYR', reason: 'Malaysian ringgit as written in Malaysian outlets' },
  { form: 'Tk', code: 'BDT', reason: 'Bangladeshi taka as written in Bangladeshi outlets' },
  { form: 'KSh', code: 'KES', reason: 'Kenyan shilling as written in Kenyan outlets' },
  { form: 'Ksh', code: 'KES', reason: 'Kenyan shilling as written in Kenyan outlets' },
  { form: 'GH¢', code: 'GHS', reason: 'Ghanaian cedi sign' },
  { form: 'GH₵', code: 'GHS', reason: 'Ghanaian cedi sign' },
  { form: 'Dh', code: 'AED', reason: 'UAE dirham as written in Gulf outlets' },
  { form: 'Dhs', code: 'AED', reason: 'UAE dirham as written in Gulf outlets' },
];

/**
 * Currency words written after the amount ("12 billion euros", "5 million US dollars"). Longest forms
 * win, so "Hong Kong dollars" beats "dollars". Matched case-insensitively, singular and plural listed.
 */
export const currencyWords: CurrencyRule[] = [
  { form: 'dollar', code: 'USD', reason: 'a bare dollar is the US dollar unless the article says otherwise' },
  { form: 'dollars', code: 'USD', reason: 'a bare dollar is the US dollar unless the article says otherwise' },
  { form: 'us dollar', code: 'USD', reason: 'US dollar' },
  { form: 'us dollars', code: 'USD', reason: 'US dollar' },
  { form: 'u.s. dollar', code: 'USD', reason: 'US dollar' },
  { form: 'u.s. dollars', code: 'USD', reason: 'US dollar' },
  { form: 'american dollars', code: 'USD', reason: 'US dollar' },
  { form: 'australian dollars', code: 'AUD', reason: 'Australian dollar' },
  { form: 'australian dollar', code: 'AUD', reason: 'Australian dollar' },
  { form: 'canadian dollars', code: 'CAD', reason: 'Canadian dollar' },
  { form: 'canadian dollar', code: 'CAD', reason: 'Canadian dollar' },
  { form: 'hong kong dollars', code: 'HKD', reason: 'Hong Kong dollar' },
  { form: 'hong kong dollar', code: 'HKD', reason: 'Hong Kong dollar' },
  { form: 'singapore dollars', code: 'SGD', reason: 'Singapore dollar' },
  { form: 'singapore dollar', code: 'SGD', reason: 'Singapore dollar' },
  { form: 'new zealand dollars', code: 'NZD', reason: 'New Zealand dollar' },
  { form: 'taiwan dollars', code: 'TWD', reason: 'New Taiwan dollar' },
  { form: 'new taiwan dollars', code: 'TWD', reason: 'New Taiwan dollar' },
  { form: 'euro', code: 'EUR', reason: 'euro' },
  { form: 'euros', code: 'EUR', reason: 'euro' },
  { form: 'pounds sterling', code: 'GBP', reason: 'sterling' },
  { form: 'sterling', code: 'GBP', reason: 'sterling' },
  { form: 'british pounds', code: 'GBP', reason: 'sterling' },
  { form: 'egyptian pounds', code: 'EGP', reason: 'Egyptian pound' },
  { form: 'lebanese pounds', code: 'LBP', reason: 'Lebanese pound' },
  { form: 'yen', code: 'JPY', reason: 'Japanese yen' },
  { form: 'yuan', code: 'CNY', reason: 'Chinese yuan' },
  { form: 'renminbi', code: 'CNY', reason: 'Chinese yuan' },
  { form: 'rupee', code: 'INR', reason: 'a bare rupee is the Indian rupee in English-language news' },
  { form: 'rupees', code: 'INR', reason: 'a bare rupee is the Indian rupee in English-language news' },
  { form: 'indian rupees', code: 'INR', reason: 'Indian rupee' },
  { form: 'pakistani rupees', code: 'PKR', reason: 'Pakistani rupee' },
  { form: 'sri lankan rupees', code: 'LKR', reason: 'Sri Lankan rupee' },
  { form: 'nepalese rupees', code: 'NPR', reason: 'Nepalese rupee' },
  { form: 'tenge', code: 'KZT', reason: 'Kazakh tenge' },
  { form: 'riyal', code: 'SAR', reason: 'a bare riyal is the Saudi riyal in English-language news' },
  { form: 'riyals', code: 'SAR', reason: 'a bare riyal is the Saudi riyal in English-language news' },
  { form: 'saudi riyals', code: 'SAR', reason: 'Saudi riyal' },
  { form: 'qatari riyals', code: 'QAR', reason: 'Qatari riyal' },
  { form: 'omani rials', code: 'OMR', reason: 'Omani rial' },
  { form: 'rial', code: 'IRR', reason: 'the rial spelling is the Iranian rial' },
  { form: 'rials', code: 'IRR', reason: 'the rial spelling is the Iranian rial' },
  { form: 'dirham', code: 'AED', reason: 'a bare dirham is the UAE dirham in English-language news' },
  { form: 'dirhams', code: 'AED', reason: 'a bare dirham is the UAE dirham in English-language news' },
  { form: 'moroccan dirhams', code: 'MAD', reason: 'Moroccan dirham' },
  { form: 'rouble', code: 'RUB', reason: 'Russian rouble, British spelling' },
  { form: 'roubles', code: 'RUB', reason: 'Russian rouble, British spelling' },
  { form: 'ruble', code: 'RUB', reason: 'Russian rouble, US spelling' },
  { form: 'rubles', code: 'RUB', reason: 'Russian rouble, US spelling' },
  { form: 'belarusian rubles', code: 'BYN', reason: 'Belarusian rouble' },
  { form: 'won', code: 'KRW', reason: 'South Korean won; only after an amount, where the verb cannot stand' },
  { form: 'lira', code: 'TRY', reason: 'Turkish lira' },
  { form: 'liras', code: 'TRY', reason: 'Turkish lira' },
  { form: 'lire', code: 'TRY', reason: 'Turkish lira' },
  { form: 'reais', code: 'BRL', reason: 'Brazilian real (plural)' },
  { form: 'peso', code: 'MXN', reason: 'a bare peso is the Mexican peso in English-language news' },
  { form: 'pesos', code: 'MXN', reason: 'a bare peso is the Mexican peso in English-language news' },
  { form: 'mexican pesos', code: 'MXN', reason: 'Mexican peso' },
  { form: 'philippine pesos', code: 'PHP', reason: 'Philippine peso' },
  { form: 'argentine pesos', code: 'ARS', reason: 'Argentine peso' },
  { form: 'chilean pesos', code: 'CLP', reason: 'Chilean peso' },
  { form: 'colombian pesos', code: 'COP', reason: 'Colombian peso' },
  { form: 'naira', code: 'NGN', reason: 'Nigerian naira' },
  { form: 'rand', code: 'ZAR', reason: 'South African rand' },
  { form: 'shekel', code: 'ILS', reason: 'Israeli new shekel' },
  { form: 'shekels', code: 'ILS', reason: 'Israeli new shekel' },
  { form: 'swiss francs', code: 'CHF', reason: 'Swiss franc' },
  { form: 'francs', code: 'CHF', reason: 'the franc still in use in European news is the Swiss franc' },
  { form: 'cfa francs', code: 'XOF', reason: 'West African CFA franc, the more frequent of the two' },
  { form: 'kronor', code: 'SEK', reason: 'Swedish krona (plural)' },
  { form: 'swedish kronor', code: 'SEK', reason: 'Swedish krona' },
  { form: 'swedish crowns', code: 'SEK', reason: 'Swedish krona, Reuters style' },
  { form: 'norwegian crowns', code: 'NOK', reason: 'Norwegian krone, Reuters style' },
  { form: 'danish crowns', code: 'DKK', reason: 'Danish krone, Reuters style' },
  { form: 'norwegian kroner', code: 'NOK', reason: 'Norwegian krone' },
  { form: 'danish kroner', code: 'DKK', reason: 'Danish krone' },
  { form: 'czech crowns', code: 'CZK', reason: 'Czech koruna, Reuters style' },
  { form: 'zloty', code: 'PLN', reason: 'Polish zloty' },
  { form: 'zlotys', code: 'PLN', reason: 'Polish zloty' },
  { form: 'forints', code: 'HUF', reason: 'Hungarian forint' },
  { form: 'hryvnias', code: 'UAH', reason: 'Ukrainian hryvnia' },
  { form: 'hryvnia', code: 'UAH', reason: 'Ukrainian hryvnia' },
  { form: 'ringgit', code: 'MYR', reason: 'Malaysian ringgit' },
  { form: 'baht', code: 'THB', reason: 'Thai baht' },
  { form: 'rupiah', code: 'IDR', reason: 'Indonesian rupiah' },
  { form: 'dong', code: 'VND', reason: 'Vietnamese dong' },
  { form: 'taka', code: 'BDT', reason: 'Bangladeshi taka' },
  { form: 'som', code: 'KGS', reason: 'Kyrgyz som' },
  { form: 'sum', code: 'UZS', reason: 'Uzbek sum; only after an amount' },
  { form: 'manat', code: 'AZN', reason: 'Azerbaijani manat, the more frequent in news' },
  { form: 'lari', code: 'GEL', reason: 'Georgian lari' },
  { form: 'dram', code: 'AMD', reason: 'Armenian dram' },
  { form: 'drams', code: 'AMD', reason: 'Armenian dram' },
  { form: 'shillings', code: 'KES', reason: 'a bare shilling is the Kenyan shilling in English-language news' },
  { form: 'kenyan shillings', code: 'KES', reason: 'Kenyan shilling' },
  { form: 'cedis', code: 'GHS', reason: 'Ghanaian cedi' },
];

/** "pounds" after an amount is money only where the article also writes "£" or names sterling */
export const ambiguousPoundWords = ['pound', 'pounds'];

/** subunits: the amount is divided by 100 ("50 cents" → 0.5 USD) */
export const currencySubunits: { form: string; code: string; divisor: number; reason: string }[] = [
  { form: 'cents', code: 'USD', divisor: 100, reason: 'a bare cent is a US cent' },
  { form: 'cent', code: 'USD', divisor: 100, reason: 'a bare cent is a US cent' },
  { form: 'pence', code: 'GBP', divisor: 100, reason: 'sterling pence' },
];

/**
 * ISO codes that are also ordinary English words in capitals (headlines, acronyms): such a code is
 * read as a currency only with a digit amount right beside it.
 */
export const wordLikeCodes = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'BAM', 'GEL', 'MAD', 'PEN', 'CAD', 'SOS', 'WST', 'TND', 'AMD', 'UYU', 'ANG', 'BOB', 'NIO', 'LAK', 'VES', 'XXX', 'XTS']);

/** words that say the currency of bare "$" in the whole article ("all figures in Australian dollars") */
export const dollarDeclarations: { pattern: RegExp; code: string; reason: string }[] = [
  { pattern: /\b(?:figures|amounts|prices|values|numbers)\s+(?:are\s+)?in\s+australian dollars\b/i, code: 'AUD', reason: 'article declares its dollars Australian' },
  { pattern: /\b(?:figures|amounts|prices|values|numbers)\s+(?:are\s+)?in\s+canadian dollars\b/i, code: 'CAD', reason: 'article declares its dollars Canadian' },
  { pattern: /\b(?:figures|amounts|prices|values|numbers)\s+(?:are\s+)?in\s+new zealand dollars\b/i, code: 'NZD', reason: 'article declares its dollars New Zealand' },
  { pattern: /\b(?:figures|amounts|prices|values|numbers)\s+(?:are\s+)?in\s+hong kong dollars\b/i, code: 'HKD', reason: 'article declares its dollars Hong Kong' },
  { pattern: /\b(?:figures|amounts|prices|values|numbers)\s+(?:are\s+)?in\s+singapore dollars\b/i, code: 'SGD', reason: 'article declares its dollars Singapore' },
  { pattern: /\(\s*\$1\s*=\s*[\d.]+\s*(?:US\s*dollars?|USD)?\s*\)/i, code: 'USD', reason: 'Reuters exchange-rate footnote keeps "$" as the US dollar' },
];
