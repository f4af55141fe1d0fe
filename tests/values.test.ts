/**
 * recogniseValues: money, quantities and dates, one row per expression. Each row is a short phrase
 * with its source: "bench:<id>" (article extraction benchmark, tuning half), "gum:<doc>" and
 * "wikigold:<doc>" (the NER datasets in ../shared), "seed" (the running example), or "wire-style"
 * (a form no stored article happens to contain, written as wire copy writes it). Every row lists ALL
 * the values its text holds, so a value found beyond them fails the row. The labelled whole articles
 * are tested in values-articles.test.ts. Sourced rows are verbatim substrings of their article.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/extract/analyse.js';
import { recogniseValues } from '../src/extract/values.js';
import { emptyMetadata, type ArticleDocument } from '../src/document.js';
import { parseDigitRange, parseDigits } from '../src/normalise/numbers.js';
import { isoWeek } from '../src/normalise/dates.js';

type Kind = 'money' | 'quantities' | 'dates';
interface Expected {
  kind: Kind;
  text: string;
  [field: string]: unknown;
}
interface Row {
  source: string;
  text: string;
  pub?: string | null;
  lang?: string;
  expect: Expected[];
}

const M = (text: string, fields: Record<string, unknown>): Expected => ({ kind: 'money', text, ...fields });
const Q = (text: string, fields: Record<string, unknown>): Expected => ({ kind: 'quantities', text, ...fields });
const D = (text: string, fields: Record<string, unknown>): Expected => ({ kind: 'dates', text, ...fields });

export function documentFor(text: string, publishedAt: string | null, language: string | null = 'en'): ArticleDocument {
  return {
    source: { uri: 'test:values', fetchedAt: new Date(0).toISOString(), contentSha256: '0'.repeat(64), mediaType: 'text/plain' },
    metadata: { ...emptyMetadata(), publishedAt, language },
    text,
    warnings: [],
  };
}

const money: Row[] = [
  { source: 'seed', text: 'we are launching a €12 billion Global Gateway investment package', expect: [M('€12 billion', { amount: 12e9, currency: 'EUR' })] },
  { source: 'seed', text: 'leaders welcomed the mobilisation of a €10 billion international investmentpackage', expect: [M('€10 billion', { amount: 10e9, currency: 'EUR' })] },
  { source: 'bench:360c732d', text: 'Alibaba is set to raise up to $12.9bn (£10bn) from its record-breaking second listing', expect: [M('$12.9bn', { amount: 12.9e9, currency: 'USD', qualifier: 'up to' }), M('£10bn', { amount: 10e9, currency: 'GBP' })] },
  { source: 'bench:360c732d', text: 'investors have been told 176 Hong Kong dollars (£17.43) is likely to be the final numbers', expect: [M('176 Hong Kong dollars', { amount: 176, currency: 'HKD' }), M('£17.43', { amount: 17.43, currency: 'GBP' })] },
  { source: 'bench:360c732d', text: 'Alibaba’s secondary listing would raise at least 88 billion Hong Kong dollars', expect: [M('88 billion Hong Kong dollars', { amount: 88e9, currency: 'HKD', qualifier: 'at least' })] },
  { source: 'bench:358cc4a0', text: 'paid the £71.6million fee to the Spanish league', expect: [M('£71.6million', { amount: 71.6e6, currency: 'GBP' })] },
  { source: 'bench:51374560', text: 'The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share', expect: [M('$2.8 billion', { amount: 2.8e9, currency: 'USD' }), M('$2.53 per diluted share', { amount: 2.53, currency: 'USD', per: 'diluted share' })] },
  { source: 'bench:51374560', text: 'were expecting $2.52 a share on revenue of $27.53 billion', expect: [M('$2.52 a share', { amount: 2.52, per: 'share' }), M('$27.53 billion', { amount: 27.53e9, currency: 'USD' })] },
  { source: 'bench:57d46c9d', text: 'U.S. crude CLc1 fell 3.38% to $55.12 per barrel', expect: [Q('3.38%', { value: 3.38, unit: 'percent' }), M('$55.12 per barrel', { amount: 55.12, currency: 'USD', per: 'barrel' })] },
  { source: 'bench:57d46c9d', text: 'Spot gold XAU= added 0.1% to $1,472.19 an ounce.', expect: [Q('0.1%', { value: 0.1, unit: 'percent' }), M('$1,472.19 an ounce', { amount: 1472.19, per: 'ounce' })] },
  { source: 'bench:57d46c9d', text: 'Copper CMCU3 rose 0.86% to $5,880.00 a tonne.', expect: [Q('0.86%', { value: 0.86 }), M('$5,880.00 a tonne', { amount: 5880, per: 'tonne' })] },
  { source: 'bench:39d5c43b', text: 'to achieve the $40-50 billion in annual Chinese purchases of American farm goods', expect: [M('$40-50 billion', { amount: null, currency: 'USD', min: 40e9, max: 50e9 })] },
  { source: 'bench:39d5c43b', text: 'eliminate the 15% tariffs on about $125 billion worth of Chinese goods', expect: [Q('15%', { value: 15, unit: 'percent' }), M('$125 billion', { amount: 125e9, qualifier: 'approximately' })] },
  { source: 'bench:702d1da6', text: 'how the United States could increase its agricultural exports to China to much more than $30 billion a year', expect: [M('$30 billion a year', { amount: 30e9, qualifier: 'more than', per: 'year' })] },
  { source: 'bench:06e5123e', text: 'had also planned to charge WeWork almost $6 million to use his trademark', expect: [M('$6 million', { amount: 6e6, qualifier: 'approximately' })] },
  { source: 'bench:3cb22bfa', text: 'Regular European pricing will start at 71,350 euro ($78,770) with deliveries', expect: [M('71,350 euro', { amount: 71350, currency: 'EUR' }), M('$78,770', { amount: 78770, currency: 'USD' })] },
  { source: 'bench:098bb3e9', text: 'Disney’s $6.99-a-month service is stocked with movies', expect: [M('$6.99-a-month', { amount: 6.99, currency: 'USD', per: 'month' })] },
  { source: 'bench:287e4d9f', text: "Afterwards you'll pay $6.99 per month.", expect: [M('$6.99 per month', { amount: 6.99, per: 'month' })] },
  { source: 'bench:287e4d9f', text: 'Sign up for a Hulu ad-free account for $11.99 a month', expect: [M('$11.99 a month', { amount: 11.99, per: 'month' })] },
  { source: 'bench:65bf3048', text: 'The latter can save many shoppers anywhere from $200 to $500 on average.', expect: [M('$200 to $500', { amount: null, min: 200, max: 500, currency: 'USD' })] },
  { source: 'bench:3f65af7b', text: 'yes the state spent nearly half a million dollars on it', expect: [M('half a million dollars', { amount: 500000, currency: 'USD', qualifier: 'approximately' })] },
  { source: 'bench:5f9c5ed5', text: 'He said he has spent Rs 24 lakh in the four attempts and Rs 40 lakh on advocacy', expect: [M('Rs 24 lakh', { amount: 2.4e6, currency: 'INR' }), Q('four attempts', { value: 4, unit: null, item: 'attempts' }), M('Rs 40 lakh', { amount: 4e6, currency: 'INR' })] },
  { source: 'bench:5f9c5ed5', text: 'said he had given Rs 25 lakh to an Amritsar-based agent', expect: [M('Rs 25 lakh', { amount: 2.5e6, currency: 'INR' })] },
  { source: 'bench:076f4f33', text: 'this bar is offering oxygen to anyone who is ready to pay Rs 300 for fresh air for 15 minutes', expect: [M('Rs 300', { amount: 300, currency: 'INR' }), Q('15 minutes', { value: 15, unit: 'minute', baseValue: 900, baseUnit: 'second' })] },
  { source: 'gum:gum-news_defector', text: 'He was released on US$ 20,000 bail on Thursday', pub: null, expect: [M('US$ 20,000', { amount: 20000, currency: 'USD' }), D('Thursday', { value: null, granularity: 'day', resolved: false, relative: true })] },
  { source: 'gum:gum-news_taxes', text: 'to pay over 422,000 euros in arrears for the period from 2004 to 2009', expect: [M('422,000 euros', { amount: 422000, currency: 'EUR', qualifier: 'more than' }), D('2004', { value: '2004', granularity: 'year' }), D('2009', { value: '2009', granularity: 'year' })] },
  { source: 'gum:gum-news_flag', text: 'to reach a verdict on the flag, at an estimated cost of NZ $ 26 million, although a recent poll found', expect: [M('NZ $ 26 million', { amount: 26e6, currency: 'NZD' })] },
  { source: 'bench:52111884', text: 'VIP : 60,000₩\nR : 50,000₩\nS : 40,000₩', expect: [M('60,000₩', { amount: 60000, currency: 'KRW' }), M('50,000₩', { amount: 50000, currency: 'KRW' }), M('40,000₩', { amount: 40000, currency: 'KRW' })] },
  { source: 'bench:57d46c9d', text: 'The Japanese yen strengthened 0.13% versus the greenback at 108.55 per dollar, while Sterling GBP= was last trading at $1.2925', expect: [Q('0.13%', { value: 0.13, unit: 'percent' }), M('108.55 per dollar', { amount: 108.55, currency: 'JPY', per: 'dollar' }), M('$1.2925', { amount: 1.2925, currency: 'USD' })] },
  { source: 'wire-style', text: 'Kazakhstan’s budget deficit widened to 2.4 trillion tenge', expect: [M('2.4 trillion tenge', { amount: 2.4e12, currency: 'KZT' })] },
  { source: 'wire-style', text: 'The fund will invest ₸500 billion in the project', expect: [M('₸500 billion', { amount: 500e9, currency: 'KZT' })] },
  { source: 'wire-style', text: 'China’s exports rose to 2.1 trillion yuan in October', pub: '2019-11-20', expect: [M('2.1 trillion yuan', { amount: 2.1e12, currency: 'CNY' }), D('October', { value: '2019-10', granularity: 'month' })] },
  { source: 'wire-style', text: 'Saudi Arabia plans spending of 1.02 trillion riyals next year', pub: '2019-12-10', expect: [M('1.02 trillion riyals', { amount: 1.02e12, currency: 'SAR' }), D('next year', { value: '2020', granularity: 'year' })] },
  { source: 'wire-style', text: 'the cabinet approved a ₹5,000 crore package for farmers', expect: [M('₹5,000 crore', { amount: 5e10, currency: 'INR' })] },
  { source: 'wire-style', text: 'the deal is worth 300 crore rupees', expect: [M('300 crore rupees', { amount: 3e9, currency: 'INR' })] },
  { source: 'wire-style', text: 'Woodside agreed to pay A$1.5 billion for the stake', expect: [M('A$1.5 billion', { amount: 1.5e9, currency: 'AUD' })] },
  { source: 'wire-style', text: 'the pipeline will cost C$300 million more', expect: [M('C$300 million', { amount: 300e6, currency: 'CAD' })] },
  { source: 'wire-style', text: 'Alibaba raised HK$88 billion in its listing', expect: [M('HK$88 billion', { amount: 88e9, currency: 'HKD' })] },
  { source: 'wire-style', text: 'Temasek invested S$2.3 billion last year', pub: '2019-06-01', expect: [M('S$2.3 billion', { amount: 2.3e9, currency: 'SGD' }), D('last year', { value: '2018', granularity: 'year' })] },
  { source: 'wire-style', text: 'The bank sold USD 500 million of bonds', expect: [M('USD 500 million', { amount: 500e6, currency: 'USD' })] },
  { source: 'wire-style', text: 'a loan of 2 billion EUR from the bank', expect: [M('2 billion EUR', { amount: 2e9, currency: 'EUR' })] },
  { source: 'wire-style', text: 'the investment of between €5m and €7m', expect: [M('€5m and €7m', { amount: null, currency: 'EUR', min: 5e6, max: 7e6 })] },
  { source: 'wire-style', text: 'the project could cost $2-3 billion', expect: [M('$2-3 billion', { amount: null, min: 2e9, max: 3e9, currency: 'USD' })] },
  { source: 'wire-style', text: 'two billion dollars in aid', expect: [M('two billion dollars', { amount: 2e9, currency: 'USD' })] },
  { source: 'wire-style', text: 'she earned $50k before tax', expect: [M('$50k', { amount: 50000, currency: 'USD' })] },
  { source: 'wire-style', text: 'Brent crude rose to $80 a barrel', expect: [M('$80 a barrel', { amount: 80, per: 'barrel' })] },
  { source: 'wire-style', text: 'workers earning $15 per hour', expect: [M('$15 per hour', { amount: 15, per: 'hour' })] },
  { source: 'wire-style', text: 'a market value of more than $1 trillion', expect: [M('$1 trillion', { amount: 1e12, qualifier: 'more than' })] },
  { source: 'wire-style', text: 'the UK’s debt passed £1.8tn', expect: [M('£1.8tn', { amount: 1.8e12, currency: 'GBP' })] },
  { source: 'wire-style', text: 'the fund had $4.5bn under management', expect: [M('$4.5bn', { amount: 4.5e9, currency: 'USD' })] },
  { source: 'wire-style', text: 'a $5.6-billion bid for the company', expect: [M('$5.6-billion', { amount: 5.6e9, currency: 'USD' })] },
  { source: 'wire-style', text: 'profit rose to 20 mln euros', expect: [M('20 mln euros', { amount: 20e6, currency: 'EUR' })] },
  { source: 'wire-style', text: 'a profit of 5m euros', expect: [M('5m euros', { amount: 5e6, currency: 'EUR' })] },
  { source: 'wire-style', text: 'the county raised KSh 1.2 billion', expect: [M('KSh 1.2 billion', { amount: 1.2e9, currency: 'KES' })] },
  { source: 'wire-style', text: 'a stamp now costs 50 cents', expect: [M('50 cents', { amount: 0.5, currency: 'USD' })] },
  { source: 'wire-style', text: 'the Bank of Japan bought ¥1 trillion of bonds', expect: [M('¥1 trillion', { amount: 1e12, currency: 'JPY' })] },
  { source: 'wire-style', text: 'Sberbank earned 845 billion roubles', expect: [M('845 billion roubles', { amount: 845e9, currency: 'RUB' })] },
  { source: 'wire-style', text: 'Samsung posted 7.7 trillion won in operating profit', expect: [M('7.7 trillion won', { amount: 7.7e12, currency: 'KRW' })] },
  { source: 'wire-style', text: 'a fine of 500,000 Swiss francs', expect: [M('500,000 Swiss francs', { amount: 500000, currency: 'CHF' })] },
];

const quantities: Row[] = [
  { source: 'seed', text: 'Geologists in Karagandy have identified around one million tonnes of rare earths at the Kuirektykol site.', expect: [Q('one million tonnes', { value: 1e6, unit: 'tonne', item: 'rare earths', qualifier: 'approximately', baseValue: 1e9, baseUnit: 'kilogram' })] },
  { source: 'seed', text: 'The government introduced three new visa categories designed to encourage the influx of talent', expect: [Q('three new visa categories', { value: 3, unit: null, item: 'new visa categories' })] },
  { source: 'bench:374ac9a5', text: 'finalized a deal to purchase 30 of Boeing \'s 787-9 Dreamliner jets', expect: [Q("30 of Boeing 's 787-9 Dreamliner jets", { value: 30, unit: null })] },
  { source: 'bench:374ac9a5', text: 'two catastrophic crashes of its popular 737 Max jet in less than five months that killed a total of 346 people.', expect: [Q('two catastrophic crashes', { value: 2, item: 'catastrophic crashes' }), Q('five months', { value: 5, unit: 'month', qualifier: 'less than' }), Q('346 people', { value: 346, item: 'people' })] },
  { source: 'bench:374ac9a5', text: 'Its fleet of roughly 400 737 Max jets around the world have been grounded', expect: [Q('400 737 Max jets', { value: 400, item: '737 Max jets', qualifier: 'approximately' })] },
  { source: 'bench:374ac9a5', text: 'The 777 program has faced delays due to engine problems', expect: [] },
  { source: 'bench:374ac9a5', text: 'Emirates had a fleet of 270 aircraft', expect: [Q('270 aircraft', { value: 270, item: 'aircraft' })] },
  { source: 'bench:57d46c9d', text: 'the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02', expect: [Q('102.2 points', { value: 102.2, item: 'points' }), Q('0.36%', { value: 0.36, unit: 'percent' })] },
  { source: 'bench:57d46c9d', text: 'Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.786%', expect: [Q('1.786%', { value: 1.786, unit: 'percent' })] },
  { source: 'bench:57d46c9d', text: 'a measure of world stock markets to their highest in nearly two years', expect: [Q('two years', { value: 2, unit: 'year', qualifier: 'approximately', baseValue: null })] },
  { source: 'bench:51374560', text: 'HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%', expect: [Q('-5.44%', { value: -5.44, unit: 'percent' })] },
  { source: 'bench:51374560', text: 'as revenue rose 3.5 percent to $27.2 billion', expect: [Q('3.5 percent', { value: 3.5, unit: 'percent' }), M('$27.2 billion', { amount: 27.2e9 })] },
  { source: 'bench:360c732d', text: 'pricing its shares at a 2.8 per cent discount to their New York close', expect: [Q('2.8 per cent', { value: 2.8, unit: 'percent' })] },
  { source: 'bench:360c732d', text: 'allowing underwriters to buy up to an additional 15 per cent of shares', expect: [Q('15 per cent', { value: 15, unit: 'percent', item: 'shares' })] },
  { source: 'bench:05844573', text: 'It’s built on new underpinnings that lower it two inches and make it two inches wider', expect: [Q('two inches', { value: 2, unit: 'inch', baseValue: 0.0508, baseUnit: 'metre' }), Q('two inches', { value: 2, unit: 'inch' })] },
  { source: 'bench:05844573', text: 'The new version gets a new 149 horsepower, 2-liter four-cylinder engine that’s 20% more powerful', expect: [Q('149 horsepower', { value: 149, unit: 'horsepower' }), Q('2-liter', { value: 2, unit: 'litre', baseValue: 0.002, baseUnit: 'cubic metre' }), Q('20%', { value: 20, unit: 'percent' })] },
  { source: 'bench:05844573', text: 'The all-wheel-drive version will be able to go from zero to 60 mph (97 kph) in five seconds', expect: [Q('60 mph', { value: 60, unit: 'miles per hour' }), Q('97 kph', { value: 97, unit: 'kilometres per hour' }), Q('five seconds', { value: 5, unit: 'second' })] },
  { source: 'bench:05844573', text: 'It will get the equivalent of 90 miles per gallon (38 kilometers per liter) of gasoline', expect: [Q('90 miles per gallon', { value: 90, unit: 'miles per gallon' }), Q('38 kilometers per liter', { value: 38, unit: 'kilometres per litre' })] },
  { source: 'bench:05844573', text: 'An augmented reality 15.6-inch touch screen that appears to float in the air', expect: [Q('15.6-inch', { value: 15.6, unit: 'inch' })] },
  { source: 'bench:686bb170', text: 'to study the 1,900-mile-wide (3,100 kilometers) Europa', expect: [Q('1,900-mile', { value: 1900, unit: 'mile' }), Q('3,100 kilometers', { value: 3100, unit: 'kilometre', baseValue: 3.1e6, baseUnit: 'metre' })] },
  { source: 'bench:686bb170', text: 'about 2,300 tons (2,095 metric tons), according to the researchers', expect: [Q('2,300 tons', { value: 2300, unit: 'ton', qualifier: 'approximately' }), Q('2,095 metric tons', { value: 2095, unit: 'tonne', baseValue: 2.095e6 })] },
  { source: 'bench:686bb170', text: 'The researchers observed Europa for 17 nights, from February 2016 through May 2017.', expect: [Q('17 nights', { value: 17, unit: null, item: 'nights' }), D('February 2016', { value: '2016-02', granularity: 'month' }), D('May 2017', { value: '2017-05', granularity: 'month' })] },
  { source: 'bench:3cb22bfa', text: 'That promises 355 horsepower and 414 lb-ft of torque, and should do 0-62 mph in 6.6 seconds.', expect: [Q('355 horsepower', { value: 355, unit: 'horsepower' }), Q('414 lb-ft', { value: 414, unit: 'pound-foot', item: 'torque' }), Q('0-62 mph', { value: 62, unit: 'miles per hour' }), Q('6.6 seconds', { value: 6.6, unit: 'second' })] },
  { source: 'bench:3cb22bfa', text: 'They’ll have 71 kWh and 95 kWh of battery capacity, respectively, along with 230 kW and 265 kW of power.', expect: [Q('71 kWh', { value: 71, unit: 'kilowatt-hour', baseValue: 71000, baseUnit: 'watt-hour' }), Q('95 kWh', { value: 95, unit: 'kilowatt-hour', item: 'battery capacity' }), Q('230 kW', { value: 230, unit: 'kilowatt' }), Q('265 kW', { value: 265, unit: 'kilowatt', item: 'power' })] },
  { source: 'bench:3cb22bfa', text: 'With the 2.1 cu.ft. front trunk, or “frunk,” you’re looking at 21.7 cu.ft. in total.', expect: [Q('2.1 cu.ft.', { value: 2.1, unit: 'cubic foot' }), Q('21.7 cu.ft.', { value: 21.7, unit: 'cubic foot' })] },
  { source: 'bench:3cb22bfa', text: 'the Sportback 55 should be able to top up to 80-percent in under thirty minutes', expect: [Q('80-percent', { value: 80, unit: 'percent' }), Q('thirty minutes', { value: 30, unit: 'minute', qualifier: 'less than', baseValue: 1800 })] },
  { source: 'bench:3cb22bfa', text: 'Audi fits the car with up to five radar sensors, five cameras, and twelve ultrasonic sensors', expect: [Q('five radar sensors', { value: 5, item: 'radar sensors', qualifier: 'up to' }), Q('five cameras', { value: 5, item: 'cameras' }), Q('twelve ultrasonic sensors', { value: 12, item: 'ultrasonic sensors' })] },
  { source: 'bench:1ace8c85', text: 'This comes less than a week after Bloomberg reported', expect: [Q('a week', { value: 1, unit: 'week', qualifier: 'less than', baseValue: 604800 })] },
  { source: 'bench:702d1da6', text: 'But more than a year and a half into the biggest trade war in modern history', expect: [Q('a year and a half', { value: 1.5, unit: 'year', qualifier: 'more than' })] },
  { source: 'bench:16c30add', text: 'going from 175 gigawatts to 450 gigawatts by 2022', expect: [Q('175 gigawatts', { value: 175, unit: 'gigawatt', baseValue: 1.75e11, baseUnit: 'watt' }), Q('450 gigawatts', { value: 450, unit: 'gigawatt' }), D('2022', { value: '2022', granularity: 'year' })] },
  { source: 'bench:16c30add', text: 'we have started distributing 50 lakh masks today', pub: null, expect: [Q('50 lakh masks', { value: 5e6, unit: null, item: 'masks' }), D('today', { value: null, resolved: false, granularity: 'day' })] },
  { source: 'bench:04a6711c', text: 'And an overwhelming 70 percent of Americans say', expect: [Q('70 percent', { value: 70, unit: 'percent', item: 'Americans' })] },
  { source: 'bench:7f93c194', text: 'researchers looked at surveys completed by 505,796 people between 2008 to 2016.', expect: [Q('505,796 people', { value: 505796, item: 'people' }), D('2008', { value: '2008' }), D('2016', { value: '2016' })] },
  { source: 'bench:7f93c194', text: 'Marijuana for recreational use has been legalized in 11 states and the District of Columbia.', expect: [Q('11 states', { value: 11, item: 'states' })] },
  { source: 'bench:57d46c9d', text: 'whether the United States and China could agree to end a near 1-1/2 year trade war', expect: [Q('1-1/2 year', { value: 1.5, unit: 'year', qualifier: 'approximately' })] },
  { source: 'bench:04a6711c', text: 'their nominee for governor, Jim Hood, lost by five-and-a-half points', expect: [Q('five-and-a-half points', { value: 5.5, unit: null, item: 'points' })] },
  { source: 'bench:04a6711c', text: 'Fifty-one percent say that', expect: [Q('Fifty-one percent', { value: 51, unit: 'percent' })] },
  { source: 'bench:04a6711c', text: 'Edwards ran for re-election on his implementation of the Medicaid expansion in Louisiana, which gave coverage to more than 400,000 state residents.', expect: [Q('400,000 state residents', { value: 400000, item: 'state residents', qualifier: 'more than' })] },
  { source: 'bench:156770d6', text: 'estimated that 964,000 people age 12 and older, which account for about 0.4 percent of the total U.S. population', expect: [Q('964,000 people', { value: 964000, item: 'people' }), Q('0.4 percent', { value: 0.4, unit: 'percent', qualifier: 'approximately' })] },
  { source: 'bench:7a457a4f', text: 'Carlineo faces a maximum of 10 years in prison and up to a $250,000 fine.', expect: [Q('10 years', { value: 10, unit: 'year', qualifier: 'at most' }), M('$250,000', { amount: 250000, currency: 'USD', qualifier: 'up to' })] },
  { source: 'bench:7a457a4f', text: 'possessed a loaded .45-caliber handgun, three rifles, two shotguns and hundreds of rounds of ammunition', expect: [Q('three rifles', { value: 3, item: 'rifles' }), Q('two shotguns', { value: 2, item: 'shotguns' })] },
  { source: 'bench:16c30add', text: 'particles smaller than 2.5 microns in diameter', expect: [Q('2.5 microns', { value: 2.5, unit: 'micrometre', baseUnit: 'metre' })] },
  { source: 'gum:gum-news_lanterns', text: 'in and around the 240,000 square meter memorial park', expect: [Q('240,000 square meter', { value: 240000, unit: 'square metre', baseValue: 240000 })] },
  { source: 'wikigold:wikigold-105', text: 'founded in 1988 which at its peak owned about 800,000 acres ( 3,000 km² ) of timberland', expect: [D('1988', { value: '1988', granularity: 'year' }), Q('800,000 acres', { value: 800000, unit: 'acre', qualifier: 'approximately' }), Q('3,000 km²', { value: 3000, unit: 'square kilometre', baseValue: 3e9 })] },
  { source: 'wikigold:wikigold-079', text: 'it is a convention center with 14,000 square feet of exhibit space', expect: [Q('14,000 square feet', { value: 14000, unit: 'square foot', item: 'exhibit space' })] },
  { source: 'gum:gum-news_election', text: 'The previous general legislative election in Hong Kong was before the 2014 protests.', expect: [D('2014', { value: '2014', granularity: 'year' })] },
  { source: 'gum:gum-news_election', text: 'The election elects 70 members of the Legislative Council', expect: [Q('70 members', { value: 70, item: 'members' })] },
  { source: 'gum:gum-news_iodine', text: 'A cross-sectional survey of 1709 schoolchildren - aged 8–10 years, from 88 schools - was carried out', expect: [Q('1709 schoolchildren', { value: 1709, item: 'schoolchildren' }), Q('88 schools', { value: 88, item: 'schools' })] },
  { source: 'wikigold:wikigold-005', text: 'Created in 1998 by Jared Leto and his brother , Shannon', expect: [D('1998', { value: '1998', granularity: 'year' })] },
  { source: 'wikigold:wikigold-005', text: 'Another track featured on certain imported 30 Seconds to Mars titles is', expect: [] },
  { source: 'gum:gum-news_hackers', text: 'At that time, one in three visits to the site came from BBC News', expect: [] },
  { source: 'gum:gum-news_homeopathic', text: 'Gloria developed severe eczema at the age of four months and the parents were advised', expect: [] },
  { source: 'bench:3cb5e2f4', text: 'With more than 6 million Sentra vehicles sold', expect: [Q('6 million Sentra vehicles', { value: 6e6, item: 'Sentra vehicles', qualifier: 'more than' })] },
  { source: 'bench:3cb5e2f4', text: 'It puts out 151 PS along with 197 Nm of torque', expect: [Q('151 PS', { value: 151, unit: 'metric horsepower', baseUnit: 'watt' }), Q('197 Nm', { value: 197, unit: 'newton metre', item: 'torque' })] },
  { source: 'bench:3cb5e2f4', text: 'Taking on a sleeker appearance, the 2020 Sentra gets a new V-Motion front grill', expect: [] },
  { source: 'bench:3cb5e2f4', text: 'it could make its ASEAN debut at the 2020 Bangkok International Motor Show', expect: [D('2020', { value: '2020', granularity: 'year' })] },
  { source: 'wire-style', text: 'Kazakhstan signed 27 memorandums of understanding with EU companies', expect: [Q('27 memorandums of understanding', { value: 27, unit: null, item: 'memorandums of understanding' })] },
  { source: 'wire-style', text: 'output of 200,000 barrels per day', expect: [Q('200,000 barrels per day', { value: 200000, unit: 'barrels per day', baseUnit: 'cubic metre per day' })] },
  { source: 'wire-style', text: 'OPEC+ agreed to cut output by 1.2 million bpd', expect: [Q('1.2 million bpd', { value: 1.2e6, unit: 'barrels per day' })] },
  { source: 'wire-style', text: 'fires destroyed 5,000 hectares of farmland', expect: [Q('5,000 hectares', { value: 5000, unit: 'hectare', item: 'farmland', baseValue: 5e7, baseUnit: 'square metre' })] },
  { source: 'wire-style', text: 'a reserve covering 12,000 square kilometres', expect: [Q('12,000 square kilometres', { value: 12000, unit: 'square kilometre' })] },
  { source: 'wire-style', text: 'a 1,200 MW coal plant', expect: [Q('1,200 MW', { value: 1200, unit: 'megawatt', baseValue: 1.2e9 })] },
  { source: 'wire-style', text: 'the country consumed 50 TWh of electricity', expect: [Q('50 TWh', { value: 50, unit: 'terawatt-hour', item: 'electricity', baseValue: 5e13, baseUnit: 'watt-hour' })] },
  { source: 'wire-style', text: 'Russia shipped 10 billion cubic metres of gas', expect: [Q('10 billion cubic metres', { value: 1e10, unit: 'cubic metre', item: 'gas' })] },
  { source: 'wire-style', text: 'the pipeline carries 55 bcm a year', expect: [Q('55 bcm', { value: 55, unit: 'billion cubic metres', baseValue: 5.5e10 })] },
  { source: 'wire-style', text: 'the plant treats 3 million litres of water', expect: [Q('3 million litres', { value: 3e6, unit: 'litre', item: 'water', baseValue: 3000 })] },
  { source: 'wire-style', text: 'the new railway is 15km long', expect: [Q('15km', { value: 15, unit: 'kilometre', baseValue: 15000 })] },
  { source: 'wire-style', text: 'a 15m sea wall', expect: [Q('15m', { value: 15, unit: 'metre' })] },
  { source: 'wire-style', text: 'the app has 1.5m users', expect: [Q('1.5m users', { value: 1.5e6, unit: null, item: 'users' })] },
  { source: 'wire-style', text: 'rates rose by 25 basis points', expect: [Q('25 basis points', { value: 25, unit: 'basis point' })] },
  { source: 'wire-style', text: 'unemployment fell 0.3 percentage points', expect: [Q('0.3 percentage points', { value: 0.3, unit: 'percentage point' })] },
  { source: 'wire-style', text: 'temperatures hit 45C in the shade', expect: [Q('45C', { value: 45, unit: 'degree Celsius' })] },
];

const dates: Row[] = [
  { source: 'seed', text: 'On 3 April 2025, Kazakh President Kassym-Jomart Tokayev met with European Commission President Ursula von der Leyen', expect: [D('3 April 2025', { value: '2025-04-03', granularity: 'day', relative: false })] },
  { source: 'seed', text: 'Kazakhstan has already introduced a visa-free regime for citizens of all EU states in 2017, aiming to develop business cooperation', expect: [D('2017', { value: '2017', granularity: 'year' })] },
  { source: 'gum:gum-news_afghan', text: 'international robotics competition\nFriday, July 21, 2017', expect: [D('July 21, 2017', { value: '2017-07-21', granularity: 'day' })] },
  { source: 'wikigold:wikigold-002', text: 'The 139th was formed at Camp Howe , near Pittsburgh , on September 1 , 1862', expect: [D('September 1 , 1862', { value: '1862-09-01', granularity: 'day' })] },
  { source: 'wikigold:wikigold-002', text: 'The regiment was mustered out June 21 , 1865', expect: [D('June 21 , 1865', { value: '1865-06-21' })] },
  { source: 'bench:33fe2471', text: 'As of 29 November 2018, thirty artworks will light up the city center of Amsterdam', expect: [D('29 November 2018', { value: '2018-11-29', granularity: 'day' }), Q('thirty artworks', { value: 30, item: 'artworks' })] },
  { source: 'bench:33fe2471', text: 'Amsterdam Light Festival can be enjoyed until 20 January 2019', expect: [D('20 January 2019', { value: '2019-01-20' })] },
  { source: 'bench:702d1da6', text: 'Mr. Trump recounted in an Oct. 21 cabinet meeting.', pub: '2019-11-18', expect: [D('Oct. 21', { value: '2019-10-21', granularity: 'day', relative: true })] },
  { source: 'bench:702d1da6', text: 'a 15 percent tariff that the Trump administration had planned to impose Dec. 15 on another $160 billion of goods', pub: '2019-11-18', expect: [Q('15 percent', { value: 15, unit: 'percent' }), D('Dec. 15', { value: '2019-12-15' }), M('$160 billion', { amount: 160e9 })] },
  { source: 'bench:702d1da6', text: 'a high-profile meeting last February in Hanoi', pub: '2019-11-18', expect: [D('February', { value: '2019-02', granularity: 'month' })] },
  { source: 'bench:702d1da6', text: 'said in a speech last week.', pub: '2019-11-18', expect: [D('last week', { value: '2019-W46', granularity: 'week', relative: true })] },
  { source: 'bench:57d46c9d', text: 'Oil prices fell sharply on Tuesday on oversupply concerns', pub: '2019-11-19', expect: [D('Tuesday', { value: '2019-11-19', granularity: 'day' })] },
  { source: 'bench:57d46c9d', text: 'The next round of tariffs is due to start in mid-December.', pub: '2019-11-19', expect: [D('mid-December', { value: '2019-12', granularity: 'month' })] },
  { source: 'bench:57d46c9d', text: 'Russia is unlikely to agree to cut its oil output further at a meeting with fellow exporters next month.', pub: '2019-11-19', expect: [D('next month', { value: '2019-12', granularity: 'month' })] },
  { source: 'bench:57d46c9d', text: 'Separately, Norway’s October oil production beat forecasts', pub: '2019-11-19', expect: [D('October', { value: '2019-10', granularity: 'month' })] },
  { source: 'bench:06e5123e', text: 'The company shelved its plans for an initial public offering on September 30 after investors grew wary', pub: '2019-11-19', expect: [D('September 30', { value: '2019-09-30' })] },
  { source: 'bench:06e5123e', text: 'Next steps to shape the company’s future will be divulged in an all-company meeting on Friday', pub: '2019-11-19', expect: [D('Friday', { value: '2019-11-22' })] },
  { source: 'bench:06e5123e', text: 'Bloomberg News reported on Friday that WeWork is facing scrutiny', pub: '2019-11-19', expect: [D('Friday', { value: '2019-11-15' })] },
  { source: 'bench:06e5123e', text: 'WeWork’s 2025 bond has weakened sharply in the past week, hitting 16.057% on Monday, according to data', pub: '2019-11-19', expect: [D('2025', { value: '2025' }), Q('16.057%', { value: 16.057 }), D('Monday', { value: '2019-11-18' })] },
  { source: 'bench:05844573', text: 'The show opens to the public on Friday.', pub: '2019-11-20', expect: [D('Friday', { value: '2019-11-22' })] },
  { source: 'bench:05844573', text: 'The 2020 Sentra, which goes on sale in late January, loses the old version’s upright econobox look.', pub: '2019-11-20', expect: [D('January', { value: '2020-01', granularity: 'month' })] },
  { source: 'bench:098bb3e9', text: 'the more than 10 million users who activated their accounts last Tuesday', pub: '2019-11-19', expect: [Q('10 million users', { value: 1e7, qualifier: 'more than' }), D('last Tuesday', { value: '2019-11-12' })] },
  { source: 'bench:098bb3e9', text: 'Mayer was named chairman of Disney’s direct-to-consumer and international division in March 2018', expect: [D('March 2018', { value: '2018-03', granularity: 'month', relative: false })] },
  { source: 'bench:39d5c43b', text: 'a second person briefed on last weekend\'s trade phone call said', pub: '2019-11-20', expect: [D('last weekend', { value: '2019-11-16/2019-11-17', granularity: 'day' })] },
  { source: 'bench:961bd85c', text: 'later arrested Elizabeth A. Burton, 32, of 1119 Eighth St., after locating methamphetamine', pub: '2019-11-20', expect: [] },
  { source: 'bench:961bd85c', text: 'executed a search warrant Monday evening on a detached garage behind 2134 Caldwell Place.', pub: '2019-11-20', expect: [D('Monday', { value: '2019-11-18', granularity: 'day' })] },
  { source: 'gum:gum-news_clock', text: 'Mohamed was a VIP guest at the Google Science Fair this weekend, and was able to meet finalists', pub: '2015-09-22', expect: [D('this weekend', { value: '2015-09-19/2015-09-20', granularity: 'day' })] },
  { source: 'gum:gum-news_expo', text: 'The 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this weekend, attracting thousands', pub: '2016-09-07', expect: [D('this weekend', { value: '2016-09-03/2016-09-04', granularity: 'day' })] },
  { source: 'bench:51374560', text: 'Home Depot reported third-quarter earnings that topped estimates', pub: '2019-11-19', expect: [D('third-quarter', { value: '2019-Q3', granularity: 'quarter' })] },
  { source: 'bench:374ac9a5', text: 'will recommence its expansion in the early 2020s', expect: [D('2020s', { value: '202X', granularity: 'decade' })] },
  { source: 'bench:686bb170', text: 'Europa Clipper, which is scheduled to launch in the mid-2020s.', expect: [D('mid-2020s', { value: '202X', granularity: 'decade' })] },
  { source: 'bench:1f765c48', text: 'Prince Andrew stayed with Epstein in his New York City mansion in the early 2000s', expect: [D('2000s', { value: '200X', granularity: 'decade' })] },
  { source: 'bench:4219d096', text: 'Not to be confused with a 1990s grunge band, pear jam is a delicious gift', expect: [D('1990s', { value: '199X', granularity: 'decade' })] },
  { source: 'bench:04a6711c', text: 'a dramatic turnaround from four years ago, when Republican Phil Bryant won in a landslide', pub: '2019-11-19', expect: [D('four years ago', { value: '2015', granularity: 'year', relative: true })] },
  { source: 'bench:3cb5e2f4', text: 'After debuting the all-new Juke two months ago, Nissan has taken the covers off', pub: '2019-11-20', expect: [D('two months ago', { value: '2019-09', granularity: 'month' })] },
  { source: 'bench:0e014df6', text: 'We moved here two years ago and we’re still in awe of the beauty', pub: null, expect: [D('two years ago', { value: null, resolved: false, relative: true, granularity: 'year' })] },
  { source: 'bench:1f765c48', text: 'at a pizza restaurant in England with his daughter 18 years ago – on the same day it is alleged he raped a 17-year-old girl', pub: '2019-11-17', expect: [D('18 years ago', { value: '2001', granularity: 'year' })] },
  { source: 'bench:3cb22bfa', text: 'Audi e-tron GT Concept First Drive: Welcome to the future\n2019 Audi e-tron Review: Grading on a Curve', expect: [] },
  { source: 'bench:374ac9a5', text: 'The mid-size wide body 787-9 jet is a larger and longer-range variant', expect: [] },
  { source: 'bench:7de52419', text: 'High school math teacher Angela Cooper said she and more than 40 fellow teachers from the Gibson Southern schools near Evansville left about 4:30 a.m. for the rally.', expect: [Q('40 fellow teachers', { value: 40, qualifier: 'more than' })] },
  { source: 'gum:gum-news_hackers', text: 'according to an Internet posting made just over 24 hours ago, the Church of Scientology', pub: null, expect: [D('24 hours ago', { value: null, granularity: 'day', resolved: false })] },
  { source: 'bench:52111884', text: '2018.04.05 ~ OPEN RUN', expect: [D('2018.04.05', { value: '2018-04-05', granularity: 'day' })] },
  { source: 'bench:5fbc7ccb', text: 'as we head into the season of Black Friday and Cyber Monday, along with the many promotions', pub: '2019-11-19', expect: [] },
  { source: 'bench:5fbc7ccb', text: 'With a range of up to 4km and battery life of 30 minutes, it\'s pretty hard to believe it\'s priced at $399.', expect: [Q('4km', { value: 4, unit: 'kilometre', qualifier: 'up to' }), Q('30 minutes', { value: 30, unit: 'minute' }), M('$399', { amount: 399, currency: 'USD' })] },
  { source: 'bench:5fbc7ccb', text: 'comes with three different sized tips to ensure you get the right fit', expect: [Q('three different sized tips', { value: 3, item: 'different sized tips' })] },
  { source: 'wire-style', text: 'On 2025-04-03 the ministry published the figures', expect: [D('2025-04-03', { value: '2025-04-03', granularity: 'day' })] },
  { source: 'wire-style', text: 'the contract was signed on 03/04/2025 in Astana', lang: 'en-GB', expect: [D('03/04/2025', { value: '2025-04-03', granularity: 'day' })] },
  { source: 'wire-style', text: 'the contract was signed on 03/04/2025 in Houston', lang: 'en-US', expect: [D('03/04/2025', { value: '2025-03-04', granularity: 'day' })] },
  { source: 'wire-style', text: 'the vote was held on 25/12/2024 in Almaty', lang: 'en-US', expect: [D('25/12/2024', { value: '2024-12-25' })] },
  { source: 'wire-style', text: 'exports rose 5% in April 2025', expect: [Q('5%', { value: 5 }), D('April 2025', { value: '2025-04', granularity: 'month' })] },
  { source: 'wire-style', text: 'results for Q3 2024 beat forecasts', expect: [D('Q3 2024', { value: '2024-Q3', granularity: 'quarter' })] },
  { source: 'wire-style', text: 'growth in the third quarter of 2019 slowed', expect: [D('third quarter of 2019', { value: '2019-Q3', granularity: 'quarter' })] },
  { source: 'wire-style', text: 'the town was founded in the 20th century', expect: [D('20th century', { value: '19XX', granularity: 'century' })] },
  { source: 'wire-style', text: 'the ministers met two weeks ago', pub: '2025-04-03', expect: [D('two weeks ago', { value: '2025-W12', granularity: 'week' })] },
  { source: 'wire-style', text: 'The talks ended yesterday', pub: '2025-04-03T10:00:00+05:00', expect: [D('yesterday', { value: '2025-04-02', granularity: 'day' })] },
  { source: 'wire-style', text: 'sales fell last year', pub: null, expect: [D('last year', { value: null, resolved: false, relative: true, granularity: 'year' })] },
  { source: 'wire-style', text: 'the company’s fiscal 2019 results', expect: [D('2019', { value: '2019', granularity: 'year' })] },
  { source: 'wire-style', text: 'the hearing is set for April 3-5, 2025', expect: [D('April 3-5, 2025', { value: '2025-04-03/2025-04-05', granularity: 'day' })] },
  { source: 'wire-style', text: 'the summit runs Nov. 18-20 in Busan', pub: '2019-11-10', expect: [D('Nov. 18-20', { value: '2019-11-18/2019-11-20', granularity: 'day', relative: true })] },
  { source: 'wire-style', text: 'the fiscal 2019/20 budget', expect: [D('2019/20', { value: '2019/2020', granularity: 'year' })] },
  { source: 'wire-style', text: 'the 2018-19 season', expect: [D('2018-19', { value: '2018/2019', granularity: 'year' })] },
  { source: 'wire-style', text: 'a 40-year-old man was arrested at 10:30 a.m.', expect: [] },
  { source: 'wire-style', text: 'Theresa May said the vote may take place', expect: [] },
];


/**
 * Windows of labelled benchmark articles (fixtures/values/labels.json), quoted verbatim, each with every
 * value it holds; generated once from the labels and checked by hand.
 */
