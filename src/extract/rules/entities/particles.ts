import type { LexiconGroup } from './lexicon.js';

/**
 * Lower-case particles that sit inside personal names ("Ursula von der Leyen", "Mohammed bin Salman",
 * "Luiz Inácio Lula da Silva"). They join capitalised words into one name only between two of them,
 * or start a surname after a title ("President von der Leyen").
 */
export const particleGroups: readonly LexiconGroup[] = [
  { reason: 'Germanic and Dutch nobiliary or locative particle', words: ['von', 'van', 'der', 'den', 'de', 'ter', 'ten', 'zu', 'vom', 'zur'] },
  { reason: 'Romance particle', words: ['de', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'du', 'la', 'le', 'y', 'e', 'des'] },
  { reason: 'Arabic and Hebrew patronymic or article', words: ['bin', 'ibn', 'bint', 'ben', 'bat', 'al', 'el', 'abu', 'ould'] },
];


/** Particles only people carry; Romance ones ("de", "da") also join place and club names ("Olympique de Marseille"). */
export const personOnlyParticles: LexiconGroup = {
  reason: 'found in personal names only',
  words: ['von', 'van', 'der', 'bin', 'ibn', 'bint', 'ben', 'abu', 'al', 'el', 'ould'],
};
