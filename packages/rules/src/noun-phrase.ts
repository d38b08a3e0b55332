import type { Lexicons } from './lexicons.js'
import { isCapitalized, isQuoteMark, type Word } from './words.js'

/** A run of words `[from, to)` in a sentence's word list. */
export interface WordRange {
  from: number
  to: number
}

export type Boundary = 'start' | 'comma' | 'quote' | 'dash' | 'colon' | 'word'

const maxPhraseWords = 14
const closingQuotes = new Set(['”', '"', '’', "'", '»', '›', "''"])
const dashes = new Set(['—', '―', '–', '-', '--'])
/** Words after a relative "who" that open a new subject, not the relative clause's verb. */
const determinersAfterWho = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'many',
  'some',
  'most',
  'several',
])

function isCue(word: Word, lexicons: Lexicons): boolean {
  if (lexicons['cue-verbs'].hasWord(word.lower) || lexicons['belief-verbs'].hasWord(word.lower))
    return true
  if (!lexicons['stance-verbs'].hasWord(word.lower)) return false
  // ("Farmers backing the bill said": a reduced relative stays inside its noun phrase.)
  // ("A person familiar with the planning said": a verb read only before its infinitive is
  // a noun inside the phrase.)
  const label = lexicons['stance-verbs'].matchAt([word], 0)?.label
  return label !== 'relative' && label !== 'infinitive'
}

/** Auxiliaries that open a relative clause's verb: "who had served", "that has backed". */
const relativeAuxiliaries = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are'])
const relativeLeads = new Set(['who', 'that'])

/** Verbs by which a writer meets a source: "the experts I interviewed". */
const meetingVerbs = new Set(['interviewed', 'surveyed', 'contacted', 'consulted', 'polled'])

/**
 * "all the experts I interviewed", "everyone we surveyed": a first-person pronoun and a verb
 * of meeting the source, right after a noun, is a relative clause inside the phrase.
 */
function contactClauseAt(words: readonly Word[], k: number, end: number): boolean {
  const pronoun = words[k] as Word
  const before = words[k - 1]
  return (
    (pronoun.lower === 'i' || pronoun.lower === 'we') &&
    k + 2 === end &&
    meetingVerbs.has(words[k + 1]?.lower ?? '') &&
    before !== undefined &&
    before.isWord &&
    (!before.capitalised || k === 1)
  )
}

/** Modals that are also names and months: "Ruth May", "in May", "Will Ames". */
const modalNames = new Set(['may', 'will'])

/**
 * "the author of that report": "that" after a preposition and before a noun is a determiner
 * inside the phrase, not a conjunction or relative pronoun ending it.
 */
export function isDeterminerAfterPreposition(
  words: readonly Word[],
  k: number,
  lexicons: Lexicons,
): boolean {
  const next = words[k + 1]
  return (
    words[k]?.lower === 'that' &&
    lexicons.prepositions.hasWord(words[k - 1]?.lower ?? '') &&
    next !== undefined &&
    next.isWord &&
    !lexicons['source-stopwords'].hasWord(next.lower) &&
    !lexicons.pronouns.hasWord(next.lower)
  )
}

/** Whether `word` may end a noun: a word, no function word (`source-stopwords`), preposition or pronoun. */
function isNounBefore(word: Word | undefined, lexicons: Lexicons): boolean {
  return (
    word !== undefined &&
    word.isWord &&
    !lexicons['source-stopwords'].hasWord(word.lower) &&
    !lexicons.prepositions.hasWord(word.lower) &&
    !lexicons.pronouns.hasWord(word.lower)
  )
}

/** Can this word sit inside a noun phrase naming a source? */
function inPhrase(word: Word, lexicons: Lexicons, opensSentence: boolean): boolean {
  // ("42% say": a share is a count of the source.)
  if (!word.isWord)
    return (
      word.value === '&' ||
      word.value === "'" ||
      word.value === '’' ||
      word.value === '.' ||
      word.value === '%' ||
      // ("an Acme/Harbour poll": a slash joins two names.)
      word.value === '/'
    )
  if (
    lexicons['source-stopwords'].hasWord(word.lower) &&
    !(word.capitalised && !opensSentence && modalNames.has(word.lower))
  )
    return false
  // (A capitalised word, a name's, is no cue or adverb here: asked before the three lists.)
  if (isCapitalized(word)) return true
  if (isCue(word, lexicons)) return false
  // Adverbs ("recently said") belong to the cue side, not the source.
  return !word.lower.endsWith('ly') || word.lower === 'family'
}

