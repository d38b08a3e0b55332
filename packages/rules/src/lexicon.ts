import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/**
 * Word and phrase lists, read from `data/<name>.txt` and compiled once into a matcher over
 * token sequences (a trie of lower-cased words; no regular expressions are built from them).
 *
 * File syntax, one entry a line:
 *
 *     # a comment, to the end of the line: say where an entry came from and why
 *     [hearsay]                  a section: the entries below carry the label "hearsay"
 *     reportedly                 a word
 *     according to               a phrase: words separated by spaces
 *     is|was|are said to         alternatives for one word, separated by `|`; the first
 *                                alternative of each word gives the entry's canonical name
 *                                ("is said to"), the others are its forms
 *
 * Matching is case-insensitive and treats ’ and ' alike. Between the words of a phrase only
 * whitespace may stand: punctuation ends a phrase.
 */

/** One form of an entry, as matched. */
export interface LexiconEntry {
  /** The canonical name: the first alternative of each word ("is said to"). */
  entry: string
  /** The section the entry sits in (`[label]` in the file, or the key given to `add`). */
  label: string | null
  /** The words of this form, normalised (lower case, straight apostrophes). */
  words: readonly string[]
}

/** A match of an entry at a place in a token sequence. */
export interface LexiconMatch extends LexiconEntry {
  /** Index of the first token of the match (the index given to `matchAt`). */
  start: number
  /** Index after the last matched token. */
  end: number
  /** Number of items of the sequence the match covers (words and the whitespace between). */
  length: number
}

/**
 * What `matchAt` reads: parser tokens (`{kind, value}`; only `word` tokens match, whitespace
 * is skipped between the words of a phrase, anything else ends it), objects that say
 * `isWord` (the rules' `Word`: `isWord: false` is a mark that ends a phrase), or plain
 * strings (a string of whitespace is skipped, any other string is a word).
 */
export type MatchToken =
  | string
  | { readonly kind?: string; readonly isWord?: boolean; readonly value: string }
  | NormalizedToken

/**
 * A word or mark (never white space: a mark ends a phrase) that carries its compared form
 * already (`lower === normalizeWord(value)`), as the
 * rules' words and hedge items do: matching then reads it instead of normalising each word
 * again for every list and every start position — the analysis's hottest loop.
 */
export interface NormalizedToken {
  readonly isWord: boolean
  readonly lower: string
}

export interface Lexicon {
  readonly name: string
  /** Number of distinct forms. */
  readonly size: number
  /** Whether a word or phrase (any form, any case) is in the list. */
  has(phrase: string): boolean
  /**
   * `has` for a word already in compared form (`normalizeWord`, no white space: a rules
   * `Word`'s `lower`), which is looked up as it is: the detectors ask lists about words at
   * nearly every word, and checking each word's form again cost three times the look-up
   * (about 150 ns against 40 for a lower-case word).
   */
  hasWord(word: string): boolean
  /** The entry a word or phrase is a form of. */
  get(phrase: string): LexiconEntry | undefined
  /** The longest entry that starts at `tokens[index]` (which must be a word), or null. */
  matchAt(tokens: readonly MatchToken[], index: number): LexiconMatch | null
  /**
   * `matchAt` over words that carry their compared form (the rules' words): the same answer,
   * without the per-token dispatch — the detectors ask it at every word of every sentence.
   */
  matchWordsAt(words: readonly NormalizedToken[], index: number): LexiconMatch | null
  /** Non-overlapping longest matches, left to right. */
  matchAll(tokens: readonly MatchToken[]): LexiconMatch[]
  /** Every form, in file order. */
  entries(): LexiconEntry[]
  /** The words some form starts with (compared form): no match can start at any other word. */
  firstWords(): ReadonlySet<string>
}

export interface LexiconOptions {
  /**
   * Entries to add, in the file syntax (`|` alternatives allowed). An array adds unlabelled
   * entries; an object adds entries under each key as label: `{hearsay: ['rumour has it']}`.
   */
  add?: readonly string[] | Readonly<Record<string, readonly string[]>> | undefined
  /**
   * Entries to drop: a canonical name drops the entry with all its forms ("is said to"), any
   * other form drops only that form ("was said to").
   */
  remove?: readonly string[] | undefined
  /** Folder holding `<name>.txt` (default: this package's `data/`). */
  directory?: string | URL | undefined
}

