import type { LexiconGroup } from './lexicon.js';

/**
 * Capitalised words that never start or make an entity on their own: function words at the start of a
 * sentence, calendar words (dates are another recogniser's), and generic nouns written with a capital.
 */
export const notEntityGroups: readonly LexiconGroup[] = [
  {
    reason: 'function word, capitalised only at the start of a sentence or heading',
    words: [
      'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'We', 'They', 'I', 'You', 'His',
      'Her', 'Our', 'Their', 'My', 'Your', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'To', 'Of', 'As',
      'And', 'But', 'Or', 'Nor', 'If', 'When', 'While', 'Where', 'What', 'Who', 'Whom', 'Whose', 'Which', 'Why', 'How',
      'After', 'Before', 'During', 'Since', 'Until', 'Because', 'Although', 'Though', 'However', 'Meanwhile', 'Also',
      'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'More', 'Several', 'Other', 'Another', 'Such', 'No', 'Not',
      'Yes', 'There', 'Here', 'Now', 'Then', 'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Last', 'Next', 'Under',
      'Over', 'About', 'Among', 'Between', 'Into', 'Through', 'Despite', 'According', 'Following', 'Like', 'Unlike',
      'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Is', 'Are', 'Was', 'Were', 'Be', 'Has', 'Have', 'Had', 'Do', 'Does', 'Did',
      'Will', 'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Let', 'So', 'Thus', 'Yet', 'Still',
      'Even', 'Just', 'Only', 'Already', 'Once', 'Up', 'Out', 'Off', 'Down', 'Well', 'Oh', 'Please', 'Thank', 'Thanks',
      'Dear', 'Hello', 'Hi', 'OK', 'Okay', 'Per', 'Via', 'Vs', 'Re', 'Said', 'Says', 'Read', 'See', 'Photo', 'Image',
      'Video', 'Source', 'Sources', 'Update', 'Updated', 'Editor', 'Note', 'Advertisement', 'Related', 'Share',
    ],
  },
  {
    reason: 'calendar word or religious/national holiday or season: dates are recognised by the value recognisers',
    words: [
      'Hajj', 'Umrah', 'Diwali', 'Hanukkah', 'Chanukah', 'Passover', 'Purim', 'Lent', 'Pentecost', 'Thanksgiving',
      'Halloween', 'Nowruz', 'Holi', 'Vesak', 'Kwanzaa', 'Muharram', 'Ashura',
      'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
      'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr',
      'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Christmas', 'Easter', 'Ramadan', 'Eid', 'AM', 'PM',
      'A.M.', 'P.M.', 'GMT', 'UTC', 'BST', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'CEST', 'BC', 'AD', 'BCE', 'CE',
    ],
  },
  {
    reason: 'acronym of a common noun, not of a named body',
    words: [
      'CEO', 'CFO', 'COO', 'CTO', 'TV', 'GDP', 'GNP', 'VAT', 'DNA', 'RNA', 'HIV', 'AIDS', 'COVID', 'COVID-19', 'SARS',
      'IT', 'AI', 'PC', 'PR', 'ID', 'IQ', 'IPO', 'LGBT', 'LGBTQ', 'MP', 'MPs', 'MEP', 'MEPs', 'MPP', 'MPPs', 'MLA', 'MLAs', 'MSP', 'MSPs', 'MHA', 'MHAs', 'PhD', 'MBA', 'BA', 'MA',
      'DJ', 'MC', 'VIP', 'FAQ', 'PDF', 'URL', 'USB', 'GPS', 'SMS', 'SUV', 'ATM', 'LED', 'LCD', 'CD', 'DVD', 'HD', 'UK£',
      'US$', 'CO2', 'CO', 'NO2', 'km', 'KM', 'MW', 'GW', 'KW', 'MWh',
      'GWh', 'TWh', 'EV', 'EVs', 'LNG', 'LPG', 'ESG', 'R&D', 'M&A', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'FY', 'YoY',
      'OS', 'API', 'APIs', 'IP', 'VPN', 'WiFi', 'Wi-Fi', 'HQ', 'PS', 'RIP', 'UFO', 'ETA', 'TBA', 'NB', 'NGO', 'NGOs',
      'PM2.5', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'OMG', 'LOL', 'FM', 'AM/FM',
    ],
  },
  {
    reason: 'generic noun or adjective often capitalised in news, not a name by itself',
    words: [
      'Government', 'State', 'Parliament', 'Court', 'Police', 'Army', 'Ministry', 'Department', 'Agency', 'Company',
      'Party', 'Council', 'Committee', 'Commission', 'Union', 'Church', 'University', 'Internet', 'Web', 'Net',
      'Mother', 'Father', 'God', 'Lord', 'Heaven', 'Hell', 'Bible', 'Koran', 'Quran', 'Earth', 'Moon', 'Sun',
      'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Global', 'International',
      'National', 'Federal', 'Royal', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Conservative',
      'Conservatives', 'Liberal', 'Liberals', 'Communist', 'Communists', 'Socialist', 'Islamic', 'Muslim',
      'Muslims', 'Christian', 'Christians', 'Catholic', 'Catholics', 'Protestant', 'Jewish', 'Jew', 'Jews', 'Hindu',
      'Buddhist', 'Sunni', 'Shia', 'Shiite', 'Western', 'English', 'French', 'Spanish', 'Latin', 'Arabic', 'Olympics',
      'Olympic', 'Summit', 'Act', 'Bill', 'Law', 'Treaty', 'Agreement', 'Accord', 'Protocol', 'Report', 'Index',
      'Prize', 'Award', 'Awards', 'Cup', 'Championship', 'Games', 'War', 'Revolution', 'Day', 'Week', 'Year',
      'Chapter', 'Section', 'Article', 'Figure', 'Table', 'Part', 'Phase', 'Stage', 'Level', 'Grade', 'Class', 'Type',
      'Series', 'Season', 'Episode', 'Volume', 'Edition', 'Version', 'Model', 'Number', 'No.', 'Page',
    ],
  },
];

/** Function words dropped from the start of a capitalised run ("The European Union" -> "European Union"). */
export const leadingFunctionWords: LexiconGroup = notEntityGroups[0];