/**
 * Whether the word before `from`, which `inPhrase` would leave out, still belongs to the noun
 * phrase that ends at `end`: a participle relaying the source, a coordinating "and", a
 * document noun before its finding, an adverb describing a participle, a passive "being", or
 * "that" as a determiner after a preposition.
 */
function keptInPhrase(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  const word = words[from - 1] as Word
  // "a government source quoted by state media": a participle that relays the source.
  const relay =
    /^(?:quoted|cited|interviewed|contacted|reached)$/.test(word.lower) &&
    ['by', 'in'].includes(words[from]?.lower ?? '')
  // "World leaders and diplomats", "Ruiz and Varga": a coordinated subject.
  const before = words[from - 2]
  // "current and former officials": two modifiers of one head, opening the phrase.
  const opening = words[from - 3]
  const coordinated =
    word.lower === 'and' &&
    from < end &&
    before !== undefined &&
    (isCapitalized(before) ||
      /[a-z]s$/.test(before.lower) ||
      // ("Sens. Ruiz (Ky.) and Varga (Fla.)": a first conjunct closed by its party-and-state tag.)
      before.value === ')' ||
      // ("the mayor and her staff": a source with its own people.)
      ['his', 'her', 'their', 'its'].includes(words[from]?.lower ?? '') ||
      (from < end - 1 &&
        before.isWord &&
        !lexicons.pronouns.hasWord(before.lower) &&
        (opening === undefined || !opening.isWord))) &&
    !lexicons['source-stopwords'].hasWord(before.lower)
  // "The reports show …": a document noun that is also a cue verb, right before a verb of
  // what documents show, is that verb's subject.
  const documentBeforeFinding =
    from === end &&
    lexicons['document-heads'].hasWord(word.lower) &&
    lexicons['document-cue-verbs'].hasWord(words[end]?.lower ?? '')
  // "an analysis of newly filed reports": an adverb inside the phrase, before a participle
  // that describes its noun. (Right before the cue it is the cue's: "recently said".)
  const describing =
    from < end - 1 &&
    word.isWord &&
    /[a-z]ly$/.test(word.value) &&
    /[a-z]ed$/.test(words[from]?.value ?? '') &&
    words[from + 1]?.isWord === true &&
    !isCue(words[from + 1] as Word, lexicons)
  // "A study being released Monday by researchers shows …": "being" before a past
  // participle opens a passive that describes the noun before it, inside the phrase.
  const beingDone =
    from < end - 1 &&
    word.lower === 'being' &&
    words[from]?.isWord === true &&
    !isCapitalized(words[from] as Word) &&
    (/[a-z]ed$/.test(words[from]?.lower ?? '') ||
      lexicons['irregular-pasts'].hasWord(words[from]?.lower ?? '')) &&
    // (A noun before it: "and being subjected to …" is no phrase's noun.)
    isNounBefore(words[from - 2], lexicons)
  return (
    relay ||
    beingDone ||
    coordinated ||
    documentBeforeFinding ||
    describing ||
    (from < end && isDeterminerAfterPreposition(words, from - 1, lexicons))
  )
}

