/**
 * The event taxonomy as data: each type names its CAMEO root code (where CAMEO has one), the verbs
 * and nominalisations that trigger it, and how its prepositions map to roles. Every entry carries a
 * `reason`, as compromise's lexicons do, so a surprising event can be traced back to its rule.
 * docs/events.md renders this table for users.
 */
import type { Participant } from '../record.js';

export type Role = Participant['role'];

/** What else the clause must hold before an ambiguous trigger counts. */
export interface TriggerCondition {
  /** one of these lemmas within the object (the next few tokens of the clause) */
  objectIn?: readonly string[];
  /** a money amount in the clause */
  money?: boolean;
  /** a money amount or a quantity in the clause */
  value?: boolean;
  /** a named agent must be found (e.g. "killed": an attack only when someone did it) */
  agent?: boolean;
  /** the next word must be one of these ("step down", "sit in") */
  next?: readonly string[];
  /** the next word must not be one of these ("signed up" is no signing) */
  notNext?: readonly string[];
  /** the word before must not be one of these ("a big deal" is an idiom) */
  notPrevious?: readonly string[];
  /** the word after next is no verb ("agreed to a deal", not "agreed to inject") */
  nextButOneNotVerb?: boolean;
  /** none of these lemmas within the object ("attacked each other's policies" is criticism, not assault) */
  objectNotIn?: readonly string[];
  /** one of these lemmas somewhere in the sentence ("a verdict" is a court's only where a court, charge or crime is named) */
  sentenceHas?: readonly string[];
  /** none of these lemmas in the sentence ("deals … cheaper than" are offers to shoppers) */
  sentenceNotHas?: readonly string[];
}

export interface TriggerRule {
  /** lemmas or lower-cased forms */
  words: readonly string[];
  /** verb: a predicate; noun: a nominalisation ("talks", "the signing of") */
  as: 'verb' | 'noun';
  when?: TriggerCondition;
  reason: string;
}

export interface EventType {
  type: string;
  /** CAMEO root code (two digits) or null where CAMEO has no category */
  cameo: string | null;
  reason: string;
  /** participants are peers ("A met B" = "B met A"): the first named becomes the agent */
  symmetric: boolean;
  /** role of an entity right after a verb trigger (its direct object) */
  object: Role;
  /** role of an entity governed by each preposition; "in"/"at" places become the event's place */
  prepositions: Readonly<Record<string, Role>>;
  /** role of a name before the event noun ("Kim's visit", "Navalny's arrest"); default: the role of "of" */
  possessor?: Role;
  triggers: readonly TriggerRule[];
}

const RESOURCES = ['deposit', 'reserve', 'field', 'oil', 'gas', 'gold', 'ore', 'mineral', 'metal', 'earth', 'remains', 'fossil', 'skeleton', 'tomb', 'wreck', 'wreckage', 'species', 'planet', 'artefact', 'artifact', 'lithium', 'copper', 'uranium', 'diamond'];
const WEAPONS = ['artillery', 'round', 'rounds', 'shell', 'shells', 'missile', 'missiles', 'rocket', 'rockets', 'shot', 'shots', 'bullet', 'bullets', 'mortar', 'mortars', 'salvo', 'torpedo', 'torpedoes', 'gun', 'guns', 'weapon', 'weapons', 'tear', 'gas'];
/** what is attacked in words, not by force: "attacked each other's policies", "an attack on the plan" */
const ARGUMENT_OBJECTS = ['policy', 'plan', 'proposal', 'record', 'remark', 'comment', 'statement', 'decision', 'idea', 'view', 'stance', 'position', 'approach', 'handling', 'claim', 'report', 'rhetoric', 'leadership', 'credibility', 'budget', 'manifesto', 'agenda', 'strategy', 'performance', 'response', 'speech', 'tweet', 'argument', 'character', 'integrity', 'reputation', 'media', 'press', 'critic'];
/** what a military launches: "ready to launch surprise operations" is no announcement */
const MILITARY_OPERATIONS = ['operation', 'offensive', 'counteroffensive', 'strike', 'airstrike', 'missile', 'rocket', 'raid', 'assault', 'incursion', 'invasion', 'war', 'attack', 'drone', 'torpedo'];
/** words that place a verdict, ruling, trial or sentence in a court (not "the voters' verdict", "a clinical trial") */
const LEGAL_CONTEXT = ['court', 'judge', 'jury', 'justice', 'prosecutor', 'prosecution', 'tribunal', 'lawyer', 'attorney', 'defendant', 'guilty', 'charge', 'charged', 'manslaughter', 'murder', 'fraud', 'convict', 'convicted', 'appeal', 'magistrate', 'crime', 'criminal', 'law', 'lawsuit', 'sue', 'sued', 'plaintiff', 'unconstitutional', 'constitutional', 'acquit', 'acquitted', 'jail', 'prison', 'sentenced', 'negligence', 'rape', 'assault', 'theft', 'corruption', 'bribery'];
/**
 * what one meets without consulting anyone: a future spouse ("she met her future husband" is getting to
 * know someone) and a bar to clear ("data meeting lowered expectations", "met the deadline")
 */