const fromLabelledArticles: Row[] = [
  { source: 'bench:57d46c9d', text: "YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stocks", pub: '2019-11-19', expect: [D("Tuesday", {value: "2019-11-19",granularity: "day"})] },
  { source: 'bench:57d46c9d', text: "over whether the United States and China could agree to end a near 1-1/2 year trade war as a reason for stocks to drift and", pub: '2019-11-19', expect: [Q("1-1/2 year", {value: 1.5,unit: "year",item: null,qualifier: "approximately"})] },
  { source: 'bench:57d46c9d', text: "potential oversupply, combined with some worries over global demand next year, sent prices lower.", pub: '2019-11-19', expect: [D("next year", {value: "2020",granularity: "year"})] },
  { source: 'bench:57d46c9d', text: "“Moreover, Russia also failed to fulfill its agreed cuts in November so far,” Commerzbank analyst Carsten Fritsch", pub: '2019-11-19', expect: [D("November", {value: "2019-11",granularity: "month"})] },
  { source: 'bench:57d46c9d', text: "3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74% on the day.", pub: '2019-11-19', expect: [Q("3.38%", {value: 3.38,unit: "percent",item: null}), M("$55.12 per barrel", {amount: 55.12,currency: "USD",per: "barrel"}), M("$60.73", {amount: 60.73,currency: "USD"}), Q("2.74%", {value: 2.74,unit: "percent",item: null})] },
  { source: 'bench:57d46c9d', text: "On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02, the S&P 500 .SPX lost", pub: '2019-11-19', expect: [Q("102.2 points", {value: 102.2,unit: null,item: "points"}), Q("0.36%", {value: 0.36,unit: "percent",item: null})] },
  { source: 'bench:57d46c9d', text: "Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02, the S&P 500 .SPX lost 1.85 points,", pub: '2019-11-19', expect: [Q("102.2 points", {value: 102.2,unit: null,item: "points"}), Q("0.36%", {value: 0.36,unit: "percent",item: null}), Q("1.85 points", {value: 1.85,unit: null,item: "points"})] },
  { source: 'bench:57d46c9d', text: "to 3,120.18 and the Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to 8,570.66.", pub: '2019-11-19', expect: [Q("20.72 points", {value: 20.72,unit: null,item: "points"}), Q("0.24%", {value: 0.24,unit: "percent",item: null})] },
  { source: 'bench:57d46c9d', text: "high and a measure of world stock markets to their highest in nearly two years, but those gains were pared later in the session.", pub: '2019-11-19', expect: [Q("two years", {value: 2,unit: "year",item: null,qualifier: "approximately"})] },
  { source: 'bench:57d46c9d', text: "The pan-European STOXX 600 index lost 0.12% while MSCI’s gauge of stocks across the globe", pub: '2019-11-19', expect: [Q("0.12%", {value: 0.12,unit: "percent",item: null})] },
  { source: 'bench:57d46c9d', text: "while MSCI’s gauge of stocks across the globe .MIWD00000PUS gained 0.02% eking out its seventh straight session of gains.", pub: '2019-11-19', expect: [Q("0.02%", {value: 0.02,unit: "percent",item: null})] },
  { source: 'bench:57d46c9d', text: "Emerging market stocks rose 0.48%.", pub: '2019-11-19', expect: [Q("0.48%", {value: 0.48,unit: "percent",item: null})] },
  { source: 'bench:57d46c9d', text: "index of Asia-Pacific shares outside Japan .MIAPJ0000PUS closed 0.68% higher, while Japan’s Nikkei futures NKc1 lost", pub: '2019-11-19', expect: [Q("0.68%", {value: 0.68,unit: "percent",item: null})] },
  { source: 'bench:57d46c9d', text: "closed 0.68% higher, while Japan’s Nikkei futures NKc1 lost 0.66%.", pub: '2019-11-19', expect: [Q("0.68%", {value: 0.68,unit: "percent",item: null}), Q("0.66%", {value: 0.66,unit: "percent",item: null})] },
  { source: 'bench:57d46c9d', text: "The 30-year bond US30YT=RR last rose 29/32 in price to yield 2.252%, from 2.293% late on Monday.", pub: '2019-11-19', expect: [Q("2.252%", {value: 2.252,unit: "percent",item: null}), Q("2.293%", {value: 2.293,unit: "percent",item: null}), D("Monday", {value: "2019-11-18",granularity: "day"})] },
  { source: 'bench:57d46c9d', text: "30-year bond US30YT=RR last rose 29/32 in price to yield 2.252%, from 2.293% late on Monday.", pub: '2019-11-19', expect: [Q("2.252%", {value: 2.252,unit: "percent",item: null}), Q("2.293%", {value: 2.293,unit: "percent",item: null}), D("Monday", {value: "2019-11-18",granularity: "day"})] },
  { source: 'bench:57d46c9d', text: "last rose 29/32 in price to yield 2.252%, from 2.293% late on Monday.", pub: '2019-11-19', expect: [Q("2.252%", {value: 2.252,unit: "percent",item: null}), Q("2.293%", {value: 2.293,unit: "percent",item: null}), D("Monday", {value: "2019-11-18",granularity: "day"})] },
  { source: 'bench:57d46c9d', text: "The dollar was little changed against a basket of six major currencies.", pub: '2019-11-19', expect: [Q("six major currencies", {value: 6,unit: null,item: "major currencies"})] },
  { source: 'bench:57d46c9d', text: "The dollar index .DXY rose 0.05%, with the euro EUR= up 0.05% to $1.1075.", pub: '2019-11-19', expect: [Q("0.05%", {value: 0.05,unit: "percent",item: null}), Q("0.05%", {value: 0.05,unit: "percent",item: null}), M("$1.1075", {amount: 1.1075,currency: "USD"})] },
  { source: 'bench:57d46c9d', text: "Three-month aluminum on the London Metal Exchange CMAL3 lost 0.06% to $1,737.00 a tonne.", pub: '2019-11-19', expect: [Q("0.06%", {value: 0.06,unit: "percent",item: null}), M("$1,737.00 a tonne", {amount: 1737,currency: "USD",per: "tonne"})] },
  { source: 'bench:57d46c9d', text: "(Graphic: Global assets in 2019 - here)", pub: '2019-11-19', expect: [D("2019", {value: "2019",granularity: "year"})] },
  { source: 'bench:57d46c9d', text: "(Graphic: Emerging markets in 2019 - here)", pub: '2019-11-19', expect: [D("2019", {value: "2019",granularity: "year"})] },
  { source: 'bench:360c732d', text: "terms of the deal later on Wednesday, but investors have been told 176 Hong Kong dollars (£17.43) is likely to be the final numbers,", pub: '2019-11-20', expect: [D("Wednesday", {value: "2019-11-20",granularity: "day"}), M("176 Hong Kong dollars", {amount: 176,currency: "HKD"}), M("£17.43", {amount: 17.43,currency: "GBP"})] },
  { source: 'bench:360c732d', text: "on Wednesday, but investors have been told 176 Hong Kong dollars (£17.43) is likely to be the final numbers, Reuters", pub: '2019-11-20', expect: [D("Wednesday", {value: "2019-11-20",granularity: "day"}), M("176 Hong Kong dollars", {amount: 176,currency: "HKD"}), M("£17.43", {amount: 17.43,currency: "GBP"})] },
  { source: 'bench:360c732d', text: "The deal – set to be the largest share sale in Hong Kong for nine years and a world record cross-border secondary share", pub: '2019-11-20', expect: [Q("nine years", {value: 9,unit: "year",item: null})] },
  { source: 'bench:360c732d', text: "reported pricing, Alibaba’s secondary listing would raise at least 88 billion Hong Kong dollars – a symbolic total as the number eight is", pub: '2019-11-20', expect: [M("88 billion Hong Kong dollars", {amount: 88000000000,currency: "HKD",qualifier: "at least"})] },
  { source: 'bench:360c732d', text: "The deal could eventually raise up to $12.9bn if a “green shoe” option is exercised, allowing", pub: '2019-11-20', expect: [M("$12.9bn", {amount: 12900000000,currency: "USD",qualifier: "up to"})] },
  { source: 'bench:360c732d', text: "option is exercised, allowing underwriters to buy up to an additional 15 per cent of shares at the offering price.", pub: '2019-11-20', expect: [Q("15 per cent", {value: 15,unit: "percent",item: "shares"})] },
  { source: 'bench:360c732d', text: "Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.", pub: '2019-11-20', expect: [D("Tuesday", {value: "2019-11-19",granularity: "day"}), M("$185.25", {amount: 185.25,currency: "USD"}), Q("0.35%", {value: 0.35,unit: "percent",item: null})] },
  { source: 'bench:360c732d', text: "One of Alibaba’s New York-listed shares will be worth eight of its Hong Kong shares.", pub: '2019-11-20', expect: [Q("eight of its Hong Kong shares", {value: 8,unit: null,item: "Hong Kong shares"})] },
  { source: 'bench:360c732d', text: "which lost out on Alibaba’s initial public offering to New York in 2013 as the territory would not then accept the", pub: '2019-11-20', expect: [D("2013", {value: "2013",granularity: "year"})] },
  { source: 'bench:360c732d', text: "subscribing for so many shares they will be allotted the maximum 10 per cent of the total they can get, Reuters reported.", pub: '2019-11-20', expect: [Q("10 per cent", {value: 10,unit: "percent",item: null})] },
  { source: 'bench:360c732d', text: "listing ceremony is due to be held at the Hong Kong Stock Exchange next Tuesday.", pub: '2019-11-20', expect: [D("next Tuesday", {value: "2019-11-26",granularity: "day"})] },
  { source: 'bench:39d5c43b', text: "China's commerce ministry said this month that removing tariffs imposed during the trade", pub: '2019-11-20', expect: [D("this month", {value: "2019-11",granularity: "month"})] },
  { source: 'bench:39d5c43b', text: "Two people briefed on the talks said Trump has decided that", pub: '2019-11-20', expect: [Q("Two people", {value: 2,unit: null,item: "people"})] },
  { source: 'bench:39d5c43b', text: "rolling back existing tariffs, in addition to cancelling a scheduled Dec. 15 imposition of tariffs on some $156 billion in", pub: '2019-11-20', expect: [D("Dec. 15", {value: "2019-12-15",granularity: "day"}), M("$156 billion", {amount: 156000000000,currency: "USD",qualifier: "approximately"})] },
  { source: 'bench:39d5c43b', text: "Bigger than just the little deal\" announced in October, said Derek Scissors, a China scholar with the", pub: '2019-11-20', expect: [D("October", {value: "2019-10",granularity: "month"})] },
  { source: 'bench:39d5c43b', text: "Beijing also wants Trump to eliminate the 15% tariffs on about $125 billion worth of Chinese", pub: '2019-11-20', expect: [Q("15%", {value: 15,unit: "percent",item: null}), M("$125 billion", {amount: 125000000000,currency: "USD",qualifier: "approximately"})] },
  { source: 'bench:39d5c43b', text: "as provide some relief from the 25% tariffs imposed on an earlier, $250 billion list of industrial and consumer goods.", pub: '2019-11-20', expect: [Q("25%", {value: 25,unit: "percent",item: null}), M("$250 billion", {amount: 250000000000,currency: "USD"})] },
  { source: 'bench:39d5c43b', text: "One Washington-based trade expert said that to achieve the $40-50 billion in annual Chinese purchases of American farm", pub: '2019-11-20', expect: [M("$40-50 billion", {amount: null,currency: "USD",min: 40000000000,max: 50000000000})] },
  { source: 'bench:39d5c43b', text: "all of the tariffs the US put in place since the trade war started in 2018.", pub: '2019-11-20', expect: [D("2018", {value: "2018",granularity: "year"})] },
  { source: 'bench:39d5c43b', text: "issues is not a very good deal for Trump, a second person briefed on last weekend's trade phone call said.", pub: '2019-11-20', expect: [D("last weekend", {value: "2019-11-16/2019-11-17",granularity: "day"})] },
  { source: 'bench:39d5c43b', text: "The president said on Tuesday that China \"is going to have to make a deal that", pub: '2019-11-20', expect: [D("Tuesday", {value: "2019-11-19",granularity: "day"})] },
  { source: 'bench:39d5c43b', text: "one' trade deal, once expected to be completed within weeks of an October news conference between Trump and Chinese", pub: '2019-11-20', expect: [D("October", {value: "2019-10",granularity: "month"})] },
  { source: 'bench:39d5c43b', text: "Trump and Chinese vice-premier Liu He, could now be pushed into next year, trade experts say.", pub: '2019-11-20', expect: [D("next year", {value: "2020",granularity: "year"})] },
  { source: 'bench:374ac9a5', text: "flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing 's 787-9 Dreamliner jets, executives of both companies announced Wednesday", pub: '2019-11-20', expect: [Q("30 of Boeing 's 787-9 Dreamliner jets", {value: 30,unit: null,item: "Boeing 's 787-9 Dreamliner jets"}), D("Wednesday", {value: "2019-11-20",granularity: "day"})] },
  { source: 'bench:374ac9a5', text: "The order is valued at $8.8 billion at list prices, but a steep discount is typically", pub: '2019-11-20', expect: [M("$8.8 billion", {amount: 8800000000,currency: "USD"})] },
  { source: 'bench:374ac9a5', text: "It comes in addition to five 787 Dreamliner sales earlier this week: two to Biman Bangladesh", pub: '2019-11-20', expect: [Q("five 787 Dreamliner sales", {value: 5,unit: null,item: "787 Dreamliner sales"}), D("this week", {value: "2019-W47",granularity: "week"})] },
  { source: 'bench:374ac9a5', text: "carrier in the world — will recommence its expansion in the early 2020s, following its current period of consolidation.", pub: '2019-11-20', expect: [D("2020s", {value: "202X",granularity: "decade"})] },
  { source: 'bench:374ac9a5', text: "Clark in October revealed lofty plans to expand the Emirates fleet", pub: '2019-11-20', expect: [D("October", {value: "2019-10",granularity: "month"})] },
  { source: 'bench:374ac9a5', text: "lofty plans to expand the Emirates fleet by 30% by the end of 2025.", pub: '2019-11-20', expect: [Q("30%", {value: 30,unit: "percent",item: null}), D("2025", {value: "2025",granularity: "year"})] },
  { source: 'bench:374ac9a5', text: "As of October, Emirates had a fleet of 270 aircraft, including", pub: '2019-11-20', expect: [D("October", {value: "2019-10",granularity: "month"}), Q("270 aircraft", {value: 270,unit: null,item: "aircraft"})] },
  { source: 'bench:374ac9a5', text: "In addition to its order of 30 Boeing jets Wednesday, it announced an order of 50 Airbus A350-900 jets", pub: '2019-11-20', expect: [Q("30 Boeing jets", {value: 30,unit: null,item: "Boeing jets"}), D("Wednesday", {value: "2019-11-20",granularity: "day"}), Q("50 Airbus A350-900 jets", {value: 50,unit: null,item: "Airbus A350-900 jets"})] },
  { source: 'bench:374ac9a5', text: "to its order of 30 Boeing jets Wednesday, it announced an order of 50 Airbus A350-900 jets on Monday at a value of $16 billion at list", pub: '2019-11-20', expect: [Q("30 Boeing jets", {value: 30,unit: null,item: "Boeing jets"}), D("Wednesday", {value: "2019-11-20",granularity: "day"}), Q("50 Airbus A350-900 jets", {value: 50,unit: null,item: "Airbus A350-900 jets"}), D("Monday", {value: "2019-11-18",granularity: "day"}), M("$16 billion", {amount: 16000000000,currency: "USD"})] },
  { source: 'bench:374ac9a5', text: "announced an order of 50 Airbus A350-900 jets on Monday at a value of $16 billion at list prices.", pub: '2019-11-20', expect: [Q("50 Airbus A350-900 jets", {value: 50,unit: null,item: "Airbus A350-900 jets"}), D("Monday", {value: "2019-11-18",granularity: "day"}), M("$16 billion", {amount: 16000000000,currency: "USD"})] },
  { source: 'bench:374ac9a5', text: "one buyer of Airbus' iconic A380, the world's largest airliner, with 123 of the planes in its fleet.", pub: '2019-11-20', expect: [Q("123 of the planes", {value: 123,unit: null,item: "planes"})] },
  { source: 'bench:374ac9a5', text: "But its cutback on orders of the jumbo jet early this year led the French manufacturer to announce it would", pub: '2019-11-20', expect: [D("this year", {value: "2019",granularity: "year"})] },
  { source: 'bench:06e5123e', text: "State Attorney General (NYAG) is investigating WeWork, according to two people familiar with the matter, adding to a mounting", pub: '2019-11-19', expect: [Q("two people", {value: 2,unit: null,item: "people"})] },
  { source: 'bench:06e5123e', text: "which is expected to lay off thousands of employees beginning this week as it faces ballooning losses, confirmed on", pub: '2019-11-19', expect: [D("this week", {value: "2019-W47",granularity: "week"})] },
  { source: 'bench:06e5123e', text: "beginning this week as it faces ballooning losses, confirmed on Monday that it had been contacted by the office of the", pub: '2019-11-19', expect: [D("this week", {value: "2019-W47",granularity: "week"}), D("Monday", {value: "2019-11-18",granularity: "day"})] },
  { source: 'bench:06e5123e', text: "stake in the company, and had also planned to charge WeWork almost $6 million to use his trademark of the word “We” after the", pub: '2019-11-19', expect: [M("$6 million", {amount: 6000000,currency: "USD",qualifier: "approximately"})] },
  { source: 'bench:06e5123e', text: "Japanese technology investment company SoftBank Group Corp, last month as it faced a cash crunch.", pub: '2019-11-19', expect: [D("last month", {value: "2019-10",granularity: "month"})] },
  { source: 'bench:06e5123e', text: "and to fund a $3 billion buyout of existing shareholders, including $1 billion for some of Neumann’s shares.", pub: '2019-11-19', expect: [M("$3 billion", {amount: 3000000000,currency: "USD"}), M("$1 billion", {amount: 1000000000,currency: "USD"})] },
  { source: 'bench:06e5123e', text: "Job cuts will be announced later this week in areas that do not support WeWork’s core", pub: '2019-11-19', expect: [D("this week", {value: "2019-W47",granularity: "week"})] },
  { source: 'bench:06e5123e', text: "The New York Times reported on Sunday that WeWork is preparing to cut 4,000 jobs.", pub: '2019-11-19', expect: [D("Sunday", {value: "2019-11-17",granularity: "day"}), Q("4,000 jobs", {value: 4000,unit: null,item: "jobs"})] },
  { source: 'bench:06e5123e', text: "The company itself had 12,500 employees on June 30, and there are others who work for", pub: '2019-11-19', expect: [Q("12,500 employees", {value: 12500,unit: null,item: "employees"}), D("June 30", {value: "2019-06-30",granularity: "day"})] },
  { source: 'bench:06e5123e', text: "An October 11 presentation to bondholders indicated", pub: '2019-11-19', expect: [D("October 11", {value: "2019-10-11",granularity: "day"})] },
  { source: 'bench:06e5123e', text: "agreements after reaching a settlement with the attorney general last year.", pub: '2019-11-19', expect: [D("last year", {value: "2018",granularity: "year"})] },
  { source: 'bench:7f93c194', text: "effects of the changes, researchers looked at surveys completed by 505,796 people between 2008 to 2016.", pub: '2019-11-13', expect: [Q("505,796 people", {value: 505796,unit: null,item: "people"}), D("2008", {value: "2008",granularity: "year"}), D("2016", {value: "2016",granularity: "year"})] },
  { source: 'bench:7f93c194', text: "on Drug Use and Health in those years, just over half were female, 77 percent were aged 26 or above, 65 percent were white,", pub: '2019-11-13', expect: [Q("77 percent", {value: 77,unit: "percent",item: null}), Q("65 percent", {value: 65,unit: "percent",item: null})] },
  { source: 'bench:7f93c194', text: "were female, 77 percent were aged 26 or above, 65 percent were white, 11.9 percent were black, 15.36 percent Hispanic, and 7.3 of", pub: '2019-11-13', expect: [Q("77 percent", {value: 77,unit: "percent",item: null}), Q("65 percent", {value: 65,unit: "percent",item: null}), Q("11.9 percent", {value: 11.9,unit: "percent",item: null}), Q("15.36 percent", {value: 15.36,unit: "percent",item: null})] },
  { source: 'bench:7f93c194', text: "aged 26 or above, 65 percent were white, 11.9 percent were black, 15.36 percent Hispanic, and 7.3 of another race or ethnicity.", pub: '2019-11-13', expect: [Q("65 percent", {value: 65,unit: "percent",item: null}), Q("11.9 percent", {value: 11.9,unit: "percent",item: null}), Q("15.36 percent", {value: 15.36,unit: "percent",item: null})] },
  { source: 'bench:7f93c194', text: "team looked at data on states where cannabis had been legalized by 2016— Colorado,Washington, Alaska, and Oregon— and", pub: '2019-11-13', expect: [D("2016", {value: "2016",granularity: "year"})] },
  { source: 'bench:7f93c194', text: "use of the drug negatively affects their life over the course of 12 months.", pub: '2019-11-13', expect: [Q("12 months", {value: 12,unit: "month",item: null})] },
  { source: 'bench:7f93c194', text: "the number who said they had used cannabis in the past month rose by 23 percent when compared with states where recreational use", pub: '2019-11-13', expect: [Q("23 percent", {value: 23,unit: "percent",item: null})] },
  { source: 'bench:7f93c194', text: "Problematic cannabis use rose by 37 percent, from 0.90 percent to 1.23 percent, after", pub: '2019-11-13', expect: [Q("37 percent", {value: 37,unit: "percent",item: null}), Q("0.90 percent", {value: 0.9,unit: "percent",item: null}), Q("1.23 percent", {value: 1.23,unit: "percent",item: null})] },
  { source: 'bench:7f93c194', text: "12 to 17-years-old who had cannabis use disorder rose \"slightly\" by 25 percent compared with those in the same group in other", pub: '2019-11-13', expect: [Q("25 percent", {value: 25,unit: "percent",item: null})] },
  { source: 'bench:7f93c194', text: "with those in the same group in other states, from 2.18 percent to 2.72 percent, the authors wrote.", pub: '2019-11-13', expect: [Q("2.18 percent", {value: 2.18,unit: "percent",item: null}), Q("2.72 percent", {value: 2.72,unit: "percent",item: null})] },
  { source: 'bench:702d1da6', text: "Trump’s advisers suggested that Beijing resume buying around $20 billion in American farm products as part of a trade", pub: '2019-11-18', expect: [M("$20 billion", {amount: 20000000000,currency: "USD",qualifier: "approximately"})] },
  { source: 'bench:702d1da6', text: "triple that figure, then trimmed that a little and asked for up to $50 billion in annual purchases.", pub: '2019-11-18', expect: [M("$50 billion", {amount: 50000000000,currency: "USD",qualifier: "up to"})] },
  { source: 'bench:702d1da6', text: "“My people had $20 billion done,” Mr.", pub: '2019-11-18', expect: [M("$20 billion", {amount: 20000000000,currency: "USD"})] },
  { source: 'bench:702d1da6', text: "Trump’s Oct. 11 announcement that the United States and China had", pub: '2019-11-18', expect: [D("Oct. 11", {value: "2019-10-11",granularity: "day"})] },
  { source: 'bench:702d1da6', text: "The two sides continue to negotiate and could finalize an", pub: '2019-11-18', expect: [Q("two sides", {value: 2,unit: null,item: "sides"})] },
  { source: 'bench:702d1da6', text: "about whether he actually wants a deal and if any of his tariffs on $360 billion worth of Chinese goods will ever be removed.", pub: '2019-11-18', expect: [M("$360 billion", {amount: 360000000000,currency: "USD"})] },
  { source: 'bench:702d1da6', text: "Trump said on Nov. 8.", pub: '2019-11-18', expect: [D("Nov. 8", {value: "2019-11-08",granularity: "day"})] },
  { source: 'bench:702d1da6', text: "paralyzing firms that rely on robust trade flows between the world’s two largest economies.", pub: '2019-11-18', expect: [Q("two largest economies", {value: 2,unit: null,item: "largest economies"})] },
  { source: 'bench:702d1da6', text: "Chinese economic growth has slowed to its lowest rate in nearly three decades, while Germany has barely avoided falling into", pub: '2019-11-18', expect: [Q("three decades", {value: 3,unit: "decade",item: null,qualifier: "approximately"})] },
  { source: 'bench:702d1da6', text: "president of the Federal Reserve Bank of New York, said in a speech last week.", pub: '2019-11-18', expect: [D("last week", {value: "2019-W46",granularity: "week"})] },
  { source: 'bench:702d1da6', text: "having a lasting effect on the economic conditions we’re experiencing today.”", pub: '2019-11-18', expect: [D("today", {value: "2019-11-18",granularity: "day"})] },
  { source: 'bench:702d1da6', text: "Without a set deadline, the two sides have lost a source of external pressure to get", pub: '2019-11-18', expect: [Q("two sides", {value: 2,unit: null,item: "sides"})] },
  { source: 'bench:702d1da6', text: "demonstrated by his abrupt departure from a high-profile meeting last February in Hanoi with North Korea’s leader, Kim Jong-un.", pub: '2019-11-18', expect: [D("February", {value: "2019-02",granularity: "month"})] },
  { source: 'bench:702d1da6', text: "twists in the China trade talks have left firms uncertain whether a 15 percent tariff that the Trump administration had planned", pub: '2019-11-18', expect: [Q("15 percent", {value: 15,unit: "percent",item: null})] },
];

