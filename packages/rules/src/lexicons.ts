import { loadLexicon } from './lexicon.js'
import type { Word } from './words.js'

/**
 * A word or phrase list from `data/`, one entry a line, `#` comments saying where an entry
 * came from. Users extend or trim any list by name through configuration.
 */
/**
 * A word or phrase list from `data/`, one entry a line, `#` comments saying where an entry
 * came from. Users extend or trim any list by name through configuration. Loading and
 * matching are the shared lexicon's (`lexicon.ts`); this is the view the detectors use.
 */
export interface PhraseList {
  readonly name: string
  has(word: string): boolean
  /** The longest entry that starts at `words[index]`, as its length in words. */
  matchAt(
    words: readonly Word[],
    index: number,
  ): { length: number; entry: string; label: string | null } | null
}

export interface ListChanges {
  add?: readonly string[]
  remove?: readonly string[]
}

export function phraseList(name: string, changes: ListChanges = {}): PhraseList {
  const lexicon = loadLexicon(name, changes)
  return {
    name,
    has: (word) => lexicon.has(word),
    matchAt(words, index) {
      const match = lexicon.matchWordsAt(words, index)
      return match ? { length: match.length, entry: match.entry, label: match.label } : null
    },
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
  'nominal-cues',
] as const

export type ListName = (typeof listNames)[number]

export type Lexicons = Record<ListName, PhraseList>

export function loadLexicons(changes: Partial<Record<string, ListChanges>> = {}): Lexicons {
  const out = {} as Record<ListName, PhraseList>
  for (const name of listNames) out[name] = phraseList(name, changes[name] ?? {})
  return out
}