const NOT_CONSULTED = ['husband', 'wife', 'spouse', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'expectation', 'expectations', 'target', 'targets', 'deadline', 'deadlines', 'demand', 'needs', 'requirement', 'requirements', 'criteria', 'criterion', 'standard', 'standards', 'threshold', 'forecast', 'forecasts', 'estimate', 'estimates', 'goal', 'goals', 'obligation', 'obligations', 'fate', 'end'];
/**
 * words right before "deal" that make it no agreement: the idioms "a big deal", "a great deal of",
 * and price offers to shoppers ("the best deals", "Black Friday deals", "Prime Day deals", "a sponsored deal")
 */
const DEAL_NOT_AGREED = ['big', 'great', 'best', 'top', 'hot', 'sponsored', 'clearance', 'doorbuster', 'friday', 'monday', 'day'];
/** a sentence about prices to shoppers: its "deals" are offers, not agreements */
const SHOPPING_CONTEXT = ['cheaper', 'discount', 'discounted', 'coupon', 'coupons', 'shopper', 'shoppers', 'shopping', 'msrp'];
/** where a reader is sent on the web: "visit your account page" is no trip */
const WEB_PLACES = ['website', 'site', 'page', 'webpage', 'homepage', 'account', 'link', 'url', 'blog', 'facebook', 'twitter', 'instagram', 'youtube', 'online'];
/** a "landslide" in a sentence about winning votes is a victory, not a disaster */
const ELECTION_WORDS = ['won', 'win', 'wins', 'victory', 'election', 'elected', 'vote', 'votes', 'voter', 'voters', 'defeat', 'defeated', 'majority', 'poll', 'polls'];
/** what follows "demonstrate" when people protest: where, against what, or the end of the clause */
const DEMONSTRATED_WHERE = ['in', 'at', 'outside', 'against', 'for', 'near', 'on', 'across', 'throughout', 'peacefully', 'again', ',', '.'];
/** a "rally" in a sentence about prices is a rise, not a protest */
const MARKET_WORDS = ['market', 'markets', 'stock', 'stocks', 'share', 'shares', 'index', 'price', 'prices', 'dollar', 'bond', 'bonds', 'earnings', 'investor', 'investors', 'currency', 'rupee', 'yen', 'euro', 'sensex', 'nifty', 'dow', 'nasdaq'];
/** an "appointment" in a sentence about care is a booked visit to a doctor, not an office */
const CARE_WORDS = ['doctor', 'doctors', 'dentist', 'medical', 'clinic', 'patient', 'patients', 'ultrasound', 'scan', 'pregnancy', 'pregnant', 'heartbeat', 'baby', 'checkup', 'check-up', 'vet', 'salon', 'therapist', 'gp'];
/** an "attack" of the body is an illness, not violence: "a heart attack", "a panic attack" */
const SEIZURES = ['heart', 'panic', 'asthma', 'anxiety', 'migraine', 'gout', 'allergy', 'allergic'];
/** what is launched into space is no announcement: "launching humans", "to launch the lander" */
const SPACECRAFT = ['rocket', 'spacecraft', 'satellite', 'probe', 'lander', 'capsule', 'orbiter', 'rover', 'human', 'humans', 'astronaut', 'astronauts', 'crew', 'payload'];
/** a noun after "launch" makes it a modifier naming a thing: "a launch vehicle", "the launch pad", "launch titles" */
const LAUNCH_COMPOUNDS = ['vehicle', 'vehicles', 'pad', 'pads', 'site', 'window', 'system', 'systems', 'title', 'titles', 'edition', 'price', 'technique', 'techniques', 'complex', 'tower'];
const POLICY_OBJECTS = ['requirement', 'procedure', 'step', 'check', 'system', 'law', 'bill', 'regulation', 'rule', 'policy', 'regime', 'tax', 'ban', 'measure', 'reform', 'legislation', 'act', 'visa', 'scheme', 'programme', 'program', 'tariff', 'quota', 'amendment', 'decree', 'budget', 'process'];

