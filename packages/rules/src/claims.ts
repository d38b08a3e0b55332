import type { Doc } from '@onrecord/parser'
import { docIndex } from './doc-index.js'
import { type Lexicons, oncePerLexicons, type PhraseList } from './lexicons.js'
import type { Attribution, Claim } from './types.js'
import { isQuoteMark, isYear, type Word } from './words.js'

const numberWords = new Set([
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'dozen',
  'percent',
  'half',
  'third',
  'quarter',
])

/** The number words with a plural "s" ("millions", "thirds"): asked without slicing the word. */
const numberWordPlurals = new Set([...numberWords].map((word) => `${word}s`))

/** Every word `isFigure` can call a figure without a digit: the number words and their plurals. */
const figureWords: ReadonlySet<string> = new Set([...numberWords, ...numberWordPlurals])

/** Whether a word holds a digit (`/\d/`), asked without a regular expression object per word. */
function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

const months = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/

/** A name made of letters and a number: "EB-5", "F-16", "I-95", "COVID-19", "G7". */
const codeName = /^[A-Z][A-Za-z]*-?\d+[A-Za-z]?(?:['’]s)?$/
/** An age as a modifier: "a 22-year-old man", "the six-month-old program". */
const ageModifier = /^\d+-(?:year|month|week|day)s?-old$/

/**
 * A number that states a quantity: not a year ("in 1984"), a day of a month ("July 12"), a
 * time of day, a name with a number in it ("the F-16") or a person's age ("Ana Lund, 76,",
 * "a 22-year-old man"); number words ("millions", "percent") count.
 */
function isFigure(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const word = words[i] as Word
  const previous = words[i - 1]
  const next = words[i + 1]
  const lower = word.lower
  if (lower === 'third' || lower === 'thirds' || lower === 'quarter' || lower === 'quarters')
    return isFraction(previous, next, lexicons)
  // "the first half", "the second half": a part of a game or a year, not a share.
  if (lower === 'half' && (previous?.lower === 'first' || previous?.lower === 'second'))
    return false
  if (numberWords.has(lower) || numberWordPlurals.has(lower)) return true
  // asked first, without an expression: most words hold no digit
  if (!hasDigit(word.value)) return false
  // `timestamp="1449075600"`: the value of an attribute in markup a feed left in the text.
  if (words[i - 2]?.value === '=' && previous !== undefined && isQuoteMark(previous.value))
    return false
  // "#Harlow500", "@user22", "t.co/ab12x": a hashtag, a handle or a piece of a link.
  if (
    previous !== undefined &&
    (previous.value === '#' || previous.value === '@' || previous.value === '/')
  )
    return false
  // "the ’80s": a decade, like "the 1980s".
  if (/^['’]\d0s$/.test(word.value)) return false
  // "2. Council rejects the plan": the number of an item in a list, not a quantity.
  if (
    i === 0 &&
    (/^\d{1,2}[.)]$/.test(word.value) ||
      (/^\d{1,2}$/.test(word.value) && (next?.value === '.' || next?.value === ')')))
  )
    return false
  if (isYear(word.value)) return false
  // "July 1," and "July 1." (the parser may keep a sentence's full stop on its last number).
  if (previous && months.test(previous.lower) && /^\d{1,2}(?:st|nd|rd|th)?[,.]?$/.test(word.value))
    return false
  if (/^\d{1,2}[:.]\d\d$/.test(word.value)) return false
  // "at 8 p.m.", "by 10 am": a time of day.
  if (/^\d{1,2}$/.test(word.value) && next && /^(?:a|p)\.?m\.?$/.test(next.lower)) return false
  // "he is 35 years old", "in her mid-20s": an age.
  if (next?.lower === 'years' && words[i + 2]?.lower === 'old') return false
  if (/^(?:early|mid|late)-\d0s$/.test(lower)) return false
  // "9/11", "7/4/1776": a date written as month/day, not a quantity.
  const date = /^(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?$/.exec(word.value)
  if (date && Number(date[1]) <= 12 && Number(date[2]) <= 31) return false
  if (codeName.test(word.value) || ageModifier.test(lower)) return false
  if (isNameNumber(words, i, lexicons)) return false
  // "the 13th Amendment", "the 21st century", "its 50th anniversary": an ordinal ranks or
  // names, it counts nothing.
  if (/^\d+(?:st|nd|rd|th)$/.test(lower)) return false
  // "Ana Lund, 76, of Dover": an age set off by commas after a name.
  if (
    /^\d{1,3}$/.test(word.value) &&
    previous?.value === ',' &&
    words[i - 2]?.capitalised === true &&
    words[i + 1]?.value === ','
  )
    return false
  return true
}

/**
 * Whether a number ends a name — "Route 66 is …", "a Boeing 737 jet", "Article 5 of the
 * treaty", "Game 7 and" — rather than counting: it follows a capitalised word inside the
 * sentence (not its first word, not a month, not a possessive: "Harlow's 12 wards" counts)
 * and comes before a lower-case word that is not plural-looking ("Ortiz 34 delegates to
 * zero" and headline case "These 3 Words" count), or before a preposition or a form of "be".
 */
function isNameNumber(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const word = words[i] as Word
  const previous = words[i - 1]
  const next = words[i + 1]
  if (!/^\d{1,4}$/.test(word.value) || !previous?.capitalised || !next?.isWord) return false
  if (months.test(previous.lower) || /['’]s$/.test(previous.lower)) return false
  // the first word of the sentence may be capitalised only for being first
  if (!words.slice(0, i - 1).some((w) => w.isWord)) return false
  if (
    next.capitalised ||
    numberWords.has(next.lower) ||
    lexicons['share-words'].hasWord(next.lower)
  )
    return false
  return (
    !next.lower.endsWith('s') ||
    lexicons.prepositions.hasWord(next.lower) ||
    lexicons['linking-verbs'].hasWord(next.lower)
  )
}

/**
 * Whether "third" or "quarter" is a share ("a third of the vote", "two thirds", "cut by a
 * quarter") rather than a rank, a place or a period ("the third debate", "finished third",
 * "the first quarter"): a count before it, or "of" after it, or "a" before it at the end of
 * a clause.
 */
function isFraction(previous: Word | undefined, next: Word | undefined, lexicons: Lexicons) {
  if (next?.lower === 'of') return true
  if (!previous) return false
  if (hasDigit(previous.value) || lexicons['fraction-counts'].hasWord(previous.lower)) return true
  return previous.lower === 'a' && (next === undefined || !next.isWord)
}

/**
 * Claims: sentences in the reporter's voice that assert something checkable, each with the
 * attribution that covers it — its own, one carried by a continuing quote or by a document's
 * findings laid out over the paragraph — or none.
 */
export function findClaims(
  doc: Doc,
  sentenceWords: Word[][],
  attributions: Attribution[],
  lede: number | null,
  lexicons: Lexicons,
): Claim[] {
  const claims: Claim[] = []
  const positions = docIndex(doc)
  const openings = claimOpenings(lexicons)
  // Attributions by the sentences their cue or source sit in, and by those their content covers.
  const bySpeech = new Map<number, Attribution[]>()
  const byContent = new Map<number, Attribution[]>()
  const file = (map: Map<number, Attribution[]>, sentence: number, attribution: Attribution) => {
    const list = map.get(sentence)
    if (list) list.push(attribution)
    else map.set(sentence, [attribution])
  }
  for (const attribution of attributions) {
    for (const part of [attribution.cue, attribution.source]) {
      if (part) file(bySpeech, positions.sentenceAt(part.start.offset), attribution)
    }
    for (const sentence of attribution.sentences) file(byContent, sentence, attribution)
  }
  for (const sentence of doc.sentences) {
    const block = doc.blocks[sentence.block]
    if (
      !block ||
      block.kind === 'heading' ||
      block.kind === 'caption' ||
      block.kind === 'table-cell'
    )
      continue
    const all = sentenceWords[sentence.index] ?? []
    const scan = scanSentence(all, openings)
    if (scan.wordCount < 5) continue
    if (sentence.text.trim().endsWith('?')) continue
    // "The source spoke on condition of anonymity because …": about the sourcing, not a claim.
    if (scan.reasonFrom >= 0 && anyMatchIn(all, lexicons['anonymous-reason'], scan.reasonFrom))
      continue
    const start = sentence.start.offset
    const end = sentence.end.offset
    // Entirely inside a quote: the speaker's words, not the reporter's claim.
    const around = positions.quoteAt(start) ?? positions.quoteAt(start + 1)
    const quote = around && around.end.offset >= end - 1 ? around : undefined
    // Its own attribution has a source or cue in the sentence; a carried one only covers it
    // (a quote running on from an earlier sentence or paragraph).
    const own =
      spokenIn(bySpeech.get(sentence.index), start, end) ?? byContent.get(sentence.index)?.[0]
    let coverage: Claim['coverage'] = 'none'
    let attribution: string | null = null
    if (own) {
      coverage = isSpokenIn(own, start, end) ? 'own' : 'carried'
      attribution = own.id
    } else if (quote) {
      continue
    } else {
      const finding = documentFindingBefore(doc, sentence.index, bySpeech)
      if (finding) {
        coverage = 'carried'
        attribution = finding.id
      }
    }
    // The superlative and accusation questions read the words without marks: listed only
    // for the sentences that ask them (about one in seven).
    const { figureFrom, superlativeFrom, accusationFrom } = scan
    let superlative = false
    let accusation = false
    if (superlativeFrom >= 0 || accusationFrom >= 0) {
      const words = wordsWithoutMarks(all)
      superlative = superlativeFrom >= 0 && hasSuperlative(words, lexicons, superlativeFrom)
      accusation = accusationFrom >= 0 && hasAccusation(words, lexicons, accusationFrom)
    }
    const features = {
      figures: figureFrom >= 0 && hasFigure(all, lexicons, figureFrom),
      superlative,
      accusation,
    }
    // Fields written out rather than spread: V8 (Node 20) makes `{...span, more}` objects
    // dozens of times slower to build, and claims are built for every sentence.
    const span = doc.spanOf(start, end)
    claims.push({
      text: span.text,
      start: span.start,
      end: span.end,
      sentence: sentence.index,
      attribution,
      coverage,
      features,
      background: !features.figures && !features.superlative && !features.accusation,
      lede: lede !== null && sentence.block === lede,
    })
  }
  return claims
}

/**
 * What one look at each word of a sentence tells `findClaims`: how many words it has (marks
 * aside), and where the first word stands that can open an anonymity reason or be a figure
 * (an index in the sentence's words and marks), a superlative or an accusation (an index in
 * its words without marks); -1 where none does. The four questions start there, or are not
 * asked.
 */
interface SentenceScan {
  wordCount: number
  reasonFrom: number
  figureFrom: number
  superlativeFrom: number
  accusationFrom: number
}

/**
 * Reads a sentence's words once for `findClaims` (`SentenceScan`): one look-up a word
 * (`claimOpenings`) stands for the lists' sets of first words. (Its own function, not a loop
 * inside `findClaims`: a small function the optimiser compiles early in a run, where the loop
 * ran unoptimised for as long as the large one waited.)
 */
function scanSentence(all: readonly Word[], openings: ReadonlyMap<string, number>): SentenceScan {
  let wordCount = 0
  let reasonFrom = -1
  let figureFrom = -1
  let superlativeFrom = -1
  let accusationFrom = -1
  for (let k = 0; k < all.length; k++) {
    const word = all[k] as Word
    const opens = openings.get(word.lower) ?? 0
    if (reasonFrom < 0 && (opens & opensReason) !== 0) reasonFrom = k
    if (!word.isWord) continue
    if (figureFrom < 0 && ((opens & isFigureWord) !== 0 || hasDigit(word.value))) figureFrom = k
    if (superlativeFrom < 0 && ((opens & opensSuperlative) !== 0 || isEstForm(word.lower)))
      superlativeFrom = wordCount
    if (accusationFrom < 0 && (opens & opensAccusation) !== 0) accusationFrom = wordCount
    wordCount++
  }
  return { wordCount, reasonFrom, figureFrom, superlativeFrom, accusationFrom }
}

/** The words of a sentence without its marks (a loop, not `filter`: no callback a word). */
function wordsWithoutMarks(all: readonly Word[]): Word[] {
  const words: Word[] = []
  for (let k = 0; k < all.length; k++) {
    const word = all[k] as Word
    if (word.isWord) words.push(word)
  }
  return words
}

/*
 * The questions `findClaims` asks of each sentence, as loops over its words rather than
 * closures over the sentence: a closure makes V8 build a scope for every sentence.
 */

/**
 * The attribution that carries the sentence at `index` as a document's finding laid out over
 * its paragraph: the nearest earlier sentence of the same paragraph with an attribution of its
 * own, when that attribution's source is a document ("A county audit found that … . Overtime
 * rose 40 percent."). Newspapers attribute a poll, a report or a filing once and then give
 * its figures; a person's words carry on only by quotation or "he added", so a sentence after
 * "Ortiz said …" is not carried.
 */
function documentFindingBefore(
  doc: Doc,
  index: number,
  bySpeech: ReadonlyMap<number, Attribution[]>,
): Attribution | undefined {
  const block = doc.sentences[index]?.block
  for (let k = index - 1; k >= 0; k--) {
    const earlier = doc.sentences[k]
    if (!earlier || earlier.block !== block) return undefined
    const spoken = spokenIn(bySpeech.get(k), earlier.start.offset, earlier.end.offset)
    if (spoken) return spoken.source?.kind === 'document' ? spoken : undefined
  }
  return undefined
}

type Spoken = { start: { offset: number }; end: { offset: number } } | null

function within(span: Spoken, start: number, end: number): boolean {
  return span !== null && span.start.offset >= start && span.end.offset <= end
}

/** Whether the attribution's cue or source sits between `start` and `end` (a sentence). */
function isSpokenIn(attribution: Attribution, start: number, end: number): boolean {
  return within(attribution.cue, start, end) || within(attribution.source, start, end)
}

/** The first of `attributions` whose cue or source sits between `start` and `end`. */
function spokenIn(
  attributions: readonly Attribution[] | undefined,
  start: number,
  end: number,
): Attribution | undefined {
  if (!attributions) return undefined
  for (const attribution of attributions)
    if (isSpokenIn(attribution, start, end)) return attribution
  return undefined
}

/** Bits of `claimOpenings`: the lists an entry of which a word can open. */
const opensReason = 1
const opensSuperlative = 2
const opensAccusation = 4
/** (A number word: `figureWords`.) */
const isFigureWord = 8

/**
 * For each word an entry of data/anonymous-reason.txt, data/superlatives.txt or
 * data/accusation-words.txt starts with, which of those lists it opens (`opensReason`, …),
 * and whether it is a number word (`isFigureWord`).
 */
const claimOpenings = oncePerLexicons((lexicons) => {
  const openings = new Map<string, number>()
  const add = (list: PhraseList, bit: number) => {
    for (const word of list.firstWords()) openings.set(word, (openings.get(word) ?? 0) | bit)
  }
  add(lexicons['anonymous-reason'], opensReason)
  add(lexicons.superlatives, opensSuperlative)
  add(lexicons['accusation-words'], opensAccusation)
  for (const word of figureWords) openings.set(word, (openings.get(word) ?? 0) | isFigureWord)
  return openings
})

/** An -est form of six letters or more ("largest"): a superlative may stand there. */
function isEstForm(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('est')
}

/** Whether an entry of `list` matches in `words`, from `from` (no entry opens before it). */
function anyMatchIn(words: readonly Word[], list: PhraseList, from: number): boolean {
  // (Most words open no entry: the set of first words says so before a match is tried.)
  const starts = list.firstWords()
  for (let k = from; k < words.length; k++)
    if (starts.has((words[k] as Word).lower) && list.matchAt(words, k)) return true
  return false
}

/** Whether a figure stands in `words`, from `from` (none can before it). */
function hasFigure(words: readonly Word[], lexicons: Lexicons, from: number): boolean {
  for (let i = from; i < words.length; i++) {
    const word = words[i] as Word
    // A word with no digit that is no number word is no figure: said here, without a call, for
    // the nineteen words in twenty of a claim sentence that are neither.
    if (!word.isWord || (!figureWords.has(word.lower) && !hasDigit(word.value))) continue
    if (isFigure(words, i, lexicons)) return true
  }
  return false
}

/** Whether a superlative stands in `words`, from `from` (none can before it). */
function hasSuperlative(words: readonly Word[], lexicons: Lexicons, from: number): boolean {
  // `isSuperlativeAt` is asked only where it can answer yes — at a word some entry of
  // data/superlatives.txt starts with, or at an -est form of six letters or more — instead of
  // at every word of every claim sentence.
  const starts = lexicons.superlatives.firstWords()
  for (let i = from; i < words.length; i++) {
    const lower = (words[i] as Word).lower
    if (!starts.has(lower) && !isEstForm(lower)) continue
    if (isSuperlativeAt(words, i, lexicons)) return true
  }
  return false
}

/**
 * Whether a word of data/accusation-words.txt charges someone: a phrase of its `[topic]`
 * section ("assault weapons", "what lies ahead") names a subject and is stepped over. No
 * entry opens before `from`.
 */
function hasAccusation(words: readonly Word[], lexicons: Lexicons, from: number): boolean {
  const accusations = lexicons['accusation-words']
  const starts = accusations.firstWords()
  for (let k = from; k < words.length; k++) {
    if (!starts.has((words[k] as Word).lower)) continue
    const match = accusations.matchAt(words, k)
    if (!match) continue
    if (match.label !== 'topic') return true
    k += match.entry.split(' ').length - 1
  }
  return false
}

/**
 * Whether `words[i]` makes its sentence a claim of a superlative or a record: a word of
 * data/superlatives.txt (not "at most", "at least", nor "never" after a modal of
 * data/modals.txt: "may never be resolved"), "the" and an -est form ("the fastest"),
 * or "the first", "the only" with a record marker after ("the first woman to …").
 */
function isSuperlativeAt(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const word = words[i] as Word
  const before = words[i - 1]
  const superlatives = lexicons.superlatives
  const match = superlatives.firstWords().has(word.lower) ? superlatives.matchAt(words, i) : null
  if (match) {
    if (before?.lower === 'at') return false
    if (match.label === 'no claim') return false
    // “may never be resolved”, “would never have won”: a prediction or a counterfactual
    if (word.lower === 'never' && before !== undefined && lexicons.modals.hasWord(before.lower))
      return false
    if (word.lower === 'ever' && !isRecordEver(words, i)) return false
    if (match.label === 'record') return isRecordModifier(words, i, lexicons)
    if (match.label === 'degree') return isDeterminedBy(before, lexicons)
    if (match.label !== 'ordinal') return true
    if (!before || !(before.lower === 'the' || /'s$/.test(before.lower))) return false
    const end = Math.min(words.length, i + 1 + recordMarkerReach)
    for (let k = i + 1; k < end; k++)
      if (lexicons['record-markers'].hasWord((words[k] as Word).lower)) return true
    return false
  }
  return (
    before?.lower === 'the' &&
    word.lower.length > 5 &&
    word.lower.endsWith('est') &&
    !lexicons['not-superlatives'].hasWord(word.lower)
  )
}

/**
 * Whether "record" at `words[i]` claims a record: a number right after it ("a record 40,000")
 * or a word of data/record-heads.txt within two words, with no preposition between ("record
 * turnout", "record youth turnout"); "her record on turnout" is a noun.
 */
function isRecordModifier(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const next = words[i + 1]
  if (next === undefined) return false
  if (hasDigit(next.value) || lexicons['record-heads'].hasWord(next.lower)) return true
  const after = words[i + 2]
  return (
    after !== undefined &&
    !lexicons.prepositions.hasWord(next.lower) &&
    lexicons['record-heads'].hasWord(after.lower)
  )
}

/**
 * Whether "ever" claims a record ("no bill has ever failed", "the largest crowd ever") rather
 * than growing a comparative ("ever greater"), comparing ("clearer than ever", "more than she
 * ever had") or asking ("whether he ever paid", "if it ever comes to that").
 */
function isRecordEver(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]
  if (next?.isWord && next.lower.length > 4 && next.lower.endsWith('er')) return false
  for (let k = i - 1; k >= 0; k--) {
    const lower = (words[k] as Word).lower
    if (lower === 'if' || lower === 'whether') return false
    if (lower === 'than' && i - k <= 3) return false
  }
  return true
}

/**
 * Whether `before` makes "most" after it a superlative: "the" or a possessive ("the most
 * powerful", "the county's most crowded", "her most daring plan").
 */
function isDeterminedBy(before: Word | undefined, lexicons: Lexicons): boolean {
  if (!before) return false
  return (
    before.lower === 'the' ||
    /'s$/.test(before.lower) ||
    lexicons['possessive-determiners'].hasWord(before.lower)
  )
}

/** How many words after "the first" a record marker may stand ("the first Black woman to"). */
const recordMarkerReach = 8
