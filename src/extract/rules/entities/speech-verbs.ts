import type { LexiconGroup } from './lexicon.js';

/** Verbs right after a name ("…, Smith said") whose subject is usually a person. */
export const speechVerbGroups: readonly LexiconGroup[] = [
  {
    reason: 'speech or cognition verb: its subject is usually a person',
    words: [
      'said', 'says', 'told', 'tells', 'added', 'explained', 'wrote', 'writes', 'asked', 'noted', 'stated', 'argued',
      'claimed', 'insisted', 'confirmed', 'replied', 'tweeted', 'commented', 'recalled', 'believes', 'thinks', 'thought',
      'admitted', 'denied', 'warned', 'urged',
    ],
  },
];