export const EVENT_TYPES: readonly EventType[] = [
  {
    type: 'meeting',
    cameo: '04',
    reason: 'CAMEO 04 Consult: meetings, talks, negotiations and summits (040–046)',
    symmetric: true,
    object: 'counterpart',
    prepositions: { with: 'counterpart', between: 'counterpart', by: 'agent', of: 'agent' },
    triggers: [
      { words: ['meet'], as: 'verb', when: { objectNotIn: NOT_CONSULTED }, reason: 'meeting to consult (CAMEO 040); not getting to know someone ("met her future husband") nor clearing a bar ("meeting expectations", "met the deadline")' },
      { words: ['negotiate', 'confer'], as: 'verb', reason: 'verbs of consulting (CAMEO 046)' },
      { words: ['discuss'], as: 'verb', when: { agent: true }, reason: '"A and B discussed X": a consult only with a named agent (not "Discussing his concern, …")' },
      { words: ['meeting', 'talks', 'summit', 'negotiation', 'negotiations', 'discussion', 'discussions', 'consultations'], as: 'noun', reason: 'nominalisations of consulting ("talks between", "the summit")' },
    ],
  },
  {
    type: 'visit',
    cameo: '04',
    reason: 'CAMEO 042 Make a visit / 043 Host a visit, under 04 Consult',
    symmetric: false,
    object: 'counterpart',
    prepositions: { by: 'agent', of: 'agent', with: 'counterpart', to: 'counterpart' },
    triggers: [
      { words: ['visit', 'tour'], as: 'verb', when: { notPrevious: ['please'], objectNotIn: WEB_PLACES }, reason: 'a trip to a place or a host; not a reader sent to a web page ("please visit www…", "visit your account page", "visit us on Facebook")' },
      { words: ['visit', 'trip', 'state visit'], as: 'noun', reason: 'nominalisations of visiting ("the visit of", "a trip to")' },
    ],
  },
  {
    type: 'agreement',
    cameo: '05',
    reason: 'CAMEO 05 Engage in diplomatic cooperation, 057 Sign formal agreement',
    symmetric: true,
    object: 'counterpart',
    prepositions: { with: 'counterpart', between: 'counterpart', by: 'agent' },
    triggers: [
      { words: ['sign', 'ratify'], as: 'verb', when: { notNext: ['up', 'off'] }, reason: 'signing or ratifying a formal agreement (not "signed up for", "signed off work")' },
      { words: ['agree'], as: 'verb', when: { next: ['to', 'on', 'with'], nextButOneNotVerb: true }, reason: '"agreed to/on" a deal: an agreement; "agreed that" is an opinion and "agreed to inject" is the injection' },
      { words: ['agreement', 'treaty', 'accord', 'pact', 'memorandum', 'signing', 'ceasefire', 'truce'], as: 'noun', reason: 'the agreement itself ("the signing of", "a treaty with")' },
      {
        words: ['deal'],
        as: 'noun',
        when: { notPrevious: DEAL_NOT_AGREED, notNext: ['roundup', 'roundups', 'alert', 'alerts'], sentenceNotHas: SHOPPING_CONTEXT },
        reason: 'a deal made ("a deal with"); not the idioms "a big deal", "a great deal of", nor an offer to shoppers ("the best Black Friday deals", "a deal roundup")',
      },
    ],
  },
  {
    type: 'investment',
    cameo: '06',
    reason: 'CAMEO 06 Engage in material cooperation, 061 Cooperate economically (investment, funding, aid)',
    symmetric: false,
    object: 'beneficiary',
    prepositions: { in: 'beneficiary', to: 'beneficiary', for: 'beneficiary', into: 'beneficiary', by: 'agent', from: 'agent' },
    triggers: [
      { words: ['invest', 'fund', 'finance', 'bankroll', 'co-finance'], as: 'verb', reason: 'verbs of investing and funding' },
      { words: ['pledge', 'commit', 'allocate', 'earmark', 'mobilise', 'mobilize', 'donate', 'inject', 'provide', 'grant', 'lend', 'raise'], as: 'verb', when: { money: true }, reason: 'giving money only when an amount is named ("pledged €1 billion"; not "pledged support")' },
      { words: ['investment', 'funding', 'financing', 'mobilisation', 'mobilization', 'loan', 'donation', 'bailout', 'stimulus'], as: 'noun', when: { money: true }, reason: 'nominalisations of funding with a named amount ("a €12 billion investment package")' },
    ],
  },
  {
    type: 'announcement',
    cameo: '01',
    reason: 'CAMEO 01 Make public statement: announcing, unveiling and launching',
    symmetric: false,
    object: 'target',
    prepositions: { by: 'agent', of: 'target' },
    possessor: 'agent',
    triggers: [
      { words: ['announce', 'unveil'], as: 'verb', reason: 'making something public' },
      { words: ['launch'], as: 'verb', when: { objectNotIn: [...MILITARY_OPERATIONS, ...SPACECRAFT] }, reason: 'starting something in public ("launching a programme"); not a military operation nor a craft sent into space' },
      { words: ['announcement', 'unveiling'], as: 'noun', reason: 'nominalisations of announcing' },
      { words: ['launch'], as: 'noun', when: { notNext: LAUNCH_COMPOUNDS }, reason: 'a launch in public ("the launch of the programme"); not a thing named after launching ("a launch vehicle", "launch titles")' },
    ],
  },
  {
    type: 'policy',
    cameo: null,
    reason: 'a government adopting, changing or ending a rule; CAMEO codes no such category',
    symmetric: false,
    object: 'target',
    prepositions: { by: 'agent', on: 'target', against: 'target', for: 'beneficiary' },
    triggers: [
      { words: ['introduce', 'adopt', 'pass', 'approve', 'enact', 'implement', 'impose', 'lift', 'scrap', 'expand'], as: 'verb', when: { objectIn: POLICY_OBJECTS }, reason: 'a rule-making verb whose object is a law, tax, regime or programme' },
      { words: ['ban', 'legalise', 'legalize', 'abolish', 'outlaw', 'legislate'], as: 'verb', reason: 'verbs that are rule-making by themselves' },
    ],
  },
  {
    type: 'discovery',
    cameo: null,
    reason: 'finding resources, remains or species; CAMEO codes no such category',
    symmetric: false,
    object: 'target',
    prepositions: { by: 'agent' },
    triggers: [
      { words: ['discover', 'unearth'], as: 'verb', reason: 'verbs of discovering' },
      { words: ['find', 'identify', 'detect', 'uncover', 'locate'], as: 'verb', when: { objectIn: RESOURCES }, reason: 'finding verbs only with a resource or remains as object ("identified one million tonnes of rare earths")' },
      { words: ['discovery', 'find'], as: 'noun', when: { objectIn: RESOURCES }, reason: '"the discovery of deposits"; not "a discovery that"' },
    ],
  },
  {
    type: 'appointment',
    cameo: null,
    reason: 'someone put into an office; CAMEO codes no such category',
    symmetric: false,
    object: 'target',
    prepositions: { by: 'agent', of: 'target', as: 'target' },
    triggers: [
      { words: ['appoint', 'nominate', 'reappoint', 'hire', 'swear'], as: 'verb', reason: 'putting a person into office' },
      { words: ['nomination', 'inauguration'], as: 'noun', reason: 'nominalisations of appointing' },
      { words: ['appointment'], as: 'noun', when: { sentenceNotHas: CARE_WORDS }, reason: 'someone appointed ("his appointment as minister"); not a visit to a doctor ("our first appointments to find a heartbeat")' },
    ],
  },
  {
    type: 'resignation',
    cameo: null,
    reason: 'someone leaving or removed from office; CAMEO codes no such category',
    symmetric: false,
    object: 'target',
    prepositions: { by: 'agent', of: 'agent', from: 'target' },
    triggers: [
      { words: ['resign', 'abdicate'], as: 'verb', reason: 'leaving office' },
      { words: ['step'], as: 'verb', when: { next: ['down', 'aside'] }, reason: '"stepped down" / "stepped aside"' },
      { words: ['sack', 'dismiss', 'oust'], as: 'verb', when: { agent: true }, reason: 'removal from office, only with a named actor' },
      { words: ['resignation', 'dismissal', 'ouster'], as: 'noun', reason: 'nominalisations of leaving office' },
      { words: ['retirement'], as: 'noun', when: { agent: true }, reason: 'someone\'s retirement ("announced his retirement", "Smith\'s retirement"); not saving for one ("retirement accounts", "early retirement")' },
    ],
  },
  {
    type: 'election',
    cameo: null,
    reason: 'elections and referendums; CAMEO codes no such category',
    symmetric: false,
    object: 'target',
    prepositions: { by: 'agent' },
    triggers: [
      { words: ['elect', 're-elect', 'reelect'], as: 'verb', reason: 'electing a person' },
      { words: ['vote'], as: 'verb', reason: 'casting votes' },
      { words: ['election', 'elections', 'referendum', 'ballot', 'by-election', 'runoff', 'primary'], as: 'noun', reason: 'the vote itself' },
    ],
  },
  {
    type: 'protest',
    cameo: '14',
    reason: 'CAMEO 14 Protest: demonstrations, rallies, strikes, boycotts',
    symmetric: false,
    object: 'target',
    prepositions: { against: 'target', by: 'agent', outside: 'target' },
    triggers: [
      { words: ['protest', 'march', 'boycott'], as: 'verb', reason: 'verbs of protesting' },
      { words: ['demonstrate'], as: 'verb', when: { next: DEMONSTRATED_WHERE }, reason: 'taking to the streets ("demonstrated outside the embassy"); not showing something ("demonstrated that", "as demonstrated by")' },
      { words: ['protest', 'protests', 'demonstration', 'strike', 'walkout', 'sit-in', 'boycott', 'riot'], as: 'noun', reason: 'nominalisations of protesting' },
      { words: ['rally'], as: 'noun', when: { sentenceNotHas: MARKET_WORDS }, reason: 'a rally of people; not a rise of prices ("the market rally", "a broad-based rally" in stocks)' },
    ],
  },
  {
    type: 'attack',
    cameo: '18',
    reason: 'CAMEO 18 Assault (and 19/20 for fighting and mass violence)',
    symmetric: false,
    object: 'target',
    prepositions: { against: 'target', on: 'target', by: 'agent', of: 'target', at: 'target' },
    possessor: 'agent',
    triggers: [
      { words: ['bomb', 'shell', 'shoot', 'stab', 'raid', 'invade', 'hack', 'ambush', 'assassinate', 'abduct', 'kidnap'], as: 'verb', reason: 'verbs of assault (CAMEO 181 abduct, 183 bomb, 190 use conventional force)' },
      { words: ['attack', 'assault'], as: 'verb', when: { objectNotIn: ARGUMENT_OBJECTS }, reason: 'assault, unless what is attacked is a policy, plan or statement (criticism)' },
      { words: ['fire'], as: 'verb', when: { objectIn: WEAPONS }, reason: '"fired artillery rounds", "firing 36 shells"; not "fired the manager"' },
      { words: ['kill', 'injure', 'wound'], as: 'verb', when: { agent: true }, reason: 'harm is an attack only when someone did it ("gunmen killed", not "107 killed in collapse")' },
      { words: ['bombing', 'shooting', 'raid', 'invasion', 'airstrike', 'airstrikes', 'ambush', 'assassination', 'massacre', 'cyberattack', 'abduction', 'kidnapping', 'killing', 'killings'], as: 'noun', reason: 'nominalisations of assault' },
      { words: ['attack', 'attacks', 'assault'], as: 'noun', when: { objectNotIn: ARGUMENT_OBJECTS, notPrevious: SEIZURES }, reason: 'an assault, unless it is on a policy, plan or statement ("an attack on the plan") or a seizure of the body ("a heart attack")' },
    ],
  },
  {
    type: 'conflict',
    cameo: '19',
    reason: 'CAMEO 19 Fight: armed clashes between parties',
    symmetric: true,
    object: 'counterpart',
    prepositions: { with: 'counterpart', between: 'counterpart', against: 'counterpart' },
    triggers: [
      { words: ['clash', 'fight'], as: 'verb', reason: 'fighting between parties' },
      { words: ['exchange', 'trade'], as: 'verb', when: { objectIn: ['fire', 'gunfire', 'shots', 'blows', 'artillery'] }, reason: '"exchanged artillery fire": fighting on both sides' },
      { words: ['clash', 'clashes', 'fighting', 'battle', 'skirmish', 'skirmishes', 'hostilities'], as: 'noun', reason: 'nominalisations of fighting' },
    ],
  },
  {
    type: 'disaster',
    cameo: null,
    reason: 'natural and industrial disasters and accidents; CAMEO codes no such category',
    symmetric: false,
    object: 'target',
    prepositions: {},
    triggers: [
      { words: ['collapse', 'capsize', 'sink', 'erupt', 'explode', 'crash', 'derail'], as: 'verb', reason: 'accidents and failures' },
      { words: ['earthquake', 'quake', 'flood', 'floods', 'flooding', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'storm', 'wildfire', 'wildfires', 'explosion', 'blast', 'crash', 'collapse', 'stampede', 'tsunami', 'eruption', 'drought', 'shipwreck', 'derailment', 'outbreak', 'epidemic'], as: 'noun', reason: 'named disasters and accidents' },
      { words: ['landslide'], as: 'noun', when: { sentenceNotHas: ELECTION_WORDS }, reason: 'a landslide of earth; not an election won "in a landslide"' },
    ],
  },
  {
    type: 'arrest',
    cameo: '17',
    reason: 'CAMEO 17 Coerce, 173 Arrest, detain',
    symmetric: false,
    object: 'target',
    prepositions: { by: 'agent', of: 'target' },
    triggers: [
      { words: ['arrest', 'detain', 'jail', 'imprison', 'apprehend'], as: 'verb', reason: 'taking someone into custody' },
      { words: ['arrest', 'arrests', 'detention', 'imprisonment'], as: 'noun', reason: 'nominalisations of arresting' },
    ],
  },
  {
    type: 'legal',
    cameo: '11',
    reason: 'CAMEO 11 Disapprove, 115 Bring lawsuit against; also charges, trials and rulings',
    symmetric: false,
    object: 'target',
    prepositions: { against: 'target', by: 'agent', of: 'target' },
    triggers: [
      { words: ['sue', 'indict', 'prosecute', 'convict', 'sentence', 'acquit', 'fine'], as: 'verb', reason: 'legal action against someone' },
      { words: ['charge'], as: 'verb', when: { next: ['with'] }, reason: '"charged with" a crime, not a fee' },
      { words: ['rule'], as: 'verb', when: { next: ['that', 'on', 'in', 'against', 'for'] }, reason: 'a court ruling' },
      { words: ['lawsuit', 'prosecution', 'conviction', 'indictment', 'charges'], as: 'noun', reason: 'nominalisations of legal action' },
      { words: ['trial', 'verdict', 'ruling', 'sentence'], as: 'noun', when: { sentenceHas: LEGAL_CONTEXT }, reason: 'a trial, verdict, ruling or sentence of a court: the sentence names a court, charge or crime (not "the voters\' verdict", "a clinical trial")' },
    ],
  },
  {
    type: 'trade',
    cameo: '06',
    reason: 'CAMEO 06 Material cooperation, 061 Cooperate economically: trade flows and tariffs',
    symmetric: false,
    object: 'target',
    prepositions: { to: 'counterpart', from: 'counterpart', with: 'counterpart', on: 'target' },
    triggers: [
      { words: ['export', 'import'], as: 'verb', reason: 'moving goods across borders' },
      { words: ['tariff', 'tariffs', 'embargo'], as: 'noun', reason: 'measures on trade' },
    ],
  },
  {
    type: 'sanction',
    cameo: '16',
    reason: 'CAMEO 16 Reduce relations, 163 Impose embargo, boycott or sanctions',
    symmetric: false,
    object: 'target',
    prepositions: { on: 'target', against: 'target', by: 'agent' },
    triggers: [
      { words: ['sanction'], as: 'verb', reason: 'imposing sanctions' },
      { words: ['sanction', 'sanctions'], as: 'noun', reason: 'nominalisation of sanctioning' },
    ],
  },
];

