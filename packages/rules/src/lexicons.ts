import { readFileSync } from 'node:fs'
import type { Word } from './words.js'

/**
 * A word or phrase list from `data/`, one entry a line, `#` comments saying where an entry
 * came from. Users extend or trim any list by name through configuration.
 */
export interface PhraseList {
  readonly name: string
  has(word: string): boolean
  /** The longest entry that starts at `words[index]`, as its length in words. */
  matchAt(words: readonly Word[], index: number): { length: number; entry: string } | null
}

export interface ListChanges {
  add?: readonly string[]
  remove?: readonly string[]
}

const cache = new Map<string, readonly string[]>()

function readEntries(name: string): readonly string[] {
  let entries = cache.get(name)
  if (!entries) {
    const url = new URL(`../data/${name}.txt`, import.meta.url)
    entries = readFileSync(url, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
      .filter(Boolean)
    cache.set(name, entries)
  }
  return entries
}

export function phraseList(name: string, changes: ListChanges = {}): PhraseList {
  const removed = new Set((changes.remove ?? []).map((e) => e.trim().toLowerCase()))
  const entries = [
    ...readEntries(name),
    ...(changes.add ?? []).map((e) => e.trim().toLowerCase()),
  ].filter((entry) => entry && !removed.has(entry))
  const singles = new Set<string>()
  const byFirst = new Map<string, string[][]>()
  for (const entry of entries) {
    const parts = entry.split(/\s+/)
    if (parts.length === 1) singles.add(entry)
    const first = parts[0] as string
    const list = byFirst.get(first) ?? []
    list.push(parts)
    byFirst.set(first, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  return {
    name,
    has: (word) => singles.has(word.toLowerCase()),
    matchAt(words, index) {
      const first = words[index]
      if (!first) return null
      const candidates = byFirst.get(first.lower)
      if (!candidates) return null
      for (const parts of candidates) {
        let ok = true
        for (let k = 1; k < parts.length; k++) {
          if (words[index + k]?.lower !== parts[k]) {
            ok = false
            break
          }
        }
        if (ok) return { length: parts.length, entry: parts.join(' ') }
      }
      return null
    },
  }
}

/** Names of the lists users can change with the `lexicons` option. */
export const listNames = [
  'cue-verbs',
  'belief-verbs',
  'stance-verbs',
  'clause-cue-verbs',
  'document-cue-verbs',
  'cue-auxiliaries',
  'time-words',
  'pronouns',
  'source-stopwords',
  'prepositions',
  'anonymous-heads',
  'vague-heads',
  'document-heads',
  'anonymous-basis',
  'anonymous-reason',
  'person-titles',
  'agentless-cues',
  'accusation-words',
  'superlatives',
] as const

export type ListName = (typeof listNames)[number]

export type Lexicons = Record<ListName, PhraseList>

export function loadLexicons(changes: Partial<Record<string, ListChanges>> = {}): Lexicons {
  const out = {} as Record<ListName, PhraseList>
  for (const name of listNames) out[name] = phraseList(name, changes[name] ?? {})
  return out
}