function run(row: Row) {
  const doc = documentFor(row.text, row.pub === undefined ? null : row.pub, row.lang ?? 'en');
  return recogniseValues(analyse(row.text), doc);
}

function check(row: Row): void {
  const result = run(row);
  for (const kind of ['money', 'quantities', 'dates'] as const) {
    const found = result[kind] as unknown as ({ text: string; start: number; end: number } & Record<string, unknown>)[];
    const expected = row.expect.filter((e) => e.kind === kind);
    // every value the phrase holds, and nothing else
    expect(found.map((f) => f.text), `${kind} in ${JSON.stringify(row.text)}`).toEqual(expected.map((e) => e.text));
    expected.forEach((e, i) => {
      const { kind: _kind, ...fields } = e;
      expect(found[i], `${kind} ${JSON.stringify(e.text)}`).toMatchObject(fields);
      expect(row.text.slice(found[i].start, found[i].end)).toBe(found[i].text);
    });
  }
}

describe('money', () => {
  it.each(money.map((row) => [row.text, row] as const))('%s', (_text, row) => check(row));
});

describe('quantities', () => {
  it.each(quantities.map((row) => [row.text, row] as const))('%s', (_text, row) => check(row));
});

describe('dates', () => {
  it.each(dates.map((row) => [row.text, row] as const))('%s', (_text, row) => check(row));
});

