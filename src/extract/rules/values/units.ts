/**
 * Units of measure as news writes them. `unit` is the canonical name the record carries; `base` and
 * `factor` give the value in the base unit of its dimension (baseValue = value × factor), or none where
 * no exact conversion exists (months and years, index points). `forms` are matched case-insensitively
 * unless `caseSensitive` (symbols such as "MW" vs "mW").
 */

export interface UnitRule {
  unit: string;
  base: string | null;
  factor: number | null;
  forms: string[];
  caseSensitive?: string[];
  reason: string;
}

export const unitRules: UnitRule[] = [
  // mass
  { unit: 'tonne', base: 'kilogram', factor: 1000, forms: ['tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'], caseSensitive: ['t'], reason: 'metric tonne, the unit of commodity and emissions news' },
  { unit: 'ton', base: 'kilogram', factor: 907.18474, forms: ['ton', 'tons', 'short ton', 'short tons'], reason: 'US short ton: "tons" in US news' },
  { unit: 'kilotonne', base: 'kilogram', factor: 1e6, forms: ['kilotonne', 'kilotonnes', 'kilotons', 'kiloton'], caseSensitive: ['kt'], reason: 'thousand tonnes' },
  { unit: 'megatonne', base: 'kilogram', factor: 1e9, forms: ['megatonne', 'megatonnes', 'megaton', 'megatons'], caseSensitive: ['Mt', 'MT'], reason: 'million tonnes, emissions reporting' },
  { unit: 'kilogram', base: 'kilogram', factor: 1, forms: ['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kg', 'kgs', 'kilo', 'kilos'], reason: 'SI base unit of mass' },
  { unit: 'gram', base: 'kilogram', factor: 0.001, forms: ['gram', 'grams', 'gramme', 'grammes'], caseSensitive: ['g'], reason: 'gram' },
  { unit: 'milligram', base: 'kilogram', factor: 1e-6, forms: ['milligram', 'milligrams', 'mg'], reason: 'milligram' },
  { unit: 'pound', base: 'kilogram', factor: 0.45359237, forms: ['pound', 'pounds', 'lb', 'lbs'], reason: 'avoirdupois pound; "pounds" is money only where the article uses sterling' },
  { unit: 'ounce', base: 'kilogram', factor: 0.028349523125, forms: ['ounce', 'ounces', 'oz'], reason: 'avoirdupois ounce (gold is quoted in troy ounces, listed separately)' },
  { unit: 'troy ounce', base: 'kilogram', factor: 0.0311034768, forms: ['troy ounce', 'troy ounces'], reason: 'troy ounce, precious metals' },
  // length
  { unit: 'kilometre', base: 'metre', factor: 1000, forms: ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'kms'], reason: 'kilometre, both spellings' },
  { unit: 'metre', base: 'metre', factor: 1, forms: ['metre', 'metres', 'meter', 'meters'], caseSensitive: ['m'], reason: 'SI base unit of length; "m" only where it cannot be million' },
  { unit: 'centimetre', base: 'metre', factor: 0.01, forms: ['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'], reason: 'centimetre' },
  { unit: 'millimetre', base: 'metre', factor: 0.001, forms: ['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'], reason: 'millimetre' },
  { unit: 'micrometre', base: 'metre', factor: 1e-6, forms: ['micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns', 'µm', 'μm'], reason: 'particle sizes (PM2.5 is 2.5 microns)' },
  { unit: 'mile', base: 'metre', factor: 1609.344, forms: ['mile', 'miles'], reason: 'statute mile' },
  { unit: 'nautical mile', base: 'metre', factor: 1852, forms: ['nautical mile', 'nautical miles'], reason: 'nautical mile, maritime news' },
  { unit: 'foot', base: 'metre', factor: 0.3048, forms: ['foot', 'feet', 'ft'], reason: 'foot' },
  { unit: 'inch', base: 'metre', factor: 0.0254, forms: ['inch', 'inches'], reason: 'inch (screen sizes, rainfall)' },
  { unit: 'yard', base: 'metre', factor: 0.9144, forms: ['yard', 'yards'], reason: 'yard' },
  { unit: 'light year', base: 'metre', factor: 9.4607304725808e15, forms: ['light year', 'light years', 'light-year', 'light-years'], reason: 'astronomy news' },
  // area
  { unit: 'hectare', base: 'square metre', factor: 1e4, forms: ['hectare', 'hectares', 'ha'], reason: 'hectare' },
  { unit: 'acre', base: 'square metre', factor: 4046.8564224, forms: ['acre', 'acres'], reason: 'acre' },
  { unit: 'square kilometre', base: 'square metre', factor: 1e6, forms: ['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'sq km', 'km2', 'km²', 'sq. km', 'sqkm'], reason: 'square kilometre' },
  { unit: 'square metre', base: 'square metre', factor: 1, forms: ['square metre', 'square metres', 'square meter', 'square meters', 'sq m', 'm2', 'm²', 'sqm'], reason: 'square metre' },
  { unit: 'square mile', base: 'square metre', factor: 2589988.110336, forms: ['square mile', 'square miles', 'sq mi'], reason: 'square mile' },
  { unit: 'square foot', base: 'square metre', factor: 0.09290304, forms: ['square foot', 'square feet', 'sq ft', 'sq. ft.', 'sq. ft', 'sqft'], reason: 'square foot, property news' },
  // volume
  { unit: 'litre', base: 'cubic metre', factor: 0.001, forms: ['litre', 'litres', 'liter', 'liters'], caseSensitive: ['l', 'L'], reason: 'litre, both spellings' },
  { unit: 'millilitre', base: 'cubic metre', factor: 1e-6, forms: ['millilitre', 'millilitres', 'milliliter', 'milliliters', 'ml'], reason: 'millilitre' },
  { unit: 'cubic metre', base: 'cubic metre', factor: 1, forms: ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3', 'm³', 'cu m'], reason: 'cubic metre' },
  { unit: 'billion cubic metres', base: 'cubic metre', factor: 1e9, forms: ['bcm'], reason: 'gas volumes: bcm is a billion cubic metres' },
  { unit: 'cubic foot', base: 'cubic metre', factor: 0.028316846592, forms: ['cubic foot', 'cubic feet', 'cu ft', 'cu.ft.', 'cu. ft.', 'cu ft.'], reason: 'gas volumes, US' },
  { unit: 'gallon', base: 'cubic metre', factor: 0.003785411784, forms: ['gallon', 'gallons'], reason: 'US gallon' },
  { unit: 'barrel', base: 'cubic metre', factor: 0.158987294928, forms: ['barrel', 'barrels', 'bbl'], reason: 'oil barrel (42 US gallons)' },
  { unit: 'barrels per day', base: 'cubic metre per day', factor: 0.158987294928, forms: ['barrels per day', 'barrels a day', 'barrel per day', 'bpd', 'b/d', 'bbl/d'], reason: 'oil production rate' },
  // energy and power
  { unit: 'watt', base: 'watt', factor: 1, forms: ['watt', 'watts'], caseSensitive: ['W'], reason: 'SI unit of power' },
  { unit: 'kilowatt', base: 'watt', factor: 1e3, forms: ['kilowatt', 'kilowatts'], caseSensitive: ['kW', 'KW'], reason: 'power' },
  { unit: 'megawatt', base: 'watt', factor: 1e6, forms: ['megawatt', 'megawatts'], caseSensitive: ['MW'], reason: 'power plant capacity' },
  { unit: 'gigawatt', base: 'watt', factor: 1e9, forms: ['gigawatt', 'gigawatts'], caseSensitive: ['GW'], reason: 'power plant capacity' },
  { unit: 'terawatt', base: 'watt', factor: 1e12, forms: ['terawatt', 'terawatts'], caseSensitive: ['TW'], reason: 'power' },
  { unit: 'kilowatt-hour', base: 'watt-hour', factor: 1e3, forms: ['kilowatt-hour', 'kilowatt-hours', 'kilowatt hour', 'kilowatt hours'], caseSensitive: ['kWh', 'KWh'], reason: 'energy' },
  { unit: 'megawatt-hour', base: 'watt-hour', factor: 1e6, forms: ['megawatt-hour', 'megawatt-hours', 'megawatt hour', 'megawatt hours'], caseSensitive: ['MWh'], reason: 'energy' },
  { unit: 'gigawatt-hour', base: 'watt-hour', factor: 1e9, forms: ['gigawatt-hour', 'gigawatt-hours', 'gigawatt hour', 'gigawatt hours'], caseSensitive: ['GWh'], reason: 'energy' },
  { unit: 'terawatt-hour', base: 'watt-hour', factor: 1e12, forms: ['terawatt-hour', 'terawatt-hours', 'terawatt hour', 'terawatt hours'], caseSensitive: ['TWh'], reason: 'energy, national consumption' },
  { unit: 'milliampere-hour', base: null, factor: null, forms: ['mah'], reason: 'battery capacity in device news' },
  { unit: 'horsepower', base: 'watt', factor: 745.69987158227, forms: ['horsepower', 'hp', 'bhp'], reason: 'engine power (mechanical horsepower)' },
  { unit: 'metric horsepower', base: 'watt', factor: 735.49875, forms: ['metric horsepower'], caseSensitive: ['PS', 'hp (metric)'], reason: 'engine power in European and Asian car news (Pferdestärke)' },
  { unit: 'newton metre', base: 'newton metre', factor: 1, forms: ['newton metre', 'newton metres', 'newton meter', 'newton meters', 'newton-metres', 'newton-meters'], caseSensitive: ['Nm', 'N·m', 'N-m'], reason: 'engine torque, SI' },
  { unit: 'pound-foot', base: null, factor: null, forms: ['pound-feet', 'lb-ft', 'pound-foot'], reason: 'engine torque' },
  // ratios
  { unit: 'percent', base: null, factor: null, forms: ['percent', 'per cent', 'pct', '%'], reason: 'percentage' },
  { unit: 'percentage point', base: null, factor: null, forms: ['percentage point', 'percentage points', 'pp', 'ppt', 'ppts'], reason: 'difference between percentages' },
  { unit: 'basis point', base: null, factor: null, forms: ['basis point', 'basis points', 'bps', 'bp'], reason: 'hundredth of a percentage point, rates news' },
  // temperature
  { unit: 'degree Celsius', base: null, factor: null, forms: ['degrees celsius', 'degree celsius', 'degrees centigrade', '°c', 'c'], reason: 'temperature; not converted, the scale is not linear from zero' },
  { unit: 'degree Fahrenheit', base: null, factor: null, forms: ['degrees fahrenheit', 'degree fahrenheit', '°f', 'f'], reason: 'temperature' },
  { unit: 'degree', base: null, factor: null, forms: ['degrees', 'degree', '°'], reason: 'temperature or angle without a scale' },
  // speed
  { unit: 'kilometres per hour', base: 'metres per second', factor: 1 / 3.6, forms: ['kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'km/h', 'kph', 'kmh'], reason: 'speed' },
  { unit: 'miles per hour', base: 'metres per second', factor: 0.44704, forms: ['miles per hour', 'miles an hour', 'mph'], reason: 'speed' },
  { unit: 'miles per gallon', base: null, factor: null, forms: ['miles per gallon', 'mpg'], reason: 'fuel economy, US' },
  { unit: 'kilometres per litre', base: null, factor: null, forms: ['kilometres per litre', 'kilometers per liter', 'kilometres per liter', 'kilometers per litre', 'km/l', 'kmpl'], reason: 'fuel economy' },
  { unit: 'knot', base: 'metres per second', factor: 1852 / 3600, forms: ['knot', 'knots'], reason: 'wind and ship speed' },
  // data
  { unit: 'kilobyte', base: 'byte', factor: 1e3, forms: ['kilobyte', 'kilobytes', 'kb'], reason: 'data size (decimal prefixes, as vendors state them)' },
  { unit: 'megabyte', base: 'byte', factor: 1e6, forms: ['megabyte', 'megabytes', 'mb'], reason: 'data size' },
  { unit: 'gigabyte', base: 'byte', factor: 1e9, forms: ['gigabyte', 'gigabytes', 'gb'], reason: 'data size' },
  { unit: 'terabyte', base: 'byte', factor: 1e12, forms: ['terabyte', 'terabytes', 'tb'], reason: 'data size' },
  { unit: 'megabits per second', base: 'bits per second', factor: 1e6, forms: ['mbps', 'mb/s', 'megabits per second'], reason: 'bandwidth' },
  { unit: 'gigabits per second', base: 'bits per second', factor: 1e9, forms: ['gbps', 'gb/s', 'gigabits per second'], reason: 'bandwidth' },
  { unit: 'megahertz', base: 'hertz', factor: 1e6, forms: ['megahertz', 'mhz'], reason: 'frequency' },
  { unit: 'gigahertz', base: 'hertz', factor: 1e9, forms: ['gigahertz', 'ghz'], reason: 'processor clock speed' },
  { unit: 'hertz', base: 'hertz', factor: 1, forms: ['hertz', 'hz'], reason: 'frequency, display refresh rates' },
  { unit: 'pixel', base: null, factor: null, forms: ['pixels', 'pixel'], reason: 'display resolution' },
  { unit: 'megapixel', base: null, factor: null, forms: ['megapixel', 'megapixels', 'mp'], reason: 'camera resolution' },
  { unit: 'twenty-foot equivalent unit', base: null, factor: null, forms: ['teu', 'teus'], reason: 'container shipping volume' },
  // durations (money, dates, ages and times of day are not quantities; a span of time is)
  { unit: 'second', base: 'second', factor: 1, forms: ['second', 'seconds', 'secs', 'sec'], reason: 'duration' },
  { unit: 'minute', base: 'second', factor: 60, forms: ['minute', 'minutes', 'mins', 'min'], reason: 'duration' },
  { unit: 'hour', base: 'second', factor: 3600, forms: ['hour', 'hours', 'hrs', 'hr'], reason: 'duration' },
  { unit: 'day', base: 'second', factor: 86400, forms: ['day', 'days'], reason: 'duration' },
  { unit: 'week', base: 'second', factor: 604800, forms: ['week', 'weeks'], reason: 'duration' },
  { unit: 'month', base: null, factor: null, forms: ['month', 'months'], reason: 'duration; months differ in length, so no base value' },
  { unit: 'year', base: null, factor: null, forms: ['year', 'years'], reason: 'duration; no exact base value' },
  { unit: 'decade', base: null, factor: null, forms: ['decade', 'decades'], reason: 'duration' },
  { unit: 'century', base: null, factor: null, forms: ['century', 'centuries'], reason: 'duration' },
];

/**
 * Unit forms that are also common words or letters: read as units only when written straight after
 * the digits ("5t", "15m", "30C") or, for symbols, right after a number token.
 */
export const attachedOnlyForms = new Set(['t', 'm', 'g', 'l', 'L', 'c', 'f', 'W', 'ha', 'in', 'mp', 'min', 'sec', 'hr', 'bp', 'pp', 'mb', 'kb']);
