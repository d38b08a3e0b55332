import { loadLexicon } from './lexicon.js'
import type { Word } from './words.js'

/**
 * A word or phrase list from `data/`, one entry a line, `#` comments saying where an entry
 * came from. Users extend or trim any list by name through configuration. Loading and
 * matching are the shared lexicon's (`lexicon.ts`); this is the view the detectors use.
 */
export interface PhraseList {
  readonly name: string
  has(word: string): boolean
  /** `has` for a word in compared form (a `Word`'s `lower`), not normalised again. */
  hasWord(lower: string): boolean
  /** The longest entry that starts at `words[index]`, as its length in words. */
  matchAt(
    words: readonly Word[],
    index: number,
  ): { length: number; entry: string; label: string | null } | null
  /** The words an entry starts with, in compared form. */
  firstWords(): ReadonlySet<string>
}

export interface ListChanges {
  add?: readonly string[]
  remove?: readonly string[]
}

export function phraseList(name: string, changes: ListChanges = {}): PhraseList {
  const lexicon = loadLexicon(name, changes)
  return {
    name,
    // the lexicon's own function, not a wrapper around it: asked at nearly every word
    has: lexicon.has,
    hasWord: lexicon.hasWord,
    firstWords: () => lexicon.firstWords(),
    // The lexicon's match as it is (its other fields unread), not a copy of three of them: the
    // detectors ask at every word that opens a list entry, and the copy doubled the objects.
    matchAt: lexicon.matchWordsAt,
  }
}

/** Names of the lists users can change with the `lexicons` option. */
export const listNames = [
  'cue-verbs',
  'belief-verbs',
  'stance-verbs',
  'clause-cue-verbs',
  'quote-verbs',
  'naming-verbs',
  'document-cue-verbs',
  'cue-auxiliaries',
  'time-words',
  'pronouns',
  'source-stopwords',
  'prepositions',
  'anonymous-heads',
  'vague-heads',
  'vague-scopes',
  'document-heads',
  'anonymous-basis',
  'anonymous-reason',
  'person-titles',
  'headline-labels',
  'agentless-cues',
  'impression-cues',
  'accusation-words',
  'superlatives',
  'not-superlatives',
  'record-markers',
  'record-heads',
  'possessive-determiners',
  'fraction-counts',
  'preference-verbs',
  'label-cues',
  'speech-nouns',
  'term-heads',
  'distance-cues',
  'group-negators',
  'poll-participants',
  'first-person',
  'as-label-verbs',
  'modals',
  'count-words',
  'group-quantifiers',
  'plural-quantifiers',
  'to-addressee-nouns',
  'characterizing-verbs',
  'addressee-verbs',
  'time-phrase-words',
  'body-nouns',
  'person-nouns',
  'nominal-cues',
  'hearsay-nouns',
  'event-nouns',
  'received-stances',
  'light-verbs',
  'poll-heads',
  'reckoning-nouns',
  'standing-verbs',
  'poll-tallies',
  'poll-properties',
  'standing-words',
  'regard-verbs',
  'complement-verbs',
  'impersonal-frames',
  'cue-idioms',
  'irregular-pasts',
  'speech-occasions',
  'passive-non-reports',
  'place-names',
  'state-abbreviations',
  'share-words',
  'role-participles',
  'adverbial-phrases',
  'infinitive-controllers',
  'infinitive-cues',
  'audience-nouns',
  'answer-words',
  'comparison-auxiliaries',
  'indefinite-pronouns',
  'passive-stances',
  'stance-adjectives',
  'linking-verbs',
  'degree-words',
  'floating-adverbs',
  'count-modifiers',
  'duration-words',
  'relative-head-cues',
  'listener-clause-verbs',
  'circumstance-prepositions',
  'prepositional-objects',
  'viewpoint-holders',
  'release-verbs',
  'position-nouns',
  'fronted-subordinators',
  'topic-verbs',
  'topic-gap-words',
  'passive-beliefs',
  'object-raising-verbs',
  'stance-object-pronouns',
  'margin-words',
  'choice-stances',
  'raising-participles',
  'advocate-nouns',
] as const

export type ListName = (typeof listNames)[number]

export type Lexicons = Record<ListName, PhraseList>

type LexiconChanges = Partial<Record<string, ListChanges>>

const lexiconsByChanges = new WeakMap<LexiconChanges, Lexicons>()
let plainLexicons: Lexicons | null = null

/**
 * Every list, with the user's changes applied. The result is kept for the same `changes`
 * object (a configuration is read once and not changed after), and one set serves every
 * analysis without changes: building a set costs more than analysing a short article, and
 * what detectors derive from a set (`startWords`) is cached by it.
 */
export function loadLexicons(changes: LexiconChanges = {}): Lexicons {
  if (Object.keys(changes).length === 0) {
    plainLexicons ??= buildLexicons({})
    return plainLexicons
  }
  let lexicons = lexiconsByChanges.get(changes)
  if (!lexicons) {
    lexicons = buildLexicons(changes)
    lexiconsByChanges.set(changes, lexicons)
  }
  return lexicons
}

function buildLexicons(changes: LexiconChanges): Lexicons {
  const out = {} as Record<ListName, PhraseList>
  for (const name of listNames) out[name] = phraseList(name, changes[name] ?? {})
  return out
}

const startWordCache = new WeakMap<Lexicons, Map<string, ReadonlySet<string>>>()

/**
 * `derive` as a function that computes its value once for a set of lists and hands back the
 * same value after: for the tables the detectors build from the lists (which words open what)
 * and then ask at every word. Kept in a WeakMap, so a set of lists no configuration uses any
 * more takes its tables with it.
 */
export function oncePerLexicons<T>(derive: (lexicons: Lexicons) => T): (lexicons: Lexicons) => T {
  const made = new WeakMap<Lexicons, T>()
  return (lexicons) => {
    let value = made.get(lexicons)
    if (value === undefined) {
      value = derive(lexicons)
      made.set(lexicons, value)
    }
    return value
  }
}

/**
 * The words an entry of any of `names` starts with. A detector that asks several lists at
 * every word of a sentence asks this one set first: most words start no entry of any list,
 * and one look-up answers for all of them.
 */
export function startWords(lexicons: Lexicons, names: readonly ListName[]): ReadonlySet<string> {
  let byKey = startWordCache.get(lexicons)
  if (!byKey) {
    byKey = new Map()
    startWordCache.set(lexicons, byKey)
  }
  // (one name is its own key: asked per sentence, a joined string each time was waste)
  const key = names.length === 1 ? (names[0] as string) : names.join(' ')
  let words = byKey.get(key)
  if (!words) {
    const union = new Set<string>()
    for (const name of names) for (const word of lexicons[name].firstWords()) union.add(word)
    words = union
    byKey.set(key, words)
  }
  return words
}