describe('values in labelled article windows', () => {
  it.each(fromLabelledArticles.map((row) => [row.text, row] as const))('%s', (_text, row) => check(row));
});

describe('record contract', () => {
  it('numbers ids per kind in text order and marks relative dates resolved or not', () => {
    const text = 'On Monday the fund paid $5m for 20 tonnes of copper, and on 3 April 2025 another $7m.';
    const result = recogniseValues(analyse(text), documentFor(text, '2025-04-09'));
    expect(result.money.map((m) => m.id)).toEqual(['money-1', 'money-2']);
    expect(result.quantities.map((q) => q.id)).toEqual(['quantity-1']);
    expect(result.dates).toMatchObject([
      { id: 'date-1', text: 'Monday', value: '2025-04-07', relative: true, resolved: true },
      { id: 'date-2', text: '3 April 2025', value: '2025-04-03', relative: false, resolved: true },
    ]);
  });
});

describe('number and calendar helpers', () => {
  it.each([
    ['1,200.50', 1200.5],
    ['12.9', 12.9],
    ['-5.44', -5.44],
    ['1,2,3', null],
    ['abc', null],
  ])('parseDigits(%s)', (text, value) => expect(parseDigits(text)).toBe(value));

  it.each([
    ['2-3', [2, 3]],
    ['40-50', [40, 50]],
    ['24-17', null],
    ['50-50', null],
  ])('parseDigitRange(%s)', (text, value) => expect(parseDigitRange(text)).toEqual(value));

  it.each([
    [{ year: 2019, month: 11, day: 20 }, '2019-W47'],
    [{ year: 2021, month: 1, day: 1 }, '2020-W53'],
    [{ year: 2024, month: 12, day: 30 }, '2025-W01'],
  ])('isoWeek(%o)', (date, week) => expect(isoWeek(date)).toBe(week));
});

const dataset = [...money, ...quantities, ...dates, ...fromLabelledArticles];
describe('the table', () => {
  it('has at least 200 expressions quoted from real articles', () => {
    const values = dataset.flatMap((row) => row.expect.map((e) => ({ ...e, source: row.source })));
    expect(values.filter((v) => v.source !== 'wire-style').length).toBeGreaterThanOrEqual(200);
  });
});
