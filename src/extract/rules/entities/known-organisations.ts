import type { LexiconGroup } from './lexicon.js';

/**
 * Organisations named so often in international news that they need no other evidence, chosen by an
 * outside criterion for each group (membership of the UN system, a regional bloc, a world news agency…),
 * never because an evaluation text names them. compromise's lexicon adds companies and teams.
 */
export const knownOrganisationGroups: readonly LexiconGroup[] = [
  {
    reason: 'United Nations system: principal organs, funds, programmes and specialised agencies',
    words: [
      'United Nations', 'UN', 'U.N.', 'UN Security Council', 'Security Council', 'General Assembly', 'UNICEF', 'UNDP',
      'UNHCR', 'UNRWA', 'UNFPA', 'UNEP', 'UNCTAD', 'UN Women', 'WFP', 'World Food Programme', 'FAO', 'ICAO', 'IFAD',
      'ILO', 'IMF', 'International Monetary Fund', 'IMO', 'ITU', 'UNESCO', 'UNIDO', 'UPU', 'WHO', 'World Health Organization',
      'World Health Organisation', 'WIPO', 'WMO', 'UNWTO', 'World Bank', 'IAEA', 'International Atomic Energy Agency',
      'WTO', 'World Trade Organization', 'ICJ', 'International Court of Justice', 'ICC', 'International Criminal Court',
      'OHCHR', 'OCHA', 'UNAIDS', 'IOM',
    ],
  },
  {
    reason: 'regional or intergovernmental bloc',
    words: [
      'EU', 'European Union', 'European Commission', 'European Parliament', 'European Council', 'ECB',
      'European Central Bank', 'NATO', 'OSCE', 'OECD', 'OPEC', 'OPEC+', 'ASEAN', 'African Union', 'AU', 'ECOWAS',
      'SADC', 'Arab League', 'GCC', 'Gulf Cooperation Council', 'SCO', 'Shanghai Cooperation Organisation', 'BRICS',
      'G7', 'G20', 'CIS', 'Eurasian Economic Union', 'EAEU', 'CSTO', 'Mercosur', 'CARICOM', 'APEC', 'Commonwealth',
      'Council of Europe', 'Interpol', 'Europol', 'Frontex', 'Red Cross', 'ICRC', 'Red Crescent',
    ],
  },
  {
    reason: 'world news agency or broadcaster',
    words: [
      'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Xinhua', 'TASS', 'RIA Novosti',
      'Interfax', 'Kyodo', 'Yonhap', 'ANSA', 'EFE', 'dpa', 'Anadolu', 'Al Jazeera', 'BBC', 'CNN', 'Sky News',
      'Deutsche Welle', 'France 24', 'Euronews', 'NHK', 'RT',
    ],
  },
  {
    reason: 'armed or political movement often named in news',
    words: ['Hamas', 'Hezbollah', 'Taliban', 'Al-Qaeda', 'al-Qaeda', 'Al Qaeda', 'ISIS', 'ISIL', 'Islamic State', 'Boko Haram', 'al-Shabaab', 'Houthis', 'PKK', 'Wagner Group'],
  },
  {
    reason: 'large company often named in international news (a name that is also an ordinary word is left out)',
    words: [
      'Amazon', 'Tesla', 'Nvidia', 'Huawei', 'Volkswagen', 'BMW', 'Siemens', 'Gazprom', 'Rosneft', 'Lukoil', 'Aramco',
      'Saudi Aramco', 'Sinopec', 'PetroChina', 'CNPC', 'ExxonMobil', 'Chevron', 'TotalEnergies', 'Eni', 'Equinor',
      'Petrobras', 'Pemex', 'Glencore', 'Rio Tinto', 'BHP', 'ArcelorMittal', 'Boeing', 'Airbus', 'Lockheed Martin',
      'Raytheon', 'Pfizer', 'Moderna', 'AstraZeneca', 'Novartis', 'Sanofi', 'Bayer', 'Nestlé', 'Unilever', 'Walmart',
      'Alibaba', 'Tencent', 'Baidu', 'ByteDance', 'TikTok', 'Xiaomi', 'Sony', 'Panasonic', 'Hitachi', 'Honda', 'Nissan',
      'Hyundai', 'TSMC', 'AMD', 'Qualcomm', 'IBM', 'Netflix', 'Airbnb', 'SpaceX', 'OpenAI', 'Goldman Sachs', 'JPMorgan',
      'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays', 'Deutsche Bank', 'UBS', 'Credit Suisse', 'BNP Paribas',
      'Santander', 'Mastercard', 'PayPal', 'Ryanair', 'Lufthansa', 'Aeroflot', 'Maersk', 'Kaspi', 'KazMunayGas',
      'Kazatomprom', 'Foxconn', 'Safaricom', 'MTN', 'Vodafone', 'Telefónica', 'Nokia', 'Ericsson', 'Stellantis',
      'Renault', 'General Motors', 'Heineken', 'Carlsberg', 'Anglo American', 'De Beers', 'Tata', 'Infosys', 'Wipro',
      'Adani', 'Sberbank', 'VTB', 'Rosatom', 'Rostec', 'Yandex', 'Naftogaz', 'Turkish Airlines', 'Aselsan', 'Embraer',
      'Mercado Libre', 'Cemex', 'Temasek', 'Mubadala', 'ADNOC', 'QatarEnergy', 'Sonatrach', 'NNPC', 'Eskom', 'Dangote',
    ],
  },
  {
    reason: 'government institution known by one name',
    words: ['Kremlin', 'Pentagon', 'Congress', 'Senate', 'Bundestag', 'Knesset', 'Duma', 'Federal Reserve', 'Fed', 'Downing Street', 'Élysée', 'FBI', 'CIA', 'NSA', 'NASA', 'ESA', 'Roscosmos', 'SEC', 'FDA', 'CDC', 'EPA'],
  },
];

/**
 * Acronyms and the full names they stand for, so that an article that writes only "EU" gives the same key
 * ("org:european-union") as one that writes the name in full.
 */
export const organisationAcronyms: Readonly<Record<string, string>> = {
  UN: 'United Nations',
  'U.N.': 'United Nations',
  EU: 'European Union',
  NATO: 'North Atlantic Treaty Organization',
  WHO: 'World Health Organization',
  IMF: 'International Monetary Fund',
  WTO: 'World Trade Organization',
  IAEA: 'International Atomic Energy Agency',
  ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice',
  OPEC: 'Organization of the Petroleum Exporting Countries',
  ASEAN: 'Association of Southeast Asian Nations',
  AU: 'African Union',
  ECB: 'European Central Bank',
  OSCE: 'Organization for Security and Co-operation in Europe',
  OECD: 'Organisation for Economic Co-operation and Development',
  UNHCR: 'United Nations High Commissioner for Refugees',
  WFP: 'World Food Programme',
  FAO: 'Food and Agriculture Organization',
  ILO: 'International Labour Organization',
  GCC: 'Gulf Cooperation Council',
  SCO: 'Shanghai Cooperation Organisation',
  ECOWAS: 'Economic Community of West African States',
  ICRC: 'International Committee of the Red Cross',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  BBC: 'British Broadcasting Corporation',
  NASA: 'National Aeronautics and Space Administration',
  ESA: 'European Space Agency',
  FBI: 'Federal Bureau of Investigation',
  CIA: 'Central Intelligence Agency',
};

/** Movements of national societies: each society is named by its nation ("British Red Cross", "Turkish Red Crescent"). */
export const nationalSocietyMovements: LexiconGroup = {
  reason: 'a national society of a movement, named by its nation',
  words: ['Red Cross', 'Red Crescent'],
};
