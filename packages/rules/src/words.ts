import type { Doc, Sentence } from '@onrecord/parser'
import { normalizeWord } from './lexicon.js'

/** A word or mark of a sentence, without the whitespace between them. */
export interface Word {
  value: string
  /** The compared form: lower case, straight apostrophes (`normalizeWord`). */
  lower: string
  start: number
  end: number
  isWord: boolean
  /** A word whose first letter is a capital (no particle rule: see `isCapitalized`). */
  capitalised: boolean
  /** Index of the sentence it belongs to. */
  sentence: number
}

/** The words and marks of a sentence, whitespace dropped; offsets index the file text. */
export function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = []
  const tokens = sentence.tokens
  const index = sentence.index
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as (typeof tokens)[number]
    const kind = token.kind
    if (kind === 'whitespace') continue
    const value = token.value
    // "34,000", "1,250,000": a thousands comma, with digits right on both sides, is part of
    // the number, not a mark that ends a phrase or a clause.
    if (value === ',') {
      const previous = words[words.length - 1]
      const next = tokens[t + 1]
      if (
        previous !== undefined &&
        previous.end === token.start.offset &&
        isDigits(previous.value.charCodeAt(previous.value.length - 1)) &&
        next !== undefined &&
        next.kind === 'word' &&
        next.start.offset === token.end.offset &&
        /^\d{3}(?!\d)/.test(next.value)
      ) {
        previous.value = previous.value + value + next.value
        previous.lower = normalizeWord(previous.value)
        previous.end = next.end.offset
        t++
        continue
      }
    }
    const isWord = kind === 'word'
    // Most words are plain lower-case ASCII, their own compared form and no capital: said
    // here, in one look at their characters, without a call to `normalizeWord` and one to
    // `startsWithCapital` for each of the ~900 words of an article (calls the optimiser does
    // not inline while the code is cold). Anything else — a capital, a character beyond
    // ASCII, a backtick — is left to them.
    let lower = value
    let capitalised = false
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i)
      if (code >= 128 || (code >= 65 && code <= 90) || code === 96) {
        lower = normalizeWord(value)
        capitalised = isWord && startsWithCapital(value)
        break
      }
    }
    words.push({
      value,
      lower,
      start: token.start.offset,
      end: token.end.offset,
      isWord,
      capitalised,
      sentence: index,
    })
  }
  return words
}

function isDigits(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Whether the first character is an upper-case letter (ASCII answered without a regex). */
function startsWithCapital(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(value)
}

export function wordsOfDoc(doc: Doc): Word[][] {
  return doc.sentences.map(wordsOf)
}

/** Starts with a capital, or is a name with a particle ("al-Sharaa", "bin-Talal", "d’Estaing"). */
export function isCapitalized(word: Word): boolean {
  if (!word.isWord) return false
  if (word.capitalised) return true
  // Only a word with a hyphen or apostrophe in its first four characters can have a particle;
  // the expression is asked only then (it ran for every word of every sentence).
  const value = word.value
  for (let i = 1; i <= 3 && i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 45 || code === 39 || code === 0x2019) return particleName.test(value)
  }
  return false
}

const particleName = /^\p{Ll}{1,3}[-’']\p{Lu}/u

/**
 * The quotation marks, straight and curly, and the doubled forms plain text writes for them
 * ('' ''' ``): a set, not an expression, because a regular expression literal is a new object
 * each time it is evaluated, and this is asked at nearly every word the detectors walk.
 */
const quoteMarks = new Set([
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '‹',
  '›',
  "''",
  "'''",
  '``',
])

export function isQuoteMark(value: string): boolean {
  // (No mark is longer than three characters ("'''"): most words are, and their length
  // decides without hashing the string.)
  return value.length <= 3 && quoteMarks.has(value)
}

export function isOpeningQuote(value: string): boolean {
  return value === '“' || value === '«' || value === '„' || value === '‘'
}

/** A year or a decade written in digits, 1500–2099: "1984", "2016", "1990s", "1990's". */
export function isYear(value: string): boolean {
  return /^(?:1[5-9]|20)\d\d(?:s|['’]s)?$/.test(value)
}