/** places named before an event noun are where it happened ("the Hong Kong election"), not who took part */
export const PLACE_MODIFIED_TYPES: ReadonlySet<string> = new Set(['election', 'disaster', 'protest', 'legal', 'arrest']);

/**
 * Light verbs take their type from the event noun they govern ("held talks", "signed an agreement",
 * "launched an attack", "staged a protest"): one event, not two.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['pay', 'undergo', 'stand', 'hold', 'stage', 'host', 'reach', 'conduct', 'make', 'carry', 'launch', 'announce', 'unveil', 'sign', 'win', 'impose', 'call', 'organise', 'organize', 'attend', 'begin', 'start', 'mount', 'order', 'complete', 'conclude', 'finalise', 'finalize', 'seal', 'strike', 'broker', 'open', 'lose', 'file', 'bring', 'face', 'join', 'lead']);

/**
 * A public announcement or launch whose object names an amount of money is an investment
 * ("launched a €12 billion package").
 */
export const RETYPE_WITH_MONEY: Readonly<Record<string, string>> = { announcement: 'investment' };

export interface TypeLookup {
  type: EventType;
  rule: TriggerRule;
}

/** word -> rules, built once at module load */
function index(as: 'verb' | 'noun'): Map<string, TypeLookup[]> {
  const map = new Map<string, TypeLookup[]>();
  for (const type of EVENT_TYPES) {
    for (const rule of type.triggers) {
      if (rule.as !== as) continue;
      for (const word of rule.words) {
        const list = map.get(word) ?? [];
        list.push({ type, rule });
        map.set(word, list);
      }
    }
  }
  return map;
}

export const VERB_TRIGGERS = index('verb');
export const NOUN_TRIGGERS = index('noun');
export const EVENT_TYPE_BY_NAME: ReadonlyMap<string, EventType> = new Map(EVENT_TYPES.map((t) => [t.type, t]));
