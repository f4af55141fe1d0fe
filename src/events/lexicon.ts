/**
 * Word lists the event and quote rules read, as data with the reason each exists.
 */

interface WordList {
  words: ReadonlySet<string>;
  reason: string;
}

const list = (words: string[], reason: string): WordList => ({ words: new Set(words), reason });

export const SPEECH_VERBS = list(
  ['say', 'said', 'says', 'tell', 'told', 'add', 'added', 'state', 'explain', 'note', 'declare', 'insist', 'argue', 'claim', 'warn', 'write', 'wrote', 'ask', 'reply', 'respond', 'continue', 'conclude', 'recall', 'comment', 'remark', 'stress', 'emphasise', 'emphasize', 'acknowledge', 'admit', 'complain', 'suggest', 'urge', 'confirm', 'announce', 'predict', 'promise', 'vow', 'pledge', 'tweet', 'post', 'exclaim', 'concede', 'reads', 'observe', 'point', 'assert', 'maintain', 'caution', 'joke', 'quip', 'muse', 'recount', 'describe', 'report', 'testify', 'affirm'],
  'verbs that attribute words to a speaker ("said", "told reporters", "added"; a document "reads")',
);

export const NEGATION_CUES = list(
  ['not', "n't", 'never', 'no', 'without', 'neither', 'nor', 'fail', 'failed', 'fails', 'refuse', 'refused', 'refuses', 'decline', 'declined', 'declines', 'cancel', 'cancelled', 'canceled', 'deny', 'denied', 'denies', 'postpone', 'postponed', 'call off', 'halt', 'halted', 'scrap', 'scrapped'],
  'words that deny the event took place ("did not meet", "refused to sign", "cancelled the talks")',
);

export const HYPOTHETICAL_CUES = list(
  ['may', 'might', 'could', 'would', 'should', 'can', 'if', 'unless', 'whether', 'possible', 'potential', 'upcoming', 'future', 'prospective', 'planned', 'proposed', 'scheduled', 'considering', 'considers', 'consider'],
  'modality and conditions: the event is not asserted ("may sign", "if they meet", "a possible deal")',
);

export const INTENTION_BEFORE_TO = list(
  ['plan', 'plans', 'planned', 'planning', 'expected', 'likely', 'set', 'hope', 'hopes', 'hoped', 'want', 'wants', 'wanted', 'intend', 'intends', 'intended', 'aim', 'aims', 'aiming', 'propose', 'proposed', 'proposes', 'threaten', 'threatened', 'threatens', 'seek', 'seeks', 'sought', 'due', 'going', 'ready', 'willing', 'prepared', 'hoping', 'wish', 'wishes'],
  'intentions before "to": "plans to visit", "is expected to sign" (while "agreed to meet" is asserted)',
);

export const COLLECTIVE_NOUNS = list(
  ['leaders', 'sides', 'presidents', 'ministers', 'men', 'women', 'countries', 'nations', 'parties', 'heads', 'governments', 'premiers', 'pair', 'delegations', 'officials'],
  '"the two leaders", "both sides": plural references to participants already named',
);

export const PRONOUNS = list(['he', 'she', 'him', 'her', 'they'], 'pronouns resolved to the most recent person (or the last event’s participants for "they")');

export const PLACE_PREPOSITIONS = list(
  ['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'off', 'over', 'into', 'onto'],
  'prepositions that introduce where an event happened ("fell into the Grand Mosque")',
);

/** possessive determiners: part of a noun phrase ("his meeting"), not a pronoun that could be a participant */
export const POSSESSIVE_DETERMINERS = list(['his', 'her', 'its', 'their', 'our', 'my', 'your'], 'a possessive modifies the noun after it and is not an argument itself');

/** prepositions that keep an entity from being the subject of the next verb ("in Samarkand, X met …") */
export const PREPOSITIONS = list(
  ['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'off', 'on', 'of', 'to', 'from', 'for', 'with', 'between', 'by', 'against', 'into', 'during', 'after', 'before', 'about', 'under', 'over', 'among', 'via', 'through', 'as', 'than', 'like', 'including', 'within', 'toward', 'towards', 'amid', 'despite', 'since', 'until'],
  'a mention governed by a preposition is an oblique, not a subject or object',
);

export const DEFINITE_ANAPHORA = list(
  ['the', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'our'],
  '"the meeting", "their discussions": a nominal that refers back to an event already recorded',
);

export const QUOTE_DASHES = list(['–', '—', '-', '―'], '“…” – X: a dash before the speaker');

export const STREET_WORDS = list(
  ['st', 'street', 'ave', 'avenue', 'rd', 'road', 'pl', 'place', 'blvd', 'boulevard', 'ln', 'lane', 'dr', 'drive', 'ct', 'court', 'way', 'hwy', 'highway', 'pkwy', 'parkway', 'ter', 'terrace', 'sq', 'square', 'cir', 'circle'],
  'a number before a name and one of these is a house number, not a year ("of 1119 Eighth St.")',
);

export const FACILITY_NOUNS = list(
  ['prison', 'jail', 'airport', 'hospital', 'stadium', 'station', 'bridge', 'port', 'harbour', 'harbor', 'mosque', 'temple', 'cathedral', 'palace', 'camp', 'base', 'museum', 'library', 'school', 'university', 'centre', 'center', 'square', 'park', 'street', 'district', 'constituency', 'province', 'county', 'island', 'river', 'lake', 'mountain', 'valley', 'dam', 'mine', 'plant', 'factory'],
  'a name right before one of these names the place ("the city\'s Hoa Lo prison"), not a person who takes part',
);