/** Lower case, straight apostrophes, single spaces: the form words are compared in. */
export function normalizeWord(word: string): string {
  // Plain ASCII with no capital is its own compared form, returned as it is: `toLowerCase`
  // builds a new string even when nothing changes, and most words are lower case already.
  let plain = true
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    // ’ ‘ ʼ ` : only then is the replacement worth a regular expression
    if (code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x60)
      return word.replace(/[’‘ʼ`]/g, "'").toLowerCase()
    if (code >= 128 || (code >= 65 && code <= 90)) plain = false
  }
  return plain ? word : word.toLowerCase()
}

function normalizePhrase(phrase: string): string {
  if (isNormalAscii(phrase)) return phrase
  return phrase.trim().split(/\s+/).map(normalizeWord).join(' ')
}

/**
 * Whether a phrase is plain ASCII already in the compared form (no capitals, no white space
 * but single spaces between words, no backtick): most lookups are of words of running text
 * in lower case, and skipping the split and the regular expressions for them saves a tenth
 * of the analysis time.
 */
function isNormalAscii(phrase: string): boolean {
  const last = phrase.length - 1
  if (last < 0) return false
  for (let i = 0; i <= last; i++) {
    const code = phrase.charCodeAt(i)
    if (code === 32) {
      if (i === 0 || i === last || phrase.charCodeAt(i - 1) === 32) return false
      continue
    }
    if (code < 32 || code > 126 || (code >= 65 && code <= 90) || code === 96) return false
  }
  return true
}

/** Reads list text into entries: every form of every line, with its label. */
export function parseLexicon(source: string, label: string | null = null): LexiconEntry[] {
  const out: LexiconEntry[] = []
  let current = label
  for (const raw of source.split(/\r?\n/)) {
    // (The expression only for a line with a comment: most lines are an entry alone.)
    const line = (raw.includes('#') ? raw.replace(/#.*/, '') : raw).trim()
    if (!line) continue
    if (line.charCodeAt(0) === 91) {
      const section = /^\[([^\]]*)\]$/.exec(line)
      if (section) {
        current = (section[1] as string).trim() || null
        continue
      }
    }
    expandLineInto(out, line, current)
  }
  return out
}

/** What makes a line more than one word: white space between words, `|` between alternatives. */
const spaceOrBar = /[\s|]/

/**
 * Adds every form of a line to `out`. Loops rather than `map`, `filter` and `flatMap` over
 * callbacks: the ~5,000 lines of the lists are read at every start of the program, while its
 * code is still cold, and a line of one word (most of them) is one entry without any lists.
 */
function expandLineInto(out: LexiconEntry[], line: string, label: string | null): void {
  if (!spaceOrBar.test(line)) {
    const word = normalizeWord(line)
    if (word) out.push({ entry: word, label, words: [word] })
    return
  }
  // The alternatives of each word, normalised; empty ones dropped, and words left empty.
  const slots: string[][] = []
  for (const slot of line.split(/\s+/)) {
    const alternatives: string[] = []
    for (const alternative of slot.split('|')) {
      const word = normalizeWord(alternative)
      if (word) alternatives.push(word)
    }
    if (alternatives.length > 0) slots.push(alternatives)
  }
  if (slots.length === 0) return
  // The canonical name: the first alternative of each word.
  let entry = ''
  for (let i = 0; i < slots.length; i++) entry += (i > 0 ? ' ' : '') + (slots[i] as string[])[0]
  // Every combination of alternatives, in the order of the line: the first word's first.
  let forms: string[][] = [[]]
  for (const slot of slots) {
    const longer: string[][] = []
    for (const form of forms) for (const word of slot) longer.push([...form, word])
    forms = longer
  }
  for (const words of forms) out.push({ entry, label, words })
}

interface TrieNode {
  next: Map<string, TrieNode>
  entry: LexiconEntry | null
}

function tokenWord(token: MatchToken): string | null | undefined {
  // null: skip (whitespace); undefined: a break (punctuation, symbols)
  if (typeof token !== 'string' && 'lower' in token) return token.isWord ? token.lower : undefined
  if (typeof token === 'string') return /^\s*$/.test(token) ? null : normalizeWord(token)
  if (token.kind === 'whitespace') return null
  if (token.isWord === false) return /^\s*$/.test(token.value) ? null : undefined
  if (token.kind === undefined || token.kind === 'word') return normalizeWord(token.value)
  return undefined
}

/**
 * A match of an entry, its fields written out: V8 (Node 20) builds `{...entry, start, end}`
 * dozens of times slower, and matching runs at every word of every sentence.
 */
export function matchOf(entry: LexiconEntry, start: number, end: number): LexiconMatch {
  return {
    entry: entry.entry,
    label: entry.label,
    words: entry.words,
    start,
    end,
    length: end - start,
  }
}

/** Compiles entries into a lexicon. Later entries with the same form replace earlier ones. */
export function createLexicon(name: string, entries: Iterable<LexiconEntry>): Lexicon {
  const forms = new Map<string, LexiconEntry>()
  for (const entry of entries) {
    const key = entry.words.join(' ')
    forms.delete(key)
    forms.set(key, entry)
  }
  const root: TrieNode = { next: new Map(), entry: null }
  for (const entry of forms.values()) {
    let node = root
    for (const word of entry.words) {
      let child = node.next.get(word)
      if (!child) {
        child = { next: new Map(), entry: null }
        node.next.set(word, child)
      }
      node = child
    }
    node.entry = entry
  }

  const matchAt = (tokens: readonly MatchToken[], index: number): LexiconMatch | null => {
    const first = tokens[index]
    if (first === undefined) return null
    let word = tokenWord(first)
    // Most words start no entry: answer them before any allocation.
    if (!word || !root.next.has(word)) return null
    let node: TrieNode | undefined = root
    let best: LexiconMatch | null = null
    let i = index
    while (node && word) {
      node = node.next.get(word)
      if (!node) break
      if (node.entry) best = matchOf(node.entry, index, i + 1)
      // the next word, across whitespace only
      word = undefined
      for (i = i + 1; i < tokens.length; i++) {
        const next = tokenWord(tokens[i] as MatchToken)
        if (next === null) continue
        word = next
        break
      }
    }
    return best
  }

  let starts: Set<string> | undefined
  const matchWordsAt = (words: readonly NormalizedToken[], index: number): LexiconMatch | null => {
    const first = words[index]
    if (first === undefined || !first.isWord) return null
    let node = root.next.get(first.lower)
    let best: LexiconMatch | null = null
    let i = index
    while (node) {
      if (node.entry) best = matchOf(node.entry, index, i + 1)
      const next = words[++i]
      if (next === undefined || !next.isWord) break
      node = node.next.get(next.lower)
    }
    return best
  }

  return {
    name,
    size: forms.size,
    matchWordsAt,
    has: (phrase) => forms.has(normalizePhrase(phrase)),
    hasWord: (word) => forms.has(word),
    get: (phrase) => forms.get(normalizePhrase(phrase)),
    matchAt,
    matchAll(tokens) {
      const out: LexiconMatch[] = []
      for (let i = 0; i < tokens.length; i++) {
        const match = matchAt(tokens, i)
        if (match) {
          out.push(match)
          i = match.end - 1
        }
      }
      return out
    },
    entries: () => [...forms.values()],
    firstWords: () => {
      starts ??= new Set(root.next.keys())
      return starts
    },
  }
}

const cache = new Map<string, LexiconEntry[]>()

/** A path without its trailing slashes (a loop: `/\/+$/` backtracks on a run of slashes). */
function trimSlashes(path: string): string {
  let end = path.length
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--
  return path.slice(0, end)
}

function readEntries(name: string, directory?: string | URL): LexiconEntry[] {
  if (!/^[\w-]+$/.test(name)) throw new Error(`Invalid lexicon name: ${name}`)
  let base: URL
  if (directory === undefined) base = new URL('../data/', import.meta.url)
  else if (typeof directory === 'string') base = pathToFileURL(`${trimSlashes(directory)}/`)
  else base = directory.href.endsWith('/') ? directory : new URL(`${directory.href}/`)
  const url = new URL(`${name}.txt`, base)
  const key = url.href
  let entries = cache.get(key)
  if (!entries) {
    entries = parseLexicon(readFileSync(url, 'utf8'))
    cache.set(key, entries)
  }
  return entries
}

const compiled = new Map<string, Lexicon>()

/**
 * Loads `data/<name>.txt` as a lexicon, with the user's additions and removals applied. The
 * file is read once; a lexicon without options is compiled once and shared.
 */
export function loadLexicon(name: string, options: LexiconOptions = {}): Lexicon {
  const plain = !options.add && !options.remove
  const cacheKey = `${String(options.directory ?? '')}\0${name}`
  if (plain) {
    const hit = compiled.get(cacheKey)
    if (hit) return hit
  }
  let entries = readEntries(name, options.directory)
  if (options.add) {
    const added: LexiconEntry[] = []
    if (Array.isArray(options.add)) {
      for (const line of options.add as readonly string[]) expandLineInto(added, line, null)
    } else {
      const byLabel = options.add as Readonly<Record<string, readonly string[]>>
      for (const [label, lines] of Object.entries(byLabel))
        for (const line of lines) expandLineInto(added, line, label)
    }
    entries = [...entries, ...added]
  }
  if (options.remove && options.remove.length > 0) {
    const drop = new Set(options.remove.map(normalizePhrase))
    entries = entries.filter((e) => !drop.has(e.entry) && !drop.has(e.words.join(' ')))
  }
  const lexicon = createLexicon(name, entries)
  if (plain) compiled.set(cacheKey, lexicon)
  return lexicon
}

let titleSmallWordList: Lexicon | undefined

/**
 * The small words title case leaves in lower case ("of", "the"), from
 * `data/title-small-words.txt`, loaded once for the detectors and the rules alike.
 */
export function titleSmallWords(): Lexicon {
  titleSmallWordList ??= loadLexicon('title-small-words')
  return titleSmallWordList
}