/** The noun phrase that ends right before `end`, read backwards, or null. */
export function phraseBefore(
  words: readonly Word[],
  end: number,
  lexicons: Lexicons,
): WordRange | null {
  const last = words[end - 1]
  if (!last) return null
  if (last.isWord && lexicons.pronouns.hasWord(last.lower.replace(/'(?:s|re|ve|d|ll|m)$/, '')))
    return { from: end - 1, to: end }
  let from = end
  // (A party-and-state tag counts for no words of the phrase's length: "Former Gov. Ana Ruiz
  // (D) and former Gov. Tom Varga (R)" is two names, not a phrase too long to be one.)
  let tagged = 0
  while (from > 0 && end - from - tagged < maxPhraseWords) {
    const word = words[from - 1] as Word
    // "Sen. David Perdue (R-Ga.)": a parenthesis belongs to the phrase.
    if (word.value === ')') {
      let open = from - 2
      while (open >= 0 && (words[open] as Word).value !== '(' && from - open < 8) open--
      if (open >= 0 && (words[open] as Word).value === '(') {
        tagged += from - open
        from = open
        continue
      }
      break
    }
    // (Most words of a phrase are words of one by `inPhrase`: the readings that keep a word
    // `inPhrase` refuses are asked only for the word that would end the phrase.)
    if (!inPhrase(word, lexicons, from === 1) && !keptInPhrase(words, from, end, lexicons)) break
    if (
      word.isWord &&
      lexicons.pronouns.hasWord(word.lower) &&
      word.lower !== 'it' &&
      !contactClauseAt(words, from - 1, end)
    )
      break
    from--
  }
  // "residents who spoke at the meeting described": the relative pronoun stands for the
  // subject. Without a comma before it the clause only narrows its noun ("one of the doctors
  // who signed the letter called …"): the subject is the noun with its clause.
  // ("hackers who U.S. officials say …": a name or a determiner after "who" opens the subject.)
  // ("The judges who ruled on the case said": a cue verb right after "who" is the clause's
  // verb, not the start of the subject.)
  const verb = words[from - 1]
  if (
    from < end &&
    from > 1 &&
    verb?.isWord &&
    !isCapitalized(verb) &&
    words[from - 2]?.lower === 'who' &&
    isCue(verb, lexicons)
  )
    from--
  // "A farmer who asked not to be named said", "an aide who was never identified said": a
  // relative clause that ends in a participle right before the cue describes the noun before
  // "who"; that noun with its clause is the subject.
  if (from === end - 1 && /[a-z]ed$/.test((words[from] as Word).lower)) {
    for (let k = from - 1; k >= Math.max(1, from - 7); k--) {
      const word = words[k] as Word
      if (!word.isWord) break
      if (word.lower !== 'who') continue
      const noun = phraseBefore(words, k, lexicons)
      if (noun && noun.to === k && end - noun.from <= maxPhraseWords)
        return { from: noun.from, to: end }
      break
    }
  }
  // ("companies that had insured the loans agreed": the relative clause's auxiliary, before
  // a verb of saying or finding; not "had to", and not before a noun that only looks like a
  // cue: "who has mounted a challenge".)
  const auxiliary = words[from - 1]
  const cue = words[end]
  if (
    from < end &&
    auxiliary !== undefined &&
    relativeAuxiliaries.has(auxiliary.lower) &&
    relativeLeads.has(words[from - 2]?.lower ?? '') &&
    words[from]?.lower !== 'to' &&
    cue !== undefined &&
    (lexicons['cue-verbs'].hasWord(cue.lower) ||
      lexicons['document-cue-verbs'].hasWord(cue.lower) ||
      lexicons['belief-verbs'].hasWord(cue.lower))
  )
    from--
  const stop = words[from - 1]
  const next = words[from] as Word
  if (
    stop?.isWord &&
    stop.lower === 'who' &&
    from < end &&
    !isCapitalized(next) &&
    !determinersAfterWho.has(next.lower)
  ) {
    const noun = words[from - 2]?.isWord ? phraseBefore(words, from - 1, lexicons) : null
    return noun && end - noun.from <= maxPhraseWords
      ? { from: noun.from, to: end }
      : { from: from - 1, to: from }
  }
  // "A study that appeared in the journal found": a relative "that" whose clause opens with
  // its verb (a past tense or an auxiliary) narrows the noun before it. ("the fact that
  // officials found", "said that …" have no such clause or no noun.)
  if (
    stop?.isWord &&
    stop.lower === 'that' &&
    from < end &&
    !isCapitalized(next) &&
    (/[a-z]ed$/.test(next.lower) || relativeAuxiliaries.has(next.lower))
  ) {
    const noun = words[from - 2]?.isWord ? phraseBefore(words, from - 1, lexicons) : null
    if (noun && end - noun.from <= maxPhraseWords) return { from: noun.from, to: end }
  }
  // A phrase cannot start with a preposition or a possessive mark: trim to its first noun.
  while (from < end) {
    const word = words[from] as Word
    if (!word.isWord || lexicons.prepositions.hasWord(word.lower)) {
      from++
      continue
    }
    break
  }
  if (from >= end) return null
  // "the $20 million experts say it costs": an amount of money is no count of the source.
  if (/^[$€£¥]$/.test(words[from - 1]?.value ?? '')) {
    while (
      from < end - 1 &&
      /^\d|^(?:thousand|million|billion|trillion)$/.test((words[from] as Word).lower)
    )
      from++
  }
  // "On Monday the senator": drop a leading time phrase.
  if (lexicons['time-words'].hasWord((words[from] as Word).lower) && end - from > 1) from++
  return { from, to: end }
}

/** The noun phrase that starts at `start` (after an inverted cue: "said Mr Varga"). */
export function phraseAfter(
  words: readonly Word[],
  start: number,
  lexicons: Lexicons,
): WordRange | null {
  let to = start
  while (to < words.length && to - start < maxPhraseWords) {
    const word = words[to] as Word
    if (
      !word.isWord &&
      word.value !== '.' &&
      word.value !== "'" &&
      word.value !== '’' &&
      word.value !== '&'
    )
      break
    if (word.value === '.' && to + 1 >= words.length) break
    if (
      word.isWord &&
      lexicons['source-stopwords'].hasWord(word.lower) &&
      !isDeterminerAfterPreposition(words, to, lexicons) &&
      // ("said Will Doyle", "said May Lund": a modal that is a first name, before a surname.)
      !(word.capitalised && modalNames.has(word.lower) && words[to + 1]?.capitalised === true) &&
      !joinsTitlesBeforeName(words, start, to, lexicons)
    )
      break
    if (word.isWord && ['who', 'whose', 'which'].includes(word.lower) && to > start) break
    if (
      word.isWord &&
      lexicons['time-words'].hasWord(word.lower) &&
      to > start &&
      !dayBeforeNoun(words, to, lexicons)
    )
      break
    if (
      word.isWord &&
      ['in', 'at', 'on', 'during', 'after', 'following', 'told'].includes(word.lower) &&
      to > start
    )
      break
    to++
  }
  // Drop a trailing period that ends the sentence.
  while (to > start && !(words[to - 1] as Word).isWord) to--
  return to > start ? { from: start, to } : null
}

/**
 * "said lobbyist and strategist Dana Ortiz": the "and" at `k` joins two bare titles (lower-case
 * words with no article) that together stand before one capitalised name, so the speaker is
 * the whole phrase, not the first title alone. Not "said officials and Lund", where a title
 * and a name are two speakers.
 */
function joinsTitlesBeforeName(
  words: readonly Word[],
  start: number,
  k: number,
  lexicons: Lexicons,
): boolean {
  if (words[k]?.lower !== 'and' || k === start) return false
  // (No preposition or "by": "criticized by economists and by Lund" names a second agent.)
  const isBareTitleWord = (word: Word | undefined): boolean =>
    word !== undefined &&
    word.isWord &&
    !word.capitalised &&
    !lexicons['source-stopwords'].hasWord(word.lower) &&
    !lexicons.prepositions.hasWord(word.lower) &&
    !adverbialOpeners.has(word.lower) &&
    !['a', 'an', 'the'].includes(word.lower)
  for (let j = start; j < k; j++) if (!isBareTitleWord(words[j])) return false
  let j = k + 1
  if (!isBareTitleWord(words[j])) return false
  while (j < k + 4 && isBareTitleWord(words[j])) j++
  return words[j]?.isWord === true && words[j]?.capitalised === true
}

/**
 * "a Wednesday editorial", "the Sunday paper": a capitalised day name right after an article
 * and before a lower-case noun modifies that noun, and is no time that ends the phrase.
 */
function dayBeforeNoun(words: readonly Word[], k: number, lexicons: Lexicons): boolean {
  const day = words[k] as Word
  const next = words[k + 1]
  return (
    day.capitalised &&
    ['a', 'an', 'the'].includes(words[k - 1]?.lower ?? '') &&
    next?.isWord === true &&
    !next.capitalised &&
    !lexicons['time-words'].hasWord(next.lower) &&
    !lexicons.prepositions.hasWord(next.lower) &&
    !lexicons['source-stopwords'].hasWord(next.lower)
  )
}

/** Words that open an adverbial before a sentence's subject ("In the hallway after the vote, …"). */
const adverbialOpeners = new Set([
  'after',
  'before',
  'during',
  'following',
  'despite',
  'amid',
  'since',
  'under',
  'by',
  'as',
  'when',
  'while',
  'although',
  'though',
  'because',
  'if',
  'once',
  'until',
  'unless',
  'over',
  'throughout',
  'without',
  // ("Back in Harlow, her staff …": "back" before a place is an adverbial of where.)
  'back',
])

/**
 * Words that end an adverbial of relative time ("a day later", "two weeks ago", "the night
 * before").
 */
const relativeTimeEnds = new Set(['later', 'earlier', 'ago', 'before', 'after'])

export const personalSubjects: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i'])

/**
 * "Minutes later they …", "Two days ago we …": the index of the personal pronoun after a
 * short opening adverbial of relative time without a comma, or -1.
 */
export function subjectAfterRelativeTime(words: readonly Word[], from: number): number {
  for (let k = from + 1; k < words.length && k - from < 4; k++) {
    const word = words[k] as Word
    if (!word.isWord) return -1
    if (relativeTimeEnds.has(word.lower))
      return personalSubjects.has(words[k + 1]?.lower ?? '') ? k + 1 : -1
  }
  return -1
}

/**
 * Where the subject of a sentence starts: after up to two opening adverbials that end in a
 * comma ("In a letter on Monday, two ministers …", "Although she led, school officials …");
 * 0 when the sentence opens with its subject.
 */
export function subjectStart(words: readonly Word[], lexicons: Lexicons): number {
  let start = datelineEnd(words)
  for (let round = 0; round < 2; round++) {
    const first = words[start]
    if (!first?.isWord) return start
    const opener =
      adverbialOpeners.has(first.lower) ||
      lexicons.prepositions.hasWord(first.lower) ||
      lexicons['time-words'].hasWord(first.lower) ||
      // "Initially, …", "Separately, …" (but not "Family members, …").
      (/ly$/.test(first.lower) && words[start + 1]?.value === ',') ||
      // "Shortly after the vote, …", "Soon before …": an adverb bounding the phrase after it.
      (/^[a-z]{3,}ly$/.test(first.lower) && adverbialOpeners.has(words[start + 1]?.lower ?? ''))
    let comma = -1
    for (let k = start + 1; k < Math.min(words.length, start + 25); k++) {
      const word = words[k] as Word
      if (word.value === ',') {
        comma = k
        break
      }
      if (!word.isWord && (isQuoteMark(word.value) || /^[;:()—–]$/.test(word.value))) break
    }
    if (comma < 0 || !words[comma + 1]?.isWord) return start
    // "A few days later, …", "Two weeks ago, …": a short stretch ending in a word that
    // places it in time relative to another is an adverbial too.
    const relativeTime =
      comma - start <= 5 && relativeTimeEnds.has((words[comma - 1] as Word).lower)
    // "More recently, …", "Most important, …", "Even more broadly, …": a short stretch ending
    // in an adverb of manner or time is one more sentence adverb.
    // (Only words of degree before it: "The family, …" is a subject.)
    const adverbPhrase =
      comma - start <= 3 &&
      /^[a-z]{3,}ly$/.test((words[comma - 1] as Word).value) &&
      words.slice(start, comma - 1).every((w) => lexicons['degree-words'].hasWord(w.lower))
    if (!opener && !relativeTime && !adverbPhrase) return start
    // (Not after a clause: "By noon she had left Green Bay, Wis., citing …".)
    const clause = words
      .slice(start, comma)
      .some((w) => relativeAuxiliaries.has(w.lower) || /^[a-z]+ed$/.test(w.value))
    start = comma + 1
    // "At a rally in Beaumont, Tex., Ortiz …": the state after a city is more of the place.
    if (!clause && isCapitalized(words[comma - 1] as Word)) {
      const state =
        lexicons['state-abbreviations'].matchAt(words, start) ??
        lexicons['place-names'].matchAt(words, start)
      if (
        state &&
        words[start + state.length]?.value === ',' &&
        words[start + state.length + 1]?.isWord
      )
        start += state.length + 1
    }
  }
  return start
}

/**
 * "HARLOW, Ky. — Sen. Ana Ruiz said …", "HARLOW, July 29 (UPI) — Fans of …": a dateline — a
 * place in capitals, with its state, date or agency, closed by a dash — opens the sentence
 * and is no part of its subject. Returns the index after the dash, or 0.
 */
export function datelineEnd(words: readonly Word[]): number {
  const first = words[0]
  if (!first?.isWord || !/^[A-Z][A-Za-z'’.-]{2,}$/.test(first.value)) return 0
  // ("Harlow (AFP) — …": a place in plain capitals, then its agency in brackets, is one too.)
  const capitals = /^[A-Z][A-Z'’.-]{2,}$/.test(first.value)
  for (let k = 1; k < Math.min(words.length - 1, 14); k++) {
    const word = words[k] as Word
    if (dashes.has(word.value)) {
      const agency =
        words[k - 1]?.value === ')' &&
        /^[A-Z]{2,}$/.test(words[k - 2]?.value ?? '') &&
        words[k - 3]?.value === '('
      return words[k + 1]?.isWord && (capitals || agency) ? k + 1 : 0
    }
    // The place, its state ("Ky.", "N.H."), a date ("July 29") or an agency ("(UPI)").
    if (word.isWord ? !/^[A-Z0-9]/.test(word.value) : !/^[,.()]$/.test(word.value)) return 0
  }
  return 0
}

/** What stands right before word `index`. */
export function boundaryBefore(words: readonly Word[], index: number): Boundary {
  const previous = words[index - 1]
  if (!previous) return 'start'
  if (previous.value === ',' || previous.value === ';') return 'comma'
  if (closingQuotes.has(previous.value)) return 'quote'
  if (dashes.has(previous.value)) return 'dash'
  if (previous.value === ':') return 'colon'
  if (!previous.isWord && isQuoteMark(previous.value)) return 'quote'
  return 'word'
}

export function isDash(word: Word | undefined): boolean {
  return word !== undefined && dashes.has(word.value)
}
