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
      'Deutsche Welle', 'France 24', 'Euronews', 'NHK', 'RT', 'Kazinform', 'Trend',
    ],
  },
  {
    reason: 'armed or political movement often named in news',
    words: ['Hamas', 'Hezbollah', 'Taliban', 'Al-Qaeda', 'al-Qaeda', 'Al Qaeda', 'ISIS', 'ISIL', 'Islamic State', 'Boko Haram', 'al-Shabaab', 'Houthis', 'PKK', 'Wagner Group'],
  },
  {
    reason: 'government institution known by one name',
    words: ['Kremlin', 'Pentagon', 'Congress', 'Senate', 'Bundestag', 'Knesset', 'Duma', 'Federal Reserve', 'Fed', 'Downing Street', 'Élysée', 'FBI', 'CIA', 'NSA', 'NASA', 'ESA', 'Roscosmos', 'SEC', 'FDA', 'CDC', 'EPA'],
  },
];
