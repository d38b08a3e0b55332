import type { Doc, Quote } from '@onrecord/parser'
import { type DocIndex, docIndex } from './doc-index.js'
import { isLyAdverb } from './hedge-grammar.js'
import { type LexiconMatch, normalizeWord, titleSmallWords } from './lexicon.js'
import {
  type Lexicons,
  type ListName,
  oncePerLexicons,
  type PhraseList,
  startWords,
} from './lexicons.js'
import {
  boundaryBefore,
  isDash,
  isDeterminerAfterPreposition,
  personalSubjects,
  phraseAfter,
  phraseBefore,
  subjectAfterRelativeTime,
  subjectStart,
  type WordRange,
} from './noun-phrase.js'
import { classifySource, headOf } from './source-kind.js'
import type { AttributionKind } from './types.js'
import { isCapitalized, isOpeningQuote, isQuoteMark, type Word } from './words.js'

// Word endings the detectors ask about at many words, named once here: a regular expression
// literal is a new object each time it is evaluated, and these were evaluated at most words of
// every clause scanned. (None has the `g` or `y` flag, so sharing one is safe.)
/** An -ing form after a letter: "saying", "praising". */
const ingForm = /[a-z]ing$/
/** A vowel, to tell a verb's stem ("say" in "saying") from a noun's ("th" in "thing"). */
const vowel = /[aeiouy]/
/** An -ly form after a letter: "quietly", "publicly". */
const lyForm = /[a-z]ly$/
/** A lower-case -ly adverb, two letters or more before the "ly": "bitterly", "publicly". */
const lyAdverb = /^[a-z]{2,}ly$/
const endsInIng = /ing$/
const endsInEd = /ed$/
/** "and", "but": a set rather than an array literal, which is built anew at each evaluation. */
const andOrBut = new Set(['and', 'but'])

/** An attribution as detection finds it: offsets only; spans and entities come later. */
export interface FoundAttribution {
  kind: AttributionKind
  /** The source phrase, as offsets, with the sentence it sits in. */
  source: { start: number; end: number; sentence: number; words: Word[] } | null
  /** For a quote whose speaker was established earlier: the attribution it carries over from. */
  carriedFrom: FoundAttribution | null
  cue: { start: number; end: number; lemma: string } | null
  content: { start: number; end: number }
  sentence: number
  /** The content is a block quotation introduced by the cue ("… in stark terms:" then `>`). */
  blockQuote?: boolean
  /** The content is a split quote's two halves and what stands between them (“A,” X said. “B.”). */
  splitQuote?: boolean
  /** The cue is the reporter's own hedge ("is expected to", "seems to"; `impression-cues`). */
  hedgedCue?: boolean
}

/** The lists `cueAt` reads a cue from: a word that starts no entry of any of them is no cue. */
const cueLists: readonly ListName[] = [
  'cue-verbs',
  'belief-verbs',
  'document-cue-verbs',
  'stance-verbs',
  'quote-verbs',
  'naming-verbs',
  'regard-verbs',
  'complement-verbs',
  'release-verbs',
  'infinitive-cues',
]

/** A subject pronoun with an auxiliary contracted onto it: "he's", "they've", "who'd". */
const contractedAuxiliary = /^(?:he|she|it|they|we|i|you|who)(['’](?:s|re|ve|d|ll|m))$/

/** The pronoun of "he's", "who'd" and the like without its auxiliary; other words as they are. */
function withoutAuxiliary(lower: string): string {
  const contraction = contractedAuxiliary.exec(lower)
  return contraction ? lower.slice(0, lower.length - (contraction[1]?.length ?? 0)) : lower
}

/** A pronoun contracted with "is" or "has": "he's claiming", "it's denouncing". */
const contractedSubjects = new Set(["he's", "she's", "it's", "that's", "who's", "there's"])

/** Finite verbs that follow a noun subject directly, never a verb of stance ("support was"). */
const finiteVerbsAfterNoun = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will'])

/** Modals and "do" forms, which follow a plural noun subject but never a verb of saying. */
const modalsAfterNoun = new Set([
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'do',
  'did',
])

/** Words before a verb whose clause may have lost its subject: "who still hopes will …". */
const subjectGapWords = new Set(['who', 'which', 'that', 'what', 'still', 'also', 'now', 'and'])

const determinersBeforeNoun = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'new',
  'such',
  'any',
  'no',
  'recent',
  'earlier',
  'latest',
  'previous',
])
const objectPronouns = new Set([
  'reporters',
  'him',
  'her',
  'them',
  'me',
  'us',
  'you',
  'journalists',
  'lawmakers',
])
const trivialAfterCue = new Set([
  'on',
  'in',
  'at',
  'during',
  'to',
  'with',
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'statement',
  'interview',
  'email',
  'emailed',
  'tweet',
  'post',
  'reporters',
  'journalists',
  'conference',
  'news',
  'briefing',
  'press',
  'following',
  'after',
  'meeting',
  'visit',
  'speech',
  'rally',
  'television',
  'radio',
  'phone',
  'telephone',
  'written',
  'late',
  'early',
  'last',
  'this',
  'told',
  'also',
  'ago',
  'when',
  'by',
  'of',
  'for',
  'from',
])

interface SentenceWords {
  index: number
  block: number
  words: Word[]
}

/**
 * The readings that can only open at a given word — "as" ("as the Ledger reported"), "to" ("To
 * Ortiz, the plan is sound"), "Based on" and "in" (a survey), a verb of standing ("The poll has
 * Ortiz ahead"), "by" ("By one estimate, …") — each tried in turn at its word. A reading with
 * `outsideReports` stands only where no report found earlier in the sentence holds the word.
 */
const wordOpenedReadings: readonly WordOpenedReading[] = [
  {
    opensWith: () => ['as'],
    read: (doc, sentence, i) => asReportedBy(doc, sentence, i),
    length: 1,
  },
  {
    opensWith: () => ['to'],
    read: (_doc, sentence, i, lexicons) => viewpointTo(sentence, i, lexicons),
    length: 1,
  },
  // "Based on current polling, Lund is likely to win": the survey the clause rests on is its
  // source, as after a fronted "In a poll, …".
  {
    opensWith: () => ['based'],
    when: (words, i) => i === 0 && words[1]?.lower === 'on',
    read: (doc, sentence, i, lexicons) => pollFinding(doc, sentence, i, lexicons, 1),
    length: 2,
  },
  {
    opensWith: () => ['in'],
    read: (doc, sentence, i, lexicons) => pollFinding(doc, sentence, i, lexicons),
    length: 1,
  },
  {
    opensWith: (lexicons) => lexicons['standing-verbs'].firstWords(),
    read: (doc, sentence, i, lexicons) => pollStanding(doc, sentence, i, lexicons),
    length: 1,
    outsideReports: true,
  },
  {
    opensWith: () => ['by'],
    read: (_doc, sentence, i, lexicons) => byReckoning(sentence, i, lexicons),
    length: 1,
  },
]

interface WordOpenedReading {
  /** The words (compared form) the reading can open at. */
  opensWith: (lexicons: Lexicons) => Iterable<string>
  /** What else must hold at the opening word. */
  when?: (words: readonly Word[], i: number) => boolean
  read: (
    doc: Doc,
    sentence: SentenceWords,
    i: number,
    lexicons: Lexicons,
  ) => FoundAttribution | null
  /** The words the reading covers from `i` (its cue), which the caller steps over. */
  length: number
  outsideReports?: true
}

/**
 * The readings of `wordOpenedReadings` by the word they open at, made once for a set of lists:
 * the word loop asks it at every word, and most words open none.
 */
const readingsOpenedBy = oncePerLexicons((lexicons) => {
  const byWord = new Map<string, WordOpenedReading[]>()
  for (const reading of wordOpenedReadings)
    for (const word of reading.opensWith(lexicons))
      byWord.set(word, [...(byWord.get(word) ?? []), reading])
  return byWord
})

/**
 * What a word can open in the word loop of `findAttributions`, one bit for each reading tried
 * there (and two for `agentless`, which reads the sentence after it): the loop looks a word up
 * once and skips it when it opens nothing — most words do — instead of asking ten sets and a
 * map in turn whether it opens something.
 */
const Opens = {
  according: 1,
  /** one of `wordOpenedReadings` */
  reading: 2,
  lightVerb: 4,
  stanceAdjective: 8,
  advocate: 16,
  topic: 32,
  received: 64,
  nominal: 128,
  passiveStance: 256,
  cue: 512,
  /** the first word of an agentless or impression cue (`agentless`) */
  agentlessCue: 1024,
  /** a form of "be" a passive belief opens at (`agentless`: "was seen as") */
  beforeBelief: 2048,
} as const

/** The `Opens` bits only `agentless` reads, after the word loop. */
const agentlessOpens = Opens.agentlessCue | Opens.beforeBelief

/** The `Opens` bits of every word (compared form) that opens something, made once a set of lists. */
const wordLoopOpenings = oncePerLexicons((lexicons) => {
  const byWord = new Map<string, number>()
  const add = (words: Iterable<string>, bit: number) => {
    for (const word of words) byWord.set(word, (byWord.get(word) ?? 0) | bit)
  }
  add(['according'], Opens.according)
  add(readingsOpenedBy(lexicons).keys(), Opens.reading)
  add(startWords(lexicons, ['light-verbs']), Opens.lightVerb)
  add(startWords(lexicons, ['stance-adjectives']), Opens.stanceAdjective)
  add(startWords(lexicons, ['advocate-nouns']), Opens.advocate)
  add(startWords(lexicons, ['topic-verbs']), Opens.topic)
  add(startWords(lexicons, ['received-stances']), Opens.received)
  add(startWords(lexicons, ['nominal-cues', 'hearsay-nouns', 'position-nouns']), Opens.nominal)
  // (a one-word form, all the loop asks for, is among the first words)
  add(startWords(lexicons, ['passive-stances']), Opens.passiveStance)
  add(startWords(lexicons, cueLists), Opens.cue)
  add(startWords(lexicons, ['agentless-cues', 'impression-cues']), Opens.agentlessCue)
  add(beforeBelief, Opens.beforeBelief)
  return byWord
})

/**
 * The `Opens` bits of each word of a sentence (0 for a mark), looked up once: the word loop of
 * `findAttributions` and the one of `agentless` both read them. (A small loop the optimiser
 * takes early, where the two large loops, which each looked every word up on their own, ran
 * unoptimised for most of a run.)
 */
function openingsOf(words: readonly Word[], openings: ReadonlyMap<string, number>): number[] {
  const opens: number[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    opens.push(word.isWord ? (openings.get(word.lower) ?? 0) : 0)
  }
  return opens
}

/** The first of `wordOpenedReadings` that opens at `sentence.words[i]` and reads there. */
function readingOpenedAt(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
  found: readonly FoundAttribution[],
  firstOfSentence: number,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  const readings = readingsOpenedBy(lexicons).get((words[i] as Word).lower)
  if (!readings) return null
  for (const reading of readings) {
    if (reading.when && !reading.when(words, i)) continue
    const attribution = reading.read(doc, sentence, i, lexicons)
    if (!attribution) continue
    if (
      reading.outsideReports &&
      insideFoundContent(found, firstOfSentence, words[i] as Word, false)
    )
      continue
    return { attribution, length: reading.length }
  }
  return null
}

/**
 * Finds attributions: reporting cues with their source and content, direct quotes and their
 * speakers (before, after, inverted, after a dash, in the next sentence, carried over a
 * paragraph), and agentless constructions ("it is believed").
 */
export function findAttributions(
  doc: Doc,
  sentences: SentenceWords[],
  lexicons: Lexicons,
): FoundAttribution[] {
  const index = docIndex(doc)
  const inQuote = (offset: number): Quote | undefined => index.insideQuote(offset)
  const found: FoundAttribution[] = []
  const openings = wordLoopOpenings(lexicons)

  for (const sentence of sentences) {
    const { words } = sentence
    const opensAt = openingsOf(words, openings)
    const firstOfSentence = found.length
    // Whether the sentence is a title-case headline, asked at its first cue: most sentences
    // have none, and the count runs over every word.
    let titleCase: boolean | undefined
    for (let i = 0; i < words.length; i++) {
      const opens = (opensAt[i] as number) & ~agentlessOpens
      // A word that opens nothing here is read no further (only a sentence's first word can
      // still open a position before a colon): the look-up is cheaper than the quotation check.
      if (opens === 0 && i !== 0) continue
      const word = words[i] as Word
      if (!word.isWord) continue
      if (inQuote(word.start)) continue
      const according = (opens & Opens.according) !== 0 && words[i + 1]?.lower === 'to'
      if (according) {
        const attribution = accordingTo(doc, sentence, i, lexicons)
        if (attribution)
          found.push(
            reportInFrontedClause(words, reportInParentheses(words, attribution), lexicons),
          )
        i += 1
        continue
      }
      if (i === 0) {
        const position = positionColon(sentence, lexicons)
        if (position) found.push(position)
      }
      const opened =
        (opens & Opens.reading) !== 0
          ? readingOpenedAt(doc, sentence, i, lexicons, found, firstOfSentence)
          : null
      if (opened) {
        found.push(opened.attribution)
        i += opened.length - 1
        continue
      }
      // A phrase that opens at this word: a light verb with a noun of saying ("made no mention
      // of"), or an adjective of stance ("confident that"). (The two lists share no first word.)
      const phrase =
        (opens & Opens.lightVerb) !== 0
          ? lightVerbAttribution(doc, sentence, i, lexicons)
          : (opens & Opens.stanceAdjective) !== 0
            ? adjectiveStance(doc, sentence, i, lexicons)
            : null
      if (phrase && !insideFoundContent(found, firstOfSentence, word, false)) {
        found.push(phrase.attribution)
        i += phrase.length - 1
        continue
      }
      const advocate =
        (opens & Opens.advocate) !== 0 ? advocateStance(doc, sentence, i, lexicons) : null
      if (advocate && !insideFoundContent(found, firstOfSentence, word, false)) {
        found.push(advocate.attribution)
        i += advocate.length - 1
        continue
      }
      const topic = (opens & Opens.topic) !== 0 ? topicTalk(sentence, i, lexicons) : null
      if (topic && !insideFoundContent(found, firstOfSentence, word, false)) {
        found.push(topic.attribution)
        i += topic.length - 1
        continue
      }
      const received =
        (opens & Opens.received) !== 0 ? receivedStance(doc, sentence, i, lexicons) : null
      if (received && !insideFoundContent(found, firstOfSentence, word, false)) {
        found.push(received.attribution)
        i += received.length - 1
        continue
      }
      const nominal =
        (opens & Opens.nominal) !== 0 ? nominalAttribution(doc, sentence, i, lexicons) : null
      if (nominal && insideFoundContent(found, firstOfSentence, word, false)) {
        i += nominal.length - 1
        continue
      }
      if (nominal) {
        found.push(nominal.attribution)
        i += nominal.length - 1
        continue
      }
      // "The plan was criticized by the mayor", "a bill opposed by the unions": a verb of
      // judging in the passive, its agent the source and its subject what was judged.
      const judged =
        (opens & Opens.passiveStance) !== 0 &&
        lexicons['passive-stances'].hasWord(word.lower) &&
        agentByAfter(words, i + 1, lexicons) > 0
          ? passiveStance(sentence, i, lexicons, found)
          : null
      if (judged && !insideFoundContent(found, firstOfSentence, word, false)) {
        found.push(judged)
        continue
      }
      if ((opens & Opens.cue) === 0) continue
      titleCase ??= isTitleCaseHeadline(words)
      const match = cueAt(words, i, lexicons, titleCase)
      if (!match) continue
      // A stance or belief inside what a source is reported to have said belongs to the report
      // ("a poll found that 61 percent opposed the plan"), not a new attribution.
      // (Unless it is a second predicate of the report's own subject: see `sharedSubjectReport`.)
      const firstPredicate = sharedSubjectReport(
        found,
        firstOfSentence,
        words,
        i,
        doc.text,
        lexicons,
      )
      if (
        !lexicons['cue-verbs'].hasWord(word.lower) &&
        firstPredicate === null &&
        insideFoundContent(found, firstOfSentence, word, true) &&
        !concessiveClause(words, i)
      )
        continue
      const attribution =
        fromCue(doc, sentence, i, match.length, lexicons, found, titleCase) ??
        questionPut(sentence, i, lexicons)
      if (
        firstPredicate &&
        !lexicons['cue-verbs'].hasWord(word.lower) &&
        (attribution?.source?.start !== firstPredicate.source?.start ||
          attribution?.source?.end !== firstPredicate.source?.end)
      ) {
        i += match.length - 1
        continue
      }
      // "It is said that …", "It was announced on Monday that …": an expletive "it" before a
      // passive verb of saying is no source; the report is agentless.
      if (attribution?.source && expletivePassive(words, i, lexicons)) {
        attribution.source = null
        attribution.kind = 'agentless'
      }
      if (attribution) aboutObject(words, i, match.length, attribution, lexicons)
      if (attribution) timeClauseSubject(sentence, attribution, lexicons)
      if (attribution) agentOfAddress(sentence, i + match.length - 1, attribution, lexicons)
      if (attribution && agentAsContent(words, i + match.length - 1, attribution, lexicons)) {
        i += match.length - 1
        continue
      }
      if (attribution && !pollShare(attribution, found.slice(firstOfSentence), lexicons, word))
        found.push(reportInFrontedClause(words, reportInParentheses(words, attribution), lexicons))
      i += match.length - 1
    }
    found.push(
      ...agentless(doc, sentence, lexicons, opensAt, inQuote, found.slice(firstOfSentence)),
    )
  }
  return reviewedAttributions(doc, sentences, index, found, lexicons)
}

/**
 * The attributions `findAttributions` keeps of those its word loop read, sentence by sentence,
 * once the whole article has been read: misreadings dropped, transcript turns, editor's notes
 * and headline labels sorted out, quotations attached, duplicates merged.
 * (A function of its own: run once an article, its many rarely taken branches kept the word
 * loop, which runs at every word, from being optimised — V8 starts its count towards
 * optimising a function afresh whenever one of the function's inline caches changes, and the
 * count a function needs grows with its size.)
 */
function reviewedAttributions(
  doc: Doc,
  sentences: SentenceWords[],
  index: DocIndex,
  found: FoundAttribution[],
  lexicons: Lexicons,
): FoundAttribution[] {
  // "pilloried for years for making dubious medical claims …", "meaning it only shielded them
  // from criminal charges …": a phrase opening with a participle and its preposition or
  // object is no noun phrase, so no source — the -s word after it was a noun, not a cue. So
  // too after a quantifier of plurals ("broke many promises"): the -s word is what it counts.
  // And a plural of a record or a remark with "to" after it ("filed their reports to the
  // commission", "made remarks to doom his bid") is the noun: as a verb it takes no
  // infinitive, so the "to" names an addressee or a purpose, never what was said.
  for (let k = found.length - 1; k >= 0; k--) {
    const item = found[k] as FoundAttribution
    const words = item.source?.words
    if (
      (words &&
        item.cue?.lemma.endsWith('s') === true &&
        !item.cue.lemma.includes(' ') &&
        (participlePhraseSource(words, lexicons) || pluralCountBefore(words, lexicons))) ||
      addresseeAfterRecordNoun(item, doc.text, lexicons) ||
      onlyAddressee(item, doc.text, lexicons)
    )
      found.splice(k, 1)
  }
  // "According to the Ledger, basically.", "The Ledger reported ten days ago.": a content that
  // is one adverb of manner, or only says when, holds nothing that could be reported; the
  // cue's clause was cut short or lay elsewhere, not in these words.
  for (let k = found.length - 1; k >= 0; k--) {
    const item = found[k] as FoundAttribution
    const text = doc.text.slice(item.content.start, item.content.end)
    if (
      loneAdverb(text) ||
      loneFloatingAdverb(text, lexicons) ||
      onlyTime(text, lexicons) ||
      onlyDuration(text, lexicons)
    )
      found.splice(k, 1)
  }
  // A transcript turn ("LUND: I think they want safe streets …") is the speaker's own words, as
  // a quotation is: the cues inside it ("I think", "they want") are the speaker's way of
  // talking, not reports, just as cues inside quotation marks are never read.
  // (Only a label in capitals, the transcript's own convention: a title-case "Lund: …" may head
  // a section of the writer's prose about Lund.)
  const turns = speakerLabels(doc, sentences, lexicons)
  const transcript = turns.filter((t) => t.source && isUpperCaseLabel(doc.text, t.source))
  if (transcript.length > 0) {
    const kept = found.filter(
      (f) =>
        !f.cue ||
        !transcript.some((t) => t.content.start <= f.cue!.start && f.cue!.end <= t.content.end),
    )
    found.length = 0
    found.push(...kept)
  }
  for (const label of turns) found.push(label)
  // "…,” said Dana Ortiz, a former mayor who supports the levy.": a stance in a relative clause
  // on a speaker named after the verb describes who the speaker is — the reason the reader
  // should weigh the quote — and is no second report. (A verb of saying there still reports:
  // "said Ortiz, who added that …".)
  const described = found.filter((f) => speakerDescription(doc.text, f, found, lexicons))
  if (described.length > 0) {
    const kept = found.filter((f) => !described.includes(f))
    found.length = 0
    found.push(...kept)
  }
  // An editor's note ("Editor's note: Lund is a former mayor who has pledged to …") is the
  // outlet speaking in its own voice: a relative clause there is its own description of the
  // person, not a report the note relays. (A report in the note names its own source: "an
  // article on Monday reported that …" stays.)
  const notes = noteSentences(doc, sentences, lexicons)
  if (notes.size > 0) {
    const kept = found.filter(
      (f) =>
        !(
          notes.has(f.sentence) &&
          f.source?.words.length === 1 &&
          relativePronouns.has((f.source.words[0] as Word).lower)
        ),
    )
    found.length = 0
    found.push(...kept)
  }
  // ("FIX IS IN: Panel Ignores Levy Scandal" as the title is a headline's label, not also a
  // transcript turn.)
  for (const label of headlineSources(doc, sentences, lexicons)) {
    const turn = found.findIndex((f) => f.cue?.start === label.cue?.start && turns.includes(f))
    if (turn >= 0) found.splice(turn, 1)
    found.push(label)
  }

  attachQuotes(doc, sentences, index.topQuotes as Quote[], found, lexicons)
  for (const f of found) endAtExclamation(f, index, doc.text)
  for (const f of found) endBeforeClosingParenthesis(f, index, doc.text)
  found.sort((a, b) => a.content.start - b.content.start)
  const kept = dedupe(found, doc.text)
  for (const attribution of kept) attribution.kind = kindOf(attribution, index, doc.text)
  // (`found` and `kept` stay sorted by content start from here on — `dedupe` only cuts ends —
  // which the passes below use to stop early: see `someStartingBy`.)
  return kept.filter(
    (f) =>
      !embeddedInReport(f, found, doc.text, lexicons) &&
      !quoteCarrier(f, kept, doc.text) &&
      !reportedClause(f, kept, doc.text) &&
      !occasionOnly(f, sentences, doc.text, lexicons) &&
      !relayedByAccordingTo(f, kept) &&
      !nominalInsideReport(f, kept, doc.text, lexicons),
  )
}

/**
 * "Like his comments about the judge, Lee said, the attack was wrong", "Ortiz said Lund's
 * endorsement of the levy helped": a noun of saying or stance read inside what another report
 * relays (its cue within that content) names a statement the reporting source talks about,
 * and is no report of its own in the writer's voice. Only the noun — after a possessive or a
 * modifier ("his", "Lund's", "fawning comments"), not a verb after its subject ("Lund
 * comments") — and only when it carries no clause or quotation of its own ("his claim that
 * the levy is illegal" still reports).
 */
function nominalInsideReport(
  f: FoundAttribution,
  kept: readonly FoundAttribution[],
  text: string,
  lexicons: Lexicons,
): boolean {
  if (f.kind !== 'indirect' || !f.cue || f.cue.end > f.content.start) return false
  const cueWords = text.slice(f.cue.start, f.cue.end).toLowerCase().split(/\s+/)
  if (cueWords.length > 2 || !lexicons['nominal-cues'].firstWords().has(cueWords[0] ?? ''))
    return false
  const before = text
    .slice(Math.max(0, f.cue.start - 40), f.cue.start)
    .trimEnd()
    .split(/\s+/)
    .pop()
  if (!before || !/^[\p{L}'’-]+$/u.test(before)) return false
  const owner = normalizeWord(before)
  const nounReading =
    /['’]s?$/.test(before) ||
    lexicons['possessive-determiners'].has(owner) ||
    (!/^\p{Lu}/u.test(before) &&
      !lexicons.pronouns.has(owner) &&
      // ("a way to claim the seat", "would claim": a verb after "to" or an auxiliary.)
      owner !== 'to' &&
      !lexicons['cue-auxiliaries'].has(owner))
  if (!nounReading) return false
  const first = text.slice(f.content.start, f.content.end).trimStart()
  if (/^(?:that\b|[“"'‘])/i.test(first)) return false
  const cue = f.cue
  return someStartingBy(
    kept,
    cue.start,
    (g) =>
      g !== f &&
      g.cue !== null &&
      cue.end <= g.content.end &&
      !(f.content.start <= g.cue.start && g.cue.end <= f.content.end),
  )
}

/**
 * Whether an attribution of `sorted` whose content starts at or before `offset` passes `test`.
 * `sorted` is in order of content start, as `findAttributions` leaves its lists for its last
 * passes: those ask, of every attribution, for another whose content holds it, and the walk
 * stops at the first content starting after it instead of testing every pair.
 */
function someStartingBy(
  sorted: readonly FoundAttribution[],
  offset: number,
  test: (g: FoundAttribution) => boolean,
): boolean {
  for (const g of sorted) {
    if (g.content.start > offset) return false
    if (test(g)) return true
  }
  return false
}

/**
 * "The crowd chanted “Lock her up!” as the motorcade passed", "he yelled “Go home!” at the
 * mayor": a cry or question quoted whole as the object of its cue is all the speaker said; the
 * words after its closing mark tell when, where or at whom, in the writer's voice. (A phrase
 * quoted without its own “!” or “?” may be part of a longer paraphrase: "says “the wind is at
 * our backs” despite the loss" keeps the rest.)
 */
function endAtExclamation(
  f: FoundAttribution,
  index: ReturnType<typeof docIndex>,
  text: string,
): void {
  if (!f.cue || f.cue.end > f.content.start) return
  const quote = index.quoteAt(f.content.start)
  if (!quote || quote.start.offset !== f.content.start || quote.end.offset >= f.content.end) return
  if (!/[!?]\s*$/.test(quote.inner.text)) return
  const rest = text.slice(quote.end.offset, f.content.end)
  if (/[“”"«»]|''|[.!?]\s/.test(rest) || /^\s*,/.test(rest)) return
  f.content = { start: f.content.start, end: quote.end.offset }
}

/**
 * "Ortiz proposed raising the levy (which Vance also backs)", "mentioned the wage (with less
 * fervour than her rival)": a parenthesis that closes the content after the cue is the
 * writer's aside on it, not more of the report. (Kept: a quotation in parentheses, "citing the
 * charter (“all shall be heard”)", and one that goes on with the report, "(and even …)".)
 */
function endBeforeClosingParenthesis(
  f: FoundAttribution,
  index: ReturnType<typeof docIndex>,
  text: string,
): void {
  if (!f.cue || f.cue.end > f.content.start) return
  const content = text.slice(f.content.start, f.content.end)
  // (Loops over characters, not patterns anchored at the end: those backtrack on long runs.)
  let close = content.length
  while (close > 0 && '.,;:!? \t\n'.includes(content[close - 1] as string)) close--
  if (content[close - 1] !== ')') return
  const open = content.lastIndexOf('(', close - 1)
  if (open < 1 || !/\s/.test(content[open - 1] as string)) return
  const inner = content.slice(open + 1, close - 1).trim()
  if (inner.includes(')') || index.insideQuote(f.content.start + open)) return
  if (/^(?:[“"'‘]|(?:and|or|but)\b)/i.test(inner)) return
  // (A short label keeps its place: "Sen. Ruiz (D-Harlow)", "the levy (SB 12)".)
  if (inner.split(/\s+/).length < 3) return
  let cut = open
  while (cut > 0 && ' \t\n,;:'.includes(content[cut - 1] as string)) cut--
  if (cut === 0) return
  const end = f.content.start + cut
  f.content = { start: f.content.start, end }
}

/**
 * "Ortiz told the board that she would resign, according to two aides", "According to the
 * filing, Reyes urged the clerk to delay the count": a report inside what "according to"
 * relays — its source, cue and content all within that content — is the relaying source's
 * account of what happened, not a second report in the writer's voice. (A quotation is still
 * the speaker's own words: "he told aides, “…”, according to …"; an impression — "seems",
 * "appears to" — is read as the writer's hedge.)
 */
function relayedByAccordingTo(f: FoundAttribution, kept: readonly FoundAttribution[]): boolean {
  if (f.kind !== 'indirect' || !f.cue) return false
  const start = Math.min(f.source?.start ?? f.cue.start, f.cue.start, f.content.start)
  const end = Math.max(f.source?.end ?? f.cue.end, f.cue.end, f.content.end)
  return someStartingBy(
    kept,
    start,
    (g) => g !== f && g.cue?.lemma === 'according to' && end <= g.content.end,
  )
}

/**
 * "Reyes testified before the panel last fall", "From Dana Ortiz, writing at the Courier:",
 * "voters who decided over the last week": a content after its cue that is only a short phrase
 * of where, when or through what (`circumstance-prepositions`, at most five words, no quotation
 * and no "that") tells the reader no words or view of the source's, only the occasion. Not
 * a span ("from midnight to 6 a.m."), nor after a cue whose object that preposition opens (`prepositional-objects`: "believes in a
 * smaller state", "insisted on a recount").
 */
function occasionOnly(
  f: FoundAttribution,
  sentences: readonly SentenceWords[],
  text: string,
  lexicons: Lexicons,
): boolean {
  if (!f.cue || f.content.start < f.cue.end) return false
  const inContent = (w: Word) => w.start >= f.content.start && w.end <= f.content.end
  const sentenceWords = sentences[f.sentence]?.words ?? []
  // (The first word turns nearly every content away: the content's words are gathered after.)
  const first = sentenceWords.find(inContent)
  if (!first?.isWord || !lexicons['circumstance-prepositions'].hasWord(first.lower)) return false
  const words = sentenceWords.filter(inContent)
  if (words.filter((w) => w.isWord).length > 5) return false
  if (words.some((w) => isQuoteMark(w.value) || w.lower === 'that')) return false
  // "reported at least six planes": "at" and a superlative open a quantity, the content.
  if (first.lower === 'at' && lexicons.superlatives.hasWord(words[1]?.lower ?? '')) return false
  // "a curfew was announced from midnight to 6 a.m.": a span from one point to another is
  // what was set or announced, not where it was said.
  if (first.lower === 'from' && words.some((w) => w.lower === 'to' || w.lower === 'until'))
    return false
  const cueWords = text.slice(f.cue.start, f.cue.end).split(/\s+/)
  const verb = cueWords[cueWords.length - 1] ?? ''
  return !lexicons['prepositional-objects'].has(`${verb} ${first.lower}`)
}

/**
 * "The county has also agreed to host the talks, officials said": a clause whose content runs
 * on to the source and cue of the report that carries it — which trail the clause, closing the
 * sentence — is what that report relays, not a second report in the writer's voice, even with a
 * verb of saying ("Ortiz told the board the levy would pass, the Courier reported"). A clause
 * with a quotation in it is relayed so only by another source named ("Ortiz said the levy was
 * “dead on arrival,” the Courier reported"): a pronoun there ("…,” she said") is most often the
 * clause's own speaker going on with the same words.
 */
function reportedClause(f: FoundAttribution, kept: readonly FoundAttribution[], text: string) {
  if ((f.kind !== 'indirect' && f.kind !== 'mixed') || !f.cue) return false
  const cue = f.cue
  // (Where the two lie is compared first: it rules out nearly every pair before any text is
  // sliced or lower-cased.)
  return someStartingBy(
    kept,
    cue.start,
    (g) =>
      g !== f &&
      g.cue !== null &&
      g.source !== null &&
      cue.end <= g.cue.start &&
      cue.end <= g.source.start &&
      g.cue.end <= f.content.end &&
      g.source.end <= f.content.end &&
      cue.end <= g.content.end &&
      (f.kind === 'indirect' ||
        !personalSubjects.has(text.slice(g.source.start, g.source.end).toLowerCase())) &&
      trailingWords.test(text.slice(Math.max(g.cue.end, g.source.end), f.content.end)),
  )
}

/** What may follow a trailing "…, officials said" to the content's end: "on Tuesday", "late Friday". */
const trailingWords = /^[\s\w.,'’-]{0,40}$/

/**
 * "“The ferry stays,” Ortiz said, according to a radio transcript": the
 * quotation is the speaker's, and "according to" names only the record that carried it — one
 * attribution, the speaker's, not a second of the same words to the record.
 */
function quoteCarrier(f: FoundAttribution, kept: readonly FoundAttribution[], text: string) {
  if (f.cue?.lemma !== 'according to') return false
  return kept.some(
    (g) =>
      g !== f &&
      (g.kind === 'direct' || g.kind === 'mixed') &&
      g.cue?.lemma !== 'according to' &&
      g.source !== null &&
      // (the same words: Dice of the two contents at least one half)
      4 * overlap(f.content, g.content) >=
        f.content.end - f.content.start + (g.content.end - g.content.start) &&
      /[“”"]|''/.test(text.slice(g.content.start, g.content.end)),
  )
}

/**
 * "Lee said the plan appeared to stall", "The senator also plans to run again, Lee said": a
 * stance, belief or agentless impression inside what a source is reported to have said is
 * part of that report — the source's words about it, not the writer's second report — when
 * its own content, read to the sentence's end or from its start, swallows the report that
 * carries it, source, cue and all. A stance or belief is carried so only by a verb of saying
 * (`cue-verbs`); an impression by any report ("Ortiz's team thinks the plan seems to work").
 */
function embeddedInReport(
  f: FoundAttribution,
  found: readonly FoundAttribution[],
  text: string,
  lexicons: Lexicons,
): boolean {
  // (A stance that opens a whole quotation is its report: "Lund scolded him: “…”".)
  if (!f.cue || f.kind === 'direct') return false
  const impression = f.kind === 'agentless'
  const cue = f.cue
  // (Where the two lie is compared first: it rules out nearly every pair, and reading either
  // cue's words slices and splits the text. So whether this cue takes a stance is asked at
  // the first report it lies in, and once.)
  let stance: boolean | undefined
  return someStartingBy(
    found,
    cue.start,
    (g) =>
      g !== f &&
      g.kind !== 'agentless' &&
      g.cue !== null &&
      f.content.start <= g.cue.start &&
      g.cue.end <= f.content.end &&
      cue.end <= g.content.end &&
      (impression ||
        ((stance ??= takesStance(text, cue, lexicons)) && saysSomething(text, g.cue, lexicons))),
  )
}

/**
 * Whether a cue is a verb of stance or belief and no verb of saying: "also plans", "hoped",
 * "sincerely believes" — not "said", "according to", a colon or a noun ("his claim that").
 */
function takesStance(text: string, cue: { start: number; end: number }, lexicons: Lexicons) {
  const words = text.slice(cue.start, cue.end).split(/\s+/)
  return (
    words.some((w) => lexicons['stance-verbs'].has(w) || lexicons['belief-verbs'].has(w)) &&
    !words.some((w) => lexicons['cue-verbs'].has(w))
  )
}

/**
 * Concessive conjunctions: the clause they open sets its own fact against the report's
 * ("Lund said the plan was fair, although he opposes the levy", "…, even as he has
 * criticized it"). ("because" and "while" were tried too: their clauses are mostly the
 * speaker's reasons and circumstances, read into the report.)
 */
const concessiveOpeners = new Set(['although', 'though', 'whereas'])

/**
 * Whether the cue at `i` has a subject of its own (up to six words, no "that" or "to")
 * after a concessive conjunction: a clause of its own inside a report, where a stance or
 * belief is reported again ("Lund said the plan was fair, although he opposes the levy").
 */
function concessiveClause(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const word = words[k] as Word
    if (!word.isWord) return false
    const concessive =
      concessiveOpeners.has(word.lower) || (word.lower === 'as' && words[k - 1]?.lower === 'even')
    if (concessive) return k < i - 1
    if (word.lower === 'that' || word.lower === 'to') return false
  }
  return false
}

/**
 * The report whose content holds the finite verb at `i`, when that verb opens a second
 * predicate joined to the report's own by "and" or "but" ("Ortiz asked the board to wait and
 * has since criticized the vote", "The union praised the plan but opposed its cost"): a stance
 * there is the subject's own second report, not part of the first one's content. (Whether the
 * subject really carries over is for the caller: the new report's source must be the same.)
 */
function sharedSubjectReport(
  found: readonly FoundAttribution[],
  from: number,
  words: readonly Word[],
  i: number,
  text: string,
  lexicons: Lexicons,
): FoundAttribution | null {
  const verb = words[i] as Word
  let finite = isFinitePredicate(verb)
  let k = i - 1
  // ("… and most recently defended", "… but has repeatedly called", "… but did not buy"):
  // adverbs, "not" and an auxiliary between.
  while (k > i - 4 && words[k]?.isWord) {
    const lower = (words[k] as Word).lower
    if (finiteAuxiliaries.has(lower)) finite = true
    else if (!/ly$|^(?:also|then|later|since|now|not|never)$/.test(lower)) break
    k--
  }
  if (!finite) return null
  if (!andOrBut.has(words[k]?.lower ?? '') && !listOfPredicates(words, k, i, lexicons)) return null
  const join = words[k] as Word
  for (let n = from; n < found.length; n++) {
    const f = found[n] as FoundAttribution
    if (
      f.cue &&
      f.source &&
      f.source.end <= f.cue.start &&
      f.cue.end <= f.content.start &&
      f.content.start < join.start &&
      verb.end <= f.content.end
    ) {
      // ("Ortiz said she was unsure and was wary of …": after a reported clause the verb may
      // be the clause's own subject's, and the report of the clause holds it.)
      if (opensOwnClause(text.slice(f.content.start, join.start), lexicons['irregular-pasts']))
        return null
      return f
    }
  }
  return null
}

/**
 * A comma at `comma` before the past tense at `i` that is an item of a list of predicates
 * closed by "and" or "or" and another past tense later in the sentence ("urged the board to
 * wait, proposed a freeze and pushed to delay the vote"). Only past tenses: after a comma a
 * word in -s is as often a plural noun, and a bare verb goes on an infinitive.
 */
function listOfPredicates(
  words: readonly Word[],
  comma: number,
  i: number,
  lexicons: Lexicons,
): boolean {
  if (words[comma]?.value !== ',' || comma !== i - 1) return false
  const past = (word: Word | undefined) =>
    word !== undefined &&
    word.isWord &&
    !isCapitalized(word) &&
    (/[a-z]ed$/.test(word.lower) || lexicons['irregular-pasts'].has(word.lower))
  if (!past(words[i])) return false
  for (let k = i + 1; k < words.length - 1; k++) {
    const word = words[k] as Word
    if (word.value === ';' || word.value === ':') return false
    if (andOrNext.has(word.lower) && past(words[k + 1])) return true
  }
  return false
}

/** Whether a cue holds a verb of saying (`cue-verbs`): "said", "has told", "also noted". */
function saysSomething(text: string, cue: { start: number; end: number }, lexicons: Lexicons) {
  return text
    .slice(cue.start, cue.end)
    .split(/\s+/)
    .some((word) => lexicons['cue-verbs'].has(word))
}

/**
 * Whether `word` lies inside the content of an attribution with a cue found from `from` on (this
 * sentence's), and, with `cueBefore`, after that cue. A loop, not `found.slice(from).some(…)`:
 * a closure over the word would make V8 allocate a scope for every word of every sentence.
 */
function insideFoundContent(
  found: readonly FoundAttribution[],
  from: number,
  word: Word,
  cueBefore: boolean,
): boolean {
  for (let k = from; k < found.length; k++) {
    const f = found[k] as FoundAttribution
    if (
      f.cue &&
      (!cueBefore || f.cue.end <= word.start) &&
      f.content.start <= word.start &&
      word.end <= f.content.end
    )
      return true
  }
  return false
}

/**
 * A headline in title case ("Mayor Ana Ruiz Says She Has Already Drafted the Harbour Plan"):
 * at least three longer words, nearly all capitalised. There a capitalised verb can be a cue.
 */
function isTitleCaseHeadline(words: readonly Word[]): boolean {
  let long = 0
  let capitalised = 0
  for (const word of words) {
    if (!word.isWord || word.value.length < 4) continue
    long++
    if (word.capitalised) capitalised++
  }
  return long >= 3 && capitalised >= 0.8 * long
}

/**
 * The cue verb at `i`, unless a longer stance phrase starts there: "agreed with the mayor",
 * "made the case for a new bridge" take an object, not a clause.
 */
function cueVerbAt(words: readonly Word[], i: number, lexicons: Lexicons) {
  const phrase = lexicons['cue-verbs'].matchAt(words, i)
  if (!phrase) return null
  const stance = lexicons['stance-verbs'].matchAt(words, i)
  return stance &&
    stance.length > phrase.length &&
    !durationBeforeClause(words, i + stance.length, lexicons)
    ? null
    : phrase
}

/**
 * "argued for years that …", "has argued for a long time that …": a length of time
 * (`duration-words`) at `k`, right after a stance's preposition, then "that" opening a clause
 * (not a relative clause: "argued for years that were hard").
 */
function durationBeforeClause(words: readonly Word[], k: number, lexicons: Lexicons): boolean {
  const duration = lexicons['duration-words'].matchAt(words, k)
  if (!duration) return false
  const that = k + duration.length
  const after = words[that + 1]
  return (
    words[that]?.lower === 'that' &&
    after !== undefined &&
    after.isWord &&
    !finiteVerbs.has(after.lower)
  )
}

/**
 * "that" or "which" after the word at `i`, then a verb rather than a subject: a finite
 * auxiliary ("that is"), a present tense in -s ("that lifts", not "that this"), or a comma
 * opening an aside before the verb ("which, in many ways, holds"). There the clause is a
 * relative clause on the word at `i`, not what it reports.
 */
function relativeClauseAfter(words: readonly Word[], i: number): boolean {
  const pronoun = words[i + 1]?.lower
  const next = words[i + 2]
  if ((pronoun !== 'that' && pronoun !== 'which') || !next) return false
  return next.value === ',' || finiteVerbs.has(next.lower) || /^[a-z]{3,}[^s's]s$/.test(next.value)
}

/**
 * A base form of `infinitive-cues` right after an infinitive's "to", or after "to" and one
 * adverb: "to criticize the levy", "to publicly question the count". There the base form is
 * a verb, not a noun ("a question") or an unclear subject's present tense.
 */
function infinitiveCueAt(words: readonly Word[], i: number, lexicons: Lexicons) {
  const previous = words[i - 1]
  const to =
    previous?.lower === 'to' ||
    (previous?.isWord === true && lyAdverb.test(previous.value) && words[i - 2]?.lower === 'to')
  if (!to) return null
  // ("continued to insist, …, that …": after a phase verb a verb of saying keeps its own
  // reading, clause and all.)
  if (
    lexicons['cue-verbs'].has((words[i] as Word).lower) &&
    phaseVerbs.has(words[previous?.lower === 'to' ? i - 2 : i - 3]?.lower ?? '')
  )
    return null
  const match = lexicons['infinitive-cues'].matchAt(words, i)
  if (match?.label === 'audience' && audienceObject(words, i + match.length, lexicons)) return null
  return match
}

/**
 * The object at `from` names people spoken to, not an issue: a name ("to address CPAC"), an
 * object pronoun ("to address them") or a short phrase holding one of `audience-nouns` ("to
 * address the party's convention").
 */
function audienceObject(words: readonly Word[], from: number, lexicons: Lexicons): boolean {
  const first = words[from]
  if (!first?.isWord) return false
  if (isCapitalized(first) || objectPronouns.has(first.lower)) return true
  for (let k = from; k < Math.min(words.length, from + 4); k++) {
    const word = words[k] as Word
    if (!word.isWord || lexicons.prepositions.has(word.lower)) return false
    // ("to address voters' worries": a possessive audience only holds the issue.)
    const possessive = /^['’]s?$/.test(words[k + 1]?.value ?? '')
    if (lexicons['audience-nouns'].has(word.lower) && !possessive) return true
  }
  return false
}

/**
 * "The Harlow attacks were a turning point", "his Republican support was strong", "angry
 * comments have grown": a noun of saying or stance (`nominal-cues`) right before
 * a finite or linking verb ("is", "will", "remains", "seemed") is that verb's subject, not a verb of
 * its own with the words before it as a source. Not after a pronoun or with a relative before
 * its subject: "the plan she supports is popular", "a move that the firm hopes will calm
 * renters" keep the verb, the object or subject gone to the relative. A capitalised word before it is the noun's modifier only after
 * a determiner or at the sentence's start ("The Harlow attacks", not "the plan Ortiz supports
 * is …").
 */
function nounBeforeVerb(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const word = words[i] as Word
  const next = words[i + 1]
  if (!lexicons['nominal-cues'].firstWords().has(word.lower) || !next?.isWord) return false
  // ("the Harlow attacks compel voters …", "his Lund remarks loomed large": an article or a
  // possessive determiner, a name, then a plural or -ing form of the noun is a noun phrase,
  // whatever verb follows. Not a base form, whose subject may be a plural name ("the Ortizes
  // hope …"), nor before "that" or a quotation, where a verb of saying with a singular name
  // for its subject is likelier: "the Kremlin claims that …".)
  const name = words[i - 1]
  if (
    name?.isWord &&
    isCapitalized(name) &&
    !isPossessive(name) &&
    opensNounPhrase(words[i - 2], lexicons) &&
    /[a-z](?:s|ing)$/.test(word.lower) &&
    next.lower !== 'that' &&
    !isQuoteMark(next.value)
  )
    return true
  if (adjectiveBeforePlural(words, i, lexicons)) return true
  // (Not a past form: "comments made by the mayor" is the noun with a participle after it,
  // still a report; "supports expanded testing" a verb with a participle before its object.)
  if (!finiteVerbs.has(next.lower) && !lexicons['linking-verbs'].matchAt(words, i + 1)) return false
  const before = words[i - 1]
  if (!before?.isWord) return true
  if (isPossessive(before)) return true
  if (lexicons.pronouns.has(before.lower) || relativePronouns.has(before.lower)) return false
  if (lexicons['cue-auxiliaries'].has(before.lower) || before.lower === 'to') return false
  // ("a move that the firm hopes will calm renters": a relative took the verb's subject.)
  if (relativeBeforeSubject(words, i, lexicons)) return false
  if (!isCapitalized(before)) return true
  const opener = words[i - 2]
  return !opener?.isWord || opensNounPhrase(opener, lexicons)
}

/**
 * "the surge of incendiary comments online has …", "his more ambiguous remarks a week ago":
 * a lower-case adjective (by its ending: -ous, -ive, -ary, -ar, -ful) right before a
 * plural noun of saying is the noun's modifier, not a subject — an adjective is no subject —
 * unless what follows is what such a noun takes ("remarks about …", "comments that …").
 * (Not -ing: "showed him making remarks viewed as …" is a verb and its object.)
 */
function adjectiveBeforePlural(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const word = words[i] as Word
  const modifier = words[i - 1]
  const next = words[i + 1]
  if (!modifier?.isWord || !next || !/[a-z]s$/.test(word.lower)) return false
  if (isCapitalized(modifier) || lexicons['person-nouns'].has(modifier.lower)) return false
  if (!/[a-z]{3}(?:ous|ive|ary|ar|ful)$/.test(modifier.lower)) return false
  return next.isWord && !nounComplements.has(next.lower) && !lexicons.prepositions.has(next.lower)
}

/** Words after a noun of saying that open what it says or is about: "comments that …". */
const nounComplements = new Set(['that', 'to', 'about', 'on', 'over', 'and', 'or', 'but'])

/**
 * Whether `word` is an article or a possessive determiner (data/possessive-determiners), which
 * opens a noun phrase with a name as a modifier: "the Harlow attacks". (Not "that": "a plan
 * that Ortiz hopes will pass" opens a relative clause.)
 */
function opensNounPhrase(word: Word | undefined, lexicons: Lexicons): boolean {
  const lower = word?.lower ?? ''
  return subjectArticles.has(lower) || lexicons['possessive-determiners'].has(lower)
}

/**
 * "the mayor that …", "donors, party elders and aides that …": after the verb at `from`, a
 * listener of one to eight words — words, commas, no verb of saying — then "that" opening a clause (not a relative
 * clause: "voters that were undecided").
 */
function listenerThenThat(words: readonly Word[], from: number, lexicons: Lexicons): boolean {
  // (At least one word of listener: "convinced that …" right after the verb is a view held.)
  if (!words[from + 1]?.isWord || words[from + 1]?.lower === 'that') return false
  for (let k = from + 2; k < Math.min(words.length - 1, from + 10); k++) {
    const word = words[k] as Word
    if (word.lower === 'that') {
      const after = words[k + 1] as Word
      return after.isWord && !finiteVerbs.has(after.lower) && !/[a-z]ed$/.test(after.lower)
    }
    if (!word.isWord && word.value !== ',') return false
    if (lexicons['cue-verbs'].has(word.lower) || finiteVerbs.has(word.lower)) return false
  }
  return false
}

/** Determiners before which "say" is the noun: "had no say", "the say of the voters". */
const sayNounDeterminers = new Set([
  'a',
  'an',
  'the',
  'his',
  'their',
  'its',
  'our',
  'my',
  'no',
  'any',
])

/**
 * "the final say on the levy", "a larger say in the budget", "their own say": "say" right
 * after a determiner, or after a determiner and a comparative, superlative or -al adjective,
 * is the noun. The base form of the verb wants a plural or pronoun subject ("the voters say"),
 * and such an adjective is neither. ("her" is left out: "heard her say …" is the verb.)
 */
function sayAsNoun(words: readonly Word[], i: number): boolean {
  const previous = words[i - 1]
  if (!previous?.isWord) return false
  if (sayNounDeterminers.has(previous.lower)) return true
  return (
    (/[a-z](?:er|est|al)$/.test(previous.lower) || previous.lower === 'own') &&
    !isCapitalized(previous) &&
    sayNounDeterminers.has(words[i - 2]?.lower ?? '')
  )
}

/**
 * The words that open only longer entries of the cue lists (`cueLists`: "would", "campaign",
 * "vote", "make"), each with the lists it opens an entry of; made once a set of lists.
 */
const phraseOnlyCueOpeners = oncePerLexicons((lexicons) => {
  const openers = new Map<string, PhraseList[]>()
  const lists = cueLists.map((name) => lexicons[name])
  for (const word of startWords(lexicons, cueLists)) {
    if (lists.some((list) => list.hasWord(word))) continue
    openers.set(
      word,
      lists.filter((list) => list.firstWords().has(word)),
    )
  }
  return openers
})

function cueAt(
  words: readonly Word[],
  i: number,
  lexicons: Lexicons,
  titleCase = false,
): { length: number } | null {
  const word = words[i] as Word
  // Every cue read below is an entry of one of `cueLists` matched at `i`. A word that is no
  // entry on its own is a cue only as the start of a phrase, and most times none follows it
  // ("would", "make"): the lists it opens answer that before the dozen tests below. (Words
  // that are entries on their own are not asked: they always match.)
  const phraseLists = phraseOnlyCueOpeners(lexicons).get(word.lower)
  if (phraseLists && !phraseLists.some((list) => list.matchAt(words, i) !== null)) return null
  if (nounBeforeVerb(words, i, lexicons)) return null
  // ("the memo was found to be a forgery", "her account was shown to be false": a participle
  // of finding in the passive before an infinitive tells what its subject turned out to be;
  // nobody is reported.)
  if (
    lexicons['raising-participles'].hasWord(word.lower) &&
    words[i + 1]?.lower === 'to' &&
    infinitiveAt(words, i + 2, lexicons) &&
    isPassive(words, i, lexicons)
  )
    return null
  if (word.lower === 'say' && sayAsNoun(words, i)) return null
  const infinitive = infinitiveCueAt(words, i, lexicons)
  // ("informed the mayor that …": a verb of bringing a listener round is a cue only with the
  // listener before its clause; "remains convinced that …" is a stance adjective's.)
  if (
    !infinitive &&
    lexicons['listener-clause-verbs'].hasWord(word.lower) &&
    !listenerThenThat(words, i, lexicons)
  )
    return null
  const phrase = infinitive ? null : cueVerbAt(words, i, lexicons)
  const isCueVerb = phrase !== null
  const isBelief = !infinitive && lexicons['belief-verbs'].hasWord(word.lower)
  const isDocument = !infinitive && lexicons['document-cue-verbs'].hasWord(word.lower)
  const stance = isCueVerb
    ? null
    : (infinitive ?? lexicons['stance-verbs'].matchAt(words, i) ?? releaseAt(words, i, lexicons))
  // "she quipped, “…”": a verb of speaking manner is a cue only beside a quotation.
  const manner =
    isCueVerb || isBelief || isDocument || stance ? null : lexicons['quote-verbs'].matchAt(words, i)
  if (
    manner &&
    !besideQuote(words, i, manner.length) &&
    !(manner.label === 'phrasing' && inAsFrame(words, i, manner.length, lexicons))
  )
    return null
  // "considers him a fraud", "deemed it necessary": a judgement right after a pronoun object.
  const judged =
    isCueVerb || isBelief || isDocument || stance || manner
      ? null
      : lexicons['complement-verbs'].matchAt(words, i)
  const judgement =
    judged !== null &&
    !isPassive(words, i, lexicons) &&
    (pronounAndComplement(words, i + judged.length, lexicons) ||
      objectAndComplement(words, i, i + judged.length, lexicons))
  if (judgement) return judged
  // "branded the plan a “giveaway”": a naming verb with a quote in its clause.
  const naming =
    isCueVerb || isBelief || isDocument || stance || manner
      ? null
      : lexicons['naming-verbs'].matchAt(words, i)
  // ("characterized him as a bully", "labeling the bill as a giveaway": with "as" after
  // the object, a naming verb states a view as a verb of regard does, quoted or not — when
  // an object follows it: "in local terms, was known as …" has the noun.)
  const namingAs =
    naming !== null &&
    (words[i + naming.length]?.isWord ?? false) &&
    asAfterObject(words, i + naming.length)
  if (
    naming &&
    ((!quoteInClause(words, i + naming.length) && !namingAs) || isPassive(words, i, lexicons))
  )
    return null
  // "sees the plan as a giveaway": a view only with "as" after the object.
  const regard =
    isCueVerb || isBelief || isDocument || stance || manner || naming
      ? null
      : lexicons['regard-verbs'].matchAt(words, i)
  // ("an agency that critics view as slow", "a rival whom she regards as a peer": the object
  // went to the relative before the subject, and "as" follows the verb straight away. Not
  // after "what": "what he sees as waste" names a thing the sentence goes on about.)
  const regardGap =
    regard !== null &&
    regard.label !== 'classify' &&
    words[i + regard.length]?.lower === 'as' &&
    !comparativeAfterAs.has(words[i + regard.length + 1]?.lower ?? '') &&
    relativeBeforeSubject(words, i, lexicons)?.lower !== 'what' &&
    relativeBeforeSubject(words, i, lexicons) !== null
  if (
    regard &&
    !regardGap &&
    (!asAfterObject(words, i + regard.length) || words[i - 1]?.lower === 'to')
  )
    return null
  if (!isCueVerb && !isBelief && !isDocument && !stance && !manner && !naming && !regard)
    return null
  // ("the ads ask voters to …", "we ask them …": the base form of "ask" reports a request
  // right after its subject — a plural or a pronoun — or an auxiliary ("would now ask:");
  // not after "to", whose doer is rarely clear, nor as a command ("please ask yourself"),
  // nor in "ask for money", which requests a thing.)
  if (word.lower === 'ask') {
    // (Past an adverb or a time word: "would now ask", "simply ask".)
    let k = i - 1
    while (
      k > 0 &&
      (lyForm.test((words[k] as Word).lower) ||
        lexicons['time-words'].hasWord((words[k] as Word).lower))
    )
      k--
    const before = words[k]
    if (
      words[i + 1]?.lower === 'for' ||
      !before?.isWord ||
      !(
        lexicons['cue-auxiliaries'].hasWord(before.lower) ||
        lexicons.pronouns.hasWord(before.lower) ||
        /[a-z]s$/.test(before.lower)
      )
    )
      return null
  }
  // "asked not to be identified", "declined to be named": a reason for anonymity, not a cue.
  // ("did not want to be named": the phrase may open two words before the verb.)
  if (
    lexicons['anonymous-reason'].matchAt(words, i) ||
    lexicons['anonymous-reason'].matchAt(words, i - 1) ||
    lexicons['anonymous-reason'].matchAt(words, i - 2) ||
    reasonForAnonymityBefore(words, i, lexicons)
  )
    return null
  if (
    /^(?:asked|declined|requested)$/.test(word.lower) &&
    ['not', 'to'].includes(words[i + 1]?.lower ?? '')
  ) {
    if (/^(?:be|to)$/.test(words[i + 2]?.lower ?? '') || words[i + 2]?.lower === 'be') return null
  }
  // "called into a radio show", "called in to a town hall": a phone-in, not a call for
  // anything. ("called into question" doubts a thing, and stays.)
  if (
    /^call(?:s|ed|ing)?$/.test(word.lower) &&
    (words[i + 1]?.lower === 'into' || words[i + 1]?.lower === 'in') &&
    words[i + 2]?.lower !== 'question'
  )
    return null
  // "added to her delegate lead", "adds to the drama": adding to a thing, not words. ("added
  // to reporters", "added to People": an audience.)
  if (
    /^add(?:s|ed|ing)?$/.test(word.lower) &&
    words[i + 1]?.lower === 'to' &&
    !(
      words[i + 2]?.capitalised ||
      // ("added to her lead": "her" owns a noun here.)
      (objectPronouns.has(words[i + 2]?.lower ?? '') &&
        !(words[i + 2]?.lower === 'her' && words[i + 3]?.isWord && words[i + 3]?.lower !== 'that'))
    )
  )
    return null
  // "270 pledged delegates", "a mix of pledged delegates": a past participle after a count or
  // a preposition describes the noun after it. (A year is a time: "who in 2012 pledged to …".)
  if (
    endsInEd.test(word.lower) &&
    words[i - 1] !== undefined &&
    (/^\d[\d,.]*$/.test((words[i - 1] as Word).value) || (words[i - 1] as Word).lower === 'of') &&
    !/^(?:1[89]|20)\d\d$/.test((words[i - 1] as Word).value)
  )
    return null
  // "a lead in pledged delegates", "won more pledged delegates", "the pledged delegates",
  // "both pledged delegates": after a preposition, a comparative, an article, a possessive
  // determiner or a quantifier, a past participle with a bare noun after it describes that
  // noun. (A stranded preposition ends a relative clause instead: "the group she belongs to
  // pledged to …"; "that" may be the relative pronoun: "groups that pledged support".)
  if (
    endsInEd.test(word.lower) &&
    words[i - 1] !== undefined &&
    ((lexicons.prepositions.hasWord((words[i - 1] as Word).lower) &&
      (words[i - 1] as Word).lower !== 'to') ||
      comparativesBeforeNoun.has((words[i - 1] as Word).lower) ||
      participleModifierLeads.has((words[i - 1] as Word).lower)) &&
    mayBeBareNoun(words, i + 1, lexicons)
  )
    return null
  // "a wind chill warning": an -ing form after a plain word is a noun or adjective.
  // (", eventually saying …", "are quietly saying …", "and boldly claiming …": a manner or
  // time adverb leaves the -ing form the verb it was; the word before the adverb decides.)
  let beforeAt = i - 1
  while (beforeAt > 0 && isLyAdverb(words[beforeAt] as Word)) beforeAt--
  const before = words[beforeAt]
  if (
    endsInIng.test(word.lower) &&
    before?.isWord &&
    !lexicons['cue-auxiliaries'].hasWord(before.lower) &&
    // ("has been saying", "had been calling for": the perfect of a progressive.)
    before.lower !== 'been' &&
    // ("would be asking", "kept saying", "started calling for": a progressive after a modal,
    // or the -ing form a verb of phase takes.)
    before.lower !== 'be' &&
    !phaseVerbs.has(before.lower) &&
    // ("isn't saying what …": a refusal to answer — see `fromCue`.)
    !(isCueVerb && isNegation(before) && embeddedQuestionWords.has(words[i + 1]?.lower ?? '')) &&
    // "while chanting, “…”": after a subordinator the -ing form is a verb.
    !(circumstanceOpeners.has(before.lower) && besideQuote(words, i, 1)) &&
    // "opened by saying he would …", "fined for claiming that …": a gerund of a reporting verb.
    // ("won the crowd by denouncing the deal", "after questioning her record": a stance too,
    // though not after "while" or "before", which open a time of the sentence's own.)
    !(
      gerundLeads.has(before.lower) &&
      (isCueVerb || (stance && stanceGerundLeads.has(before.lower)))
    ) &&
    // "issued a statement saying that …", "released a video attacking the mayor": a document
    // that says something or takes a stance.
    !((isCueVerb || stance) && issuedDocument(words, i - 1, lexicons)) &&
    // "a new poll showing a tight race", "ledgers showing he was paid": a document's finding.
    // ("evidence suggesting that …": a verb of saying there too, with its that-clause.)
    // ("calls saying shots were fired", "posts claiming the vote was rigged": a message that
    // says something, with or without "that". Not in a phrase that opens the sentence, "In a
    // statement announcing the pick, the union …", where the main clause holds the report.)
    // ("ads attacking the mayor", "a petition calling on her to resign": a document's stance.)
    !(
      (isDocument ||
        ((isCueVerb || stance) &&
          (words[i + 1]?.lower === 'that' || !inOpeningPhrase(words, i, lexicons)))) &&
      lexicons['document-heads'].hasWord(before.lower)
    ) &&
    !lexicons.pronouns.hasWord(before.lower) &&
    // ("and she's predicting …": a pronoun with its contracted "is".)
    !contractedSubjects.has(before.lower) &&
    !isCapitalized(before) &&
    // "groups backing the senator": a stance in a reduced relative clause, its object after it.
    !isReducedRelative(words, i, lexicons) &&
    // "praising the staff and saying …": a second participle beside a cue's.
    !(
      (before.lower === 'and' || before.lower === 'but') &&
      followsReportingParticiple(words, beforeAt, lexicons)
    ) &&
    // "with 40 percent of voters saying …": a poll's share of respondents reporting a view.
    !(isCueVerb && afterShare(words, i)) &&
    // "…, with many marchers chanting …", "with each candidate questioning …": the subject of
    // an absolute phrase after "with".
    !((isCueVerb || stance) && withSubjectBefore(words, beforeAt, lexicons))
  )
    return null

  // "All told, …", "easier said than done": a set phrase around the verb reports nothing.
  for (let k = Math.max(0, i - 3); k <= i; k++) {
    const idiom = lexicons['cue-idioms'].matchAt(words, k)
    if (idiom && k + idiom.length > i) return null
  }
  // "it's safe to say", "too soon to tell whether": the writer's judgement, no one's words.
  if (words[i - 1]?.lower === 'to' && lexicons['impersonal-frames'].has(words[i - 2]?.lower ?? ''))
    return null
  // "a new rule that lifts the cap": a cue that is as often a noun, with a relative clause.
  if (lexicons['relative-head-cues'].hasWord(word.lower) && relativeClauseAfter(words, i))
    return null
  // ("agreed with the mayor": a stance phrase longer than the verb takes its own object.)
  if (lexicons['clause-cue-verbs'].hasWord(word.lower) && !stance) {
    // "failed to note that …", "fair to say that …": an infinitive has no subject of its own
    // to be the source.
    // ("continued to insist that …" has one: the subject of "continued".)
    if (
      words[i - 1]?.lower === 'to' &&
      !/(?:s|ed|ing)$/.test(word.lower) &&
      !phaseVerbs.has(words[i - 2]?.lower ?? '')
    )
      return null
    // ("complain bitterly that …": a manner adverb may stand between the verb and its clause.)
    const adverb = words[i + 1]?.isWord === true && lyAdverb.test(words[i + 1]?.value ?? '')
    const after = words[adverb ? i + 2 : i + 1]
    if (
      !closesInvertedReport(words, i) &&
      // ("Leaked Files Reveal Harlow Donors", "Workers Explain Why …": in a title-case
      // headline the object of a plural subject's verb stands for the clause; the headline
      // checks below still apply. Not a form in -s or -ed: "Plant Rules Face Test" has a
      // noun, "Candidates Give Calculated Picks" an adjective.)
      !(
        titleCase &&
        isCapitalized(word) &&
        !/(?:s|ed)$/.test(word.lower) &&
        after?.isWord === true
      ) &&
      (!after ||
        (!(
          after.lower === 'that' ||
          after.value === ':' ||
          isQuoteMark(after.value) ||
          after.value === ',' ||
          chargesWith(words, i) ||
          // ("adding of the mayor, “…”", "added a caveat: “…”", "adding later, “…”": a few
          // words of whom, when or what kind, then the quotation or colon.)
          quotationSoonAfter(words, adverb ? i + 2 : i + 1) ||
          // ("a plan that critics argue will raise fares": the clause lost its subject to the
          // relative before the verb's own.)
          relativeSubjectGapAt(words, i, lexicons) ||
          // ("adding he intended to stay": a subject pronoun, then a verb in the past.)
          (subjectPronouns.has(after.lower) && endsInEd.test(words[i + 2]?.lower ?? '')) ||
          // ("did not explain why …": a refusal to answer — see `fromCue`.)
          (embeddedQuestionWords.has(after.lower) && negatedBefore(words, i)) ||
          // ("recognized last week that …", "conceded long ago that …": when, then the clause.)
          words[afterTimeAdjunct(words, i + 1, lexicons)]?.lower === 'that' ||
          // "informed the mayor that …", "convinced donors, elders and aides that …": a
          // listener, then the clause.
          (lexicons['listener-clause-verbs'].hasWord(word.lower) &&
            listenerThenThat(words, i, lexicons)) ||
          // "agreed to meet again": what the source undertook to do; "groups who claim to
          // represent farmers": what the source asserts of itself.
          (/^(?:agree[sd]?|claim)$/.test(word.lower) &&
            after.lower === 'to' &&
            words[i + 2]?.isWord === true) ||
          // "Polls suggest the mayor has the edge", "Experts warn the dam could fail": a clause
          // with no "that", its subject then its finite verb.
          (!clauseOnlyWithMark.has(word.lower) &&
            // (A verb of belief reads a noun subject after its -s form too: "Ortiz assumes the
            // council will pay".)
            bareClauseAfter(words, adverb ? i + 2 : i + 1, !/s$/.test(word.lower) || isBelief))
        ) &&
          !afterClosedQuote(words, i)))
    )
      return null
  }
  const previous = words[i - 1]
  const next = words[i + 1]
  // A noun, not a verb: "the report", "his claims", "reports of", "reports say".
  // ("She’s arguing", "that’s claiming": a pronoun's contracted "is" is no possessive.)
  // ("a report that found …": "that" stands for a document before it.)
  if (
    previous &&
    !(isDocument && documentAntecedent(words, { from: i - 1, to: i }, lexicons)) &&
    !relativeBeforeQuotation(words, i, lexicons) &&
    (determinersBeforeNoun.has(previous.lower) ||
      (/'s$/.test(previous.lower) &&
        !lexicons.pronouns.has(previous.lower.slice(0, -2)) &&
        !contractedSubjects.has(previous.lower)))
  )
    return null
  // "reports of", "claims by", "rated half the claims as false": plural nouns. (A verb
  // takes its object before "as": "claims the seat as hers"; "he claims as much" is one.)
  // ("a rival whom Ortiz views as a peer": the relative took the object; a verb.)
  if (
    next &&
    !regardGap &&
    (pluralNounFollowers.has(next.lower) ||
      // ("party claims – a wide gap"; "Lund asks — “Who …?”", "believes — that …" are verbs.)
      ((next.value === '–' || next.value === '—') &&
        !isQuoteMark(words[i + 2]?.value ?? '') &&
        words[i + 2]?.lower !== 'that')) &&
    /[^s]s$/.test(word.lower) &&
    word.lower !== 'says' &&
    !(
      next.lower === 'as' &&
      ((previous && lexicons.pronouns.hasWord(previous.lower)) ||
        // ("Lund asks as a waiter walks in": "as" opens a clause of time.)
        determinersBeforeNoun.has(words[i + 2]?.lower ?? '') ||
        lexicons.pronouns.has(words[i + 2]?.lower ?? ''))
    )
  )
    return null
  if (
    next &&
    (lexicons['cue-verbs'].hasWord(next.lower) ||
      lexicons['document-cue-verbs'].hasWord(next.lower)) &&
    /s$/.test(word.lower)
  )
    return null
  // "Republican support was solid", "the backing has grown": a stance word right before a
  // finite verb is that verb's subject, a noun.
  if (stance && next && finiteVerbsAfterNoun.has(next.lower)) return null
  // "his sexist remarks are turning voters away", "users' comments are unlawful", "their bold
  // promises would cost billions": the -s form of a noun of saying after a modifier, right
  // before a modal or a form of "be", "have" or "do", is that verb's plural subject. (After a subject the same form is a verb
  // whose clause lost its subject to a relative: "which Lee hopes will pass", "that he claims
  // is false".)
  if (
    next &&
    previous &&
    (previous.isWord || isPluralPossessive(words, i - 1)) &&
    /[^s]s$/.test(word.lower) &&
    startWords(lexicons, ['nominal-cues']).has(word.lower) &&
    (finiteVerbsAfterNoun.has(next.lower) || modalsAfterNoun.has(next.lower)) &&
    !isCapitalized(previous) &&
    !lexicons.pronouns.hasWord(previous.lower) &&
    !lyAdverb.test(previous.value) &&
    !subjectGapWords.has(previous.lower) &&
    !relativeSubjectGapAt(words, i, lexicons)
  )
    return null
  // "Health worries have dogged her", "Budget claims are due": the same after a sentence's
  // first word, whatever the list and the capital — no subject can have gone to a relative
  // clause there, so the -s word heads the subject.
  if (
    next &&
    previous?.isWord &&
    /[^s]s$/.test(word.lower) &&
    (finiteVerbsAfterNoun.has(next.lower) || modalsAfterNoun.has(next.lower)) &&
    !lexicons.pronouns.hasWord(previous.lower) &&
    !words.slice(0, i - 1).some((w) => w.isWord)
  )
    return null
  // "support has declined slightly from 58 percent", "declined sharply in May": an adverb and
  // a preposition of where, when or how much after the verb tell of a change, not a stance.
  if (
    stance &&
    next &&
    lyAdverb.test(next.value) &&
    changePrepositions.has(words[i + 2]?.lower ?? '')
  )
    return null
  // "backed by the mayor" is passive, "backed away from", "called off": no stance taken.
  // (Not when the particle is the phrase's own, "talked up her plan" — but "by" after a
  // past form is the passive's still: "was frustrated by the delay".)
  if (
    stance &&
    next &&
    particlesAfterStance.has(next.lower) &&
    (stance.length === 1 || next.lower === 'by')
  )
    return null
  // "a video posted to her account", "A statement posted on the site said …": a past form
  // right after a document's noun, with a preposition after it and no "that" to follow, is a
  // participle describing the document, not the document's report ("The audit stated in
  // its summary that …" reports).
  if (
    previous &&
    next &&
    endsInEd.test(word.lower) &&
    // (Not a name: "The Harlow Post reported on Monday …" is the paper's report.)
    !isCapitalized(previous) &&
    lexicons['document-heads'].hasWord(previous.lower) &&
    (lexicons.prepositions.hasWord(next.lower) || next.lower === 'by') &&
    !words.slice(i + 2, i + 10).some((w) => w.lower === 'that' || isQuoteMark(w.value))
  )
    return null
  // "a film that showed off the renovations", "the figures showed up late": a phrasal verb,
  // no finding shown.
  if (isDocument && next && particlesAfterDocumentVerb.has(next.lower)) return null
  // "Ortiz is favored to win", "she was ordered to testify": a stance in the passive with an
  // infinitive after it — its subject is the one the stance was taken on, not one who took it.
  // (A preposition after "to" is no infinitive: "the hearing he was called to in May".)
  if (
    stance &&
    stance.length === 1 &&
    lexicons['passive-non-reports'].hasWord(word.lower) &&
    next?.lower === 'to' &&
    words[i + 2]?.isWord &&
    !isCapitalized(words[i + 2] as Word) &&
    !lexicons.prepositions.has(words[i + 2]?.lower ?? '') &&
    !determinersBeforeNoun.has(words[i + 2]?.lower ?? '') &&
    isPassive(words, i, lexicons)
  )
    return null
  // "the attacks in Paris", "attacks on her record", "support among young voters": a stance
  // takes its object straight after it, so a preposition there makes a bare form a noun.
  // (A past form or one after an auxiliary or a pronoun is a verb with a circumstance first:
  // "sought on Monday to …", "will endorse in May".)
  if (
    stance &&
    stance.length === 1 &&
    next &&
    (prepositionsAfterNoun.has(next.lower) ||
      // "after the Paris attacks, the race changed", "the attacks shifted the race": with
      // no object, or a past tense right after, a noun.
      /^[,;:.]$/.test(next.value) ||
      (/^[a-z]{3,}ed$/.test(next.value) && !lexicons['cue-verbs'].hasWord(next.lower))) &&
    !endsInEd.test(word.lower) &&
    // ("sought on Monday to …": a time between a verb and its object.)
    !lexicons['time-words'].has(words[i + 2]?.lower ?? '') &&
    !(
      previous &&
      (lexicons['cue-auxiliaries'].hasWord(previous.lower) ||
        lexicons.pronouns.hasWord(previous.lower) ||
        contractedSubjects.has(previous.lower))
    )
  )
    return null
  // "has backing from a third of voters": after "has" the -ing form is a noun.
  if (stance?.label === 'relative' && previous && possessionVerbs.has(previous.lower)) return null
  // "I can't say my …", "we shouldn't say": a modal of ability or duty before "say" is the
  // writer's manner of speaking; "would not say whether …" is a refusal, and reports.
  if (word.lower === 'say' && previous && modalNegations.has(previous.lower)) return null
  // "did not respond to", "has not yet commented on": only a refusal to answer reports.
  if (stance?.label === 'negated' && !negatedBefore(words, i)) return null
  // "has not endorsed a candidate", "didn't back anyone": no choice made reports nothing.
  if (stance && negatedBefore(words, i) && choiceOfNoOne(words, i, lexicons)) return null
  // "is planning to reprint the ad": some verbs report a plan only with their infinitive.
  // (Capitalised, in a title-case headline, they are as often the noun: "A Bold Plan to …".)
  if (
    stance?.label === 'infinitive' &&
    (words[i + stance.length]?.lower !== 'to' || isCapitalized(word))
  )
    return null
  // In a title-case headline a capitalised verb may be the cue, if it stands early, has a
  // clause after it and is not an -ing form ("Senator Asking Panel …" is a noun phrase).
  if (isCapitalized(word) && i > 0) {
    const after = words.slice(i + 1).filter((w) => w.isWord).length
    if (!titleCase || endsInIng.test(word.lower)) return null
    if ((i > 6 || after < 2) && !(isCueVerb && closesHeadline(words, i))) return null
  }
  return {
    length:
      phrase?.length ?? stance?.length ?? manner?.length ?? naming?.length ?? regard?.length ?? 1,
  }
}

/**
 * "who requested anonymity to discuss a private meeting", "not authorized to describe the
 * talks": the verb at `i` is the infinitive of a reason for anonymity (`anonymous-reason`)
 * that ends right before it — what the source was not free to do on the record, not a
 * report.
 */
function reasonForAnonymityBefore(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  if (words[i - 1]?.lower !== 'to') return false
  for (let k = Math.max(0, i - 9); k < i - 1; k++) {
    const reason = lexicons['anonymous-reason'].matchAt(words, k)
    if (reason && (k + reason.length === i - 1 || k + reason.length === i)) return true
  }
  return false
}

/**
 * A share of a surveyed group ends right before word `i`: "40 percent of voters", "a
 * majority of residents", "three in 10", "55% of Democrats" — within six words, no mark between.
 */
function afterShare(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const word = words[k] as Word
    if (!word.isWord) return word.value === '%'
    if (word.lower === 'percent' || word.lower === 'majority' || word.value.endsWith('%'))
      return true
    if (
      word.lower === 'in' &&
      /^\d|^ten$/.test(words[k + 1]?.lower ?? '') &&
      /^\d|^(?:one|two|three|four|five|six|seven|eight|nine)$/.test(words[k - 1]?.lower ?? '')
    )
      return true
  }
  return false
}

/**
 * Whether the words ending at `last` are a short noun phrase right after a "with" that follows
 * a comma or opens the sentence: "…, with many marchers chanting", "With each side
 * questioning …" — the subject of an absolute phrase, whose -ing verb comes next. (No verb,
 * no preposition but "of" in the phrase: "with the planning for the meeting" is no subject.)
 */
function withSubjectBefore(words: readonly Word[], last: number, lexicons: Lexicons): boolean {
  for (let k = last; k >= 0 && last - k < 5; k--) {
    const word = words[k] as Word
    if (!word.isWord) return false
    if (word.lower === 'with') {
      const mark = words[k - 1]
      return k < last && (mark === undefined || mark.value === ',')
    }
    if (
      (word.lower !== 'of' && lexicons.prepositions.has(word.lower)) ||
      lexicons.pronouns.has(word.lower) ||
      finiteVerbs.has(word.lower) ||
      /[a-z](?:ed|ing)$/.test(word.lower)
    )
      return false
  }
  return false
}

/**
 * Where a second absolute phrase opens between `start` and `end`: an "and" followed by a
 * subject — a name or a determiner — and an -ing verb within five words. `end` if none.
 */
function secondAbsoluteStart(words: readonly Word[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    if ((words[k] as Word).lower !== 'and') continue
    const first = words[k + 1]
    if (!first?.isWord || !(first.capitalised || determinersBeforeNoun.has(first.lower))) continue
    for (let m = k + 2; m < Math.min(end, k + 7); m++) {
      const word = words[m] as Word
      if (!word.isWord) break
      if (!word.capitalised && endsInIng.test(word.lower)) return k
    }
  }
  return end
}

/** Calls for something: a demand of any subject, person, group or text. */
const callsFor = new Set(['call for', 'calls for', 'called for', 'calling for'])

/** Words after which a cue's -s form is a plural noun: "reports of", "claims as false". */
const pluralNounFollowers = new Set(['of', 'by', 'as'])

/** Prepositions after a verb of change and its adverb: "declined slightly from 58 percent". */
const changePrepositions = new Set(['from', 'in', 'by', 'since', 'during', 'among'])

/** Words after a stance verb that make it passive or phrasal: "backed by", "called off". */
const particlesAfterStance = new Set(['by', 'away', 'off', 'up', 'down'])

/** Particles that make a verb of showing phrasal: "showed off", "shows up". */
const particlesAfterDocumentVerb = new Set(['off', 'up'])

/**
 * Prepositions that follow a noun of stance, never the stance verb: "attacks in Paris",
 * "support among voters", "5 percent support of the vote".
 */
const prepositionsAfterNoun = new Set([
  'of',
  'in',
  'on',
  'at',
  'from',
  'among',
  'across',
  'during',
  'since',
])

/** Verbs of having: an -ing form after them is a noun ("has backing", "had support"). */
const possessionVerbs = new Set(['has', 'have', 'had', 'having'])

/** Words that open the object of a stance in a reduced relative: "groups backing the senator". */
const objectDeterminers = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them'])

/**
 * Articles, possessive determiners and quantifiers: a past participle right after one
 * describes the noun that follows it ("the pledged delegates", "both pledged delegates").
 */
const participleModifierLeads = new Set([
  'a',
  'an',
  'the',
  'these',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'both',
  'enough',
  'several',
])

/** Comparatives that quantify a noun phrase: "more pledged delegates", "fewer reported cases". */
const comparativesBeforeNoun = new Set(['more', 'most', 'fewer', 'less'])

/**
 * Word `k` is a plain lowercase word that could be a bare noun: not a clause's "that", an
 * infinitive's "to", a determiner, a pronoun, a preposition, a time word or an adverb — any of
 * which would show the participle before it to be a verb ("in 2012 pledged to …").
 */
function mayBeBareNoun(words: readonly Word[], k: number, lexicons: Lexicons): boolean {
  const word = words[k]
  return (
    word !== undefined &&
    word.isWord &&
    !isCapitalized(word) &&
    word.lower !== 'that' &&
    !determinersBeforeNoun.has(word.lower) &&
    !objectPronouns.has(word.lower) &&
    !lexicons.pronouns.has(word.lower) &&
    !lexicons.prepositions.has(word.lower) &&
    !lexicons['time-words'].has(word.lower) &&
    !/ly$/.test(word.lower)
  )
}

/**
 * "farmers backing the senator": a stance -ing form (`[relative]` in `stance-verbs`) right
 * after a noun, with a name or a determiner opening its object. Not after a verb, a pronoun,
 * a preposition or a subordinator ("has backing from", "when endorsing").
 */
function isReducedRelative(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const previous = words[i - 1]
  const object = words[i + 1]
  return (
    previous !== undefined &&
    previous.isWord &&
    object !== undefined &&
    object.isWord &&
    (object.capitalised || objectDeterminers.has(object.lower) || describedName(words, i + 1)) &&
    lexicons['stance-verbs'].matchAt(words, i)?.label === 'relative' &&
    !lexicons['cue-auxiliaries'].has(previous.lower) &&
    !lexicons['source-stopwords'].has(previous.lower) &&
    !lexicons.prepositions.has(previous.lower) &&
    !lexicons.pronouns.has(previous.lower) &&
    !contractedSubjects.has(previous.lower) &&
    !circumstanceOpeners.has(previous.lower) &&
    !gerundLeads.has(previous.lower)
  )
}

/**
 * "The morning Ortiz unveiled the plan, she called Reyes …", "The week the board announced
 * its budget, …": a clause of time fronted by "the/that/each" and a word of time, with no
 * "when" — its subject is the source, not the time, and what was said ends at the comma that
 * closes the clause. Changes the attribution in place.
 */
function timeClauseSubject(
  sentence: SentenceWords,
  attribution: FoundAttribution,
  lexicons: Lexicons,
): void {
  const source = attribution.source
  if (!source || source.words.length < 3) return
  const [lead, time, next] = source.words as [Word, Word, Word]
  if (
    !timeClauseLeads.has(lead.lower) ||
    !lexicons['time-words'].has(time.lower) ||
    time.capitalised ||
    !next.isWord ||
    // (The subject opens with a name, a determiner or a pronoun: "The last man to run says"
    // has "last" describing its noun.)
    !(
      next.capitalised ||
      determinersBeforeNoun.has(next.lower) ||
      lexicons.pronouns.has(next.lower)
    ) ||
    lead.start !== (sentence.words[0] as Word).start
  )
    return
  attribution.source = { ...source, start: next.start, words: source.words.slice(2) }
  const comma = sentence.words.find(
    (w) =>
      w.value === ',' && w.start > attribution.content.start && w.start < attribution.content.end,
  )
  if (comma) {
    const before = sentence.words.filter((w) => w.end <= comma.start && w.isWord).at(-1)
    if (before) attribution.content = { start: attribution.content.start, end: before.end }
  }
}

/**
 * `to` moved back past the marks that close a stretch starting at `from` — commas, stops,
 * dashes — but not past a closing quotation mark, which belongs to what was said.
 */
function endBeforeMarks(words: readonly Word[], from: number, to: number): number {
  let end = to
  while (
    end > from + 1 &&
    !(words[end - 1] as Word).isWord &&
    !isQuoteMark((words[end - 1] as Word).value)
  )
    end--
  return end
}

/** Words that open a fronted clause of time with no "when": "The morning she …", "Each year …". */
const timeClauseLeads = new Set(['the', 'that', 'each', 'every'])

/**
 * Whether a source's words open with a lower-case participle followed by a preposition, a
 * pronoun or a determiner ("pilloried for …", "meaning it …", "financed with the …"): a
 * clause, not the noun phrase a source is. ("Leading Democrats", "retired generals": a
 * participle before its noun is a description.)
 */
function participlePhraseSource(words: readonly Word[], lexicons: Lexicons): boolean {
  const first = words[0]
  const second = words[1]
  if (!first?.isWord || first.capitalised || !second?.isWord) return false
  const participle =
    (first.lower.endsWith('ed') || first.lower.endsWith('ing')) && first.lower.length >= 5
  if (!participle) return false
  return (
    lexicons.prepositions.has(second.lower) ||
    circumstancePrepositions.has(second.lower) ||
    lexicons.pronouns.has(second.lower) ||
    objectPronouns.has(second.lower) ||
    determinersBeforeNoun.has(second.lower)
  )
}

/**
 * Whether a content's text is a single lower-case adverb in -ly ("basically", "privately"),
 * closing marks aside: no proposition, so nothing was attributed.
 */
function loneAdverb(text: string): boolean {
  let end = text.length
  while (end > 0 && '.,;:!?'.includes(text.charAt(end - 1))) end--
  const word = text.slice(0, end)
  if (word.length < 5 || !word.endsWith('ly')) return false
  for (const ch of word) if (ch < 'a' || ch > 'z') return false
  return true
}

/**
 * Whether a content's text only says when: it ends in a word of time other than a
 * determiner ("today", "ago", "later", "night"; data/time-words.txt) and holds nothing but
 * such words, numbers and the words that build such phrases ("just", "a few", "days";
 * data/time-phrase-words.txt): "just today", "ten days ago", "earlier this year".
 */
function onlyTime(text: string, lexicons: Lexicons): boolean {
  // The last word decides for nearly every content: it is read first, and the whole text is
  // split into words only when it is a word of time.
  const last = lastBareWord(text)
  if (!last || last === 'this' || last === 'last' || !lexicons['time-words'].has(last)) return false
  return bareWords(text).every(
    (w) =>
      lexicons['time-words'].has(w) ||
      lexicons['time-phrase-words'].has(w) ||
      lexicons['count-words'].has(w) ||
      /^\d+$/.test(w),
  )
}

/**
 * Whether a content's text is one floating adverb (data/floating-adverbs.txt) that is no
 * quantifier: "investors will think twice", "they haven't voted for him yet" cut to "twice",
 * "yet". ("All" and "both" may stand for what was named before: "All were confirmed.")
 */
function loneFloatingAdverb(text: string, lexicons: Lexicons): boolean {
  // (White space is no alphanumeric, so the trimmed text needs no `trim()` first; and a text
  // of more than one word — nearly all — is turned away before it is lower-cased whole.)
  const word = trimToAlphanumeric(text)
  if (word === '' || /\s/.test(word)) return false
  const lower = word.toLowerCase()
  return lexicons['floating-adverbs'].has(lower) && !lexicons['group-quantifiers'].has(lower)
}

/**
 * Whether a content's text only says for how long: "for" and a span of time
 * (data/duration-words.txt) with only a number or the words of a time phrase before it —
 * "for a moment", "for several weeks" ("Lund thought for a moment.", "the leaders have been
 * discussing for weeks"). What was thought or discussed is not in it.
 */
function onlyDuration(text: string, lexicons: Lexicons): boolean {
  // The first and the last word decide for nearly every content: they are read first, and the
  // whole text is split into words only when they are "for" and a span of time.
  if (firstBareWord(text) !== 'for') return false
  const last = lastBareWord(text)
  if (!last || !lexicons['duration-words'].has(last)) return false
  return bareWords(text)
    .slice(1, -1)
    .every(
      (w) =>
        lexicons['time-phrase-words'].has(w) || lexicons['count-words'].has(w) || /^\d+$/.test(w),
    )
}

/**
 * The words of a content's text as `onlyTime` and `onlyDuration` read them: its tokens between
 * white space, trimmed to their letters and digits and lower-cased, those with none dropped.
 */
function bareWords(text: string): string[] {
  return text
    .split(/\s/)
    .map((w) => trimToAlphanumeric(w).toLowerCase())
    .filter((w) => w !== '')
}

/** The first of `bareWords(text)`, or '' — found without splitting the text. */
function firstBareWord(text: string): string {
  let start = 0
  while (start < text.length && !isAlphanumericAt(text, start)) start++
  if (start === text.length) return ''
  let end = start + 1
  while (end < text.length && !isSpaceAt(text, end)) end++
  while (!isAlphanumericAt(text, end - 1)) end--
  return text.slice(start, end).toLowerCase()
}

/** The last of `bareWords(text)`, or '' — found without splitting the text. */
function lastBareWord(text: string): string {
  let end = text.length
  while (end > 0 && !isAlphanumericAt(text, end - 1)) end--
  if (end === 0) return ''
  let start = end - 1
  while (start > 0 && !isSpaceAt(text, start - 1)) start--
  while (!isAlphanumericAt(text, start)) start++
  return text.slice(start, end).toLowerCase()
}

/** A token without the marks around it: "ago." → "ago", "“today" → "today". */
function trimToAlphanumeric(token: string): string {
  let start = 0
  let end = token.length
  while (start < end && !isAlphanumericAt(token, start)) start++
  while (end > start && !isAlphanumericAt(token, end - 1)) end--
  return token.slice(start, end)
}

/**
 * Whether the character at `k` is a letter (it has an upper and a lower case) or a digit.
 * (ASCII, nearly all the text, is told by its code: comparing the cases makes two strings.)
 */
function isAlphanumericAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k)
  if (code < 0x80) {
    const letter = code | 0x20
    return (code >= 0x30 && code <= 0x39) || (letter >= 0x61 && letter <= 0x7a)
  }
  const ch = text.charAt(k)
  return ch.toLowerCase() !== ch.toUpperCase()
}

/** Whether the character at `k` is white space as `\s` reads it (ASCII told by its code). */
function isSpaceAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k)
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return /\s/.test(text.charAt(k))
}

/**
 * Whether the words from `start` to `end` after a verb of labelling hold a label as well as
 * the thing labelled: quoted words ("Horgos “a mistake”"), "as" ("Reyes as reckless"), or a
 * second noun phrase opened by "a" or "an" ("the levy a mistake"). "called the hearing"
 * convenes a hearing and labels nothing.
 */
function labelBefore(words: readonly Word[], start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const word = words[k] as Word
    if (isQuoteMark(word.value) || word.lower === 'as' || word.lower === 'a' || word.lower === 'an')
      return true
  }
  return false
}

/**
 * Whether a report of writing or speaking (data/addressee-verbs.txt) holds only the one
 * addressed: "Ortiz wrote to the council.", "the mayor also wrote to Reyes". Nothing of what
 * was written is there — no "about", no clause, no colon or quotation.
 */
function onlyAddressee(item: FoundAttribution, text: string, lexicons: Lexicons): boolean {
  if (!item.cue) return false
  const verb = item.cue.lemma.split(' ').pop() ?? ''
  if (!lexicons['addressee-verbs'].has(verb)) return false
  const content = text.slice(item.content.start, item.content.end)
  if (!/^to\s/i.test(content)) return false
  const words = content.split(/\s+/)
  return (
    words.length <= 6 &&
    !/[:“”"‘’']/.test(content) &&
    !words.some((w) =>
      ['about', 'that', 'of', 'on', 'whether', 'how', 'why', 'what', 'asking', 'saying'].includes(
        w.toLowerCase(),
      ),
    )
  )
}

/**
 * Whether a report's cue is a plural noun of a record or a remark that doubles as a verb of
 * saying ("reports", "remarks"; data/to-addressee-nouns.txt) and its content opens with
 * "to": "filed their reports to the commission", "sexist remarks to doom his bid". None of
 * these verbs takes an infinitive, so the "to" names an addressee or a purpose.
 */
function addresseeAfterRecordNoun(
  item: FoundAttribution,
  text: string,
  lexicons: Lexicons,
): boolean {
  if (!item.cue || !lexicons['to-addressee-nouns'].has(item.cue.lemma)) return false
  return /^to\s/i.test(text.slice(item.content.start, item.content.start + 3))
}

/**
 * Whether a source ends in a quantifier that counts only plurals ("broke many", "settled
 * several"; data/plural-quantifiers.txt): the -s word after it is then the plural noun it
 * counts ("many promises"), since a plural subject would not take an -s verb.
 */
function pluralCountBefore(words: readonly Word[], lexicons: Lexicons): boolean {
  const last = words[words.length - 1]
  return last?.isWord === true && lexicons['plural-quantifiers'].has(last.lower)
}

/**
 * A name with lower-case words of description before it, starting at \`from\`: "former Gov.
 * Dana Ortiz", "embattled President Ruiz", "then-presidential candidate Lund" (at most three
 * such words).
 */
function describedName(words: readonly Word[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 4); k++) {
    const word = words[k] as Word
    if (!word.isWord) return false
    if (word.capitalised) return k > from
  }
  return false
}

/** Words that open a noun phrase: articles, demonstratives, possessives, quantifiers. */
const nounPhraseLeads = new Set([
  'a',
  'an',
  'the',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'some',
  'many',
  'several',
  'most',
  'all',
  'both',
  'any',
])

/**
 * The noun phrase ending right before word \`i\`: from a determiner at most four plain words
 * back ("an outside group", "the older population"), or else the noun with any capitalised
 * words before it ("pastors", "Syrian hackers"). Null when the word before \`i\` is no noun
 * of a phrase's kind, or the phrase holds no determiner and its noun is neither plural nor
 * capitalised.
 */
function nounPhraseBefore(words: readonly Word[], i: number, lexicons: Lexicons): WordRange | null {
  const head = words[i - 1]
  if (!head?.isWord || nounPhraseLeads.has(head.lower)) return null
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const word = words[k] as Word
    if (nounPhraseLeads.has(word.lower)) return { from: k, to: i }
    if (
      !word.isWord ||
      lexicons.prepositions.has(word.lower) ||
      finiteVerbs.has(word.lower) ||
      lexicons.pronouns.has(word.lower) ||
      relativePronouns.has(word.lower) ||
      // ("Many carried placards", "they're": a verb or a subject stands before the phrase.)
      (!word.capitalised && /[a-z]ed$|['’](?:re|ve|ll|d|m)$/.test(word.lower)) ||
      word.lower === 'and' ||
      word.lower === 'or'
    )
      break
  }
  let from = i - 1
  while (from > 0 && isCapitalized(words[from - 1] as Word)) from--
  if (!/[a-z]s$/.test(head.lower) && !isCapitalized(head)) return null
  return { from, to: i }
}

/**
 * "pastors supporting Mr. Ortega attended …", "a group backing the governor's bid, …": a stance
 * -ing form right after its noun source is a reduced relative clause, and its content is the
 * object alone — a name, or the words up to a comma or a finite verb of the main clause.
 */
function reducedRelativeObjectEnd(
  words: readonly Word[],
  start: number,
  end: number,
  lexicons: Lexicons,
): number {
  let nameEnd = namedObjectEnd(words, start, lexicons)
  // "Lund and Gov. Ana Ruiz": two names joined.
  while (nameEnd > start && words[nameEnd]?.lower === 'and' && words[nameEnd + 1]?.capitalised) {
    const next = namedObjectEnd(words, nameEnd + 1, lexicons)
    if (next < 0) break
    nameEnd = next
  }
  // ("Lund's campaign": a possessive name opens a longer object.)
  if (nameEnd > start && !(words[nameEnd - 1] as Word).lower.endsWith("'s")) return nameEnd
  for (let k = start + 1; k < end; k++) {
    const word = words[k] as Word
    // "supporting her by a wide margin": where or how much, not what is supported.
    if (word.lower === 'by' || (word.lower !== 'of' && lexicons.prepositions.has(word.lower)))
      return k
    if (opensMainPredicate(words, k)) return k
  }
  return end
}

/** Signs that stand before an amount: "$15", "£3 million". */
const currencySigns = new Set(['$', '£', '€', '¥'])

/**
 * Word `k`, inside a noun phrase that is the sentence's subject, opens the main predicate: a
 * mark, a finite auxiliary, or a past tense after a noun ("growers opposing the dam filed
 * suit", "her opposition to the dam surprised nobody"; "the embattled mayor", "a newly
 * elected board" are modifiers).
 */
function opensMainPredicate(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  // ("her support for a $15 wage": a currency sign opens an amount inside the object.)
  if (!word.isWord) return !currencySigns.has(word.value)
  if (finiteVerbs.has(word.lower)) return true
  const before = words[k - 1] as Word
  return (
    word.lower.endsWith('ed') &&
    !word.capitalised &&
    !objectDeterminers.has(before.lower) &&
    !before.lower.endsWith('ly')
  )
}

/**
 * "…, Harbour Chief Ana Lund Says.", "…, Ana Ruiz Tells Council.": in a title-case headline a cue
 * after a comma and a name of one to five words, with at most three capitalised words after
 * it, closes the headline and reports what comes before the comma.
 */
function closesHeadline(words: readonly Word[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && i - k <= 5 && (isCapitalized(words[k] as Word) || words[k]?.value === '.')) k--
  // (“…,’ Ana Ruiz Tells …”: the comma may stand inside the closing quotation mark.)
  const mark = words[k]?.value ?? ''
  const comma = isQuoteMark(mark) && !isOpeningQuote(mark) ? words[k - 1]?.value : mark
  if (k === i - 1 || comma !== ',') return false
  const rest = words.slice(i + 1)
  const tail = rest.filter((w) => w.isWord)
  return (
    tail.length <= 3 &&
    tail.every((w) => isCapitalized(w)) &&
    rest.every((w) => w.isWord || /^[.!?]$/.test(w.value))
  )
}

/** "as" follows an object of one to six words, with no comma, clause or sentence end between. */
function asAfterObject(words: readonly Word[], from: number): boolean {
  for (let k = from + 1; k < Math.min(words.length, from + 7); k++) {
    const word = words[k] as Word
    // ("rated 32% of the claims as false": a percentage is part of the object.)
    if ((!word.isWord && word.value !== '%') || word.lower === 'that') return false
    // "would see incomes rise by as much as a fifth", "see the gains as well as …": a
    // comparison, not a view.
    if (word.lower === 'as') return !comparativeAfterAs.has(words[k + 1]?.lower ?? '')
  }
  return false
}
/** Pronouns that can be the object of a verb of judging: "considers him …", "deem themselves …". */
const judgedPronouns = new Set([
  'him',
  'her',
  'them',
  'it',
  'me',
  'us',
  'himself',
  'herself',
  'themselves',
  'itself',
  'myself',
  'ourselves',
])

/**
 * Whether a pronoun object and then a judgement start at `from`: "him a fraud", "it
 * necessary", "it too risky", "themselves somewhat conservative" — the word after the
 * pronoun (past an -ly adverb) is a word that opens no phrase or clause of its own ("it for
 * weeks", "them to be", "it and …", "him that …"), no -ly manner ("it carefully") and no
 * -ing form ("it being …").
 */
function pronounAndComplement(words: readonly Word[], from: number, lexicons: Lexicons): boolean {
  if (!judgedPronouns.has(words[from]?.lower ?? '')) return false
  let k = from + 1
  if (lyForm.test(words[k]?.lower ?? '') && words[k + 1]?.isWord) k++
  const next = words[k]
  if (!next?.isWord || isCapitalized(next)) return false
  return !(
    lexicons.prepositions.has(next.lower) ||
    complementBlockers.has(next.lower) ||
    lyForm.test(next.lower) ||
    /ing$/.test(next.lower)
  )
}
/**
 * Whether a noun-phrase object and then a judgement fill the rest of the clause from `from`:
 * "consider Ortiz honest", "considers Mr. Reyes hopelessly naive", "consider the levy's
 * backers a nuisance". The clause ends (a mark or "but") within eight words and holds only
 * plain words — no preposition, clause word, time word or finite verb ("considered the
 * matter last week", "consider whether …" judge nothing) — and the object is a name, or a
 * determiner with at least two words after it, so that the last word is left for the
 * judgement: "the plan costly", not "the plan". Deliberating is no judgement: not the
 * progressive ("is considering the Senate bill") nor after a modal or "to" ("would consider
 * the offer", "to consider the budget").
 */
function objectAndComplement(
  words: readonly Word[],
  verb: number,
  from: number,
  lexicons: Lexicons,
): boolean {
  const verbWord = words[verb] as Word
  if (
    endsInIng.test(verbWord.lower) ||
    words[verb - 1]?.lower === 'to' ||
    afterModal(words, verb, lexicons)
  )
    return false
  const first = words[from]
  if (!first?.isWord) return false
  let end = from
  let closed = false
  while (end < words.length && end - from < 8) {
    const word = words[end] as Word
    if (!word.isWord || word.lower === 'but') {
      closed = true
      break
    }
    if (
      lexicons.prepositions.has(word.lower) ||
      complementBlockers.has(word.lower) ||
      embeddedQuestionWords.has(word.lower) ||
      lexicons['time-words'].has(word.lower) ||
      isFiniteOrNegated(word.lower)
    )
      return false
    end++
  }
  if (!closed || end === from) return false
  const last = words[end - 1] as Word
  if (isCapitalized(last)) return false
  if (isCapitalized(first) && !lexicons.prepositions.has(first.lower)) return end - from >= 2
  // ("the numbers generally considered the most accurate": a superlative after the determiner
  // is the judgement itself, of a noun before a passive participle.)
  const second = words[from + 1]?.lower ?? ''
  if (lexicons.superlatives.has(second)) return false
  return (determinersBeforeNoun.has(first.lower) || isPossessive(first)) && end - from >= 3
}

/**
 * "I find his message chilling", "she found it difficult to win": a verb of finding
 * (`[judging]` in document-cue-verbs) with its object and a judgement of it right after,
 * in the active. (Not "found himself embroiled": a reflexive tells where someone ended up;
 * nor "found them yesterday": a time.)
 */
function findsObjectSo(words: readonly Word[], i: number, e: number, lexicons: Lexicons): boolean {
  if (lexicons['document-cue-verbs'].matchAt(words, i)?.label !== 'judging') return false
  if (isPassive(words, i, lexicons) || afterModal(words, i, lexicons)) return false
  const object = words[e]?.lower ?? ''
  if (/sel(?:f|ves)$/.test(object)) return false
  if (pronounAndComplement(words, e, lexicons))
    return !lexicons['time-words'].has(words[e + 1]?.lower ?? '')
  if (!objectAndComplement(words, i, e, lexicons)) return false
  // ("found the old logbook": after a determiner the last word may be the object's own noun;
  // it is a judgement only in an adjective's shape — "the hall welcoming", "the plan
  // harmful" — or after a word of degree, "the gesture wholly appropriate".)
  if (isCapitalized(words[e] as Word)) return true
  let last = e
  while ((words[last + 1] as Word | undefined)?.isWord && (words[last + 1] as Word).lower !== 'but')
    last++
  const before = words[last - 1] as Word
  return (
    adjectiveShape.test((words[last] as Word).lower) ||
    lyAdverb.test(before.value) ||
    lexicons['degree-words'].has(before.lower)
  )
}
/**
 * A modal right before the verb at `i`, or before one word standing between ("would
 * consider", "will also find"): what someone would judge, not a judgement made.
 */
function afterModal(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  return (
    lexicons.modals.has(words[i - 1]?.lower ?? '') ||
    (words[i - 1]?.isWord === true && lexicons.modals.has(words[i - 2]?.lower ?? ''))
  )
}

/** Endings of adjectives: "chilling", "harmful", "dangerous", "divisive", "unworkable". */
const adjectiveShape = /(?:ing|ful|ous|ive|able|ible|ent|ant|ic|al|less)$/

/** Words after the object that open a clause or a phrase, not a judgement. */
const complementBlockers = new Set([
  'to',
  'that',
  'and',
  'or',
  'but',
  'if',
  'when',
  'because',
  'so',
  'as',
])

const comparativeAfterAs = new Set(['much', 'many', 'well', 'long', 'soon', 'far', 'if', 'though'])

/** "It is said that", "it has been widely reported that": "it", a passive, then "that". */
function expletivePassive(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  let k = i - 1
  let passive = false
  while (k >= 0) {
    const word = words[k] as Word
    if (passiveAuxiliaries.has(word.lower)) passive = true
    else if (!lexicons['cue-auxiliaries'].hasWord(word.lower) && !lyForm.test(word.lower)) break
    k--
  }
  if (!passive || words[k]?.lower !== 'it') return false
  for (let m = i + 1; m < Math.min(words.length, i + 7); m++)
    if ((words[m] as Word).lower === 'that') return true
  return false
}

/** Forms of "be" before a passive participle: "was named", "been asked". */
const passiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/** Forms of "be" with "not" contracted onto them: "aren't admitted", "wasn't told". */
const negatedBe = ["isn't", "aren't", "wasn't", "weren't"]

/** Forms of "be" that make a participle after them passive, negated ones too. */
const passiveBe = new Set([...passiveAuxiliaries, ...negatedBe])

/**
 * "was branded", "had been recently labeled", "was first reported", "was later announced": a
 * form of "be" before the participle, with adverbs between — an -ly word, a negation, or an
 * adverb of time from `cue-auxiliaries` (not its finite auxiliaries: "the plan he has
 * announced" is active).
 */
function isPassive(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = words[k] as Word
    // ("aren't admitted", "wasn't told": a contracted negative form of "be" as well.)
    if (passiveBe.has(word.lower)) return true
    if (!word.isWord) return false
    if (
      !/ly$/.test(word.lower) &&
      word.lower !== 'not' &&
      word.lower !== 'never' &&
      !(lexicons['cue-auxiliaries'].has(word.lower) && !finiteAuxiliaries.has(word.lower))
    )
      return false
  }
  return false
}

/** An opening quotation mark within the next few words, before the clause ends. */
function quoteInClause(words: readonly Word[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 8); k++) {
    const word = words[k] as Word
    if (isQuoteMark(word.value) && word.value !== '’' && word.value !== '”') return true
    if (!word.isWord && /^[.;:!?]$/.test(word.value)) return false
    if (word.lower === 'that') return false
  }
  return false
}

/**
 * A quotation opens right after the verb (", “", ": “", "“") or closes right before it and
 * its source (“…,” she quipped).
 */
function besideQuote(words: readonly Word[], i: number, length: number): boolean {
  let next = words[i + length]
  if (next && (next.value === ',' || next.value === ':')) next = words[i + length + 1]
  if (next && isQuoteMark(next.value) && next.value !== '’') return true
  return afterClosedQuote(words, i)
}

/**
 * "As Ms. Ruiz put it, the port is …": a verb of phrasing in an "as" frame that a comma
 * closes reports its sentence's words as the source's. The source between "as" and the verb
 * is a few words at most.
 */
function inAsFrame(words: readonly Word[], i: number, length: number, lexicons: Lexicons): boolean {
  // ("As Ms. Ruiz put it in a letter to the board, …": where she put it, then the comma.)
  let close = i + length
  if (lexicons.prepositions.has(words[close]?.lower ?? ''))
    while (close < Math.min(words.length, i + length + 12) && words[close]?.isWord) close++
  if (words[close]?.value !== ',') return false
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const word = words[k] as Word
    if (word.lower === 'as') return k < i - 1 && (k === 0 || words[k - 1]?.value === ',')
    if (!word.isWord && word.value !== '.') return false
  }
  return false
}

/**
 * “We were misled,” said one owner of a shop that sells hats, who asked not to be named: a
 * quotation of some words closing right before an inverted verb of saying is that speaker's,
 * whatever describes the speaker after the name — the description reports nothing of its own.
 * (Not a word or two in scare quotes: “a ‘sociopath,’ said he doubts …”.)
 */
function spokenQuoteBefore(doc: Doc, words: readonly Word[], a: number): boolean {
  const mark = words[a - 1]
  if (!mark || !isQuoteMark(mark.value)) return false
  const quote = docIndex(doc).quoteEndingNear(mark.end, 0)
  return quote !== undefined && quote.inner.text.split(/\s+/).filter(Boolean).length >= 3
}

/**
 * Marks that end quoted words handed to a speaker after them: a comma, question or
 * exclamation mark, or words that trail off or break off — “We are like a bridge over
 * troubled…” he said; “I think —” she said.
 */
const closesQuotedClause = /^(?:[,?!…—–]|--|\.\.\.)$/
/** The same marks at the end of a quotation's inner text. */
const quotedClauseEnd = /(?:[,?!…—–]|--|\.\.\.)$/

/**
 * The cue follows a quote that closes on a comma, question or exclamation mark, with at most a
 * short source between: “…,” she continued. / “…?” continued Ms Ruiz. The quote is its object.
 */
function afterClosedQuote(words: readonly Word[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && i - k <= 6 && (words[k] as Word).isWord) k--
  const mark = words[k]
  if (!mark || !isQuoteMark(mark.value) || isOpeningQuote(mark.value)) return false
  // (“… say, ‘That's absurd,’” the mayor added: past a single quote closing inside the double.)
  while (
    k > 1 &&
    isQuoteMark((words[k - 1] as Word).value) &&
    !isOpeningQuote((words[k - 1] as Word).value)
  )
    k--
  return closesQuotedClause.test(words[k - 1]?.value ?? '')
}

/**
 * "Prosecutors charged two bankers with fraud": an accusation in the active voice, its object
 * and then "with" (not "was charged with", "a man charged with fraud").
 */
function chargesWith(words: readonly Word[], i: number): boolean {
  // ("criminal charges with …" is a noun; "to charge him with" has its subject elsewhere.)
  if (!['charged', 'charging'].includes((words[i] as Word).lower)) return false
  if (['was', 'were', 'been', 'be', 'being', 'is', 'are', 'to'].includes(words[i - 1]?.lower ?? ''))
    return false
  for (let k = i + 2; k < Math.min(words.length, i + 14); k++) {
    const word = words[k] as Word
    if (word.lower === 'with') return true
    if (!word.isWord && word.value !== ',' && word.value !== '.') return false
  }
  return false
}

/** Start of the cue: auxiliaries and adverbs right before the verb belong to it ("has also said"). */
function cueStart(
  words: readonly Word[],
  i: number,
  lexicons: Lexicons,
  /** A negation belongs to the cue: "does not want", "don't think" still report a position. */
  negatable = false,
): number {
  let start = i
  while (start > 0) {
    const previous = words[start - 1] as Word
    // "The poll has, however, revealed that …": a linking adverb between commas after an
    // auxiliary stands inside the verb group, which goes on before it.
    // ("Officials have, in fact, praised …": likewise an adverbial phrase.)
    const asideFrom =
      previous.value !== ','
        ? -1
        : linkingAdverbs.has(words[start - 2]?.lower ?? '')
          ? start - 2
          : adverbialPhraseAt(words, start - 1, lexicons)
    if (
      asideFrom > 1 &&
      words[asideFrom - 1]?.value === ',' &&
      (words[asideFrom - 2] as Word).isWord &&
      lexicons['cue-auxiliaries'].hasWord((words[asideFrom - 2] as Word).lower)
    ) {
      start = asideFrom - 2
      continue
    }
    if (!previous.isWord) break
    if (
      lexicons['cue-auxiliaries'].hasWord(previous.lower) ||
      // ("has been saying": "been" before a progressive joins the cue, not before a passive.)
      (previous.lower === 'been' && endsInIng.test((words[i] as Word).lower)) ||
      (/ly$/.test(previous.lower) && !isCapitalized(previous)) ||
      (negatable && isNegation(previous)) ||
      // ("has since said", "have since denounced": "since" between a perfect's auxiliary and
      // its participle is an adverb of time — not before an -ing form: "since announcing".)
      (previous.lower === 'since' &&
        perfectAuxiliaries.has(words[start - 2]?.lower ?? '') &&
        !endsInIng.test((words[i] as Word).lower))
    ) {
      start--
      continue
    }
    const raising = raisingPhraseBefore(words, start, lexicons)
    if (raising < start) {
      start = raising
      continue
    }
    // "continued to insist that …", "began to argue that …": the phase verb joins the cue.
    if (previous.lower === 'to' && phaseVerbs.has(words[start - 2]?.lower ?? '')) {
      start -= 2
      continue
    }
    // ("kept saying", "started calling for": so it does before an -ing form, and "be" before
    // a progressive after a modal, "would be asking".)
    if (
      (phaseVerbs.has(previous.lower) || previous.lower === 'be') &&
      start === i &&
      endsInIng.test((words[i] as Word).lower)
    ) {
      start--
      continue
    }
    break
  }
  // "who has said" / "he has said": never swallow the subject.
  return start
}

/** Auxiliaries of the perfect: "has said", "had since denied". */
const perfectAuxiliaries = new Set(['has', 'have', 'had'])

/** Words that open an embedded question after a verb: "said whether …", "explain why …". */
const embeddedQuestionWords = new Set([
  'whether',
  'if',
  'what',
  'who',
  'how',
  'why',
  'when',
  'where',
  'which',
])

/** Forms of "say" that a topic after "about" can follow: "said little about the plan". */
const sayForms = new Set(['say', 'says', 'said', 'saying'])

/** Amounts said between "say" and "about": "said little about", "says nothing about". */
const amountsSaid = new Set([
  'little',
  'nothing',
  'much',
  'more',
  'less',
  'something',
  'anything',
  'almost',
  'very',
])

/** Words after "about" that make it "roughly": "about half", "about a third". */
const roughAmounts = new Set([
  'half',
  'a',
  'one',
  'two',
  'three',
  'four',
  'five',
  'ten',
  'twice',
  'as',
])

/** Words that end the topic after "about" and open a circumstance: "… in recent months". */
const topicEnders = new Set([
  'in',
  'until',
  'during',
  'since',
  'after',
  'before',
  'when',
  'while',
  'as',
  'that',
  'next',
])

/**
 * "She has said little about the plan in recent months", "has kind things to say about his
 * job, much like …": a verb of saying with no clause, only a topic after "about", reports the
 * topic — the words after "about", up to a comma or a circumstance of time or place. An amount
 * said between the verb and "about" joins the cue.
 */
function aboutObject(
  words: readonly Word[],
  i: number,
  length: number,
  attribution: FoundAttribution,
  lexicons: Lexicons,
): void {
  if (length !== 1 || !sayForms.has((words[i] as Word).lower)) return
  let k = i + 1
  while (k < i + 4 && amountsSaid.has(words[k]?.lower ?? '')) k++
  // ("said about half of …", "about 40 percent": "about" before an amount means roughly.)
  const topic = words[k + 1]
  if (
    words[k]?.lower !== 'about' ||
    !topic?.isWord ||
    /^\d/.test(topic.value) ||
    roughAmounts.has(topic.lower)
  )
    return
  const about = words[k] as Word
  // (Only when the report starts at the amount or at "about": not "said that … about …".)
  const first = words[i + 1] as Word
  if (attribution.content.start !== first.start || !attribution.cue) return
  const end = topicEnd(words, k + 1, lexicons)
  // ("said about the plan that it was late", "said about the plan: “…”": a clause or a
  // quotation after the topic is the report.)
  if (end === k + 1 || words[end]?.lower === 'that') return
  for (let q = end; q < Math.min(words.length, end + 3); q++)
    if (isQuoteMark((words[q] as Word).value) || (words[q] as Word).value === ':') return
  attribution.content = { start: (words[k + 1] as Word).start, end: (words[end - 1] as Word).end }
  if (k > i + 1) attribution.cue = { ...attribution.cue, end: about.end }
}

/**
 * Index after the topic that starts at `from` (after "about"): up to a mark, a word opening a
 * circumstance (`topicEnders`) or a word of time — without a preposition left hanging before
 * it ("about the closure on Monday" ends at "closure").
 */
function topicEnd(words: readonly Word[], from: number, lexicons: Lexicons): number {
  let end = from
  while (
    end < words.length &&
    (words[end] as Word).isWord &&
    !topicEnders.has((words[end] as Word).lower) &&
    !lexicons['time-words'].has((words[end] as Word).lower)
  )
    end++
  while (
    end > from + 1 &&
    lexicons['circumstance-prepositions'].has((words[end - 1] as Word).lower)
  )
    end--
  return end
}

/** Verbs of going on or starting that a cue verb's infinitive follows: "continued to say". */
const phaseVerbs = new Set([
  'keep',
  'keeps',
  'kept',
  'continue',
  'continues',
  'continued',
  'began',
  'begins',
  'begin',
  'started',
  'starts',
  'start',
  'tried',
  'tries',
])

/** Negated modals of ability or duty: "can't say", "shouldn't say". */
const modalNegations = new Set([
  "can't",
  'can’t',
  'cannot',
  "couldn't",
  'couldn’t',
  "shouldn't",
  'shouldn’t',
  "mustn't",
  'mustn’t',
])

/** A negation right before `i`, past adverbs and "yet": "did not immediately respond to". */
function negatedBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = words[k] as Word
    if (isNegation(word)) return true
    if (!(word.isWord && (/ly$/.test(word.lower) || word.lower === 'yet'))) return false
  }
  return false
}

/** Words after "a"/"an" that give its noun a clause of its own: "a plan that …". */
const ownClauseWords = new Set(['that', 'which', 'who', 'whom', 'to'])

/**
 * The verb at `i` chooses among rivals (`choice-stances`) and its object names no one: an
 * indefinite opener (label indefinite) — "endorsed anyone", "backed either", or "a"/"an"
 * before a short noun phrase with no clause of its own ("endorsed a candidate").
 */
function choiceOfNoOne(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const choice = lexicons['choice-stances'].matchAt(words, i)
  if (!choice || choice.label !== null) return false
  const opener = words[i + choice.length]
  if (
    !opener ||
    lexicons['choice-stances'].matchAt(words, i + choice.length)?.label !== 'indefinite'
  )
    return false
  if (opener.lower !== 'a' && opener.lower !== 'an') return true
  for (let k = i + choice.length + 1; k < words.length && k <= i + choice.length + 4; k++) {
    const word = words[k] as Word
    if (ownClauseWords.has(word.lower)) return false
    if (!word.isWord) return true
  }
  return true
}

/** "not", "never" or a contracted negative auxiliary: "don't", "didn’t", "won't". */
/** An auxiliary with "not" contracted onto it: "don't", "wasn’t", "won't", "can't". */
const contractedNegative =
  /^(?:do|does|did|is|are|was|were|has|have|had|wo|would|could|ca|should)n['’]t$/

function isNegation(word: Word): boolean {
  return word.lower === 'not' || word.lower === 'never' || contractedNegative.test(word.lower)
}

/**
 * "Lee appeared to blame the staff", "she seemed to suggest": an impression cue
 * (`impression-cues`) right before a reporting verb is part of that verb's cue, and the
 * subject is its source. Returns where the phrase starts, or `verb` when there is none.
 */
function raisingPhraseBefore(words: readonly Word[], verb: number, lexicons: Lexicons): number {
  if (words[verb - 1]?.lower !== 'to') return verb
  for (let length = 2; length <= 4 && verb - length >= 0; length++) {
    if (lexicons['impression-cues'].matchAt(words, verb - length)?.length === length)
      return verb - length
  }
  return verb
}

function lastContentIndex(words: readonly Word[]): number {
  let end = words.length
  while (end > 0 && isClosingPunctuation((words[end - 1] as Word).value)) end--
  return end
}

/** One of . ! ? ; : , — what `/^[.!?;:,]$/` matches, without running an expression per word. */
function isClosingPunctuation(value: string): boolean {
  return value.length === 1 && '.!?;:,'.includes(value)
}

/** The words after a cue are only circumstance ("said Friday in a statement"), up to a comma or the end. */
function trivialAfter(
  words: readonly Word[],
  from: number,
  lexicons: Lexicons,
  strict = true,
): boolean {
  let count = 0
  if (!strict && ['who', 'whose'].includes(words[from]?.lower ?? '')) return true
  for (let k = from; k < words.length; k++) {
    const word = words[k] as Word
    if (word.value === ',' || word.value === ';') {
      const next = words[k + 1]
      if (!next || count > 10) return count <= 10
      if (isQuoteMark(next.value) && next.value !== '’') return false
      // "said Joseph, who has four children": the clause describes the source.
      if (!strict && ['who', 'whose'].includes(next.lower)) return true
      // "…, he said, are acts of patriotism", "After all, she said, Ruiz won", "…, she said,
      // rebuilding it would take a year": the sentence goes on past the cue. (After a semicolon a capital opens a new headline clause.)
      // ("…, she said in an interview, is …", "…, he told reporters, would …": likewise after
      // when, where or to whom the cue was said.)
      // (Not "…, she said on Monday, two days after …" nor "…, she said Friday, and …": a time
      // or a clause of the writer's own follows such a phrase.)
      const goesOn =
        k === from ||
        (word.value === ',' &&
          !andOrBut.has(next.lower) &&
          !/^\d/.test(next.value) &&
          !lexicons['count-words'].hasWord(next.lower) &&
          !lexicons['time-words'].hasWord(next.lower))
      if (
        strict &&
        goesOn &&
        next.isWord &&
        (!endsInIng.test(next.lower) ||
          next.lower === 'including' ||
          gerundSubjectAt(words, k + 1, lexicons)) &&
        (word.value === ',' || !isCapitalized(next))
      )
        return false
      return true
    }
    if (!word.isWord) {
      // ("…, she said on MSNBC's “Morning Joe.”": a quoted title at the end names where.)
      // (After a place or an occasion only: "a group called “Harlow First.”" is named by it.)
      const title =
        isQuoteMark(word.value) &&
        words.slice(from, k).some((w) => circumstancePrepositions.has(w.lower))
          ? quotedTitleEnd(words, k)
          : -1
      if (title > 0) {
        k = title
        continue
      }
      if (isQuoteMark(word.value) || word.value === ':') return false
      // "…,'' said Mr. Lund (a view shared by everyone I asked).": an aside in parentheses
      // that closes the sentence adds to the source, it is no report of its own.
      if (word.value === '(') {
        const close = words.findIndex((w, m) => m > k && w.value === ')')
        if (close !== -1 && close + 1 >= lastContentIndex(words)) return count <= 10
      }
      continue
    }
    if (word.lower === 'that') return false
    if (lexicons['cue-verbs'].hasWord(word.lower) && count > 0 && word.lower !== 'told')
      return false
    if (
      !trivialAfterCue.has(word.lower) &&
      !lexicons['time-words'].hasWord(word.lower) &&
      !isCapitalized(word) &&
      !/^\d/.test(word.value)
    )
      return false
    count++
  }
  return count <= 10
}

/**
 * "…, Ortiz told the council on Tuesday.": after a form of "tell", its listener — a pronoun,
 * a name, a bare plural or a phrase opened by "the" (not "told a joke") — and then only when
 * or where, to the sentence's end.
 */
function listenerOnlyAfter(
  words: readonly Word[],
  from: number,
  verb: Word,
  lexicons: Lexicons,
): boolean {
  if (!['told', 'tells', 'tell', 'telling'].includes(verb.lower)) return false
  const first = words[from]
  if (!first?.isWord) return false
  let k = from + 1
  if (first.lower === 'the' || isCapitalized(first)) {
    while (
      k < from + 5 &&
      words[k]?.isWord &&
      !lexicons.prepositions.has((words[k] as Word).lower) &&
      !circumstancePrepositions.has((words[k] as Word).lower) &&
      !lexicons['time-words'].has((words[k] as Word).lower) &&
      (words[k] as Word).lower !== 'that' &&
      !finiteVerbs.has((words[k] as Word).lower)
    )
      k++
  } else if (!objectPronouns.has(first.lower) && !/[a-z]s$/.test(first.lower)) return false
  // (Only to the end: "…, he told the Ledger, is that …" goes on past the listener.)
  if (words.slice(k).some((w) => w.value === ',')) return false
  if (k >= lastContentIndex(words)) return true
  return trivialAfter(words, k, lexicons) || circumstanceOnlyAfter(words, k, lexicons)
}

/**
 * The comma that closes a cue ending at `from` inside its sentence: the word right after it,
 * or a comma after a phrase of when, where or to whom it was said and nothing else ("said in
 * an interview,", "told reporters on Monday,"). -1 when the words before the next comma carry
 * more than that.
 */
function cueClosingComma(
  words: readonly Word[],
  from: number,
  verb: Word,
  lexicons: Lexicons,
): number {
  if (words[from]?.value === ',') return from
  const comma = words.findIndex((w, k) => k > from && w.value === ',')
  if (comma < 0 || comma - from > 12) return -1
  // (A semicolon, colon, quote or dash before the comma ends the cue's phrase first.)
  if (words.slice(from, comma).some((w) => !w.isWord && w.value !== '.')) return -1
  // ("…, she said on Friday, and the vote …": a clause of the writer's own after the comma.)
  if (andOrBut.has(words[comma + 1]?.lower ?? '')) return -1
  const phrase = words.slice(0, comma)
  let k = from
  while (k < comma && lexicons['time-words'].has((words[k] as Word).lower)) k++
  return k === comma ||
    circumstanceOnlyAfter(phrase, from, lexicons) ||
    listenerOnlyAfter(phrase, from, verb, lexicons)
    ? comma
    : -1
}

/**
 * Where a quoted title that opens at `k` and ends the sentence closes — “Morning Joe.”,
 * ''An American Son.'' (at most six words, nearly all capitalised) — or -1.
 */
function quotedTitleEnd(words: readonly Word[], k: number): number {
  const last = lastContentIndex(words)
  for (let j = k + 1; j < Math.min(words.length, k + 9); j++) {
    const word = words[j] as Word
    if (!isQuoteMark(word.value)) continue
    const inner = words.slice(k + 1, j).filter((w) => w.isWord)
    if (inner.length === 0 || inner.length > 6 || j + 1 < last) return -1
    return isTitleCase(inner.map((w) => w.value).join(' ')) ? j : -1
  }
  return -1
}

/**
 * Whether a gerund at `k` opens a subject with a finite verb of its own a few words on
 * ("…, she said, replacing the coach would be harder"), not a participle adding to the
 * saying ("…, she said, adding that …").
 */
function gerundSubjectAt(words: readonly Word[], k: number, lexicons: Lexicons): boolean {
  const gerund = words[k] as Word
  if (lexicons['cue-verbs'].has(gerund.lower) || lexicons['stance-verbs'].has(gerund.lower))
    return false
  for (let m = k + 1; m < Math.min(words.length, k + 7); m++) {
    const word = words[m] as Word
    if (!word.isWord || word.lower === 'that' || lexicons.pronouns.has(word.lower)) return false
    if (finiteVerbs.has(word.lower)) return true
  }
  return false
}

/**
 * "said during Tuesday's debate that …", "wrote to the board: “…”", "added, however, that
 * …": where, when, how or to whom something was said, between the cue and the report — a
 * "that" opening a clause, or a quotation after a colon or comma. Returns where the report
 * starts, or `start` when no such circumstance stands there.
 */
function reportAfterCircumstance(
  doc: Doc,
  words: readonly Word[],
  start: number,
  end: number,
  lexicons: Lexicons,
  /** Any words may lead to a quotation after a colon ("said the following: “…”"). */
  anyBeforeColon: boolean,
  /** The words at `start` follow the listener of "told": "told the crowd, “…”". */
  afterListener: boolean,
): number {
  let from = start
  while (words[from]?.value === ',') from++
  const first = words[from]
  if (!first?.isWord || first.lower === 'that') return start
  const next = words[from + 1]
  const opensCircumstance =
    lexicons['time-words'].hasWord(first.lower) ||
    circumstanceLeads.has(first.lower) ||
    lyForm.test(first.lower) ||
    // "wrote to the board", not "sought to prove": a listener after "to".
    (first.lower === 'to'
      ? opensSubject(next, lexicons) ||
        objectPronouns.has(next?.lower ?? '') ||
        /^\d/.test(next?.value ?? '')
      : lexicons.prepositions.hasWord(first.lower) || circumstancePrepositions.has(first.lower))
  if (!opensCircumstance && !anyBeforeColon && !afterListener) return start
  const index = docIndex(doc)
  // "said Thursday the plan would fail", "said on Friday he would run": only a time, then
  // the report's subject.
  let timeOnly = lexicons['time-words'].hasWord(first.lower) || first.lower === 'on'
  for (let k = from + 1; k < Math.min(end, from + 16); k++) {
    const word = words[k] as Word
    if (timeOnly && !lexicons['time-words'].hasWord(word.lower)) {
      timeOnly = false
      if (
        k > from + (first.lower === 'on' ? 1 : 0) &&
        (opensSubject(word, lexicons) || determinersBeforeNoun.has(word.lower))
      )
        return k
    }
    // ("said on the radio show “Morning Call” that …": a quoted title inside the circumstance.)
    const title = opensCircumstance ? titleInCircumstance(words, k) : -1
    if (title > k) {
      k = title
      continue
    }
    if (isQuoteMark(word.value) && !isPluralPossessive(words, k)) {
      const before = words[k - 1]?.value
      const leads = before === ':' || (before === ',' && (opensCircumstance || afterListener))
      return isOpeningQuote(word.value) && leads && index.quoteAt(word.start) ? k : start
    }
    if (word.isWord) {
      if (lexicons['cue-verbs'].hasWord(word.lower)) return start
      if (word.lower === 'that') {
        // "in the report that was leaked": a relative clause, part of the circumstance.
        const after = words[k + 1]
        return opensCircumstance && after?.isWord && !finiteVerbs.has(after.lower) ? k : start
      }
    } else if (word.value === ',' || word.value === ':' || isDash(word)) {
      if (!opensCircumstance && word.value !== ':' && !(afterListener && word.value === ','))
        return start
    } else if (!isPluralPossessive(words, k)) return start
  }
  return start
}

/**
 * "on the show “Morning Call” that …", "in a column for “The Harlow Review,” that …": the
 * closing mark of a short quoted title (one to six words in title case) opening at `k`, when
 * "that" or a comma follows it; else -1.
 */
function titleInCircumstance(words: readonly Word[], k: number): number {
  const open = (words[k] as Word).value
  // (A straight mark opens a title only after a space: "show "Morning Call" that …".)
  if (!isQuoteMark(open) || !(isOpeningQuote(open) || /^["']+$/.test(open))) return -1
  for (let j = k + 1; j < Math.min(words.length, k + 9); j++) {
    const word = words[j] as Word
    if (word.isWord) continue
    // (“Morning Call,”: the comma inside the closing mark.)
    if (word.value === ',' && isQuoteMark(words[j + 1]?.value ?? '')) continue
    if (!isQuoteMark(word.value)) return -1
    const inner = words.slice(k + 1, j).filter((w) => w.isWord)
    if (inner.length === 0 || inner.length > 6 || !isTitleCase(inner.map((w) => w.value).join(' ')))
      return -1
    const after = words[j + 1]
    return after?.lower === 'that' || after?.value === ',' || words[j - 1]?.value === ',' ? j : -1
  }
  return -1
}

/** Words besides prepositions that open a circumstance between a cue and its report: "said, however, that …". */
const circumstanceLeads = new Set([
  'over',
  'through',
  'via',
  'amid',
  'as',
  'late',
  'early',
  'however',
  'though',
  'also',
  'again',
  'instead',
  'once',
  'twice',
  'then',
  'still',
  'without',
])

/** Prepositions and subordinators that open where or when something was said. */
const circumstancePrepositions = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'while',
  'when',
  'following',
  'outside',
  'from',
  'via',
  'to',
  'because',
])

/**
 * Whether the word at `k`, right after "to", reads as a bare verb — lower case, no number,
 * determiner or pronoun — so that "to" opens an infinitive ("to buy the land"), not a
 * phrase of where or to whom ("to the council", "to them").
 */
function infinitiveAt(words: readonly Word[], k: number, lexicons: Lexicons): boolean {
  const word = words[k]
  return (
    word !== undefined &&
    word.isWord &&
    !isCapitalized(word) &&
    !/^\d/.test(word.value) &&
    !determinersBeforeNoun.has(word.lower) &&
    !lexicons.pronouns.has(word.lower)
  )
}

/**
 * "…, she said in a video message to the delegates.": after a post-posed cue, a phrase opened
 * by a preposition or subordinator that carries no report of its own (no "that", no quote, no
 * colon, no second cue) up to the sentence's end — where and when it was said.
 */
function circumstanceOnlyAfter(words: readonly Word[], from: number, lexicons: Lexicons): boolean {
  let k = from
  while (k < words.length && lexicons['time-words'].has((words[k] as Word).lower)) k++
  if (!circumstancePrepositions.has(words[k]?.lower ?? '')) return false
  // "agreed to buy the land": "to" before a bare verb opens the infinitive that is the content.
  if ((words[k] as Word).lower === 'to' && infinitiveAt(words, k + 1, lexicons)) return false
  // "reported at least six planes …": "at" and a superlative before more words is a quantity
  // opening the content, not where it was said.
  if (
    (words[k] as Word).lower === 'at' &&
    lexicons.superlatives.has(words[k + 1]?.lower ?? '') &&
    words[k + 2]?.isWord
  )
    return false
  for (; k < words.length; k++) {
    const word = words[k] as Word
    // ("…, her aides said in interviews; rather, it was …": a semicolon closes the phrase and
    // opens a clause of the writer's own.)
    if (word.value === ';') return k > from + 1
    // ("…, she wrote in her memoir, “Harlow Days.”": a title ending the sentence, after a
    // comma or not, names the book or show — still where it was said.)
    const title = word.value === ',' && isQuoteMark(words[k + 1]?.value ?? '') ? k + 1 : k
    if (k > from && isQuoteMark((words[title] as Word).value) && quotedTitleEnd(words, title) > 0)
      return true
    if (word.lower === 'that' || word.value === ':' || isQuoteMark(word.value)) return false
    // "…, the agency said in June, and exports rose": the sentence goes on past the cue.
    if (word.value === ',' && k + 1 < lastContentIndex(words)) return false
    if (lexicons['cue-verbs'].has(word.lower)) return false
  }
  return true
}

/**
 * After the cue at `from` comes nothing, or only when or where ("in April while opening a
 * school", "a few days later"), up to the sentence's end or to a comma before "and" or "but"
 * that opens a clause of the writer's own.
 */
function endsAfterCircumstance(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  if (from >= end) return true
  let comma = from
  while (comma < end && (words[comma] as Word).value !== ',') comma++
  if (comma < end && !andOrBut.has(words[comma + 1]?.lower ?? '')) return false
  if (comma === from) return true
  const phrase = words.slice(0, comma)
  return trivialAfter(phrase, from, lexicons) || circumstanceOnlyAfter(phrase, from, lexicons)
}

/**
 * The words before the comma at `comma` are only fronted phrases — when, where, how — each
 * opening with a preposition, a time word or an adverb and holding no finite verb: "At the
 * rally,", "A year later,", "Speaking at a fair,". A clause opened by a subordinator counts
 * only when a phrase still follows it ("When asked, …"): "Though costs may rise, she argued,"
 * has the main clause hidden after it. Nothing here is a clause a source could have said.
 */
function onlyFrontedBefore(words: readonly Word[], comma: number, lexicons: Lexicons): boolean {
  if (words[comma]?.value !== ',') return false
  let first = openingConjunctions.has(words[0]?.lower ?? '') ? 1 : 0
  while (first < comma) {
    let next = first
    while (next < comma && (words[next] as Word).value !== ',') next++
    if (next === first) return false
    const opener = (words[first] as Word).lower
    // ("In Dayton, Ohio, …", "At a rally in Portsmouth, N.H., on Tuesday, …": a place's state
    // or country set off by commas goes on with the phrase before it.)
    const placeTag =
      first > 0 &&
      next - first <= 3 &&
      words.slice(first, next).every((w) => isCapitalized(w) || w.value === '.')
    const fronted = placeTag
      ? true
      : subordinators.includes(opener)
        ? next < comma
        : isCircumstancePhrase(words, first, next, lexicons) ||
          participlePhraseAt(words, first, next, lexicons)
    if (!fronted) return false
    first = next + 1
  }
  return true
}

/**
 * "Citing a poll, …", "Bemoaning the “phony system,” …": a participle phrase opening the
 * sentence, with no finite verb of its own before its comma (in "Growing up here was hard,
 * she said" the -ing word is a subject, and "was" its verb). It tells how the subject acted,
 * and is never what the subject said.
 */
function participlePhraseAt(
  words: readonly Word[],
  from: number,
  to: number,
  lexicons: Lexicons,
): boolean {
  if (from > 1) return false
  const first = words[from] as Word
  if (!first.isWord || !/[a-z]{2}ing$/.test(first.lower)) return false
  // (Nor "Seeing his brother suffer led him to …": a past tense makes the -ing word a subject.)
  let quoted = false
  for (let k = from + 1; k < to; k++) {
    const word = words[k] as Word
    // (Words in quotation marks are the phrase's object: "Bemoaning the “rigged system,” …".)
    if (isQuoteMark(word.value)) quoted = !quoted
    if (quoted) continue
    // ("an unfounded theory": after a determiner, an -ed word is an adjective.)
    const afterDeterminer = determinersBeforeNoun.has(words[k - 1]?.lower ?? '')
    if (
      (isFinitePredicate(word) && !afterDeterminer) ||
      lexicons['irregular-pasts'].has(word.lower)
    )
      return false
  }
  return true
}

/** Determiners and numbers that may open a time phrase: "A year later", "Two weeks ago". */
const timePhraseLeads = new Set(['a', 'an', 'one', 'two', 'three', 'the', 'that'])

/** Openers that start a clause of their own, not a fronted phrase: "There is …", "This has …". */
const clauseOpenersNotFronted = new Set(['there', 'here', 'this', 'that', 'why', 'none', 'so'])

/**
 * The words in [from, to) are a phrase of when, where or how: they open with a preposition,
 * a time word, an adverb or (at the sentence's start) a participle with its preposition, and
 * hold no quote and no finite verb.
 */
function isCircumstancePhrase(
  words: readonly Word[],
  from: number,
  to: number,
  lexicons: Lexicons,
): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    // ("In May, …": a capitalised modal inside the phrase is a month.)
    if (isQuoteMark(word.value) || (finiteVerbs.has(word.lower) && !(k > from && word.capitalised)))
      return false
  }
  const first = words[from] as Word
  if (!first.isWord || clauseOpenersNotFronted.has(first.lower)) return false
  if (
    isOpener(first, lexicons) ||
    circumstancePrepositions.has(first.lower) ||
    frontedAdverbs.has(first.lower) ||
    lexicons['time-words'].has(first.lower) ||
    lyForm.test(first.lower)
  )
    return true
  // "Speaking at a fair", "Weighing in on the row": a participle and its preposition.
  // ("Seeing his brother suffer led him to …" is a clause.)
  const second = words[from + 1]
  if (ingForm.test(first.lower) && from === 0 && second?.isWord)
    return lexicons.prepositions.has(second.lower) || particlesAfterStance.has(second.lower)
  // "A year later", "Two weeks ago": a time phrase.
  if (!timePhraseLeads.has(first.lower)) return false
  for (let k = from + 1; k < Math.min(to, from + 3); k++)
    if (lexicons['time-words'].has((words[k] as Word).lower)) return true
  return false
}

/** "As she spoke, …", "In Ohio, …", "Appearing at a fair, …": a sentence opening with a fronted clause or phrase. */
function opensFrontedClause(first: Word, lexicons: Lexicons): boolean {
  return (
    subordinators.includes(first.lower) ||
    lexicons.prepositions.has(first.lower) ||
    circumstancePrepositions.has(first.lower) ||
    ingForm.test(first.lower)
  )
}

/**
 * "Ortiz did not say when.", "the board did not explain why, but …": a negated verb of saying
 * with a question word alone after it, closing the sentence or its clause — the question left
 * open is what is reported, though the writer does not repeat it.
 */
function bareRefusal(words: readonly Word[], i: number, length: number): boolean {
  const after = words[i + length + 1]
  if (!after || (after.value !== '.' && after.value !== ',')) return false
  // ("would not say when, or if, the vote will come": the question goes on after the comma.)
  if (after.value === ',' && words[i + length + 2]?.lower === 'or') return false
  let k = i - 1
  while (k > 0 && lyForm.test((words[k] as Word).lower)) k--
  return isNegation(words[k] as Word)
}

/** Whether word `i` stands in a phrase opened by a preposition at the sentence's start, before its comma. */
function inOpeningPhrase(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const first = words[0]
  if (!first?.isWord || !lexicons.prepositions.has(first.lower)) return false
  return !words.slice(1, i).some((w) => !w.isWord)
}

/** Whether words [from, to) hold two words or more (marks aside). */
function hasTwoWords(words: readonly Word[], from: number, to: number): boolean {
  let count = 0
  for (let k = from; k < to; k++) if ((words[k] as Word).isWord && ++count === 2) return true
  return false
}

/** Where the first "whom" in `range` that is not "of whom" stands, or -1. */
function objectWhomIn(words: readonly Word[], range: WordRange): number {
  for (let k = range.from; k < range.to; k++)
    if ((words[k] as Word).lower === 'whom' && words[k - 1]?.lower !== 'of') return k
  return -1
}

function fromCue(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  length: number,
  lexicons: Lexicons,
  found: FoundAttribution[],
  /** The sentence is a title-case headline (`isTitleCaseHeadline`, asked at a sentence's first cue). */
  titleCase: boolean,
): FoundAttribution | null {
  const { words } = sentence
  const verb = words[i] as Word
  // (Most cues are one word: its compared form is the lemma, with no array to join.)
  const lemma =
    length === 1
      ? verb.lower
      : words
          .slice(i, i + length)
          .map((w) => w.lower)
          .join(' ')
  const isDocumentVerb = lexicons['document-cue-verbs'].has(verb.lower)
  const isBelief = lexicons['belief-verbs'].has(verb.lower)
  // (Each asked once here: the readings below ask it again and again.)
  const ingVerb = endsInIng.test(verb.lower)
  const isCueVerb = cueVerbAt(words, i, lexicons) !== null
  const infinitive = infinitiveCueAt(words, i, lexicons) !== null
  const isStance =
    infinitive ||
    (!isCueVerb &&
      (lexicons['stance-verbs'].matchAt(words, i) !== null ||
        lexicons['release-verbs'].matchAt(words, i) !== null ||
        lexicons['regard-verbs'].matchAt(words, i) !== null ||
        lexicons['complement-verbs'].matchAt(words, i) !== null))
  // ("has not said whether …", "isn't saying what …", "did not explain why …": a refusal to
  // answer a question, like "would not say whether …", reports which question was left open.)
  // (A bare question word reports only after a negation, closing its clause: "did not explain
  // why, but …" — see `bareRefusal`.)
  const refusal =
    lexicons['cue-verbs'].has(verb.lower) &&
    embeddedQuestionWords.has(words[i + length]?.lower ?? '') &&
    (words[i + length + 1]?.isWord === true || bareRefusal(words, i, length))
  // A negation belongs to the cue of every verb: "did not endorse Reyes", "has never denied
  // the report", "doesn't know what happened" still say whose position or act the object is —
  // the annotated news marks them as reports as often as the plain verb (on the 840 training
  // articles, 60 of 92 new readings were reports), and without the negation the subject is
  // cut off from its verb and the report is lost.
  const a = cueStart(words, i, lexicons, true)
  const e = i + length
  const cue = { start: (words[a] as Word).start, end: (words[e - 1] as Word).end, lemma }
  // "opened by saying": the gerund's subject is the sentence's, never the words before "by".
  const gerund = ingVerb && gerundLeads.has(words[a - 1]?.lower ?? '')
  let source = gerund ? null : sourceBefore(words, a, lexicons)
  // "Even if the mill closed, the jobs would move, said Ortiz.": a stretch ending in a comma
  // right before a finite cue that holds a finite verb or a modal, and no relative pronoun of
  // an aside ("Ortiz, who has run twice, said"), is a clause — what was said, not who said it;
  // the speaker follows the cue. (Not before "that" or a preposition: "Lund, when asked what
  // was wrong, replied that …" keeps its subject.)
  const speakerAfter = words[e]
  if (
    source &&
    !ingVerb &&
    // (A speaker follows a verb of saying, not one of belief: "…, worry many" is no report.)
    lexicons['belief-verbs'].matchAt(words, i) === null &&
    speakerAfter?.isWord &&
    speakerAfter.lower !== 'that' &&
    !lexicons.prepositions.has(speakerAfter.lower) &&
    clauseBeforeCueComma(words, source.range, a)
  )
    source = null
  // "HARLOW, Ky. — Sen. Ortiz pressed her case, casting …": a participle after a comma whose
  // source ran back over a dateline takes the subject of the clause after it.
  if (source && ingVerb && words[a - 1]?.value === ',') {
    const clauseStart = infinitiveClauseStart(words, a, lexicons)
    const subject =
      clauseStart > source.range.from
        ? plainSubject(words, subjectBeforeVerb(words, lexicons, clauseStart))
        : null
    if (subject && subject.to <= a) source = { range: subject, boundary: 'start' }
  }
  // "gave $3 million to a group backing the governor", "recruiting pastors supporting Ortiz":
  // a stance in a reduced relative clause belongs to the noun phrase right before it, wherever
  // that phrase stands in the sentence. (Also where the report ends, below.)
  const reducedRelative = a === i && isReducedRelative(words, i, lexicons)
  const relativeHolder =
    reducedRelative && !(source && isClearSource(words, source.range, lexicons))
      ? nounPhraseBefore(words, i, lexicons)
      : null
  if (relativeHolder)
    source = { range: relativeHolder, boundary: boundaryBefore(words, relativeHolder.from) }
  // "The party issued a statement saying …": the one who issued it, not "… a statement".
  const issued = ingVerb && issuedDocument(words, a - 1, lexicons)
  if (source && issued) source = issuerOf(words, source, a - 1, lexicons)
  // "Officials received emails asking about …", "911 calls saying …": a message no one is
  // said to have issued is itself the source — the noun phrase it heads, not the clause.
  const message =
    !issued && ingVerb && a === i && lexicons['document-heads'].has(words[a - 1]?.lower ?? '')
      ? nounPhraseBefore(words, a, lexicons)
      : null
  if (source && message && message.from > source.range.from)
    source = { range: message, boundary: boundaryBefore(words, message.from) }
  // "She declined to say, adding that …": a participle after a comma shares the speaker of the
  // clause it hangs on — an attribution earlier in the sentence, or the sentence's subject.
  // "Promising that the port would reopen, Lund said …": a participle opening the sentence
  // takes the subject of the clause after its comma.
  // ("After saying …, Lund left": likewise after a preposition or subordinator opening it.)
  const openingEnd =
    ingVerb &&
    (a === 0 ||
      (a === 1 &&
        (gerundLeads.has((words[0] as Word).lower) ||
          circumstanceOpeners.has((words[0] as Word).lower))) ||
      // ("Instead of calling …, Lund said": a two-word preposition before the gerund.)
      (a === 2 && (words[1] as Word).lower === 'of' && (words[0] as Word).isWord))
      ? openingPhraseEnd(words, e)
      : -1
  if (
    !source &&
    ingVerb &&
    (openingEnd > 0 ||
      words[a - 1]?.value === ',' ||
      // ("Ortiz switched sides on the spot – saying she …": a dash sets the participle off too.)
      isDash(words[a - 1]) ||
      // ("…, casting the mayor as weak and questioning …": a second participle after "and".)
      words[a - 1]?.lower === 'and' ||
      issued ||
      circumstanceOpeners.has(words[a - 1]?.lower ?? '') ||
      gerundLeads.has(words[a - 1]?.lower ?? '') ||
      // "… a defense of “city values,” saying …": the comma closed inside a quote.
      (isQuoteMark(words[a - 1]?.value ?? '') && words[a - 2]?.value === ','))
  ) {
    // A source already found in the sentence is trusted as it is ("“…,” the mayor said,
    // adding that …"); the sentence's opening phrase must be a name or a pronoun.
    const earlier = earlierSource(found, sentence.index, words)
    const subject =
      earlier ??
      antecedentOf(
        words,
        plainSubject(
          words,
          subjectBeforeVerb(words, lexicons, openingEnd > 0 ? openingEnd + 1 : -1),
        ),
        lexicons,
      )
    if (
      subject &&
      subject.from >= 0 &&
      subject.to > subject.from &&
      (earlier !== null ||
        isCapitalized(words[subject.from] as Word) ||
        // "In May, a federal judge sided with …, saying": after a fronted phrase the subject
        // opens with an article in lower case, where at the sentence's start it would be capitalised.
        (subject.from > 0 &&
          words[subject.from - 1]?.value === ',' &&
          (subjectArticles.has((words[subject.from] as Word).lower) ||
            // ("Back in Harlow, her staff churned out a video, promoting …": a possessive, too.)
            lexicons['possessive-determiners'].has((words[subject.from] as Word).lower))) ||
        lexicons.pronouns.has(
          (words[subject.from] as Word).lower.replace(/['’](?:s|d|ve|ll|re|m)$/, ''),
        ) ||
        // "…, two ministers urged her on, arguing …": a described, unnamed source.
        classifySource(words.slice(subject.from, subject.to), lexicons, false).kind !== 'named')
    ) {
      source = { range: subject, boundary: 'start' }
    }
  }
  // "A statement said … but warned that …": the source of the first cue of the sentence;
  // "Okafor thanked the volunteers and said the fair had been a success": the subject of the first verb.
  // ("Ortiz paused, then revealed why …": "then" after a comma joins a second verb as "and" does.)
  const thenAfterComma = words[a - 1]?.value === ',' && words[a]?.lower === 'then'
  // ("Ortiz urged the board to wait, proposed a freeze and …": an item of a list of predicates
  // whose first is a report found before it, its content running up to the comma or past it.)
  const comma = words[a - 1]
  const listItem =
    comma !== undefined &&
    listOfPredicates(words, a - 1, a, lexicons) &&
    found.some(
      (f) =>
        f.sentence === sentence.index &&
        f.source !== null &&
        f.cue !== null &&
        f.cue.end <= f.content.start &&
        f.content.start < comma.start &&
        f.content.end >= comma.start &&
        // ("praised a network that has trafficked in rumours, posted …": the list is the
        // relative clause's, and so is its subject.)
        !words.some(
          (w) =>
            w.start >= f.content.start &&
            w.end <= comma.start &&
            (relativePronouns.has(w.lower) || w.lower === 'that'),
        ),
    )
  // ("… but in a later interview said …": the occasion of the saying after the conjunction.)
  const occasion = occasionStart(words, a, lexicons)
  const and = andOrBut.has(words[occasion - 1]?.lower ?? '') ? occasion - 1 : a - 1
  if (!source && (andOrBut.has(words[and]?.lower ?? '') || thenAfterComma || listItem)) {
    const earlier = earlierSource(found, sentence.index, words)
    const subject =
      earlier ??
      coordinatedSubject(words, and, lexicons, isCueVerb) ??
      innerClauseSubject(words, and, lexicons, isCueVerb)
    if (subject) source = { range: subject, boundary: 'start' }
  }
  // "in the wake of a new poll showing …", "Despite polls showing …", "released figures
  // showing …": a document's finding after its noun has that noun alone for source, not the
  // phrase or clause it sits in.
  // ("evidence suggesting that …": a verb of saying after a document's noun, likewise.)
  const findingAfterNoun =
    ingVerb &&
    a === i &&
    (isDocumentVerb ||
      (lexicons['document-heads'].has(words[a - 1]?.lower ?? '') && words[e]?.lower === 'that'))
  if (source && findingAfterNoun) {
    const { range } = source
    for (let k = range.to - 2; k >= range.from; k--) {
      const word = words[k] as Word
      if (
        lexicons.prepositions.has(word.lower) ||
        isOpener(word, lexicons) ||
        (!word.capitalised && word.lower.endsWith('ed'))
      ) {
        range.from = k + 1
        break
      }
    }
  }
  let sourceRange = source?.range ?? null
  // "a rival whom Ortiz called a peer": an object relative opens the clause, and the subject
  // is the few words after it, right before the cue. ("many of whom said …": after "of" it
  // belongs to the subject; "Lund, a rival whom Ortiz fired, said …": a longer stretch holds
  // a clause of its own.)
  // (Looked for only in a source right before the cue, the one such a subject stands in.)
  const whom = sourceRange && sourceRange.to === a ? objectWhomIn(words, sourceRange) : -1
  if (sourceRange && whom >= 0 && sourceRange.to - whom <= 5)
    sourceRange = { from: whom + 1, to: sourceRange.to }
  // "Ortiz did not say when.": the question word alone is what was left unanswered.
  if (refusal && sourceRange && bareRefusal(words, i, length)) {
    const question = words[e] as Word
    return make(sentence, sourceRange, cue, { start: question.start, end: question.end })
  }
  // "Her death was confirmed by the board", "The closure was announced on the radio": a verb of
  // saying in the passive with no clause after it reports its subject, and the agent after
  // "by", if any, is the source.
  // "a practice criticized by the mayor", "a fact first reported by the Ledger": a participle
  // right after a noun phrase, with its agent after "by", is a passive relative — the agent
  // is the source and the noun phrase what was reported.
  const reduced = reducedPassive(words, i, a, e, lexicons)
  if (reduced) {
    const noun = {
      start: (words[reduced.noun.from] as Word).start,
      end: (words[reduced.noun.to - 1] as Word).end,
    }
    return make(sentence, reduced.agent, cue, noun)
  }
  // ("The statement was signed, but …", "the view was questioned and then dropped": a verb of
  // stance in the passive with nothing after it takes no object, and its subject is no source.
  // What was signed or questioned is reported with nobody named.)
  const after = words[e]
  const bareStancePassive =
    isStance &&
    !infinitive &&
    e === i + 1 &&
    // (Not "the race was called," nor "unions are firmly opposed,", nor "a warning was
    // issued.": a verdict named, a holder's own stance, a thing put out.)
    !lexicons['passive-non-reports'].has(verb.lower) &&
    !lexicons['passive-stances'].has(verb.lower) &&
    !lexicons['release-verbs'].has(verb.lower) &&
    (!after || ['.', ',', ';'].includes(after.value) || (after.isWord && andOrBut.has(after.lower)))
  const passive =
    isStance && !bareStancePassive
      ? null
      : passiveSubjectReport(
          sentence,
          i,
          a,
          e,
          cue,
          lexicons,
          found,
          sourceRange,
          bareStancePassive,
        )
  if (passive) return passive
  // "what the mayor called “a bridge to nowhere”", "a tax that the senator, Ana Ruiz, called
  // ''a scam''": a relative clause naming its antecedent in quoted words. The content is the
  // relative clause up to the quotation's end.
  if (sourceRange && namingRelatives.has(words[sourceRange.from - 1]?.lower ?? '')) {
    const named = relativeNaming(doc, words, sourceRange, e, lexicons)
    if (named) {
      const from = words[sourceRange.from - 1] as Word
      return make(sentence, sourceRange, cue, { start: from.start, end: named })
    }
  }
  // "The poll found …" reports a document; "Pew found that …", "the Justice Department found
  // that …": a clear source with a that-clause reports findings too.
  // "her tax records, which showed …", "a report that found …": the document the relative
  // pronoun stands for is the source.
  if (isDocumentVerb && a === i) {
    const relative = sourceRange ?? (words[a - 1]?.lower === 'that' ? { from: a - 1, to: a } : null)
    const antecedent = relative ? documentAntecedent(words, relative, lexicons) : null
    if (antecedent) {
      source = { range: antecedent, boundary: 'start' }
      sourceRange = antecedent
    }
  }
  // ("…, the Harbour Trust found.": a clear source after its finding, closing the sentence.)
  // ("“…,” read the statement.": a document after an inverted verb is read below.)
  const invertedDocument =
    isDocumentVerb &&
    !sourceRange &&
    a > 0 &&
    (boundaryBefore(words, a) === 'comma' || boundaryBefore(words, a) === 'quote') &&
    isDocumentPhrase(words, phraseAfter(words, e, lexicons) ?? { from: e, to: e }, lexicons)
  if (
    isDocumentVerb &&
    !invertedDocument &&
    (!sourceRange ||
      (!isDocumentPhrase(words, sourceRange, lexicons) &&
        !(
          // ("found in 2014 that …": past when or where it was found, as for any cue.)
          (words[
            reportAfterCircumstance(doc, words, e, lastContentIndex(words), lexicons, false, false)
          ]?.lower === 'that' ||
            (source?.boundary === 'comma' && e === lastContentIndex(words)) ||
            findsObjectSo(words, i, e, lexicons)) &&
          isClearSource(words, sourceRange, lexicons)
        )))
  )
    return null
  // "One harbour spokesman has called the delay “a slow-motion wreck.”": a stance
  // whose object opens a quotation reports words, and any short subject is its source.
  const quotedStance =
    isStance &&
    sourceRange !== null &&
    source?.boundary !== 'comma' &&
    source?.boundary !== 'quote' &&
    isPlainSubject(words, sourceRange, lexicons) &&
    // "The initiative called for a ban": a call is a demand whoever makes it.
    (quoteInClause(words, e) || callsFor.has(lemma))
  // "it backed Ruiz", "it referenced “tensions”": a stance of "it" — a paper, a party, a
  // court — is as clear as any pronoun's. (A belief of "it" is mostly a thing's: "it assumes …".)
  const itsStance =
    isStance &&
    !isBelief &&
    // ("It is worth noting …", "it is fair to question …": an infinitive's "it" is expletive.)
    !infinitive &&
    sourceRange !== null &&
    sourceRange.to === sourceRange.from + 1 &&
    (words[sourceRange.from] as Word).lower === 'it' &&
    // ("it was questioned on legal grounds": a passive says what was done to it.)
    !isPassive(words, i, lexicons)
  // "outside the Harbour Gazette after it backed Ruiz": "it" opening a clause of time or
  // reason right after a name stands for that name.
  if (
    itsStance &&
    sourceRange &&
    circumstanceOpeners.has(words[sourceRange.from - 1]?.lower ?? '') &&
    sourceRange.from >= 2 &&
    isCapitalized(words[sourceRange.from - 2] as Word)
  ) {
    const name = nounPhraseBefore(words, sourceRange.from - 1, lexicons)
    if (name) sourceRange = name
  }
  // "the vote prompted him to endorse Lee": an object pronoun right before an infinitive's "to"
  // is the doer `infinitiveHolder` found, as clear as a subject pronoun.
  const pronounDoer =
    sourceRange !== null &&
    sourceRange.to === sourceRange.from + 1 &&
    sourceRange.to === a - 1 &&
    words[a - 1]?.lower === 'to' &&
    objectPronouns.has((words[sourceRange.from] as Word).lower)
  // ("rules permit members to appoint proxies to vote for them": a phrase running up to the
  // infinitive's "to" is no doer found, only the words before the cue.)
  const infinitiveTo = words[i - 1]?.lower === 'to' ? i - 1 : i - 2
  // ("had one more chance on Monday to poke fun at …": the words right before "to" are its
  // doer only after a verb of causing or "for"; else the subject is, or no one.)
  if (
    infinitive &&
    sourceRange &&
    (sourceRange.to > infinitiveTo ||
      (sourceRange.to === infinitiveTo &&
        a > infinitiveTo &&
        !headlineDoer(words, infinitiveTo, lexicons) &&
        !infinitiveHolder(words, infinitiveTo, lexicons)))
  )
    return null
  // A noun phrase before the subject that a relative clause without a pronoun is about ("a
  // move the council hopes will …"): read once for the believer here and the object the cue
  // lacks below. (See `contactAntecedent`; `infinitiveGap`: "the job she hoped to have".)
  const infinitiveGap = cueInfinitiveGap(words, e, lexicons)
  const antecedentBeforeSubject = sourceRange
    ? contactAntecedent(words, sourceRange, a, lexicons, infinitiveGap)
    : null
  // ("a move the council hopes will end the strike": in a relative clause without a pronoun,
  // the subject to judge is the one after the noun phrase, "the council".)
  const believer =
    (isBelief || isStance) && sourceRange
      ? (antecedentBeforeSubject?.source ?? sourceRange)
      : sourceRange
  if (
    (isBelief || isStance) &&
    !relativeHolder &&
    !itsStance &&
    !pronounDoer &&
    (!believer ||
      (!quotedStance &&
        !isClearSource(words, believer, lexicons) &&
        !(
          isBodySubject(words, believer, lexicons) &&
          (isBelief || clauseAfterStance.has(words[e]?.lower ?? ''))
        )))
  )
    return null
  // "his sexist remarks have left", "credit reports from the bureau": an -s form that is
  // also a plural noun of saying or of a document, after words that are no clear subject and
  // before a verb or a preposition, is that noun. ("made comments about the plan", "amid
  // reports that …": what follows says what was said, and the noun carries it.)
  if (
    sourceRange &&
    length === 1 &&
    /[^s]s$/.test(verb.lower) &&
    (lexicons['nominal-cues'].firstWords().has(verb.lower) ||
      lexicons['document-heads'].has(verb.lower)) &&
    opensPredicateOrPlace(
      words[e],
      words[e + 1],
      lexicons['nominal-cues'].firstWords().has(verb.lower),
    ) &&
    // ("tweets in which he called …": the relative clause says what they said.)
    words[e + 1]?.lower !== 'which' &&
    !isClearSource(words, sourceRange, lexicons)
  )
    return null
  const end = lastContentIndex(words)

  // "the levy, which Ortiz opposed in 2019": the cue's object is the relative pronoun before
  // its subject, and nothing after the cue is said — the pronoun is the content.
  const gapRelative = sourceRange ? relativeBeforeSource(words, sourceRange, a, lexicons, e) : -1
  // (A free relative, "what she believes", names a thing the sentence goes on about; its
  // report is the whole clause or none.)
  if (gapRelative >= 0 && words[gapRelative]?.lower !== 'what' && objectGapAt(words, e, lexicons)) {
    const pronoun = words[gapRelative] as Word
    return make(sentence, sourceRange, cue, { start: pronoun.start, end: pronoun.end })
  }
  // "a fact she often mentions on the trail", "an offer the council rebuffed": a noun phrase
  // right before the subject, with no relative pronoun, is the object the cue lacks.
  // "the job she always hoped to have": an infinitive after the cue whose verb lacks its
  // object shows the clause to be a relative one about the noun phrase before it.
  // (Only one ending the clause: in "the rumour that Lund wants to run in May" the verb
  // needs no object.)
  const contact =
    sourceRange && gapRelative < 0
      ? (antecedentBeforeSubject ??
        (infinitiveGap ? thatRelativeAntecedent(words, sourceRange, a, lexicons) : null))
      : null
  if (contact && objectGapAt(words, e, lexicons)) {
    const noun = {
      start: (words[contact.noun.from] as Word).start,
      end: (words[contact.noun.to - 1] as Word).end,
    }
    return make(sentence, contact.source, cue, noun)
  }
  // "the kind of judge many fear she would choose": with a report after the cue, the noun
  // phrase opens it, as a relative pronoun would, and the subject after it is the source.
  if (contact) sourceRange = contact.source
  // Post-posed: "Y, X said." / "“Y,” X said." — content before the source.
  if (
    !contact &&
    sourceRange &&
    (source?.boundary === 'comma' || source?.boundary === 'quote') &&
    sourceRange.from > 0 &&
    // "Ruiz, who on Tuesday endorsed Lund, …": the words before a relative pronoun are what
    // it stands for, not what it said.
    !(source?.boundary === 'comma' && relativePronouns.has((words[sourceRange.from] as Word).lower))
  ) {
    // “…,’” X said: look past a closing single quote nested inside the double one.
    let q = sourceRange.from - 2
    while (
      q > 0 &&
      isQuoteMark((words[q] as Word).value) &&
      !isOpeningQuote((words[q] as Word).value)
    )
      q--
    const beforeQuote = words[q]?.value ?? ''
    // ("Bemoaning the “rigged system,” Ortiz accused …": the quote closes a participle phrase.)
    // ("Asked whether she “would serve,” 75 percent said yes": a quote inside a phrase that
    // opens the sentence, with a report of its own after the cue, is not what was said.)
    const closedQuote =
      source.boundary === 'quote' &&
      closesQuotedClause.test(beforeQuote) &&
      quoteLeads(doc, sentence, sourceRange.from - 1) &&
      !participlePhraseAt(words, 0, sourceRange.from - 1, lexicons) &&
      !(
        !quoteOpensSentence(doc, sentence, sourceRange.from - 1) &&
        reportOpensAfter(words, e, verb, lexicons)
      )
    // "At the rally, Lund called Brecht": a sentence opening with when or where before its
    // subject has nothing said before the source.
    // The comma that closes the cue, right after it or after when, where or to whom it was
    // said: "…, she said, is …", "…, she said in an interview, is …".
    // (Only a verb of saying between commas carries such a phrase: "endorsed Lund, calling her
    // …" has its object, and after a semicolon the source opens a clause of its own.)
    const interrupting =
      words[e]?.value === ','
        ? e
        : isStance ||
            !isCueVerb ||
            words[sourceRange.from - 1]?.value !== ',' ||
            onlyFrontedBefore(words, sourceRange.from - 1, lexicons)
          ? -1
          : cueClosingComma(words, e, verb, lexicons)
    const frontedOnly =
      source.boundary === 'comma' &&
      !closedQuote &&
      onlyFrontedBefore(words, sourceRange.from - 1, lexicons)
    if (
      closedQuote ||
      (!frontedOnly &&
        // ("A defender of the port, Lund likened it to a lifeline", "…, Lund endorsed Vance":
        // a stance's object after it is no speaker's name, and the stance is not post-posed.)
        ((trivialAfter(words, e, lexicons) &&
          !(
            isStance &&
            (isCapitalized(words[e] as Word) || objectPronouns.has(words[e]?.lower ?? ''))
          )) ||
          listenerOnlyAfter(words, e, verb, lexicons) ||
          (sourceRange.from >= 5 &&
            !isStance &&
            !isBelief &&
            !relativePronouns.has((words[sourceRange.from] as Word).lower) &&
            !opensFrontedClause(words[0] as Word, lexicons) &&
            circumstanceOnlyAfter(words, e, lexicons))))
    ) {
      const content = contentBefore(doc, sentence, sourceRange.from - 1)
      // "“Only you,” she said, would use the occasion …", "“We are concerned,” the members
      // wrote in a letter, that the agency …": the quoted words open a clause the writer
      // finishes after the speaker, and the report is the whole sentence.
      if (content && closedQuote && quoteClauseGoesOn(words, e, lexicons))
        content.end = (words[lastContentIndex(words) - 1] as Word).end
      if (content) return make(sentence, sourceRange, cue, content)
    } else if (
      (source.boundary === 'comma' ||
        // ("Those who read “fringe sites,” he said, end up …": a quotation inside the clause,
        // not leading it, closes right before the speaker who interrupts it.)
        // (Not before a participle of the speaker's: "…,” Lund joked, again using an accent, “…”.)
        (source.boundary === 'quote' &&
          beforeQuote === ',' &&
          !words.slice(e + 1, e + 3).some((w) => w.isWord && endsInIng.test(w.lower)) &&
          !quoteLeads(doc, sentence, sourceRange.from - 1))) &&
      interrupting >= e &&
      (!isQuoteMark(words[interrupting + 1]?.value ?? '') ||
        topicBeforeQuote(words, found, sentence) ||
        // ("Sooner or later, she said, “it starts to pay off.”": a quote in lower case goes
        // on with the sentence the cue interrupts.)
        (words[interrupting + 2]?.isWord === true &&
          /^\p{Ll}/u.test(words[interrupting + 2]?.value ?? '') &&
          words.slice(0, sourceRange.from - 1).some((w) => w.isWord)))
    ) {
      // "Small towns, Ms. Lund said, are the backbone of the region": the whole sentence, or
      // the clause in it the speaker interrupts ("…, but the port, she said, was …").
      const end = lastContentIndex(words)
      const content = contentBefore(doc, sentence, end - 1)
      const from = interruptedClauseStart(words, sourceRange.from - 1)
      if (content && from > 0) content.start = (words[from] as Word).start
      if (content) return make(sentence, sourceRange, cue, content)
    }
  }
  // "The mill will close, as the Ledger reported on Tuesday.": an "as" clause after the main
  // one, with only when or where after its cue, reports the main clause before it.
  if (
    sourceRange &&
    sourceRange.from > 2 &&
    words[sourceRange.from - 1]?.lower === 'as' &&
    words[sourceRange.from - 2]?.value === ',' &&
    !onlyFrontedBefore(words, sourceRange.from - 2, lexicons) &&
    endsAfterCircumstance(words, e, end, lexicons)
  ) {
    const content = contentBefore(doc, sentence, sourceRange.from - 2)
    if (content) return make(sentence, sourceRange, cue, content)
  }
  // "The levy, as Ortiz said last week, is a tax on farms": an "as" clause between commas that
  // interrupts a subject before its verb reports the whole clause around it, not the
  // predicate after it alone.
  if (
    sourceRange &&
    sourceRange.from > 2 &&
    words[sourceRange.from - 1]?.lower === 'as' &&
    words[sourceRange.from - 2]?.value === ',' &&
    !isStance &&
    !onlyFrontedBefore(words, sourceRange.from - 2, lexicons) &&
    !hasVerbBetween(
      words,
      interruptedClauseStart(words, sourceRange.from - 2),
      sourceRange.from - 2,
      lexicons,
    )
  ) {
    const comma = cueClosingComma(words, e, verb, lexicons)
    const resumed =
      comma > 0 ? (words[afterAdverbs(words, comma + 1, end)] as Word | undefined) : undefined
    if (resumed && isFinitePredicate(resumed)) {
      const last = lastContentIndex(words)
      const content = contentBefore(doc, sentence, last - 1)
      const from = interruptedClauseStart(words, sourceRange.from - 2)
      if (content && from > 0) content.start = (words[from] as Word).start
      if (content) return make(sentence, sourceRange, cue, content)
    }
  }
  // Inverted: "“…,” said Mr Varga." — cue right after the content, source after the cue.
  const before = boundaryBefore(words, a)
  if (
    (before === 'comma' || before === 'quote') &&
    a > 0 &&
    !sourceRange &&
    !isPronounSubjectAhead(words, e)
  ) {
    // ("“…,” said Ana Lund, asked about the vote": what opens a question is no speaker.)
    const after = questionWords.has(words[e]?.lower ?? '') ? null : phraseAfter(words, e, lexicons)
    if (after) after.to = postModifierEnd(words, after.to, lexicons)
    // "But, said Lee, the levy will pass": only a word linking to the sentence before stands
    // before the cue, and what was said follows the speaker's comma.
    if (
      after &&
      before === 'comma' &&
      a === 2 &&
      (openingConjunctions.has((words[0] as Word).lower) ||
        linkingAdverbs.has((words[0] as Word).lower)) &&
      words[after.to]?.value === ',' &&
      words[after.to + 1] !== undefined
    ) {
      const last = lastContentIndex(words)
      if (after.to + 1 < last) {
        const content = contentBefore(doc, sentence, last - 1)
        if (content) content.start = (words[after.to + 1] as Word).start
        if (content) return make(sentence, after, cue, content)
      }
    }
    // "Any fair reading of the deal, said Ana Lund, an expert on ports, would see it as a
    // retreat": the speaker interrupts a subject with no verb yet, and the sentence's
    // predicate resumes after the speaker's phrase — the whole sentence is the report.
    if (
      after &&
      before === 'comma' &&
      words[after.to]?.value === ',' &&
      // ("The deal, announced Friday, would last …": a participle and its time, no speaker.)
      !lexicons['time-words'].has((words[after.from] as Word).lower) &&
      !hasVerbBetween(words, 0, a - 1, lexicons)
    ) {
      const last = lastContentIndex(words)
      if (predicateAfterAside(doc, words, after.to - 1, last, lexicons) < last) {
        const content = contentBefore(doc, sentence, last - 1)
        const from = interruptedClauseStart(words, a - 1)
        if (content && from > 0) content.start = (words[from] as Word).start
        if (content) return make(sentence, after, cue, content)
      }
    }
    // “A,” said the senator, “B.”: the second half of a split quote may follow the source.
    const splitOn =
      after !== null &&
      before === 'quote' &&
      words[after.to]?.value === ',' &&
      isQuoteMark(words[after.to + 1]?.value ?? '')
    if (
      after &&
      (splitOn ||
        (before === 'quote' && spokenQuoteBefore(doc, words, a)) ||
        trivialAfter(words, after.to, lexicons, false) ||
        // ("…,” said Ana Lund during the second debate.": when she said it, to the end.)
        (saidWhenOrWhere(words, after.to, lexicons) &&
          circumstanceOnlyAfter(words, after.to, lexicons)) ||
        relativeClauseToEnd(words, after.to, lastContentIndex(words)))
    ) {
      const content = contentBefore(doc, sentence, a - 1)
      if (content) return make(sentence, after, cue, content)
    }
  }
  // "Said Lund, who grew up here, “We were proud.”": a cue opening the sentence, its speaker
  // (a name, with any aside), then a comma and the quotation.
  const speaker = words[e]
  if (!sourceRange && a === 0 && !ingVerb && speaker && isCapitalized(speaker)) {
    for (let k = e + 1; k < Math.min(end, e + 30); k++) {
      const word = words[k] as Word
      if (!word.isWord && word.value !== ',' && word.value !== '.') break
      if (word.value !== ',' || !isQuoteMark(words[k + 1]?.value ?? '')) continue
      const contentStart = (words[k + 1] as Word).start
      const contentEnd = (words[end - 1] as Word).end
      const quote = docIndex(doc)
        .quotesOverlapping(contentStart, contentEnd)
        .find((q) => q.start.offset === contentStart)
      if (!quote) break
      return make(sentence, { from: e, to: k }, cue, {
        start: contentStart,
        end: Math.max(contentEnd, quote.end.offset),
      })
    }
  }
  // A verb of saying after a subject with asides the readings above leave out.
  if (!sourceRange && !isDocumentVerb && !ingVerb && isCueVerb)
    sourceRange = subjectThroughAsides(words, a, end, lexicons)
  if (!sourceRange) return null
  // "Mr Varga noted following the meeting." — nothing to report of its own: a quote before it is the content.
  // (In a title-case headline every word is capitalised: what follows is the content.)
  if (
    trivialAfter(words, e, lexicons) &&
    !words.slice(e).some((w) => w.value === ',') &&
    !titleCase &&
    !(isStance && isNamedObject(words, e, lastContentIndex(words), lexicons))
  ) {
    // "endorsed Ana Lund on Thursday": a stance's named object, then when or where.
    const nameEnd = isStance ? namedObjectEnd(words, e, lexicons) : -1
    if (nameEnd > e && trivialAfter(words, nameEnd, lexicons)) {
      const name = { start: (words[e] as Word).start, end: (words[nameEnd - 1] as Word).end }
      return make(sentence, sourceRange, cue, name)
    }
    return make(sentence, sourceRange, cue, null)
  }
  // “…?” Mr. Ortiz asked, repeating his line. — the parser ends a sentence at the quote's
  // question mark; the cue opening the next one reports the quote, and what follows it is
  // circumstance.
  if (
    sourceRange.from === 0 &&
    quoteEndsBefore(doc, sentence) &&
    circumstanceAfter(words, e, lexicons)
  )
    return make(sentence, sourceRange, cue, null)
  // "Ortiz said as she turned to go.", "he said, clutching the lectern.": after a verb of saying,
  // a clause of "as" or "while", or a participle after a comma, with no "that", quotation or
  // second verb of saying in it, tells only how or when the words were said — what was said
  // stands elsewhere (a quotation before the cue) or not in this sentence.
  if (
    !isStance &&
    !isBelief &&
    (words[e]?.value === ',' || mannerClauseAt(words, e)) &&
    circumstanceAfter(words, e, lexicons) &&
    !words
      .slice(e)
      .some((w) => w.lower === 'that' || isQuoteMark(w.value) || lexicons['cue-verbs'].has(w.lower))
  ) {
    const saying = make(sentence, sourceRange, cue, null)
    sayingBeforeCircumstance.add(saying)
    return saying
  }
  // "Ana Lund reported from Dunmore, Ohio.": a reporter's credit line, where from and nothing said.
  if (
    /^report(?:ed|ing)$/.test(verb.lower) &&
    words[e]?.lower === 'from' &&
    placeOnlyAfter(words, e + 1)
  )
    return null
  // Pre-posed: "X said (that) Y." — content after the cue.
  let start = e
  if (
    (listenerFirstVerbs.has(verb.lower) ||
      // ("informed the mayor that …", "convinced donors that …": the listener, then the clause.)
      (lexicons['listener-clause-verbs'].has(verb.lower) &&
        listenerThenThat(words, e - 1, lexicons))) &&
    // "urged the council to act": the one asked belongs to the request; "told reporters that …"
    // names only the audience.
    !(requestVerbs.has(verb.lower) && infinitiveAhead(words, start))
  ) {
    start = skipObject(words, start, lexicons)
  }
  start = reportAfterCircumstance(
    doc,
    words,
    start,
    end,
    lexicons,
    !isStance && !isBelief,
    tellVerbs.has(verb.lower),
  )
  while (start < end) {
    const word = words[start] as Word
    // ("said in a statement that …"; but "backed a plan that critics oppose" opens its object
    // with the article: one is skipped only inside such a phrase or before the occasion.)
    const article = word.lower === 'a' || word.lower === 'an'
    if (
      word.isWord &&
      (lexicons['time-words'].has(word.lower) ||
        ['on', 'in', 'statement', 'interview', 'long', 'ago'].includes(word.lower) ||
        (article &&
          (['on', 'in'].includes(words[start - 1]?.lower ?? '') ||
            lexicons['speech-occasions'].has(words[start + 1]?.lower ?? '')))) &&
      hasThatAhead(words, start, 6)
    ) {
      start++
      continue
    }
    if (!word.isWord && (word.value === ',' || word.value === ':')) {
      start++
      continue
    }
    // "said — on Twitter, as it happens — that …": an aside between dashes before the report.
    if (isDash(word)) {
      const closing = closingDash(words, start, end)
      const after = words[closing + 1]
      if (closing > 0 && after && (after.lower === 'that' || isOpeningQuote(after.value))) {
        start = closing + 1
        continue
      }
    }
    break
  }
  // "As Varga said last week in Lisbon, “The port is …”", "Ruiz said Thursday during a visit
  // to Dayton, Ohio, that …": circumstances (opening with a time word or a preposition),
  // then a comma before the quote or the that.
  // ("As the Ledger reported on Tuesday, the mill will close": after an "as" clause the main
  // clause is the report, whatever opens it.)
  const asClause = words[sourceRange.from - 1]?.lower === 'as'
  const opener = words[start]
  if (
    opener?.isWord &&
    (lexicons['time-words'].has(opener.lower) || lexicons.prepositions.has(opener.lower))
  ) {
    for (let k = start + 1; k < Math.min(end, start + 20); k++) {
      const word = words[k] as Word
      const next = words[k + 1]
      if (!word.isWord && word.value !== ',' && word.value !== '.') break
      if (word.lower === 'that') break
      if (
        word.value === ',' &&
        next &&
        (next.lower === 'that' || isOpeningQuote(next.value) || (asClause && next.isWord))
      ) {
        start = k + 1
        break
      }
    }
  }
  // "said in a statement the plan would fail": where it was said, then what.
  const place = words[start + 2]
  if (
    ['in', 'on', 'during'].includes(words[start]?.lower ?? '') &&
    ['a', 'an', 'the', 'his', 'her', 'their', 'its'].includes(words[start + 1]?.lower ?? '') &&
    place?.isWord &&
    trivialAfterCue.has(place.lower) &&
    words[start + 3]?.isWord &&
    // ("told reporters during a conference call.": one word left is the place's own noun.)
    start + 4 < end &&
    !lexicons.prepositions.has((words[start + 3] as Word).lower) &&
    !lexicons['time-words'].has((words[start + 3] as Word).lower)
  )
    start += 3
  if (start >= end) {
    // "Mr Varga noted following the meeting." after a quote: the quote is the content.
    return make(sentence, sourceRange, cue, null)
  }
  // "said as much in an interview", "half said so in the spring poll": a word standing for
  // what was said, then where or when.
  const proForm = proFormLength(words, start, lexicons)
  if (proForm > 0) {
    const after = words[start + proForm]
    if (
      start + proForm >= end ||
      after?.value === ',' ||
      // ("said no to the plan": what the answer was to goes with it.)
      (after?.isWord &&
        !lexicons['answer-words'].has(words[start]?.lower ?? '') &&
        (lexicons.prepositions.has(after.lower) ||
          lexicons['time-words'].has(after.lower) ||
          circumstancePrepositions.has(after.lower)))
    )
      return make(sentence, sourceRange, cue, {
        start: (words[start] as Word).start,
        end: (words[start + proForm - 1] as Word).end,
      })
  }
  const contentStart = (words[start] as Word).start
  // (A that-clause after a stance verb is a clause, not a thing: "demanded that the ad stop";
  // "rejected that argument" names a thing.)
  const thatClause =
    (words[start] as Word).lower === 'that' &&
    (opensSubject(words[start + 1], lexicons) || words[start + 1]?.value === ',')
  // "Despite polls showing her behind, Lund …": a finding inside a fronted phrase ends with it.
  const frontedFinding =
    isDocumentVerb &&
    ingVerb &&
    a === i &&
    (opensFrontedClause(words[0] as Word, lexicons) || isOpener(words[0] as Word, lexicons))
  // (A one-word cue: "called for a ban because …" asks for a thing, labels none.)
  const labelsObject = length === 1 && lexicons['characterizing-verbs'].has(verb.lower)
  let clauseEnd = frontedFinding
    ? firstCommaAfter(doc, words, start, endOfClause(doc, words, start, end, lexicons))
    : reducedRelative
      ? reducedRelativeObjectEnd(words, start, end, lexicons)
      : isStance && !thatClause
        ? objectEnd(
            doc,
            words,
            start,
            endOfClause(doc, words, start, end, lexicons, true, labelsObject),
            lexicons,
            labelsObject,
          )
        : endOfClause(doc, words, start, end, lexicons)
  // "promised to fix the bridge and he kept his word": an infinitive has no subject of its
  // own, so "and" before a subject pronoun joins a clause of the writer's.
  clauseEnd = infinitiveEnd(words, start, clauseEnd, lexicons)
  // "with members blasting the plan and the mayor dispatching an aide": in an absolute phrase,
  // "and" before another subject and its -ing verb opens a second one.
  if (a === i && ingVerb && withSubjectBefore(words, a - 1, lexicons))
    clauseEnd = secondAbsoluteStart(words, start, clauseEnd)
  // "went on the radio to defend Ortiz and to attack Reyes", "came out to oppose the levy and
  // who …": a stance in an infinitive takes its object only; a second infinitive or a relative
  // clause after "and" is another act, not more of the object.
  if (isStance && (words[i - 1]?.lower === 'to' || words[i - 2]?.lower === 'to'))
    clauseEnd = secondInfinitiveEnd(words, start, clauseEnd)
  // The relative pronoun before the source that stands for the cue's object ("the figure,
  // which officials said …"), or -1: asked once for the end of the report and for its start.
  const objectRelative = relativeBeforeSource(words, sourceRange, a, lexicons, e)
  // "Voters, who strongly back Ruiz, have also seen gains": a relative clause set off by
  // commas inside the sentence's subject ends at the comma before the main predicate.
  // ("Members, fearing a backlash, voted no": a participle set off the same way.)
  if (
    (relativePronouns.has(words[sourceRange.from]?.lower ?? '') &&
      sourceRange.to === sourceRange.from + 1 &&
      words[sourceRange.from - 1]?.value === ',') ||
    // ("Renters, many of whom said the levy was unfair, left": a share of the relative's.)
    (words[sourceRange.from - 1]?.value === ',' &&
      sourceRange.to - sourceRange.from <= 5 &&
      words[sourceRange.to - 2]?.lower === 'of' &&
      (words[sourceRange.to - 1]?.lower === 'whom' ||
        words[sourceRange.to - 1]?.lower === 'which')) ||
    (a === i && ingVerb && words[a - 1]?.value === ',' && sourceRange.to === a - 1)
  )
    clauseEnd = predicateAfterAside(doc, words, start, clauseEnd, lexicons)
  // "The figure, which officials said was too low, was revised": a report in a relative
  // clause set off by commas, its pronoun before the source, ends at the comma before the
  // main predicate too.
  else if (words[objectRelative - 1]?.value === ',')
    clauseEnd = predicateAfterAside(doc, words, start, clauseEnd, lexicons)
  // "Students who support Ruiz are in college", "a donor who wants to give more could …": a
  // stance in a relative clause inside the subject ends where the main predicate starts.
  else if (
    isStance &&
    sourceRange.to === sourceRange.from + 1 &&
    (relativePronouns.has(words[sourceRange.from]?.lower ?? '') ||
      words[sourceRange.from]?.lower === 'that')
  )
    clauseEnd = mainPredicateAfterRelative(words, start, clauseEnd, lexicons)
  // "Voters who say the economy is weak were divided": a report in a relative clause on the
  // sentence's subject, with no verb of the main clause before it, runs to the main
  // predicate; that starts after the reported clause's own verb.
  // (Not "riders who wrote to her say …": without a clause of its own the report has no verb
  // to start from.)
  else if (
    !isStance &&
    (words[start] as Word).lower !== 'to' &&
    subjectRelativeSource(words, sourceRange)
  ) {
    let own = start
    while (own < clauseEnd && !finiteVerbs.has((words[own] as Word).lower)) own++
    if (own < clauseEnd) clauseEnd = mainPredicateAfterRelative(words, own, clauseEnd, lexicons)
  }
  // "the levy, which he views as a stopgap, will …": a view in a relative clause that took the
  // verb's object ends at the first comma — the complement after "as" is a phrase.
  if (
    start === e &&
    (words[start] as Word).lower === 'as' &&
    lexicons['regard-verbs'].matchAt(words, i) !== null &&
    relativeBeforeSubject(words, a, lexicons) !== null
  )
    clauseEnd = firstCommaAfter(doc, words, start, clauseEnd)
  // "noting the delays and calling for a review": a second participle beside the cue's is a
  // second report of the speaker's, and the first one ends before it.
  if (ingForm.test(verb.lower))
    clauseEnd = parallelParticipleAt(doc, words, start + 1, clauseEnd, lexicons)
  // "issued a statement Thursday": a document put out, with nothing of what it says.
  // ("applauded the ruling", "mocked the complaint" take a stance on a document.)
  if (isStance && /^issu/.test(verb.lower) && bareDocumentObject(words, start, clauseEnd, lexicons))
    return null
  // "declined when Lund asked …", "opposed it because …": a stance with a clause of time or
  // reason right after it has no object there. (After "before" or "after" a phrase may come
  // first: "decided, after a long inquiry, not to …".)
  if (isStance && clauseOnlyOpeners.has((words[start] as Word).lower)) return null
  // "declined in almost every state", "opposed in 1848 …": a one-word stance whose content
  // opens with a preposition of place or time has no object — the verb is intransitive there.
  // (Phrasal stances, "called on", "voted for", are matched whole.)
  // ("sought on Wednesday to ease …": a time first, then the object.)
  if (
    isStance &&
    length === 1 &&
    placePrepositions.has((words[start] as Word).lower) &&
    !lexicons['time-words'].has(words[start + 1]?.lower ?? '') &&
    !lexicons['time-words'].has(words[start + 2]?.lower ?? '') &&
    // ("praised in a letter the mayor's handling": where it was said, then the object.)
    !(
      documentDeterminers.has(words[start + 1]?.lower ?? '') &&
      (lexicons['document-heads'].has(words[start + 2]?.lower ?? '') ||
        trivialAfterCue.has(words[start + 2]?.lower ?? ''))
    )
  )
    return null
  // ("endorsed Lee, but told …": a clause ended after its comma ends before it.)
  clauseEnd = wordEnd(words, start, clauseEnd)
  // A stance needs something to be about: "called 911" is a phone call; "endorsed Ruiz" names it.
  if (
    isStance &&
    !hasTwoWords(words, start, clauseEnd) &&
    !isNamedObject(words, start, clauseEnd, lexicons) &&
    // ("talked about crime", "called for calm", "railed against taxes": a phrasal stance's
    // closing preposition or particle shows the one word after it to be its object — any
    // such word, "about" and "against" as much as "for".)
    // (Not a demonstrative, a time or a count: "hinted at that", "pushed for months".)
    !(
      length > 1 &&
      !lexicons.modals.has((words[i] as Word).lower) &&
      mayBeBareNoun(words, start, lexicons) &&
      // ("spoke about how …": a question word opens a clause, not a one-word object.)
      !embeddedQuestionWords.has(words[start]?.lower ?? '') &&
      !lexicons['duration-words'].has(words[start]?.lower ?? '') &&
      !/^(?:one|\d)/.test(words[start]?.lower ?? '') &&
      !lexicons['count-words'].has(words[start]?.lower ?? '')
    ) &&
    // ("endorsed her", "opposed it": a pronoun stands for what was named before.)
    !lexicons['stance-object-pronouns'].has(words[start]?.lower ?? '') &&
    !docIndex(doc)
      .quotesOverlapping(contentStart, (words[clauseEnd - 1] as Word).end)
      .some((q) => q.start.offset >= contentStart)
  )
    return null
  // The report in a phrase opening the sentence ends with the phrase.
  const reportEnd = openingEnd > start && openingEnd < clauseEnd ? openingEnd : clauseEnd
  let contentEnd = (words[reportEnd - 1] as Word).end
  const open = docIndex(doc)
    .quotesOverlapping(contentStart, contentEnd)
    .find(
      (q) =>
        q.start.offset >= contentStart && q.start.offset < contentEnd && q.end.offset > contentEnd,
    )
  if (open) contentEnd = open.end.offset
  // "a wall, which he said Mexico would pay for": what was said is about the relative pronoun
  // before the speaker, and the report is the whole relative clause.
  // (Not when the cue has its own report: "which she said, “…”", "which he argued that …".)
  const first = words[start] as Word
  const relative =
    first.lower === 'that' || first.lower === 'whether' || isQuoteMark(first.value)
      ? -1
      : objectRelative
  // ("a council that critics view as slow": the relative that took a view's object opens it.)
  const viewRelative =
    relative < 0 &&
    start === e &&
    first.lower === 'as' &&
    lexicons['regard-verbs'].matchAt(words, i)
      ? relativeBeforeSubject(words, a, lexicons)
      : null
  const reportStart =
    relative >= 0
      ? (words[relative] as Word).start
      : viewRelative && viewRelative.lower !== 'what'
        ? viewRelative.start
        : contact
          ? (words[contact.noun.from] as Word).start
          : contentStart
  return make(sentence, sourceRange, cue, { start: reportStart, end: contentEnd })
}

/** Auxiliaries and negations of a passive verb group, between its subject and its participle. */
const verbGroupBefore = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'not',
  'never',
  'also',
])

/** Words after a passive cue that leave its subject as what was said: an agent, a place, a time. */
const passiveReportFollowers = new Set([
  'by',
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'with',
  'over',
  'across',
  'through',
  'via',
  'earlier',
  'later',
  'again',
  'last',
  'this',
  'yesterday',
  'today',
])

/**
 * The report of a passive cue whose subject is what was said: "The closure was announced on
 * the radio", "Both fires were claimed by a radical group" — the subject is the content, the
 * agent after "by" the source. Not when a clause, a quote, an infinitive or a complement
 * follows the cue ("It was announced that …", "was expected to win", "was declared the
 * winner", "was confirmed as …"), nor for verbs whose passive subject is the one addressed
 * ("was told", "was asked").
 */
function passiveSubjectReport(
  sentence: SentenceWords,
  i: number,
  a: number,
  e: number,
  cue: FoundAttribution['cue'],
  lexicons: Lexicons,
  found: readonly FoundAttribution[],
  /** The subject as `sourceBefore` read it, if any. */
  subject: WordRange | null,
  /** A verb of judging (`passiveStance`), whose subject is what was judged. */
  judged = false,
): FoundAttribution | null {
  const { words } = sentence
  const verb = words[i] as Word
  if (e !== i + 1 || a >= i || !isPassive(words, i, lexicons)) return null
  if (
    !/[a-z](?:ed|en|wn)$/.test(verb.lower) ||
    // ("was criticized by rivals for …": a stance's target, reported with the whole clause —
    // see `passiveStance`.)
    (!judged &&
      (lexicons['passive-non-reports'].has(verb.lower) ||
        lexicons['stance-verbs'].matchAt(words, i) !== null))
  )
    return null
  const next = words[e]
  const end = lastContentIndex(words)
  if (
    e < end &&
    next &&
    !(judged && agentByAfter(words, e, lexicons) > 0) &&
    !(next.isWord
      ? passiveReportFollowers.has(next.lower) ||
        lexicons['time-words'].has(next.lower) ||
        lyForm.test(next.lower)
      : next.value === ',' || next.value === ';')
  )
    return null
  // ("it was revealed on Tuesday that …": the clause after the circumstances is the report.)
  for (let k = e; k < Math.min(end, e + 8); k++) {
    const word = words[k] as Word
    if (
      word.lower === 'that' ||
      word.lower === 'as' ||
      isQuoteMark(word.value) ||
      word.value === ':'
    )
      return null
    if (!word.isWord) break
  }
  // The subject ends before the verb group: "that had not been previously reported".
  let groupStart = a
  while (groupStart > 0 && verbGroupBefore.has((words[groupStart - 1] as Word).lower)) groupStart--
  let from =
    subject && subject.to === groupStart ? subject.from : clauseStartBefore(words, groupStart)
  // ("…, in part, when he was accused", "shows that the name was announced": a clause later
  // in the sentence has its own subject.)
  for (let k = groupStart - 1; k > from; k--)
    if (subordinators.includes((words[k] as Word).lower) || (words[k] as Word).lower === 'that') {
      from = k + 1
      break
    }
  // ("When her death was confirmed, …": the subordinator is no part of what was said.)
  while (
    from < groupStart &&
    (sentenceLinks.has((words[from] as Word).lower) ||
      frontedSubordinators.has((words[from] as Word).lower))
  )
    from++
  if (from >= groupStart || !(words[from] as Word).isWord) return null
  // ("The ruling, in which the judge cited …, was issued": a report inside the subject keeps it.)
  const subjectStart = (words[from] as Word).start
  const subjectEnd = (words[groupStart - 1] as Word).end
  if (found.some((f) => f.cue && f.cue.start >= subjectStart && f.cue.end <= subjectEnd))
    return null
  // The agent: "by" within the few words after the cue, before any comma.
  // (For a verb of judging, as far as `agentByAfter` reads: "was recommended to him most
  // forcefully and effectively by …".)
  let by = judged ? agentByAfter(words, e, lexicons) : -1
  let agent: WordRange | null = by >= 0 ? phraseAfter(words, by + 1, lexicons) : null
  for (let k = e; by < 0 && k < Math.min(end, e + 6); k++) {
    const word = words[k] as Word
    if (!word.isWord) break
    if (word.lower !== 'by') continue
    agent = phraseAfter(words, k + 1, lexicons)
    by = k
    break
  }
  // ("Ortiz was criticized by rivals for skipping the vote": the one judged and the reason
  // are reported together, the whole clause.)
  let reason = false
  if (judged && agent) {
    const cause = words.slice(agent.from, agent.to).findIndex((w) => w.lower === 'for')
    if (cause > 0) agent = { from: agent.from, to: agent.from + cause }
    reason = cause > 0 || words[agent.to]?.lower === 'for'
  }
  // ("Ortiz was recommended for the post by the board", "she was attacked on the levy by
  // Reyes": the role she was put forward for, the matter she was judged on, is part of what
  // the agent put forward or judged. Not a time: "was endorsed on Monday by".)
  const role =
    judged &&
    agent &&
    by > e &&
    matterPrepositions.has(words[e]?.lower ?? '') &&
    !words.slice(e, by).some((w) => lexicons['time-words'].has(w.lower))
      ? by
      : -1
  const reportEnd = reason
    ? (words[end - 1] as Word).end
    : role > e
      ? (words[role - 1] as Word).end
      : subjectEnd
  const report = make(sentence, agent, cue, { start: subjectStart, end: reportEnd })
  if (!agent) report.kind = 'agentless'
  return report
}

/**
 * A verb of judging (`passive-stances`) at `i` in the passive with "by" after it: "The plan
 * was sharply criticized by the mayor" (the subject judged, the agent the source), or a
 * participle right after its noun, "a bill opposed by the unions". None without an agent.
 */
/**
 * The "by" that names the agent of a passive participle ending before `e`: right after it, or
 * after a short phrase of when or to whom ("was endorsed the same day by …", "was recommended
 * to the board by …") with no verb, comma or clause of its own. -1 when there is none.
 */
function agentByAfter(words: readonly Word[], e: number, lexicons: Lexicons): number {
  const first = words[e]
  if (first?.lower === 'by') return e
  if (!first?.isWord) return -1
  let timeSeen = false
  for (let k = e; k < Math.min(words.length, e + 8); k++) {
    const word = words[k] as Word
    if (!word.isWord) return -1
    if (word.lower === 'by') {
      // ("was endorsed on Monday by", "to the board by"; not "was endorsed, the mayor by …")
      const opens =
        lexicons.prepositions.has(first.lower) || lexicons['time-words'].has(first.lower)
      return opens || timeSeen ? k : -1
    }
    // ("recommended to him most forcefully and effectively by …": adverbs joined by "and".)
    const joinsAdverbs =
      word.lower === 'and' &&
      lyForm.test(words[k - 1]?.lower ?? '') &&
      lyForm.test(words[k + 1]?.lower ?? '')
    if (
      word.lower === 'that' ||
      (andOrBut.has(word.lower) && !joinsAdverbs) ||
      isFinitePredicate(word)
    )
      return -1
    if (lexicons['time-words'].has(word.lower) || word.lower === 'day') timeSeen = true
  }
  return -1
}

function passiveStance(
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
  found: readonly FoundAttribution[],
): FoundAttribution | null {
  const { words } = sentence
  const verb = words[i] as Word
  const clauseOnly = lexicons['passive-stances'].matchAt(words, i)?.label === 'clause'
  if (isPassive(words, i, lexicons)) {
    let a = i
    while (
      a > 0 &&
      (verbGroupBefore.has((words[a - 1] as Word).lower) ||
        /^[a-z]{2,}ly$/.test((words[a - 1] as Word).value))
    )
      a--
    // (The cue is the verb group from its first form of "be": "has been criticized".)
    while (
      a < i &&
      !passiveAuxiliaries.has((words[a] as Word).lower) &&
      !/^(?:has|have|had)$/.test((words[a] as Word).lower)
    )
      a++
    const cue = { start: (words[a] as Word).start, end: verb.end, lemma: verb.lower }
    const subject = sourceBefore(words, a, lexicons)?.range ?? null
    const report = passiveSubjectReport(sentence, i, a, i + 1, cue, lexicons, found, subject, true)
    return report?.source && !meansAfterBy(report.source.words, lexicons) ? report : null
  }
  if (clauseOnly) return null
  // ("The bill, opposed by the unions, died": the participle set off after its noun; "The plan,
  // first proposed by Ortiz in May, …": adverbs may come before it.)
  let comma = i - 1
  while (
    comma > 0 &&
    words[comma]?.isWord &&
    (lyForm.test((words[comma] as Word).lower) ||
      lexicons['cue-auxiliaries'].has((words[comma] as Word).lower))
  )
    comma--
  const apposed = words[comma]?.value === ',' ? appositivePassive(words, i, comma, lexicons) : null
  const reduced = apposed ?? reducedPassive(words, i, i, i + 1, lexicons)
  if (!reduced) return null
  const noun = {
    start: (words[reduced.noun.from] as Word).start,
    end: (words[reduced.noun.to - 1] as Word).end,
  }
  return make(
    sentence,
    reduced.agent,
    { start: verb.start, end: verb.end, lemma: verb.lower },
    noun,
  )
}

/**
 * "Ortiz was asked by the host whether …", "he was warned by the council that …", "was
 * pressed by the moderator about …": a verb whose passive subject is the one addressed
 * (`passive-non-reports`) with its agent right after it. The agent put the question or the
 * warning, so it is the source, not the subject; the agent leaves the content.
 */
function agentOfAddress(
  sentence: SentenceWords,
  v: number,
  attribution: FoundAttribution,
  lexicons: Lexicons,
): void {
  const { words } = sentence
  const verb = words[v] as Word
  if (!attribution.cue || attribution.cue.end !== verb.end) return
  const addressed = lexicons['passive-non-reports'].matchAt(words, v)
  if (!addressed || addressed.label === 'cause' || !isPassive(words, v, lexicons)) return
  if (words[v + 1]?.lower !== 'by' || !attribution.source) return
  if (attribution.source.start >= verb.start) return
  const agent = phraseAfter(words, v + 2, lexicons)
  if (!agent || meansAfterBy(words.slice(agent.from, agent.to), lexicons)) return
  const agentEnd = (words[agent.to - 1] as Word).end
  // The content follows the agent; one that began at "by" starts after it (and its comma).
  if (attribution.content.start <= (words[v + 1] as Word).start) {
    let from = agent.to
    const skipPunctuation = () => {
      while (
        from < words.length &&
        !(words[from] as Word).isWord &&
        !isQuoteMark((words[from] as Word).value)
      )
        from++
    }
    skipPunctuation()
    // ("by the host, who backs her rival, “…”": the agent's relative clause is no content.)
    if (relativePronouns.has(words[from]?.lower ?? '') && words[from - 1]?.value === ',') {
      while (from < words.length && (words[from] as Word).value !== ',') from++
      skipPunctuation()
    }
    const first = words[from]
    if (!first || first.start >= attribution.content.end) return
    attribution.content = { start: first.start, end: attribution.content.end }
  } else if (attribution.content.start < agentEnd) return
  const replaced = make(sentence, agent, attribution.cue, attribution.content)
  attribution.source = replaced.source
}

/**
 * Whether a participle of saying or stance at `v` with "by" right after it was read with the
 * agent as its content ("exit polls reported by the networks" giving "by the networks"): a
 * passive whose agent is no report. The one addressed ("was accused by …", `agentOfAddress`)
 * and those whose subject holds the feeling ("worried by …") are left as they are.
 */
function agentAsContent(
  words: readonly Word[],
  v: number,
  attribution: FoundAttribution,
  lexicons: Lexicons,
): boolean {
  const verb = words[v] as Word
  const by = words[v + 1]
  if (by?.lower !== 'by' || attribution.content.start !== by.start) return false
  if (!/[a-z](?:ed|en|wn)$/.test(verb.lower)) return false
  // ("responded by saying …", "concluded by first noting …": "by" and a gerund tell how.)
  for (let k = v + 2; k < Math.min(words.length, v + 4); k++)
    if (ingForm.test((words[k] as Word).lower)) return false
  if (lexicons['passive-non-reports'].has(verb.lower)) return false
  return lexicons['cue-verbs'].has(verb.lower) || lexicons['stance-verbs'].has(verb.lower)
}

/**
 * Whether the phrase after "by" is one bare singular common noun ("nominated by acclamation",
 * "sent by mail"): the means, not an agent. Agents have a determiner, a name or a plural
 * ("by the board", "by Ortiz", "by unions").
 */
function meansAfterBy(agent: readonly Word[], lexicons: Lexicons): boolean {
  const only = agent.length === 1 ? (agent[0] as Word) : null
  return (
    only !== null &&
    /^[a-z]+$/.test(only.value) &&
    !only.lower.endsWith('s') &&
    !lexicons.pronouns.has(only.lower) &&
    // ("by men", "by people": plurals without an "s" are agents.)
    !lexicons['vague-heads'].has(only.lower) &&
    !lexicons['anonymous-heads'].has(only.lower)
  )
}

/**
 * A participle at `i` set off by a comma after a noun phrase that opens its clause, with "by"
 * and an agent after it: "The bill, opposed by the unions, …" — the noun phrase and the agent.
 */
function appositivePassive(
  words: readonly Word[],
  i: number,
  comma: number,
  lexicons: Lexicons,
): { noun: WordRange; agent: WordRange } | null {
  const noun = nounPhraseBefore(words, comma, lexicons)
  if (!noun || !nounPhraseLeads.has(words[noun.from]?.lower ?? '')) return null
  const before = words[noun.from - 1]
  if (before && before.isWord && !sentenceLinks.has(before.lower)) return null
  const by = agentByAfter(words, i + 1, lexicons)
  if (by < 0) return null
  const agent = phraseAfter(words, by + 1, lexicons)
  if (!agent) return null
  return { noun, agent }
}

/**
 * A passive participle at `i` (its cue from `a` to `e`, with no auxiliary) right after a
 * plain noun phrase and followed by "by" and an agent: the noun phrase and the agent.
 */
function reducedPassive(
  words: readonly Word[],
  i: number,
  a: number,
  e: number,
  lexicons: Lexicons,
): { noun: WordRange; agent: WordRange } | null {
  const verb = words[i] as Word
  if (!/[a-z](?:ed|en|wn)$/.test(verb.lower) || words[e]?.lower !== 'by') return null
  // ("An official responded by saying …": "by" and a gerund tell how, after an active verb.)
  if (ingForm.test(words[e + 1]?.lower ?? '')) return null
  // (Only adverbs between the noun and the participle: "a fact first reported by …".)
  for (let k = a; k < i; k++) {
    const word = words[k] as Word
    if (!lyForm.test(word.lower) && !lexicons['cue-auxiliaries'].has(word.lower)) return null
    if (finiteVerbs.has(word.lower) || passiveAuxiliaries.has(word.lower)) return null
  }
  const head = words[a - 1]
  if (
    !head?.isWord ||
    isCapitalized(head) ||
    /[a-z](?:ed|ing|ly)$/.test(head.lower) ||
    finiteVerbs.has(head.lower) ||
    lexicons.pronouns.has(head.lower) ||
    lexicons.prepositions.has(head.lower) ||
    determinersBeforeNoun.has(head.lower) ||
    lexicons['cue-verbs'].has(head.lower) ||
    lexicons['irregular-pasts'].has(head.lower)
  )
    return null
  const noun = nounPhraseBefore(words, a, lexicons)
  if (!noun || !nounPhraseLeads.has(words[noun.from]?.lower ?? '')) return null
  const agent = phraseAfter(words, e + 1, lexicons)
  if (!agent) return null
  return { noun, agent }
}

/**
 * Whether `source` is a relative pronoun right after the noun it stands for, in the subject
 * of the sentence: no finite verb stands before it ("Voters who say …", not "Ortiz met voters
 * who say …" or "The group, which said …").
 */
function subjectRelativeSource(words: readonly Word[], source: WordRange): boolean {
  if (source.to !== source.from + 1) return false
  if (!relativePronouns.has(words[source.from]?.lower ?? '')) return false
  const noun = words[source.from - 1]
  if (!noun?.isWord) return false
  for (let k = 0; k < source.from; k++) {
    const word = words[k] as Word
    if (!word.isWord || word.capitalised) continue
    if (finiteVerbs.has(word.lower) || irregularPastCues.has(word.lower)) return false
    if (/[a-z]ed$/.test(word.lower) && !determinersBeforeNoun.has(words[k - 1]?.lower ?? ''))
      return false
  }
  return true
}

/** Prepositions of the matter a stance is taken on: "attacked on …", "criticized over …". */
const matterPrepositions = new Set(['for', 'on', 'over', 'about'])

/**
 * Where the main predicate resumes after a relative clause's object in [from, to): a finite
 * auxiliary or a past cue verb, or a lower-case "-ed" past after a noun or a comma — or `to`. A new clause with
 * its own subject ("…, and there were …") ends before that subject.
 */
function mainPredicateAfterRelative(
  words: readonly Word[],
  from: number,
  to: number,
  lexicons: Lexicons,
): number {
  for (let k = from + 1; k < to; k++) {
    const word = words[k] as Word
    const before = words[k - 1] as Word
    if (word.capitalised || (!before.isWord && before.value !== ',')) continue
    // ("to be", "was named", "if elected", "who are": the verb is not the main clause's.)
    if (
      before.lower === 'to' ||
      passiveAuxiliaries.has(before.lower) ||
      circumstanceOpeners.has(before.lower) ||
      relativePronouns.has(before.lower) ||
      ['that', 'if', 'and', 'or', 'but'].includes(before.lower)
    )
      continue
    // ("… who back Ruiz said …": a past cue verb too. Other irregular pasts may be base forms
    // or adjectives: "to move the party left", "to help spread the word".)
    const finite = finiteVerbs.has(word.lower) || irregularPastCues.has(word.lower)
    const past =
      !finite &&
      /[a-z]ed$/.test(word.lower) &&
      !objectDeterminers.has(before.lower) &&
      !before.lower.endsWith('ly') &&
      // ("the plan proposed by the mayor", "based on": a participle after its noun.)
      !lexicons.prepositions.has(words[k + 1]?.lower ?? '')
    if (!finite && !past) continue
    if (!subjectPronouns.has(before.lower) && before.lower !== 'there') return k
    // "…, and there were complaints": the clause ends before its subject and the link. (Not
    // "the woman he spent …": a pronoun with no link before it opens a relative clause.)
    if (!['and', 'but', ','].includes(words[k - 2]?.lower ?? '')) continue
    let cut = k - 1
    while (cut > from && ['and', 'but', ','].includes((words[cut - 1] as Word).lower)) cut--
    return cut
  }
  return to
}

/**
 * The comma in [from, to), outside quotations, after which the main predicate of a sentence
 * resumes — a finite or past-tense verb, perhaps after an adverb ("…, have also seen",
 * "…, recently ordered", "…, doesn't") — or `to`. A that-clause whose subject has an aside
 * ("that Lund, a judge, would …") is not cut before its own verb.
 */
function predicateAfterAside(
  doc: Doc,
  words: readonly Word[],
  from: number,
  to: number,
  lexicons: Lexicons,
): number {
  const index = docIndex(doc)
  let verbSeen = words[from]?.lower !== 'that'
  for (let k = from + 1; k < to - 1; k++) {
    const word = words[k] as Word
    if (word.value !== ',' || index.insideQuote(word.start)) {
      if (!verbSeen && isFinitePredicate(word)) verbSeen = true
      continue
    }
    const v = afterAdverbs(words, k + 1, to)
    const verb = words[v] as Word
    // ("…, which backed Ruiz, spent $3 million": an irregular past, not "-ed", resumes it too.)
    if (
      verbSeen &&
      (isFinitePredicate(verb) ||
        (lexicons['irregular-pasts'].has(verb.lower) && !isCapitalized(verb)))
    )
      return k
  }
  return to
}

/** A lower-case finite verb: an auxiliary, a past tense, a present in -s ("shows", not "famous"). */
function isFinitePredicate(word: Word): boolean {
  if (!word.isWord || isCapitalized(word)) return false
  const lower = word.lower
  return (
    finiteVerbs.has(lower) ||
    /^(?:does|do|did)n[’']t$/.test(lower) ||
    /[a-z]ed$/.test(lower) ||
    irregularPastCues.has(lower) ||
    (/[a-z][^su’']s$/.test(lower) && !determinersBeforeNoun.has(lower))
  )
}

/** Words that may stand before a document's name with nothing of its content: "a brief written statement". */
const documentModifiers = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'formal',
  'brief',
  'short',
  'written',
  'joint',
  'new',
  'separate',
  'lengthy',
])

/**
 * The words in [start, end) name a document and no more — "a statement", "a brief written
 * statement Sunday afternoon" — so a stance taking them ("issued a statement") says nothing.
 */
function bareDocumentObject(
  words: readonly Word[],
  start: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  let heads = 0
  for (let k = start; k < end; k++) {
    const word = words[k] as Word
    if (!word.isWord) return false
    if (lexicons['document-heads'].has(word.lower)) heads++
    else if (!documentModifiers.has(word.lower) && !lexicons['time-words'].has(word.lower))
      return false
  }
  return heads === 1
}

/**
 * From `from` to the sentence's end only a place's name: capitalised words, commas and
 * semicolons, "and", "from" ("Dunmore, Ohio; Wendt, from Lisbon").
 */
function placeOnlyAfter(words: readonly Word[], from: number): boolean {
  if (from >= words.length) return false
  for (let k = from; k < words.length; k++) {
    const word = words[k] as Word
    if (word.isWord) {
      if (!word.capitalised && word.lower !== 'and' && word.lower !== 'from') return false
    } else if (!/^[,;.]$/.test(word.value)) return false
  }
  return true
}

/** Articles that open a common-noun subject: "the judge", "a panel". */
const subjectArticles = new Set(['a', 'an', 'the'])

/** Relative pronouns that may stand for the object of a cue: "which he said …", "whom she called …". */
const objectRelatives = new Set(['which', 'who', 'whom', 'what'])

/**
 * The index of a relative pronoun right before the source that opens the clause the cue
 * stands in and is the cue's object ("the wall, which he said …"), or -1. The source must be a plain subject: a name,
 * a pronoun or a noun phrase ("which together vowed …" has the relative as its subject).
 */
function relativeBeforeSource(
  words: readonly Word[],
  source: WordRange,
  /** Where the cue starts: the source stands right before it, not in an earlier clause. */
  cue: number,
  lexicons: Lexicons,
  /** Where the cue ends, to tell a relative "that" by the subject its clause lacks. */
  after?: number,
): number {
  if (source.to !== cue) return -1
  // ("which even the boldest members doubt will pass": an adverb may stand before the subject.)
  let at = source.from - 1
  if (words[at]?.lower === 'even' || lyForm.test(words[at]?.lower ?? '')) at--
  const relative = words[at]
  if (!relative?.isWord) return -1
  // (Only "that" or a relative that may stand for an object opens such a clause: the word
  // before nearly every source is neither, and is turned away before the words after the cue
  // are read.)
  if (relative.lower !== 'that' && !objectRelatives.has(relative.lower)) return -1
  // "the fund that most members believe is needed", "a gap that experts say renders …":
  // "that" is a relative, not the opener of a that-clause, when the clause after the cue has
  // no subject of its own — a finite verb comes first.
  // (An auxiliary or a past tense: a word in "-s" after the cue is as often a plural noun,
  // "propose efforts that …".)
  const gapVerb = after === undefined ? undefined : words[afterAdverbs(words, after, words.length)]
  // ("the rules, which officials said will take effect …": after "which", "what" or "who"
  // the gap shows the same, whatever the subject — a bare plural too.)
  const subjectGap =
    (relative.lower === 'that' || objectRelatives.has(relative.lower)) &&
    gapVerb?.isWord === true &&
    !isCapitalized(gapVerb) &&
    (finiteVerbs.has(gapVerb.lower) ||
      lexicons.modals.has(gapVerb.lower) ||
      /[a-z]ed$/.test(gapVerb.lower) ||
      lexicons['irregular-pasts'].has(gapVerb.lower) ||
      irregularPastCues.has(gapVerb.lower) ||
      presentVerbGap(words, afterAdverbs(words, after ?? 0, words.length), lexicons))
  if (!objectRelatives.has(relative.lower) && !subjectGap) return -1
  // "in which he said …", "of which most say …": the relative is a preposition's, and the
  // clause after the cue is whole.
  // ("of what most say is needed": a free relative is the preposition's object whole.)
  const before = words[at - 1]?.lower ?? ''
  if (
    relative.lower !== 'what' &&
    (lexicons.prepositions.has(before) || circumstancePrepositions.has(before))
  )
    return -1
  // (With a subject gap the clause is a relative whatever opens its subject: "that most
  // members believe is needed".)
  // ("what economists call spending": after a free relative, a bare plural is a subject too.)
  const barePlural =
    relative.lower === 'what' &&
    source.to - source.from <= 3 &&
    words.slice(source.from, source.to).every((w) => w.isWord && !isCapitalized(w)) &&
    /[a-z][^s'’]s$/.test((words[source.to - 1] as Word).lower)
  return source.to - source.from <= 6 &&
    (subjectGap || barePlural || isPlainSubject(words, source, lexicons))
    ? at
    : -1
}

/**
 * The verb at `i` stands in a relative clause that lost its subject to the relative pronoun
 * before the verb's own subject: "a move that the firm hopes will calm investors", "roads,
 * which planners argue reduce traffic". A relative word opens a short subject of plain words
 * — no mark, no auxiliary — and right after the verb comes a finite verb or a modal, the
 * verb of the clause the relative stands in. (So "hopes" is no plural noun there, and a verb
 * needing a that-clause has its clause.)
 */
function relativeSubjectGapAt(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const gapVerb = words[afterAdverbs(words, i + 1, words.length)]
  return (
    gapVerb?.isWord === true &&
    !isCapitalized(gapVerb) &&
    (finiteVerbs.has(gapVerb.lower) || lexicons.modals.has(gapVerb.lower)) &&
    relativeBeforeSubject(words, i, lexicons) !== null
  )
}

/**
 * The relative word ("that", "which", "what", "who", "whom") opening a short subject of plain
 * words — no mark, no auxiliary — right before the verb at `i`: "that the firm" before
 * "hopes", "whom most voters" before "see". Not a preposition's relative: "in which
 * officials said …" leaves the clause whole ("of what most say …" does not).
 */
function relativeBeforeSubject(words: readonly Word[], i: number, lexicons: Lexicons): Word | null {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const word = words[k] as Word
    if (!word.isWord) return null
    if (k < i - 1 && subjectGapRelatives.has(word.lower)) {
      const before = words[k - 1]?.lower ?? ''
      return word.lower === 'what' || !lexicons.prepositions.has(before) ? word : null
    }
    if (finiteVerbs.has(word.lower) || lexicons.modals.has(word.lower)) return null
  }
  return null
}

/** Relative words whose clause may have lost its subject: "that", "which", "what", "who". */
const subjectGapRelatives = new Set(['that', 'which', 'what', 'who', 'whom'])

/**
 * A present tense in "-s" at `k` that is the verb of a clause whose subject went to a
 * relative: "a gap that experts say renders the wall useless". As often it is a plural noun
 * opening the clause's own subject ("efforts that …", "officials say costs rose", "learned lots
 * of …"), so the word after it must open its object: a word that is no verb, no preposition,
 * no "that", no "to".
 */
function presentVerbGap(words: readonly Word[], k: number, lexicons: Lexicons): boolean {
  const verb = words[k]
  const object = words[k + 1]
  return (
    verb?.isWord === true &&
    !isCapitalized(verb) &&
    /[a-z][^su’']s$/.test(verb.lower) &&
    !determinersBeforeNoun.has(verb.lower) &&
    object?.isWord === true &&
    !finiteVerbs.has(object.lower) &&
    !lexicons.modals.has(object.lower) &&
    !/[a-z]ed$/.test(object.lower) &&
    !lexicons['irregular-pasts'].has(object.lower) &&
    !/[a-z][^su’']s$/.test(object.lower) &&
    !lexicons.prepositions.has(object.lower) &&
    object.lower !== 'that' &&
    object.lower !== 'to'
  )
}

/** `end` moved back past commas and semicolons closing a stretch: "Lee," ends after "Lee". */
function wordEnd(words: readonly Word[], start: number, end: number): number {
  let to = end
  while (to > start + 1 && /^[,;]$/.test((words[to - 1] as Word).value)) to--
  return to
}

/**
 * A relative clause with no pronoun ("a fact she mentions", "an offer the council
 * rebuffed"): the noun phrase it is about, opened by a determiner, right before its subject
 * — inside the subject phrase found for the cue ("an offer the council"), or just before a
 * short one ("a fact" + "she"). Its head is no time word ("Last week she …").
 */
function contactAntecedent(
  words: readonly Word[],
  source: WordRange,
  cue: number,
  lexicons: Lexicons,
  /**
   * The cue's infinitive ends without its object ("hoped to have."): a name right after a
   * common noun is then the relative clause's subject, not the noun's apposition ("the post
   * Lund hoped to win.").
   */
  infinitiveGap = false,
): { noun: WordRange; source: WordRange } | null {
  if (source.to !== cue) return null
  // A plain noun phrase: no verb, participle, infinitive or quote in it, and "of" its only
  // preposition ("the sort of change"), so that "a post getting a lot of clicks" or "the
  // last man to mount a race" is no antecedent.
  // (An -ing word is a verb form only with a vowel in the stem before it: "thing", "string"
  // and "king" are nouns, so "the last thing she wants" is a noun phrase.)
  const verbLike = (word: Word) =>
    /[a-z]ed$/.test(word.lower) ||
    (ingForm.test(word.lower) && vowel.test(word.lower.slice(0, -3))) ||
    finiteVerbs.has(word.lower) ||
    lexicons['cue-verbs'].hasWord(word.lower) ||
    lexicons['belief-verbs'].hasWord(word.lower) ||
    lexicons['irregular-pasts'].hasWord(word.lower)
  const plainNoun = (from: number, to: number) => {
    // ("outrageous things the mayor has said": a plural needs no determiner.)
    const barePlural =
      from === source.from &&
      !isCapitalized(words[from] as Word) &&
      /[a-z]s$/.test(words[to - 1]?.lower ?? '')
    if (to - from > 6 || !(nounPhraseLeads.has(words[from]?.lower ?? '') || barePlural))
      return false
    for (let k = from; k < to; k++) {
      const word = words[k] as Word
      if (!word.isWord || word.lower === 'to' || verbLike(word)) return false
      if (word.lower !== 'of' && lexicons.prepositions.hasWord(word.lower)) return false
    }
    const head = words[to - 1] as Word
    return (
      !isCapitalized(head) &&
      !nounPhraseLeads.has(head.lower) &&
      !determinersBeforeNoun.has(head.lower) &&
      !lexicons.pronouns.hasWord(head.lower) &&
      !lexicons['time-words'].hasWord(head.lower) &&
      !lexicons.prepositions.hasWord(head.lower) &&
      // ("the states where they …", "lower than we want", "until they attack")
      !subordinators.includes(head.lower) &&
      !appositiveRelatives.has(head.lower) &&
      !circumstancePrepositions.has(head.lower) &&
      !['and', 'or', 'but', 'than', 'by'].includes(head.lower)
    )
  }
  // The subject after the noun phrase: a pronoun, or "the"/"a" and a phrase with a common
  // noun in it (a bare name after a noun is more likely its apposition: "the group the
  // Harlow League").
  const opensSubjectHere = (j: number) =>
    subjectPronouns.has((words[j] as Word).lower) ||
    // ("the kind of judge many voters fear she would choose": a quantifier of plurals and its
    // noun, a name or not, open a subject, never a noun phrase's apposition.)
    (lexicons['plural-quantifiers'].hasWord((words[j] as Word).lower) && j + 1 < source.to) ||
    (infinitiveGap && isCapitalized(words[j] as Word) && !isCapitalized(words[j - 1] as Word)) ||
    (['the', 'a'].includes((words[j] as Word).lower) &&
      words.slice(j + 1, source.to).some((w) => w.isWord && !isCapitalized(w)))
  // ("the only Republican whom Ortiz endorsed": a relative pronoun of its own.)
  if (words.slice(source.from, source.to).some((w) => appositiveRelatives.has(w.lower))) return null
  // (The subject has no verb of its own: in "all the experts I interviewed said" the
  // relative clause is inside the subject of "said".)
  const plainSubjectFrom = (j: number) =>
    words.slice(j, source.to).every((w) => !w.isWord || !verbLike(w))
  // "something the council wanted", "everything Ortiz says": an indefinite pronoun heads it.
  if (
    lexicons['indefinite-pronouns'].hasWord(words[source.from]?.lower ?? '') &&
    source.to - source.from >= 2 &&
    plainSubjectFrom(source.from + 1) &&
    // The words after it open a subject: a pronoun, a determiner, a quantifier or a name.
    // ("someone in the audience shouted", "someone like Ortiz would": a phrase that opens no
    // subject describes the pronoun.)
    opensIndefinitesClause(words[source.from + 1] as Word, lexicons)
  )
    return {
      noun: { from: source.from, to: source.from + 1 },
      source: { from: source.from + 1, to: source.to },
    }
  if (
    lexicons['indefinite-pronouns'].hasWord(words[source.from - 1]?.lower ?? '') &&
    source.to - source.from <= 4 &&
    plainSubjectFrom(source.from)
  )
    return { noun: { from: source.from - 1, to: source.from }, source }
  for (let j = source.from + 2; j < source.to; j++) {
    if (opensSubjectHere(j) && plainSubjectFrom(j) && plainNoun(source.from, j))
      return { noun: { from: source.from, to: j }, source: { from: j, to: source.to } }
  }
  // ("Ortiz faces a fight the union expects to win": the stretch found for the subject may
  // run back over the main clause's subject and verb; the noun phrase then opens after that
  // verb.)
  for (let f = source.from + 1; f < source.to - 2; f++) {
    const verb = words[f - 1] as Word
    if (
      !nounPhraseLeads.has((words[f] as Word).lower) ||
      !verb.isWord ||
      isCapitalized(verb) ||
      lexicons.prepositions.hasWord(verb.lower) ||
      !(finiteVerbs.has(verb.lower) || /[a-z](?:s|ed)$/.test(verb.lower))
    )
      continue
    for (let j = f + 2; j < source.to; j++) {
      if (opensSubjectHere(j) && plainSubjectFrom(j) && plainNoun(f, j))
        return { noun: { from: f, to: j }, source: { from: j, to: source.to } }
    }
  }
  if (source.to - source.from > 4) return null
  const first = words[source.from] as Word
  if (!subjectPronouns.has(first.lower) && !isCapitalized(first) && first.lower !== 'the')
    return null
  const noun = nounPhraseBefore(words, source.from, lexicons)
  if (!noun || noun.to !== source.from || !plainNoun(noun.from, noun.to)) return null
  return { noun, source }
}

/** Whether `word` can open the subject of a clause after an indefinite pronoun. */
function opensIndefinitesClause(word: Word, lexicons: Lexicons): boolean {
  return (
    subjectPronouns.has(word.lower) ||
    determinersBeforeNoun.has(word.lower) ||
    lexicons['plural-quantifiers'].hasWord(word.lower) ||
    isCapitalized(word)
  )
}

/**
 * Whether the cue ending before `e` lacks its object before an infinitive, as in a relative
 * clause about the noun phrase before its subject: "the job she hoped to have", or "a defeat
 * Reyes believes to be the worst", where a verb that takes its object before "to be"
 * (`object-raising-verbs`) has none there.
 */
function cueInfinitiveGap(words: readonly Word[], e: number, lexicons: Lexicons): boolean {
  return (
    infinitiveGapAt(words, e, lexicons, true) ||
    (words[e]?.lower === 'to' &&
      words[e + 1]?.lower === 'be' &&
      lexicons['object-raising-verbs'].has((words[e - 1] as Word).lower))
  )
}

/**
 * Whether an infinitive at `from` lacks its verb's object: "to have.", "to hold in May",
 * "to risk losing." — the object is the noun phrase a relative clause is about ("the job she
 * hoped to have"). ("to sell it", "to go to Harlow" have theirs, or need none.)
 */
function infinitiveGapAt(
  words: readonly Word[],
  from: number,
  lexicons: Lexicons,
  /** Only a clause ending after the verb, or a stranded preposition: no "to march in May". */
  strict = false,
): boolean {
  if (words[from]?.lower !== 'to') return false
  let v = from + 1
  const verb = words[v]
  if (
    !verb?.isWord ||
    isCapitalized(verb) ||
    determinersBeforeNoun.has(verb.lower) ||
    lexicons.pronouns.has(verb.lower) ||
    lexicons.prepositions.has(verb.lower)
  )
    return false
  // ("to risk losing", "to be running": a verb taking a gerund, or a progressive.)
  if (ingForm.test(words[v + 1]?.lower ?? '')) v++
  // ("to hear about.": a preposition left without its object.)
  const after = words[v + 1]
  if (after?.isWord && lexicons.prepositions.has(after.lower) && !words[v + 2]?.isWord)
    return !isQuoteMark(words[v + 2]?.value ?? '')
  if (strict) return after !== undefined && !after.isWord && objectGapAt(words, v + 1, lexicons)
  return objectGapAt(words, v + 1, lexicons)
}

/**
 * "a deal that the mayor doesn't want to risk losing": a relative "that" right before the
 * source, after a noun phrase — the antecedent a gapped infinitive is about. (Not after a
 * noun of saying or a cue, whose "that" opens what was said: "the claim that …".)
 */
function thatRelativeAntecedent(
  words: readonly Word[],
  source: WordRange,
  cue: number,
  lexicons: Lexicons,
): { noun: WordRange; source: WordRange } | null {
  if (source.to !== cue || words[source.from - 1]?.lower !== 'that') return null
  const noun = nounPhraseBefore(words, source.from - 1, lexicons)
  const head = words[source.from - 2]
  if (
    !noun ||
    !head?.isWord ||
    isCapitalized(head) ||
    lexicons['nominal-cues'].firstWords().has(head.lower) ||
    lexicons['cue-verbs'].has(head.lower) ||
    lexicons['speech-nouns'].has(head.lower) ||
    // ("Experts suggest however that elders do not plan to …": a verb of saying or belief
    // before the "that" makes it the one opening what was said, not a relative.)
    words
      .slice(noun.from, noun.to)
      .some(
        (word) =>
          finiteVerbs.has(word.lower) ||
          lexicons['cue-verbs'].has(word.lower) ||
          lexicons['belief-verbs'].has(word.lower),
      )
  )
    return null
  return { noun, source }
}

/**
 * Whether the verb group ending before `from` has no object of its own: the clause ends
 * there (a mark other than a quote or colon, or "and", "but"), or only where or when it
 * happened follows up to the next mark ("which Ortiz opposed in 2019,", "which she denies.").
 */
function objectGapAt(words: readonly Word[], from: number, lexicons: Lexicons): boolean {
  const next = words[from]
  if (!next) return true
  // ("which she said, “…”": the quotation after the comma is what was said; "which she
  // thought (wrongly) only she could read": the report goes on after an aside.)
  if (!next.isWord)
    return (
      !isQuoteMark(next.value) &&
      next.value !== ':' &&
      next.value !== '(' &&
      !isQuoteMark(words[from + 1]?.value ?? '')
    )
  if (next.lower === 'and' || next.lower === 'but') return true
  // ("the mail they never asked for or …", "a cause she has fought for."): a preposition left
  // standing at the clause's end has its object in the noun before the subject.
  const after = words[from + 1]
  if (
    lexicons.prepositions.has(next.lower) &&
    (!after || !after.isWord || after.lower === 'or' || after.lower === 'and')
  )
    return true
  if (
    next.lower === 'to' ||
    !(circumstancePrepositions.has(next.lower) || lexicons['time-words'].has(next.lower))
  )
    return false
  for (let k = from + 1; k < Math.min(words.length, from + 10); k++) {
    const word = words[k] as Word
    if (isQuoteMark(word.value) || word.value === ':') return false
    if (!word.isWord) return true
    if (
      word.lower === 'that' ||
      finiteVerbs.has(word.lower) ||
      lexicons['cue-verbs'].has(word.lower)
    )
      return false
  }
  return words.length <= from + 10
}

/**
 * The words from `start` to `end` are a name of one or two capitalised words, not a time:
 * "endorsed Ruiz", "attacked Ana Lund" — what a stance is about.
 */
function isNamedObject(
  words: readonly Word[],
  start: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  if (end - start < 1 || end - start > 2) return false
  for (let k = start; k < end; k++) {
    const word = words[k] as Word
    if (!word.isWord || !isCapitalized(word) || lexicons['time-words'].has(word.lower)) return false
  }
  return true
}

/** Words that stand for what was said: "said so", "said as much", "said the same thing". */
const proForms = [['as', 'much'], ['the', 'same', 'thing'], ['the', 'same'], ['so'], ['otherwise']]

/** The length of a pro-form ("as much", "so", "yes") starting at `start`, or 0. */
function proFormLength(words: readonly Word[], start: number, lexicons: Lexicons): number {
  // "said yes", "said no, no, no": an answer, repeated or not, stands for what was said.
  if (lexicons['answer-words'].hasWord(words[start]?.lower ?? '')) {
    let length = 1
    while (
      words[start + length]?.value === ',' &&
      lexicons['answer-words'].hasWord(words[start + length + 1]?.lower ?? '')
    )
      length += 2
    return length
  }
  for (const form of proForms) {
    if (form.every((w, k) => words[start + k]?.lower === w)) return form.length
  }
  return 0
}

/**
 * Where a name of up to five capitalised words (titles and initials included) starting at
 * `start` ends — "Ms. Ana Lund", "Gov. J. R. Ruiz" — or -1 if no name starts there, or the
 * name is only a time ("Thursday", "June").
 */
function namedObjectEnd(words: readonly Word[], start: number, lexicons: Lexicons): number {
  let k = start
  while (k < words.length && k - start < 8) {
    const word = words[k] as Word
    if (word.isWord && isCapitalized(word) && !lexicons['time-words'].has(word.lower)) k++
    else if (word.value === '.' && k > start && words[k + 1]?.isWord) k++
    else break
  }
  if (
    k === start ||
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(
      (words[start] as Word).lower,
    )
  )
    return -1
  return k
}

/**
 * A quote closing on "?", "!" or "," ends right before the sentence, in the same paragraph.
 */
function quoteEndsBefore(doc: Doc, sentence: SentenceWords): boolean {
  const first = sentence.words[0]
  if (!first) return false
  for (const quote of docIndex(doc).quotesOverlapping(first.start - 4, first.start)) {
    const end = quote.end.offset
    if (end > first.start || /\S|\n/.test(doc.text.slice(end, first.start))) continue
    if (quotedClauseEnd.test(quote.inner.text.trimEnd())) return true
  }
  return false
}

/**
 * Words before a gerund whose subject is the sentence's: "opened by saying", "for claiming",
 * "a record of opposing the levy", "took the step of announcing that …".
 */
const gerundLeads = new Set(['by', 'for', 'after', 'before', 'while', 'when', 'upon', 'in', 'of'])
/** Of those, the ones whose gerund takes a stance the subject holds: "won by denouncing the deal". */
const stanceGerundLeads = new Set(['by', 'for', 'after', 'in', 'of'])

/** Prepositions of time and place: never the start of a stance's object. */
const placePrepositions = new Set(['in', 'on', 'at', 'during'])

/** Subordinators that open only a clause, never a phrase: "declined when asked", "because …". */
const clauseOnlyOpeners = new Set([
  'when',
  'while',
  'because',
  'until',
  'although',
  'though',
  'unless',
])

/** Words after a verbless object that open when or why the act was done: "after the vote". */
const objectEndingSubordinators = new Set([
  'after',
  'before',
  'although',
  'because',
  'since',
  'while',
])

/**
 * Whether a new clause's subject and its verb start at `from` (after a bare "and" or "but"):
 * a name, or an article or possessive and a noun, of up to four words, then a past tense, a
 * finite form of "be", "have" or "do", or a modal — "Vance fired", "his campaign did not
 * respond", "the board has voted". Not a noun phrase alone ("and the council's budget").
 */
function clauseSubjectAt(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  const first = words[from]
  if (
    !first?.isWord ||
    !(
      isCapitalized(first) ||
      determinersBeforeNoun.has(first.lower) ||
      possessivePronouns.has(first.lower)
    )
  )
    return false
  for (let k = from + 1; k < Math.min(end, from + 5); k++) {
    const word = words[k] as Word
    if (!word.isWord) return false
    if (isCapitalized(word)) continue
    const lower = word.lower
    // (Right after an article a past participle describes the noun: "the embattled mayor".)
    const past =
      (k > from + 1 || isCapitalized(first)) &&
      (/^[a-z]+ed$/.test(lower) || lexicons['irregular-pasts'].has(lower))
    if (finiteVerbs.has(lower) || lexicons.modals.has(lower) || /n['’]t$/.test(lower) || past)
      return true
    if (lexicons.prepositions.has(lower) || lower === 'and' || lower === 'or' || lower === 'that')
      return false
  }
  return false
}

/** Whether `word` is a lower-case -ing participle that can open a clause ("after cutting"). */
function participleOpensAt(word: Word | undefined, lexicons: Lexicons): boolean {
  return (
    word?.isWord === true &&
    !isCapitalized(word) &&
    ingForm.test(word.lower) &&
    !lexicons['time-words'].has(word.lower)
  )
}

/** Subordinators that open circumstance after a cue: "asked as the vote began". */
const circumstanceOpeners = new Set([
  'when',
  'as',
  'while',
  'before',
  'after',
  'because',
  'since',
  'until',
])

/**
 * Reports of saying whose words after the cue tell only how or when it was said ("Ortiz said as
 * she turned to go."): their content is a quotation before the cue or one opening the next
 * sentence (`attachQuotes`).
 */
const sayingBeforeCircumstance = new WeakSet<FoundAttribution>()

/**
 * A clause of how or while something was said opens at `k`: "while" ("wrote while a
 * student"), "as if", or "as" before a subject pronoun or a name ("said as she left", "as
 * Lund spoke"). Not "as" before a phrase, which many verbs take as their complement
 * ("described as a leader", "acknowledged as much").
 */
function mannerClauseAt(words: readonly Word[], k: number): boolean {
  const word = words[k]
  const next = words[k + 1]
  if (!word?.isWord || !next?.isWord) return false
  if (word.lower === 'while') return true
  if (word.lower !== 'as') return false
  if (next.lower === 'if' || subjectPronouns.has(next.lower)) return true
  // ("promised as Senate candidates to lead …": a role, the infinitive still to come.)
  return isCapitalized(next) && !words.slice(k + 2).some((w) => w.lower === 'to')
}

/**
 * What follows the cue at `from` is circumstance, not a report: a participle after a comma
 * (", repeating …"), or a subordinate clause with no "that" and no quote in it.
 */
function circumstanceAfter(words: readonly Word[], from: number, lexicons: Lexicons): boolean {
  const next = words[from]
  if (!next) return false
  // (", not finishing the joke": a negated participle is circumstance too.)
  const participle = words[from + 1]?.lower === 'not' ? from + 2 : from + 1
  if (next.value === ',' && ingForm.test(words[participle]?.lower ?? '')) return true
  if (!circumstanceOpeners.has(next.lower)) return false
  for (let k = from + 1; k < words.length; k++) {
    const word = words[k] as Word
    if (word.lower === 'that' || isQuoteMark(word.value)) return false
    if (lexicons['cue-verbs'].has(word.lower)) return false
  }
  return true
}

/**
 * "Asked about the delay, the mayor said …", "when asked whether he would run, he …": a
 * question put to someone, with the asker left out. The question (up to its comma) is
 * attributed to no one in particular; the answer is the next cue's.
 */
function questionPut(
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): FoundAttribution | null {
  const { words } = sentence
  const asked = words[i] as Word
  const previous = words[i - 1]
  if (asked.lower !== 'asked') return null
  if (previous && !(previous.value === ',' || questionLeads.has(previous.lower))) return null
  // "Asked by a reporter whether …", "When asked by Ortiz to respond, …": the one who put the
  // question is its source.
  if (words[i + 1]?.lower === 'by') {
    let question = i + 2
    while (question < Math.min(words.length, i + 9)) {
      const word = words[question] as Word
      if (!word.isWord && word.value !== '.') return null
      if (question > i + 2 && (questionWords.has(word.lower) || word.lower === 'to')) break
      question++
    }
    const opener = words[question]
    if (!opener || !(questionWords.has(opener.lower) || opener.lower === 'to')) return null
    return questionAsked(sentence, asked, question, { from: i + 2, to: question })
  }
  // "Asked on Monday whether …", "Asked during a debate why …": when the question was put
  // may stand between "asked" and the question word.
  let question = i + 1
  while (
    question < Math.min(words.length, i + 8) &&
    !questionWords.has((words[question] as Word).lower)
  ) {
    const word = words[question] as Word
    if (!word.isWord || word.lower === 'by' || word.lower === 'that') return null
    question++
  }
  if (!questionWords.has(words[question]?.lower ?? '')) return null
  // ("Asked Tuesday about the levy", "when asked specifically what …": a time word or an
  // adverb of manner may stand there as well.)
  const between = words[i + 1] as Word
  if (
    question > i + 1 &&
    !circumstancePrepositions.has(between.lower) &&
    !lexicons['time-words'].has(between.lower) &&
    !lyForm.test(between.lower)
  )
    return null
  return questionAsked(sentence, asked, question, null)
}

/** The question opening at `question` (up to its comma) as what `asked` reports, by `asker`. */
function questionAsked(
  sentence: SentenceWords,
  asked: Word,
  question: number,
  asker: WordRange | null,
): FoundAttribution | null {
  const { words } = sentence
  const end = lastContentIndex(words)
  let to = question + 1
  // (Up to its comma, or a colon or semicolon: "when asked about it: “…”".)
  while (to < end && !/^[,:;]$/.test((words[to] as Word).value)) to++
  // ("When asked why, Ortiz …": "why" alone is the whole question.)
  if (to - question < 2 && !(words[question]?.lower === 'why' && words[to]?.value === ','))
    return null
  // ("Asked whether the ferry “would run,” …": a quote closing right after the comma closes
  // inside the question.)
  const closing = words[to + 1]
  const last =
    words[to]?.value === ',' &&
    closing &&
    isQuoteMark(closing.value) &&
    !isOpeningQuote(closing.value) &&
    closing.start === (words[to] as Word).end
      ? closing
      : (words[to - 1] as Word)
  return make(
    sentence,
    asker,
    { start: asked.start, end: asked.end, lemma: 'asked' },
    { start: (words[question] as Word).start, end: last.end },
  )
}
const questionWords = new Set([
  'about',
  'if',
  'whether',
  'what',
  'how',
  'why',
  'who',
  'whom',
  'which',
  'when',
  'where',
])
const questionLeads = new Set(['when', 'after', 'once', 'if', 'while'])

/** The quote that closes at word `close` makes up most of the sentence before it (not a title). */
/**
 * After the cue at `from` a report of its own opens — a word that is no preposition, adverb,
 * time, listener or aside ("said yes", "said the two cases differ") — and no quotation or
 * colon follows in the sentence, which would carry what was said.
 */
function reportOpensAfter(
  words: readonly Word[],
  from: number,
  verb: Word,
  lexicons: Lexicons,
): boolean {
  const first = words[from]
  if (!first?.isWord) return false
  if (
    lexicons.prepositions.has(first.lower) ||
    circumstancePrepositions.has(first.lower) ||
    lexicons['time-words'].has(first.lower) ||
    lyForm.test(first.lower) ||
    isCapitalized(first) ||
    listenerOnlyAfter(words, from, verb, lexicons)
  )
    return false
  return !words.slice(from).some((w) => w.value === ':' || isQuoteMark(w.value))
}

/** The quote that closes at word `close` opens its sentence: no word stands before it. */
function quoteOpensSentence(doc: Doc, sentence: SentenceWords, close: number): boolean {
  const closing = sentence.words[close]
  if (!closing) return false
  const quote = docIndex(doc).quoteEndingNear(closing.end, 0)
  if (!quote) return false
  return !sentence.words.some((w) => w.isWord && w.end <= quote.start.offset)
}

function quoteLeads(doc: Doc, sentence: SentenceWords, close: number): boolean {
  const closing = sentence.words[close]
  const first = sentence.words[0]
  if (!closing || !first) return false
  const quote = docIndex(doc).quoteEndingNear(closing.end, 0)
  if (!quote) return false
  const before = closing.end - Math.min(first.start, quote.start.offset)
  return quote.end.offset - quote.start.offset >= 0.5 * before
}

/**
 * Where reported content ends inside its sentence: before a participle clause (", encouraging
 * …"), a relative clause (", which …"), a semicolon, a dash aside, or a second reporting verb
 * ("and called for …") — but never inside a quotation.
 */
/**
 * A stance verb takes a thing, not a clause: "attacked her opponent as a fraud during the
 * debate" — the content is the object and its complement; the circumstances after it
 * (a time, a place, a relative clause, a second predicate) are the reporter's.
 */
function objectEnd(
  doc: Doc,
  words: readonly Word[],
  start: number,
  end: number,
  lexicons: Lexicons,
  /**
   * The verb puts a label on its object ("called the levy a mistake";
   * data/characterizing-verbs.txt): a "because" clause then gives the speaker's grounds for
   * the label and stays in the report.
   */
  labelsObject = false,
): number {
  const index = docIndex(doc)
  for (let k = start + 1; k < end; k++) {
    const word = words[k] as Word
    if (index.insideQuote(word.start)) continue
    const next = words[k + 1]
    if (
      word.value === ',' &&
      next &&
      ['which', 'although', 'though', 'while', 'whereas'].includes(next.lower)
    )
      return k
    if (word.value === ',' && next?.lower === 'who') {
      const joined = joinedPersonBefore(words, start, k)
      if (joined >= 0) return joined
    }
    // "backed Ruiz, providing a boost to her bid": a participle after a comma adds the
    // writer's comment or a second act, not more of the object. ("including" lists more.)
    if (
      word.value === ',' &&
      next?.isWord &&
      !next.capitalised &&
      /[a-z]{2}ing$/.test(next.lower) &&
      next.lower !== 'including' &&
      // ("called him a kind, loving man": two adjectives of one noun.)
      !adjectiveSeries(words, k, next) &&
      // ("backs raising fares, cutting routes and …": a gerund object's list goes on.)
      !gerundList(words, start, k)
    )
      return k
    if (
      ['during', 'after', 'before', 'although', 'because', 'since', 'while', 'when'].includes(
        word.lower,
      ) &&
      !(labelsObject && word.lower === 'because' && labelBefore(words, start, k)) &&
      // ("called the plan “a giveaway” because …", "rejected it as “absurd” because …": after
      // the speaker's own quoted words the reason given is the speaker's too.)
      !(word.lower === 'because' && words.slice(start, k).some((w) => index.insideQuote(w.start)))
    )
      return k
    if (
      word.lower === 'and' &&
      next &&
      ['has', 'had', 'was', 'is', 'then', 'later'].includes(next.lower)
    )
      return k
    // "railed against the tax code and cast himself as an outsider", "agreed with Lund and
    // seemed to think …": a second predicate.
    if (
      word.lower === 'and' &&
      next?.isWord &&
      !isCapitalized(next) &&
      /[a-z](?:ed|ing)$/.test(next.lower) &&
      // ("backs raising fares and cutting routes": a gerund object's list goes on.)
      !(ingForm.test(next.lower) && ingForm.test(words[start]?.lower ?? '')) &&
      (opensSubject(words[k + 2], lexicons) ||
        (/[a-z]ed$/.test(next.lower) && words[k + 2]?.lower === 'to'))
    )
      return k
    // "called him a decent man and he didn't mention the others": a subject pronoun after
    // "and" or "but" opens a clause of the writer's.
    if (
      (word.lower === 'and' || word.lower === 'but') &&
      subjectPronouns.has(next?.lower ?? '') &&
      words[k + 2]?.isWord
    )
      return words[k - 1]?.value === ',' ? k - 1 : k
    if (
      (word.lower === 'and' || word.lower === 'but') &&
      secondPredicateAfter(words, k + 1, end, lexicons) &&
      !relativeBetween(words, start, k)
    )
      return words[k - 1]?.value === ',' ? k - 1 : k
    // "endorsed Kirby, but told reporters …", "backed the levy, and then left": after the
    // object, a comma and a conjunction before a lower-case word that opens no noun phrase
    // start a second predicate (a list goes on: "praised Lee, Kim, and Ruiz").
    if (
      word.value === ',' &&
      (next?.lower === 'but' || next?.lower === 'and') &&
      words[k + 2]?.isWord &&
      !isCapitalized(words[k + 2] as Word) &&
      !determinersBeforeNoun.has(words[k + 2]?.lower ?? '') &&
      !possessivePronouns.has(words[k + 2]?.lower ?? '') &&
      !relativeBetween(words, start, k) &&
      // ("attacked voters, lawmakers, and thinkers": a comma before it makes a list.)
      !words.slice(start, k).some((w) => w.value === ',')
    )
      return k
    // "endorsed Lee, but told the Gazette …", "endorsed Lee, but he had doubts": after a
    // comma, a conjunction before a subject pronoun or a verb opens a clause of its own.
    if (
      (word.lower === 'but' || word.lower === 'and') &&
      words[k - 1]?.value === ',' &&
      next?.isWord &&
      !next.capitalised &&
      (subjectPronouns.has(next.lower) ||
        lexicons['cue-verbs'].has(next.lower) ||
        lexicons['irregular-pasts'].has(next.lower) ||
        /[a-z]ed$/.test(next.lower))
    )
      return k - 1
    // "welcomed the deal as he faced a tough vote": a clause of the reporter's.
    if (word.lower === 'as' && subjectPronouns.has(next?.lower ?? '')) return k
    if (word.lower === 'in' && next && ['a', 'an', 'his', 'her', 'their'].includes(next.lower))
      return k
    // "dismissed the charge by pointing out …", "defended the ban by citing a poll": "by" and a
    // gerund say how the speaker went about it — the means, not more of the object.
    // "endorsed Ortiz at a news conference", "stressed those worries on Sunday at a forum": a
    // time or an occasion of speaking after the object says when or where, not what.
    if (
      (word.lower === 'on' || word.lower === 'at') &&
      occasionAfter(words, k + 1, end, lexicons) &&
      objectWithoutVerb(words, start, k, lexicons)
    )
      return k
    // "favored Ortiz by 12 points", "backed Ortiz, 57 percent to 22 percent": how wide a
    // group's lead for the object was is the poll's figure, not more of the object.
    // (Not inside a clause: "that Ortiz leads 47 percent to 41 percent" is all reported.)
    const margin = marginAt(words, k, end, lexicons)
    if (margin >= 0 && objectWithoutVerb(words, start, margin, lexicons)) return margin
    // (Not after a colon or a comma: "seek it: by filing suit, by asking …" lists the means
    // as the object.)
    if (
      word.lower === 'by' &&
      words[k - 1]?.isWord === true &&
      next?.isWord &&
      !isCapitalized(next) &&
      ingForm.test(next.lower) &&
      !lexicons['time-words'].has(next.lower) &&
      // (Only after a noun phrase: in "decided to balance things out by inviting …" or
      // "proposed paying for it by raising taxes" the means belongs to the verb reported.)
      objectWithoutVerb(words, start, k, lexicons)
    )
      return k
  }
  // (The clause may already end at the relative's comma.)
  if (words[end]?.value === ',' && words[end + 1]?.lower === 'who') {
    const joined = joinedPersonBefore(words, start, end)
    if (joined >= 0) return joined
  }
  return end
}

/**
 * "signed the bill, and his wife, Ana, who spoke of …": a person joined after a stance's
 * object with a relative clause of her own (", who" at `comma`) is a new subject, not more
 * of the object — where the ", and" joining her starts, or -1.
 */
function joinedPersonBefore(words: readonly Word[], start: number, comma: number): number {
  for (let j = comma - 2; j > start; j--) {
    if (words[j]?.lower === 'and' && words[j - 1]?.value === ',') return j - 1
  }
  return -1
}

/**
 * Where a margin of a vote or poll starts at `k` — "by 12 points", "by a wide margin", "by
 * about a 12 percentage point margin",
 * "57 percent to 22 percent", ", 49% to 41%", "(37% to 28%)" — with the comma or parenthesis
 * before it, or -1.
 */
function marginAt(words: readonly Word[], k: number, end: number, lexicons: Lexicons): number {
  const word = words[k] as Word
  const from = words[k - 1]?.value === ',' || words[k - 1]?.value === '(' ? k - 1 : k
  if (word.lower === 'by') {
    // ("by about a 67 percentage point margin": up to six words before the noun.)
    for (let m = k + 1; m < Math.min(end, k + 8); m++) {
      const next = words[m] as Word
      if (!next.isWord) return -1
      if (lexicons['margin-words'].has(next.lower)) return from
    }
    return -1
  }
  // "57 percent to 22 percent", "49% to 41%": a share, "to", another share.
  const share = (m: number) => {
    if (/^\d[\d.]*%$/.test(words[m]?.value ?? '')) return m + 1
    if (!/^\d[\d.]*$/.test(words[m]?.value ?? '')) return -1
    const unit = words[m + 1]
    return unit && (unit.lower === 'percent' || unit.value === '%') ? m + 2 : -1
  }
  const to = share(k)
  if (to < 0 || words[to]?.lower !== 'to' || share(to + 1) < 0) return -1
  return from
}

/** The words that join the last item of a list: "; and marched". */
const andOrNext = new Set(['and', 'or'])

/** Whether `word` is a lowercase past-tense verb ("helped", "ran") that could open a predicate. */
function pastPredicateAt(word: Word | undefined, lexicons: Lexicons): boolean {
  if (!word?.isWord || isCapitalized(word)) return false
  return /[a-z]ed$/.test(word.lower) || lexicons['irregular-pasts'].has(word.lower)
}

/** Whether a "; and" or "; or" closes a list of items after the semicolon at `k`, before `end`. */
function semicolonListAhead(words: readonly Word[], k: number, end: number): boolean {
  for (let m = k; m < end - 1; m++) {
    if ((words[m] as Word).value !== ';') continue
    if (andOrNext.has((words[m + 1] as Word).lower)) return true
  }
  return false
}

function endOfClause(
  doc: Doc,
  words: readonly Word[],
  start: number,
  end: number,
  lexicons: Lexicons,
  /** A stance's object, not a clause: "endorsed him, and …" may end after one word. */
  objectOnly = false,
  /** The verb puts a label on its object: a "because" clause stays (see `objectEnd`). */
  labelsObject = false,
): number {
  // "While a source called such talk “premature,” observers …", "But even as Ruiz said the
  // plan would work, his aides …": a subordinate clause ends at its comma.
  const subordinate = inFrontedSubordinate(words, start)
  // (Looked up once: the loop below asks it of nearly every word.)
  const index = docIndex(doc)
  const laterSubordinate = !subordinate && inLaterSubordinate(words, start)
  // (A stance's one-word object, a name or a pronoun, may be all the report: "endorsed him,
  // and the feud went on". After a cue of saying, "Voters, polls show, …" is a clause's subject.)
  const opener = words[start]
  const oneWordObject =
    objectOnly &&
    opener !== undefined &&
    ((isCapitalized(opener) && !lexicons['time-words'].has(opener.lower)) ||
      objectPronouns.has(opener.lower))
  for (let k = oneWordObject ? start + 1 : start + 2; k < end; k++) {
    const word = words[k] as Word
    if (subordinate && isQuoteMark(word.value) && words[k - 1]?.value === ',') return k + 1
    if (subordinate && word.value === ',') return k
    if (
      laterSubordinate &&
      word.value === ',' &&
      !index.insideQuote(word.start) &&
      mainClauseAfterComma(words, k, lexicons)
    )
      return k
    if (index.insideQuote(word.start)) continue
    const next = words[k + 1]
    // "said he had not seen it, and when asked whether …, he said …": a clause of time after
    // ", and" leads to a second report of the speaker's, not more of this one.
    if (
      word.value === ',' &&
      andOrBut.has(next?.lower ?? '') &&
      words[k + 2]?.lower === 'when' &&
      /[a-z]ed$/.test(words[k + 3]?.lower ?? '')
    )
      return k
    // “…,” but he has also …: a quote that closes on a comma ends the clause when a new
    // subject or a subordinate clause follows, as the comma itself would outside the quote.
    if (
      isQuoteMark(word.value) &&
      !isOpeningQuote(word.value) &&
      words[k - 1]?.value === ',' &&
      next?.isWord &&
      (quoteClosers.has(next.lower) ||
        (andOrBut.has(next.lower) && opensSubject(words[k + 2], lexicons)))
    )
      return k + 1
    // “What curfew?” and marched on: after a closing quote, "and" with a verb starts a new
    // predicate of the reporter's; after a quoted question or exclamation, any word but a
    // determiner or pronoun does ("chanted “No more tolls!” and kept walking").
    if (
      andOrBut.has(next?.lower ?? '') &&
      isQuoteMark(word.value) &&
      index.quoteEndingNear(word.end, 0) &&
      (isVerbAfterQuote(words[k + 2], lexicons) ||
        (/^[?!]$/.test(words[k - 1]?.value ?? '') && isPlainWordAfterQuote(words[k + 2], lexicons)))
    )
      return k + 1
    // ("said they had run drives; staffed phone banks; and marched": a past-tense verb with no
    // subject after a semicolon, in a list that ends in "; and" or "; or", is one more
    // predicate of the report's subject, and the report runs to the list's last item.)
    if (
      word.value === ';' &&
      !(
        pastPredicateAt(
          andOrNext.has(words[k + 1]?.lower ?? '') ? words[k + 2] : words[k + 1],
          lexicons,
        ) && semicolonListAhead(words, k, end)
      )
    )
      return k
    // "Polls show voters rejecting Ortiz: A Ledger poll found her even statewide.": a colon
    // before a sentence with a report of its own hands over to that report.
    if (word.value === ':' && reportOpensAfterColon(words, k + 1, end, lexicons)) return k
    // "… denounced “self-deportation,” which is …", "… cited the “harbour loophole,” a flaw
    // in …": a quote closing on a comma before the writer's relative clause or apposition
    // ends the report. (Not "that the “plan,” which few liked, would fail".)
    if (
      isQuoteMark(word.value) &&
      !isOpeningQuote(word.value) &&
      words[k - 1]?.value === ',' &&
      next?.isWord &&
      ((next.lower === 'which' && !closesAside(words, k + 2, end)) ||
        (next.lower === 'in' && words[k + 2]?.lower === 'which') ||
        (['a', 'an', 'another'].includes(next.lower) &&
          // ("called him a “crook,” a “liar” and “sick”": a list of quoted names goes on.)
          !isOpeningQuote(words[k + 2]?.value ?? '') &&
          !isQuoteMark(words[k + 2]?.value ?? '') &&
          !closesAside(words, k + 2, end) &&
          isTrailingAppositive(words, k + 2, end)))
    )
      return k + 1
    // "… praised the town's “working spirit,” saying …": a quote closing on a comma before a
    // participle ends the clause as the comma itself would.
    if (
      isQuoteMark(word.value) &&
      !isOpeningQuote(word.value) &&
      words[k - 1]?.value === ',' &&
      next?.isWord &&
      ingForm.test(next.lower) &&
      !lexicons['time-words'].has(next.lower) &&
      next.lower !== 'including'
    )
      return k + 1
    // "…, although she voted for it": a concession or circumstance after a comma is the reporter's.
    if (
      word.value === ',' &&
      next?.isWord &&
      clauseEndersAfterComma.has(next.lower) &&
      // "that Lund, who runs the port, would resign": a relative clause closed by a comma
      // inside the report is part of it.
      !(relativePronouns.has(next.lower) && closesAside(words, k + 2, end)) &&
      // ("says the levy, while costly, was fair": so is any aside before the clause's verb.)
      !verbAfterAside(words, k + 2, end) &&
      // ("knew it was possible, though unlikely, that she could lose": or before its "that".)
      !thatAfterAside(words, k + 2, end)
    )
      return k
    // "…, a claim few accept", "…, the first time it has done so": a phrase set after the
    // report that says something about it, or about its last noun, is the reporter's.
    // ("that Lund, a former judge, would run" goes on after the aside.)
    if (
      word.value === ',' &&
      next?.isWord &&
      (next.lower === 'a' || next.lower === 'an') &&
      !closesAside(words, k + 2, end) &&
      isTrailingAppositive(words, k + 2, end)
    )
      return k
    // "railed against the trade pact, the deal signed last year", "referring to Ana Lund,
    // his adviser at the time": after an object with no verb of its own, a short phrase
    // opening with "the" or a possessive set after a comma names the object again — the
    // writer's apposition (not a list: "the mayor, the council and …"; not one with a
    // relative clause, which as often says what the speaker meant).
    if (
      word.value === ',' &&
      next?.isWord &&
      (next.lower === 'the' || possessivePronouns.has(next.lower)) &&
      !closesAside(words, k + 2, end) &&
      isTrailingAppositive(words, k + 2, end) &&
      !words
        .slice(k + 2, end)
        .some((w) => w.lower === 'and' || w.lower === 'or' || appositiveRelatives.has(w.lower)) &&
      // ("the malaise, the lack of jobs, the violence": a comma before it makes a list.)
      !words.slice(start, k).some((w) => w.value === ',') &&
      objectWithoutVerb(words, start, k, lexicons)
    )
      return k
    // "… history books -- “the president but also the slave”": a dash that leads into a
    // quote goes on with the report.
    if (
      (word.value === '—' || word.value === '―' || word.value === '--') &&
      k > start + 2 &&
      !(next && isQuoteMark(next.value) && index.quoteAt(next.start))
    ) {
      // "that moderates may bend — and that the party should court them": a second
      // that-clause joined after a dash is more of the same report.
      if (andOrBut.has(next?.lower ?? '') && words[k + 2]?.lower === 'that') continue
      // "that the top earners -- those above $1 million -- would pay more": an aside between
      // two dashes, after which the clause goes on.
      const closing = closingDash(words, k, end)
      if (closing < 0 || closing + 1 >= end || !(words[closing + 1] as Word).isWord) return k
      k = closing
      continue
    }
    // (", quietly raising the stakes": an adverb may stand before the participle.)
    const participle =
      next?.isWord && lyForm.test(next.lower) && ingForm.test(words[k + 2]?.lower ?? '')
        ? (words[k + 2] as Word)
        : next
    // "…, with the mayor now pressing her case": "with", a subject and a participle make an
    // absolute clause of the writer's, a circumstance set beside the report.
    if (
      word.value === ',' &&
      next?.lower === 'with' &&
      absoluteClauseAt(words, k + 2, end, lexicons)
    )
      return k
    if (
      word.value === ',' &&
      participle?.isWord &&
      ingForm.test(participle.lower) &&
      !lexicons['time-words'].has(participle.lower) &&
      // "a few questions, including, “…”": a list of what was said, not a new clause.
      participle.lower !== 'including' &&
      // ("a real, lasting impact": two adjectives of one noun, not a participle clause.)
      !adjectiveSeries(words, k, participle) &&
      // ("supports raising the levy, cutting fares and …": a report that is itself a gerund
      // phrase goes on with a list of gerunds.)
      !gerundList(words, start, k)
    )
      return k
    // "…, who endorsed Lund, said …": the main clause's cue after a relative clause.
    if (
      word.value === ',' &&
      next?.isWord &&
      lexicons['cue-verbs'].has(next.lower) &&
      (/ed$|[^s]s$/.test(next.lower) || irregularPastCues.has(next.lower))
    )
      return k
    // "stressed those worries on Sunday at a forum", "repeated the charge at a rally": after a
    // noun phrase with no verb of its own, a time or an occasion of speaking says when or
    // where it was said, as after a stance's object.
    if (
      (word.lower === 'on' || word.lower === 'at') &&
      occasionAfter(words, k + 1, end, lexicons) &&
      objectWithoutVerb(words, start, k, lexicons)
    )
      return k
    // "announced the merger after cutting ties with Vance", "criticized the judge because he
    // ruled late": after an object with no verb of its own, a clause of time or reason (a
    // subject and its verb, or a participle) says when or why the speaker acted — as after a
    // stance's object (`objectEnd`). ("tweeted it a day after …" measures the time: not cut.)
    if (
      objectEndingSubordinators.has(word.lower) &&
      k > start &&
      // ("knew him well, and while I have doubts, …": a clause fronted before a main clause
      // of its own, which the conjunction joins, is left to the rules for that clause.)
      !andOrBut.has(words[k - 1]?.lower ?? '') &&
      (clauseOpensAt(words, k + 1) || participleOpensAt(words[k + 1], lexicons)) &&
      !lexicons['time-words'].has(words[k - 1]?.lower ?? '') &&
      !lexicons['duration-words'].has(words[k - 1]?.lower ?? '') &&
      // ("hoped I'd see it before I left": a subject pronoun opens a clause, not an object.)
      !subjectPronouns.has((words[start]?.lower ?? '').replace(/['’]\p{L}+$/u, '')) &&
      !(labelsObject && word.lower === 'because' && labelBefore(words, start, k)) &&
      objectWithoutVerb(words, start, k, lexicons)
    )
      return words[k - 1]?.value === ',' ? k - 1 : k
    // "…said they would vote, compared with 38 percent who said they might not": "compared
    // to" or "compared with" sets the writer's figure beside the report, outside it.
    if (
      word.lower === 'compared' &&
      (next?.lower === 'to' || next?.lower === 'with') &&
      k > start + 1
    )
      return words[k - 1]?.value === ',' ? k - 1 : k
    // "charged the officer with murder and Vance fired his chief": after an object with no
    // verb of its own, a bare "and" or "but" before a subject and its verb joins a clause of
    // the writer's, not a second object.
    if (
      objectOnly &&
      (word.lower === 'and' || word.lower === 'but') &&
      words[k - 1]?.value !== ',' &&
      clauseSubjectAt(words, k + 1, end, lexicons) &&
      objectWithoutVerb(words, start, k, lexicons)
    )
      return k
    // "…, has called on the community": a second predicate with its own cue.
    if (word.value === ',' && next?.isWord) {
      let v = k + 1
      while (v < end && lexicons['cue-auxiliaries'].has((words[v] as Word).lower)) v++
      const verb = words[v]
      if (
        v > k + 1 &&
        verb &&
        (lexicons['cue-verbs'].has(verb.lower) || lexicons['stance-verbs'].matchAt(words, v))
      )
        return k
    }
    // "…have complained, and the town council received 37 complaints": a new subject, a new claim.
    // ("…expects Ortiz, Vance, and Moreau to sign": the last item of a list goes on.)
    if (word.value === ',' && andOrBut.has(next?.lower ?? '')) {
      // ("that her loyalty, and the support of the farmers, were factors": a second subject
      // before the verb they share.)
      if (
        opensSubject(words[k + 2], lexicons) &&
        !closesListItem(words, start, k, lexicons) &&
        (relativePronouns.has(words[k + 2]?.lower ?? '') || !verbAfterAside(words, k + 2, end))
      )
        return k
      // "…, and three in ten said the same": a subject of any shape with a cue of its own.
      if (subjectWithCueAfter(words, k + 2, end, lexicons)) return k
    }
    if (
      (word.lower === 'and' || word.lower === 'but') &&
      next?.isWord &&
      (lexicons['cue-verbs'].has(next.lower) || lexicons['stance-verbs'].has(next.lower)) &&
      (/ed$|[^s]s$/.test(next.lower) || irregularPastCues.has(next.lower)) &&
      // "Critics note that the mayor cut the budget and opposed the levy": a past tense
      // cannot go on from a cue in the present; it goes on from the clause's own verb, and
      // the act is the clause's subject's, inside the report. (After a comma, ", and called
      // for …", it is more often the speaker's next act all the same.)
      !(
        words[k - 1]?.value !== ',' &&
        presentCueBefore(words, start, lexicons) &&
        /ed$/.test(next.lower) &&
        !objectWithoutVerb(words, start, k, lexicons)
      )
    )
      return k
    // "said they would not back him, as has the mayor": a comparison of the writer's, with a
    // subject of its own after its verb.
    if (
      word.lower === 'as' &&
      words[k - 1]?.value === ',' &&
      lexicons['comparison-auxiliaries'].has(next?.lower ?? '')
    )
      return k - 1
    // "acknowledged the reality of the floods, which makes him an outlier", "indicated a
    // tightening race as Ortiz consolidates support": after an object with no verb of its
    // own, a relative clause set off by a comma, or "as" or "so" with a subject of its own,
    // is the writer's.
    // ("said the ruling, which struck down the law, shows …": a relative clause closed by a
    // comma inside a clause's subject is part of the report.)
    if (
      ((word.value === ',' && next?.lower === 'which' && !closesAside(words, k + 2, end)) ||
        ((word.lower === 'as' || word.lower === 'so') && clauseOpensAt(words, k + 1))) &&
      objectWithoutVerb(words, start, k, lexicons)
    )
      return words[k - 1]?.lower === 'even' ? k - 1 : k
    // "criticized the plan and challenged him to a debate": after an object with no verb of
    // its own, a past tense after "and" or "but" is the speaker's next act. (In "said the
    // mayor resigned and moved away" the clause has its verb, and the second one is its own.)
    if (
      (word.lower === 'and' || word.lower === 'but') &&
      objectWithoutVerb(words, start, k, lexicons) &&
      pastTenseAfter(words, k + 1, end, lexicons)
    )
      return words[k - 1]?.value === ',' ? k - 1 : k
    // "denies any wrongdoing and points out that …", "backs the levy and urges others to":
    // after a cue in the present with an object of no verb of its own, a second verb in the
    // same form is the speaker's next act, as a past tense is after a past cue (below).
    if (
      (word.lower === 'and' || word.lower === 'but') &&
      /[a-z][^su'’]s$/.test(words[start - 1]?.lower ?? '') &&
      objectWithoutVerb(words, start, k, lexicons) &&
      presentThirdAfter(words, k + 1, end, lexicons)
    )
      return words[k - 1]?.value === ',' ? k - 1 : k
    // "… but did not recommend charges", "… and never suggested it": a second predicate of
    // the speaker's, a negated cue. (A comma before the conjunction stays out of the content.)
    if ((word.lower === 'and' || word.lower === 'but') && next && verbGroupWords.has(next.lower)) {
      let v = k + 1
      let negated = false
      while (v < end && verbGroupWords.has((words[v] as Word).lower)) {
        if (isNegation(words[v] as Word) || doSupport.has((words[v] as Word).lower)) negated = true
        v++
      }
      const verb = words[v]
      if (
        negated &&
        verb?.isWord &&
        (lexicons['cue-verbs'].has(verb.lower) ||
          lexicons['stance-verbs'].has(verb.lower) ||
          lexicons['belief-verbs'].has(verb.lower))
      )
        return words[k - 1]?.value === ',' ? k - 1 : k
    }
  }
  return end
}

/**
 * Whether the report from `start` is a gerund phrase ("raising the levy") whose list goes on
 * after the comma at `comma`: a later "and" or "or" before another -ing word closes the list.
 */
function gerundList(words: readonly Word[], start: number, comma: number): boolean {
  const first = words[start]
  if (!first?.isWord || !ingForm.test(first.lower) || isCapitalized(first)) return false
  for (let k = comma + 2; k < Math.min(words.length - 1, comma + 25); k++) {
    const word = words[k] as Word
    if (word.value === ';' || word.value === ':' || word.value === '.') return false
    if ((word.lower === 'and' || word.lower === 'or') && ingForm.test(words[k + 1]?.lower ?? ''))
      return true
  }
  return false
}

/**
 * Whether a time ("Sunday", "Thursday night") or an occasion of speaking ("a news conference",
 * "his radio show" — `speech-occasions`) starts at `from`, within five words with no verb.
 */
function occasionAfter(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  // (The phrase opens with a time, an article, a possessive or a name: "on free speech
  // grounds", "tougher on offensive speech" name no occasion.)
  const first = words[from]
  if (
    !first?.isWord ||
    !(
      lexicons['time-words'].has(first.lower) ||
      determinersBeforeNoun.has(first.lower) ||
      isCapitalized(first)
    )
  )
    return false
  // The head: a time word or an occasion noun with nothing but a preposition, a comma or the
  // end after it ("on Sunday night", "at a news conference in Harlow", not "on night flights").
  let head = -1
  for (let k = from; k < Math.min(end, from + 5); k++) {
    const word = words[k] as Word
    if (!word.isWord || finiteVerbs.has(word.lower) || word.lower === 'that') return false
    const isHead =
      lexicons['time-words'].has(word.lower) || lexicons['speech-occasions'].has(word.lower)
    const after = words[k + 1]
    if (
      isHead &&
      (k + 1 >= end ||
        after?.value === ',' ||
        after?.value === ';' ||
        (after?.isWord === true &&
          (lexicons.prepositions.has(after.lower) || circumstancePrepositions.has(after.lower))))
    ) {
      head = k
      break
    }
    // (A time that does not close the phrase, or a second article, starts something else:
    // "on Saturday a wake-up call".)
    if (
      lexicons['time-words'].has(word.lower) ||
      (k > from && determinersBeforeNoun.has(word.lower))
    )
      return false
  }
  if (head < 0) return false
  // (Only when the circumstance closes the clause: in "went after him on Wednesday over his
  // taxes", "apologized for the ad on Monday that …" the stance goes on after it.)
  // ("called the remarks on Saturday a wake-up call": a noun phrase right after the time is
  // the stance's complement.)
  if (determinersBeforeNoun.has(words[head + 1]?.lower ?? '')) return false
  for (let k = head + 1; k < end; k++) {
    const word = words[k] as Word
    if (word.value === ',' || word.value === ';') return true
    if (!word.isWord && !/^[\d.'’-]/.test(word.value)) return false
    if (['to', 'for', 'over', 'as', 'about', 'with', 'that'].includes(word.lower)) return false
  }
  return true
}

/**
 * Whether, after a cue ending at `e` that follows a quotation (and a few words of where or
 * to whom it was said), a comma and a lower-case word that can only go on with the quoted
 * clause follow: "that", "to" or a finite auxiliary ("…,” she said, would use …").
 */
function quoteClauseGoesOn(words: readonly Word[], e: number, lexicons: Lexicons): boolean {
  let k = e
  while (k < Math.min(words.length, e + 10) && words[k]?.isWord) {
    const word = words[k] as Word
    if (lexicons['cue-verbs'].has(word.lower) || finiteVerbs.has(word.lower)) return false
    k++
  }
  if (words[k]?.value !== ',') return false
  const next = words[k + 1]
  if (!next?.isWord || isCapitalized(next)) return false
  return (
    next.lower === 'that' ||
    // ("…,” he said, to pursue a plan": an infinitive; not "he told her, to cheers from …".)
    (next.lower === 'to' &&
      infinitiveAt(words, k + 2, lexicons) &&
      !/[^s]s$/.test(words[k + 2]?.lower ?? '')) ||
    (finiteVerbs.has(next.lower) && !possessionVerbs.has(next.lower)) ||
    lexicons.modals.has(next.lower)
  )
}

/**
 * Whether an absolute clause's subject and participle start at `from` (after ", with"): a
 * noun phrase of one to six words with no verb, then an -ing participle, perhaps after an
 * adverb — "the council taking", "Ortiz now pressing", "a new poll finding". Not "with
 * growing anger" (the -ing word first is an adjective) nor "with a rising tide" (an -ing
 * word after an article describes the noun).
 */
function absoluteClauseAt(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  for (let k = from + 1; k < Math.min(end, from + 8); k++) {
    const word = words[k] as Word
    if (!word.isWord) return false
    const before = words[k - 1] as Word
    if (
      ingForm.test(word.lower) &&
      !isCapitalized(word) &&
      !lexicons['time-words'].has(word.lower) &&
      word.lower !== 'including' &&
      !determinersBeforeNoun.has(before.lower) &&
      !possessivePronouns.has(before.lower)
    )
      return true
    if (finiteVerbs.has(word.lower) || word.lower === 'that' || word.lower === 'to') return false
  }
  return false
}

/**
 * Whether the word right before the report opening at `start` is a verb of
 * saying or stance in the present tense: "critics note that …", "she says …".
 */
function presentCueBefore(words: readonly Word[], start: number, lexicons: Lexicons): boolean {
  const cue = words[start - 1]
  if (!cue?.isWord || isCapitalized(cue)) return false
  if (/ed$/.test(cue.lower) || irregularPastCues.has(cue.lower)) return false
  return lexicons['cue-verbs'].has(cue.lower) || lexicons['stance-verbs'].has(cue.lower)
}

/**
 * Whether the words in [from, to) are a noun phrase with no verb: they open with a
 * determiner, an object pronoun or a name, and hold no auxiliary, past tense or quote.
 */
function objectWithoutVerb(
  words: readonly Word[],
  from: number,
  to: number,
  lexicons: Lexicons,
): boolean {
  const first = words[from]
  if (
    !first?.isWord ||
    !(
      determinersBeforeNoun.has(first.lower) ||
      objectPronouns.has(first.lower) ||
      isCapitalized(first)
    ) ||
    first.lower === 'that'
  )
    return false
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (isQuoteMark(word.value)) return false
    if (!word.isWord || isCapitalized(word)) continue
    if (
      word.lower === 'that' ||
      // (a gerund with its object, "identifying the group", not "a tightening race")
      (ingForm.test(word.lower) && !determinersBeforeNoun.has(words[k - 1]?.lower ?? '')) ||
      finiteVerbs.has(word.lower) ||
      /[a-z]ed$/.test(word.lower) ||
      lexicons['irregular-pasts'].hasWord(word.lower) ||
      irregularPastCues.has(word.lower) ||
      /n['’]t$/.test(word.lower)
    )
      return false
  }
  return true
}

/**
 * Whether a clause opens at `from`: a subject pronoun, or a name and a verb in the past or
 * the present tense ("as Ortiz consolidates …", "so she can …") — not "as a fraud", "as
 * Mr. Lund's client".
 */
function clauseOpensAt(words: readonly Word[], from: number): boolean {
  const first = words[from]
  if (!first?.isWord) return false
  if (subjectPronouns.has(first.lower)) return true
  if (!first.capitalised || /['’]s$/.test(first.lower)) return false
  const verb = words[from + 1]
  return verb !== undefined && isFinitePredicate(verb)
}

/** Whether a past tense, after adverbs, starts at `from`: "challenged", "then jailed". */
function pastTenseAfter(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  const v = afterAdverbs(words, from, end)
  const verb = words[v]
  if (!verb?.isWord || isCapitalized(verb)) return false
  if (!/[a-z]ed$/.test(verb.lower) && !lexicons['irregular-pasts'].has(verb.lower)) return false
  // ("the heat and unsettled weather": a participle before its noun is an adjective; a verb
  // takes an object, a preposition, "to" or a name, or ends the clause.)
  const after = words[v + 1]
  return (
    !after?.isWord ||
    isCapitalized(after) ||
    determinersBeforeNoun.has(after.lower) ||
    objectPronouns.has(after.lower) ||
    lexicons.prepositions.has(after.lower) ||
    circumstancePrepositions.has(after.lower)
  )
}

/**
 * Whether a verb in the third person present ("points", after adverbs) starts at `from`,
 * with an object, a "that" clause or a particle after it — not a plural noun ("the costs
 * and benefits") nor "his", "this", "its".
 */
function presentThirdAfter(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  const v = afterAdverbs(words, from, end)
  const verb = words[v]
  if (!verb?.isWord || isCapitalized(verb)) return false
  if (!/[a-z][^su'’]s$/.test(verb.lower) || determinersBeforeNoun.has(verb.lower)) return false
  const after = words[v + 1]
  return (
    after?.isWord === true &&
    !isCapitalized(after) &&
    (determinersBeforeNoun.has(after.lower) ||
      objectPronouns.has(after.lower) ||
      after.lower === 'that' ||
      ['out', 'up', 'through', 'back', 'on', 'to', 'for', 'with', 'about'].includes(after.lower))
  )
}

/** Words measuring time before "after", "before" …: "Two weeks after", "Soon after", "Only days before". */
const timeLeads = new Set([
  'soon',
  'shortly',
  'just',
  'only',
  'long',
  'right',
  'moments',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'a',
  'one',
  'two',
  'three',
  'few',
  'several',
  'day',
  'week',
  'month',
  'year',
  'hour',
])

/** Subordinators of time, the ones a measure of time may stand before. */
const timedSubordinators = new Set(['after', 'before', 'since', 'until', 'when', 'once'])

/**
 * Whether the content starting at `start` lies in a subordinate clause that opens the
 * sentence, after nothing but linking words ("But even as …") or a measure of time ("Two
 * weeks after …"), with no comma yet but those of asides: its end is the comma before the
 * main clause. (In "While the vote failed, Ruiz said …" the report is
 * the main clause, and goes on past later commas.)
 */
function inFrontedSubordinate(words: readonly Word[], start: number): boolean {
  let k = 0
  while (k < start && (sentenceLinks.has((words[k] as Word).lower) || words[k]?.lower === 'even'))
    k++
  // "Two weeks after Ruiz said …", "Soon after …": a measure of time before the subordinator.
  let lead = k
  while (lead < start && lead < k + 3 && timeLeads.has((words[lead] as Word).lower)) lead++
  if (lead > k && timedSubordinators.has(words[lead]?.lower ?? '')) k = lead
  if (!frontedSubordinators.has(words[k]?.lower ?? '')) return false
  // (Commas in pairs set off an aside: "When the pilot, Bea Lund, said …". The content may
  // be inside such an aside, a relative clause: "Once the video was out, which showed …,".)
  let commas = 0
  let lastComma = -1
  for (let j = k + 1; j < start; j++) {
    const value = (words[j] as Word).value
    if (value === ';') return false
    if (value === ',') {
      commas++
      lastComma = j
    }
  }
  return commas % 2 === 0 || relativePronouns.has(words[lastComma + 1]?.lower ?? '')
}

/**
 * Whether the content starting at `start` lies in a subordinate clause opened later in the
 * sentence, right after a comma or after ", and" / ", but", with no comma between it and the
 * content: "…, and while Ruiz said he would vote, his aides …", "In May, after the board
 * said …, the pilots …". Such a clause is set before the main clause that follows it.
 */
function inLaterSubordinate(words: readonly Word[], start: number): boolean {
  for (let j = start - 1; j > 0; j--) {
    const word = words[j] as Word
    if (word.value === ',' || word.value === ';') return false
    if (!frontedSubordinators.has(word.lower) || word.lower === 'as') continue
    const before = words[j - 1] as Word
    return before.value === ',' || (andOrBut.has(before.lower) && words[j - 2]?.value === ',')
  }
  return false
}

/**
 * Whether a main clause opens after the comma at `comma`: a subject (an article, a pronoun or
 * a name) and a finite verb within the next six words, with no comma before the verb — so
 * not an aside ("that he, Ruiz, was …") or a list going on ("…, or ISIS, has …").
 */
function mainClauseAfterComma(words: readonly Word[], comma: number, lexicons: Lexicons): boolean {
  const first = words[comma + 1]
  if (first?.isWord && contractedPronoun.test(first.lower)) return true
  if (!opensSubject(first, lexicons) || relativePronouns.has(first?.lower ?? '')) return false
  for (let k = comma + 2; k < Math.min(words.length, comma + 8); k++) {
    const word = words[k] as Word
    if (!word.isWord) return false
    if (isFinitePredicate(word) || lexicons['irregular-pasts'].has(word.lower)) return true
  }
  return false
}

/**
 * Whether the comma at `comma` closes an item of a serial list, as in "Ortiz, Vance, and
 * Moreau": an earlier comma after `from` sets off a short phrase (up to five words) with no
 * verb, pronoun or quotation in it — a list item, not a clause.
 */
function closesListItem(
  words: readonly Word[],
  from: number,
  comma: number,
  lexicons: Lexicons,
): boolean {
  for (let k = comma - 1; k > from && k >= comma - 6; k--) {
    const word = words[k] as Word
    if (word.value === ',') return k < comma - 1
    if (
      !word.isWord ||
      finiteVerbs.has(word.lower) ||
      lexicons.pronouns.has(word.lower) ||
      lexicons['cue-verbs'].has(word.lower)
    )
      return false
  }
  return false
}

/** Words after an -ing word that make it a participle taking an object, a clause or a particle. */
const clauseWordsAfterParticiple = new Set([
  'him',
  'her',
  'them',
  'it',
  'us',
  'me',
  'you',
  'that',
  'to',
  'on',
  'in',
  'at',
  'for',
  'with',
  'about',
  'of',
  'from',
  'by',
  'up',
  'out',
  'down',
  'off',
  'back',
])

/**
 * Whether the comma at `comma` parts two adjectives before one noun: "a real, lasting
 * impact", "a kind, loving man" — an article, one word, the comma, then an -ing word with a
 * plain lower-case word after it (no article, pronoun, "that" or preposition, which would
 * make it a participle taking an object or a clause).
 */
function adjectiveSeries(words: readonly Word[], comma: number, participle: Word): boolean {
  const article = words[comma - 2]?.lower
  if (article !== 'a' && article !== 'an') return false
  // ("a billionaire, having sold …": an auxiliary opens a participle clause.)
  if (participle.lower === 'having' || participle.lower === 'being') return false
  const after = words[comma + 2]
  return (
    after !== undefined &&
    after.isWord &&
    !isCapitalized(after) &&
    !determinersBeforeNoun.has(after.lower) &&
    !subjectPronouns.has(after.lower) &&
    !clauseWordsAfterParticiple.has(after.lower) &&
    !circumstancePrepositions.has(after.lower)
  )
}

/** Words that open a clause about the noun before them: "a judge who …", "a plan that …". */
const appositiveRelatives = new Set(['who', 'whom', 'whose', 'which', 'that', 'where'])

/**
 * Whether the noun phrase from `from` to `end` (after ", a") stands beside what came before
 * rather than starting a clause or a list: "a claim few accept", "a judge who retired" — but
 * not "a new mayor is elected" (a verb of its own) or "a speech or a vote" (more items).
 */
function isTrailingAppositive(words: readonly Word[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const word = words[k] as Word
    if (appositiveRelatives.has(word.lower)) return true
    if (finiteVerbs.has(word.lower)) return false
    if (
      (word.lower === 'and' || word.lower === 'or') &&
      determinersBeforeNoun.has(words[k + 1]?.lower ?? '')
    )
      return false
  }
  return true
}

/** Adverbs that may stand between "and" and a second verb: "and even questioned". */
const adverbsBeforeVerb = new Set([
  'even',
  'also',
  'then',
  'later',
  'now',
  'again',
  'still',
  'once',
  'repeatedly',
])

/**
 * The index of the first word at or after `from` that is not an adverb before a verb
 * ("then", "even", "-ly"), stopping at the last word before `end`: where the verb stands.
 */
function afterAdverbs(words: readonly Word[], from: number, end: number): number {
  let v = from
  while (
    v < end - 1 &&
    (adverbsBeforeVerb.has((words[v] as Word).lower) || lyForm.test((words[v] as Word).lower))
  )
    v++
  return v
}

/**
 * Where a report that hangs on a participle ends when "and" or "but" brings in a second
 * participle of the same speaker ("praising the plan and warning that …", "…, but insisting
 * on …"): at the conjunction (or the comma before it); else `end`. The second participle must
 * be a cue, stance or belief verb, or take an object, so that "hunting and fishing" stays.
 */
function parallelParticipleAt(
  doc: Doc,
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): number {
  const index = docIndex(doc)
  for (let k = from; k < end - 1; k++) {
    const word = words[k] as Word
    if (word.lower !== 'and' && word.lower !== 'but') continue
    if (index.insideQuote(word.start)) continue
    const v = afterAdverbs(words, k + 1, end)
    const participle = words[v] as Word
    if (!participle.isWord || !ingForm.test(participle.lower) || isCapitalized(participle)) continue
    if (lexicons['time-words'].has(participle.lower) || participle.lower === 'including') continue
    const reports =
      lexicons['cue-verbs'].has(participle.lower) ||
      lexicons['stance-verbs'].matchAt(words, v) !== null ||
      lexicons['belief-verbs'].has(participle.lower)
    // ("recalling her visits and detailing his time at the mill": any participle that takes
    // an object — an article, a possessive, a pronoun or a preposition after it — is a second
    // act of the speaker's too.)
    // (Not a gerund beside another: "rules on hunting and fishing in the park".)
    const after = words[v + 1]
    const takesObject =
      !ingForm.test(words[k - 1]?.lower ?? '') &&
      after?.isWord === true &&
      !isCapitalized(after) &&
      (determinersBeforeNoun.has(after.lower) ||
        objectPronouns.has(after.lower) ||
        lexicons.prepositions.has(after.lower))
    if (!reports && !takesObject) continue
    return words[k - 1]?.value === ',' ? k - 1 : k
  }
  return end
}

/** Adverbs that may open a sentence before its subject with no comma: "Then he cut in, …". */
const bareOpeners = new Set(['then', 'now', 'later', 'so'])

/**
 * The subject phrase without a bare opening adverb ("Then he" → "he"); none for an
 * existential "There's still time …", which has no one to speak.
 */
function plainSubject(words: readonly Word[], range: WordRange | null): WordRange | null {
  if (!range) return null
  const first = words[range.from] as Word
  if (first.lower === 'there' || /^there['’]s$/.test(first.lower)) return null
  if (bareOpeners.has(first.lower) && range.to - range.from > 1)
    return { from: range.from + 1, to: range.to }
  return range
}

/**
 * Whether a second predicate of the speaker's starts at `from`, after "and" or "but" that
 * follows a stance's object: "criticized the plan and challenged him to a debate", "…
 * and even questioned her record", "… but now plans to vote for him" — an adverb or two,
 * then a cue, stance or belief verb in the past or present tense.
 */
function secondPredicateAfter(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  let v = afterAdverbs(words, from, end)
  // ("… and has repeatedly characterized him as …", "but has since denied …": a perfect's
  // auxiliary, and adverbs, before the verb.)
  const perfect = perfectAuxiliaries.has(words[v]?.lower ?? '')
  if (perfect) v = afterAdverbs(words, v + 1, end)
  if (perfect && words[v]?.lower === 'since') v = afterAdverbs(words, v + 1, end)
  const verb = words[v]
  if (!verb?.isWord || isCapitalized(verb)) return false
  // ("… and cast himself as an outsider": a verb of regard in its frame, whatever its tense.)
  const regard = lexicons['regard-verbs'].matchAt(words, v) !== null && asAfterObject(words, v + 1)
  if (regard) return true
  const reports =
    lexicons['cue-verbs'].has(verb.lower) ||
    lexicons['stance-verbs'].matchAt(words, v) !== null ||
    lexicons['belief-verbs'].has(verb.lower)
  if (perfect) return reports || /[a-z]ed$/.test(verb.lower)
  const finite = /[a-z](?:ed|[^s']s)$/.test(verb.lower) || irregularPastCues.has(verb.lower)
  // "praised the plan, but also used it to …", "denied the charge and jailed him": any verb in
  // the past tense after the object opens the speaker's next act, reported or not.
  if (/[a-z]ed$/.test(verb.lower) || lexicons['irregular-pasts'].has(verb.lower)) return true
  if (!finite || determinersBeforeNoun.has(verb.lower)) return false
  return reports
}

/**
 * Whether a short subject (up to eight words, no comma, "that" or quote) and then a cue
 * verb in the past or present tense start at `from`: "more than half said", "three in ten
 * say", "most voters told".
 */
function subjectWithCueAfter(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  // ("…, but when Ruiz spoke, …": a subordinate clause, not a subject.)
  if (subordinators.includes(words[from]?.lower ?? '')) return false
  for (let k = from + 1; k < Math.min(end, from + 9); k++) {
    const word = words[k] as Word
    if (!word.isWord && !/^[\d%$.-]/.test(word.value)) return false
    if (word.lower === 'that' || lexicons.pronouns.has(word.lower)) return false
    if (!lexicons['cue-verbs'].has(word.lower)) continue
    return (
      /[a-z](?:ed|[^s']s)$/.test(word.lower) ||
      irregularPastCues.has(word.lower) ||
      word.lower === 'say'
    )
  }
  return false
}

/**
 * Whether a capitalised sentence with a finite verb of saying or finding in its first words
 * opens at `from`, right after a colon: "…: A Ledger poll found …", "…: Ortiz said …".
 */
function reportOpensAfterColon(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  const first = words[from]
  if (!first?.isWord || !isCapitalized(first)) return false
  for (let k = from + 1; k < Math.min(end, from + 9); k++) {
    const word = words[k] as Word
    if (!word.isWord && !/^[\d%$.\/-]/.test(word.value)) return false
    if (word.lower === 'that') return false
    if (lexicons['document-cue-verbs'].has(word.lower) && !endsInIng.test(word.lower)) return true
    if (!lexicons['cue-verbs'].has(word.lower)) continue
    return /[a-z](?:ed|[^s']s)$/.test(word.lower) || irregularPastCues.has(word.lower)
  }
  return false
}

/** Whether a plain finite verb stands in [from, to): "Turnout fell, according to …". */
function hasVerbBetween(
  words: readonly Word[],
  from: number,
  to: number,
  lexicons: Lexicons,
): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (!word.isWord || isCapitalized(word)) continue
    if (
      finiteVerbs.has(word.lower) ||
      /[a-z](?:ed|[^s'u]s)$/.test(word.lower) ||
      lexicons['irregular-pasts'].has(word.lower)
    )
      return true
  }
  return false
}

/** Whether a relative pronoun stands in (from, to): "the plan that cut taxes and raised fees". */
function relativeBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (appositiveRelatives.has((words[k] as Word).lower)) return true
  return false
}

/** Whether a cue, stance or belief participle stands before the conjunction at `conjunction` in its clause: "praising the staff and …". */
function followsReportingParticiple(
  words: readonly Word[],
  conjunction: number,
  lexicons: Lexicons,
): boolean {
  for (let k = conjunction - 2; k >= 0 && k >= conjunction - 30; k--) {
    const word = words[k] as Word
    if (word.value === ';' || word.value === ':') return false
    if (!ingForm.test(word.lower)) continue
    // ("ads supporting Ruiz and attacking Lund": a reduced relative describes the ads.)
    if (isReducedRelative(words, k, lexicons)) return false
    if (
      lexicons['cue-verbs'].has(word.lower) ||
      lexicons['belief-verbs'].has(word.lower) ||
      lexicons['stance-verbs'].matchAt(words, k) !== null
    )
      return true
    // "…, casting the mayor as weak and questioning her record", "is breaking her silence and
    // talking up the plan": any participle set off by a comma or a dash, or a progressive after
    // a form of "be", is a verb, and an -ing cue after "and" is its second, a verb too.
    const before = words[k - 1]
    if (
      !isCapitalized(word) &&
      before !== undefined &&
      (before.value === ',' || isDash(before) || progressiveBe.has(before.lower))
    )
      return true
  }
  return false
}

/** Forms of "be" that make an -ing verb after them a progressive: "is breaking", "has been making". */
const progressiveBe = new Set(['is', 'are', 'was', 'were', 'been', 'be'])

/** "did", "does", "do": the auxiliary of a negated or emphatic verb. */
const doSupport = new Set(['did', 'does', 'do'])

/** Auxiliaries, negations and adverbs that may open a second predicate: "but did not say". */
const verbGroupWords = new Set([
  'did',
  'does',
  'do',
  "didn't",
  'didn’t',
  "doesn't",
  'doesn’t',
  'not',
  'never',
  'has',
  'have',
  'had',
  'also',
  'then',
  'later',
  'again',
])

/**
 * Words that, after a comma, open the reporter's own clause rather than more of the report.
 * (Not "even": "…, even though turnout fell" goes on with the report more often than not.)
 */
const clauseEndersAfterComma = new Set([
  'although',
  'though',
  'whereas',
  'while',
  'especially',
  'who',
  'whose',
])

/** A comma closes the aside that starts at `from`, and "that" follows it. */
function thatAfterAside(words: readonly Word[], from: number, end: number): boolean {
  for (let k = from; k < end - 1; k++) {
    const word = words[k] as Word
    if (word.value === ',') return words[k + 1]?.lower === 'that'
    if (!word.isWord) return false
  }
  return false
}

/**
 * A comma closes the aside that starts at `from`, and a finite verb follows it: the aside
 * stood between a clause's subject and its verb ("the levy, while costly, was fair").
 */
function verbAfterAside(words: readonly Word[], from: number, end: number): boolean {
  for (let k = from; k < end - 1; k++) {
    const word = words[k] as Word
    if (word.value === ',') return finiteVerbs.has(words[k + 1]?.lower ?? '')
    if (!word.isWord) return false
  }
  return false
}

/**
 * A comma closes the aside that starts at `from`, and the clause goes on after it — with a
 * word or with a quotation ("that Reyes, who runs the port, “is a fighter”").
 */
function closesAside(words: readonly Word[], from: number, end: number): boolean {
  for (let k = from; k < end - 1; k++) {
    const word = words[k] as Word
    if (word.value === ',') return opensWordOrQuote(words, k + 1)
    if (/^[;:—―]$/.test(word.value) || word.value === '--') return false
  }
  return false
}

/**
 * The word at `k` is a word, or a quotation mark opening onto one: a curly opening mark, or a
 * straight one with the word right against it ("“is", "\"is").
 */
function opensWordOrQuote(words: readonly Word[], k: number): boolean {
  const word = words[k]
  if (!word) return false
  if (word.isWord) return true
  const next = words[k + 1]
  if (!isQuoteMark(word.value) || !next?.isWord) return false
  return isOpeningQuote(word.value) || (/^["']+$/.test(word.value) && next.start === word.end)
}

/** Past tenses of cue verbs that do not end in -ed: "… and said it would …" opens a new report. */
const irregularPastCues = new Set(['said', 'told', 'wrote', 'thought', 'felt', 'spoke', 'made'])

/** The dash that closes an aside opened by the dash at `open`, within a dozen words; or -1. */
function closingDash(words: readonly Word[], open: number, end: number): number {
  for (let k = open + 2; k < Math.min(end, open + 14); k++) {
    const word = words[k] as Word
    if (word.value === '—' || word.value === '―' || word.value === '--') return k
    if (word.value === ';' || word.value === ':') return -1
  }
  return -1
}

/** A verb opening a new predicate: a cue or stance verb of any form, or a past tense. */
function isVerbAfterQuote(word: Word | undefined, lexicons: Lexicons): boolean {
  if (!word?.isWord || isCapitalized(word)) return false
  return (
    lexicons['cue-verbs'].has(word.lower) ||
    lexicons['stance-verbs'].has(word.lower) ||
    /[a-z]ed$/.test(word.lower)
  )
}

/** A lower-case word that opens no noun phrase: "kept", "went", not "the", "his", "they". */
function isPlainWordAfterQuote(word: Word | undefined, lexicons: Lexicons): boolean {
  return (
    word !== undefined &&
    word.isWord &&
    !isCapitalized(word) &&
    !determinersBeforeNoun.has(word.lower) &&
    !lexicons.pronouns.has(word.lower) &&
    !objectPronouns.has(word.lower)
  )
}

/**
 * Words that open a subordinate clause after a quote: “…,” when the debate turned to taxes.
 * (Not "because": the reason given after a speaker's quoted words — called the plan a
 * “giveaway,” because it helps the mill — is the speaker's too.)
 */
const quoteClosers = new Set(['when', 'while', 'as', 'after', 'before', 'until'])

/** A word that opens a new subject: an article, a pronoun or a name. */
function opensSubject(word: Word | undefined, lexicons: Lexicons): boolean {
  return (
    word !== undefined &&
    word.isWord &&
    (['the', 'a', 'an'].includes(word.lower) ||
      lexicons.pronouns.has(word.lower) ||
      isCapitalized(word))
  )
}

/** "said one source in the room.": a prepositional phrase that runs to the end joins the source. */
function postModifierEnd(words: readonly Word[], to: number, lexicons: Lexicons): number {
  const end = lastContentIndex(words)
  if (to >= end) return to
  const first = words[to] as Word
  if (saidWhenOrWhere(words, to, lexicons)) return to
  if (
    !first.isWord ||
    !(
      lexicons.prepositions.has(first.lower) ||
      ['familiar', 'close', 'involved', 'briefed'].includes(first.lower)
    )
  )
    return to
  for (let k = to; k < end; k++) {
    // "… briefed on the matter who asked not to be named": the relative clause closing the
    // sentence ends the modifier (it describes the source; its verbs report nothing).
    if (relativeClauseToEnd(words, k, end)) return k
    if (k - to >= 10) return to
    const word = words[k] as Word
    if (!word.isWord || word.lower === 'that' || lexicons['cue-verbs'].has(word.lower)) return to
  }
  return end
}

/**
 * "during the debate", "on Monday", "in an interview", "at a rally in Ohio": a phrase at
 * `from` telling when or on what occasion something was said, not more of its speaker.
 */
function saidWhenOrWhere(words: readonly Word[], from: number, lexicons: Lexicons): boolean {
  const first = (words[from] as Word).lower
  if (circumstancePrepositions.has(first) && !affiliationPrepositions.has(first)) return true
  if (!affiliationPrepositions.has(first) && first !== 'over') return false
  let k = from + 1
  if (lexicons['time-words'].has(words[k]?.lower ?? '')) return true
  while (k < Math.min(words.length, from + 5) && words[k]?.isWord) {
    if (lexicons['speech-occasions'].has((words[k] as Word).lower)) return true
    k++
  }
  return false
}
/**
 * Of the circumstance prepositions, those that may also say where a person works or comes
 * from ("an official in the ministry", "a professor at the university"): after a source
 * they tell an occasion only with a time or an occasion word after them.
 */
const affiliationPrepositions = new Set(['in', 'on', 'at', 'from', 'to', 'outside'])

/**
 * Whether `words[k]` opens a relative clause about a person (", who …", "who …") that runs to
 * the end of the sentence with no quotation in it: after an inverted cue ("…, said a person
 * who asked not to be identified because the talks are private.") it belongs to the source.
 */
function relativeClauseToEnd(words: readonly Word[], k: number, end: number): boolean {
  const at = (words[k] as Word | undefined)?.value === ',' ? k + 1 : k
  const word = words[at]
  if (!word || (word.lower !== 'who' && word.lower !== 'whom') || end - at > 25 || end - at < 3)
    return false
  for (let i = at + 1; i < end; i++) if (isQuoteMark((words[i] as Word).value)) return false
  return true
}

const roleNoun =
  /(?:er|or|ist|ent|ant|ate|ian|ee|man|woman|chief|head|leader|governor|judge|court|campaign|committee|party|administration|government|department|agency|ministry|office|company|group)$/

/** People acting together under one name, whose beliefs are reported like a person's. */
const groupNouns = new Set(['team', 'camp', 'staff', 'aides', 'allies', 'advisers', 'side'])

/** Words opening a clause or infinitive as a stance verb's object: "refused to …", "knows why …". */
const clauseAfterStance = new Set(['that', 'to', 'why', 'what', 'whether', 'how', 'if', 'who'])

/**
 * "The council believes …", "the foundation has refused to …", "the university knows why …":
 * a body named by its common noun (data/body-nouns.txt) after a definite determiner holds a
 * belief, or a stance on a clause, as a person does. (Not a stance on a noun phrase: in "the
 * board rejected Ortiz's call for a recount" the phrase carries a report of its own.)
 */
function isBodySubject(words: readonly Word[], range: WordRange, lexicons: Lexicons): boolean {
  const first = words[range.from] as Word
  const last = (words[range.to - 1] as Word).lower
  return (
    range.to - range.from >= 2 &&
    range.to - range.from <= 4 &&
    (['the', 'its', 'their', 'our'].includes(first.lower) ||
      (/['’]s$/.test(first.lower) && isCapitalized(first))) &&
    (lexicons['body-nouns'].has(last) ||
      lexicons['body-nouns'].has(last.replace(/ies$/, 'y').replace(/s$/, '')))
  )
}

/** A name, a pronoun or a known source noun: enough to trust a belief or stance verb as a cue. */
function isClearSource(words: readonly Word[], range: WordRange, lexicons: Lexicons): boolean {
  if (isClearPhrase(words, range, lexicons)) return true
  // (A phrase that ends in a function word — "reporters in the room to", "his first term yet"
  // — is no whole subject.)
  const last = words[range.to - 1] as Word
  if (
    !last.isWord ||
    lexicons['source-stopwords'].hasWord(last.lower) ||
    lexicons.prepositions.hasWord(last.lower)
  )
    return false
  // "A spokesman for the mayor of Dunmore", "Several lawmakers with ties to the port": the
  // phrase's head before its first preposition (other than "of") or participle decides.
  // "The mayor and her deputy", "Ruiz and the union": coordinated, the first conjunct decides.
  for (let k = range.from; k < range.to; k++) {
    const word = words[k] as Word
    if (word.value === '(' || isQuoteMark(word.value) || isDash(word)) return false
  }
  for (let k = range.from + 1; k < range.to - 1; k++) {
    const word = words[k] as Word
    if (!word.isWord) continue
    const second = words[k + 1] as Word
    if (
      ((word.lower === 'and' &&
        (isCapitalized(second) || nounPhraseLeads.has(second.lower) || /^\d/.test(second.value))) ||
        (word.lower !== 'of' && !word.capitalised && lexicons.prepositions.hasWord(word.lower))) &&
      !verbAfter(words, range.from, range.to, lexicons) &&
      // ("According to …", "Preys on …": one capitalised word opening the sentence may be
      // a verb or a headline's; only a known source noun heads the phrase there.)
      !(
        k === 1 &&
        range.from === 0 &&
        !isSourceNoun((words[0] as Word).lower, lexicons) &&
        !isSourceNoun((words[0] as Word).lower.replace(/ies$/, 'y'), lexicons)
      )
    )
      return isClearPhrase(words, { from: range.from, to: k }, lexicons)
  }
  return false
}

/**
 * A finite verb in [from, to) — an auxiliary, a lower-case past tense, a reporting verb:
 * "Executives in the agency earned a salary of …" is a clause, not a subject with its modifier.
 */
function verbAfter(words: readonly Word[], from: number, to: number, lexicons: Lexicons): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (!word.isWord || word.capitalised) continue
    if (
      finiteVerbs.has(word.lower) ||
      lexicons['irregular-pasts'].has(word.lower) ||
      lexicons['cue-verbs'].has(word.lower) ||
      (/[a-z]ed$/.test(word.lower) && words[k + 1]?.lower !== 'by')
    )
      return true
  }
  return false
}

/** Quantifiers over one member of a group: the noun after them is singular ("one pastor"). */
const singularQuantifiers = new Set(['one', 'each', 'neither'])
/** Pronouns that may close a quantifier's of-phrase: "many of them", "all of whom". */
const partitivePronouns = new Set(['them', 'us', 'you', 'whom', 'those', 'these'])

/**
 * "Both campaigns", "none of the three", "some fans", "one pastor", "all of whom", "the two
 * sides": a quantifier (data/group-quantifiers.txt) or number word over a short plain noun or
 * an of-phrase names members of a group — people or bodies holding a view — whatever its noun.
 */
function isQuantifiedGroup(words: readonly Word[], range: WordRange, lexicons: Lexicons): boolean {
  let k = range.from
  const article = (words[k] as Word).lower === 'the'
  if (article) k++
  const first = words[k]
  const quantifier = article ? null : lexicons['group-quantifiers'].matchAt(words, k)
  if (!first?.isWord || !(quantifier || lexicons['count-words'].hasWord(first.lower))) return false
  const rest = words.slice(k + (quantifier?.length ?? 1), range.to)
  // "both endorsed …", "no one knows …", "the two spoke about …": the quantifier alone
  // stands for the group.
  if (rest.length === 0)
    return article || ['both', 'none', 'no one'].includes(quantifier?.entry ?? '')
  // (A figure inside — "one of those 529 savings" — names a product or an amount, not a group.)
  if (rest.length > 6 || !rest.every((w) => w.isWord && !/^\d/.test(w.value))) return false
  // ("one of the chief reasons to …": a clause's words in the phrase make it no subject.)
  if (
    rest
      .slice(1)
      .some(
        (w) =>
          lexicons.prepositions.hasWord(w.lower) || lexicons['source-stopwords'].hasWord(w.lower),
      )
  )
    return false
  if (rest[0]?.lower === 'of') {
    // ("most of the attention": a share of a thing, not of a group.)
    const object = rest[1]
    const last = rest[rest.length - 1] as Word
    return (
      object !== undefined &&
      (partitivePronouns.has(object.lower) ||
        ((object.lower === 'the' ||
          lexicons['possessive-determiners'].hasWord(object.lower) ||
          (/['’]s$/.test(object.lower) && isCapitalized(object))) &&
          (/[^s]s$/.test(last.lower) || lexicons['count-words'].hasWord(last.lower))))
    )
  }
  if (lexicons.prepositions.hasWord((rest[0] as Word).lower)) return false
  const last = rest[rest.length - 1] as Word
  // ("Eight years backing …": a span of time, not a group.)
  if (lexicons['duration-words'].hasWord(last.lower)) return false
  return singularQuantifiers.has(first.lower) || /[^s]s$/.test(last.lower)
}

function isClearPhrase(words: readonly Word[], range: WordRange, lexicons: Lexicons): boolean {
  // "Sen. Ana Lund (D-Ore.)": a party-and-state tag closing the phrase says nothing of its
  // head; judge the words before it.
  if (range.to - range.from > 2 && (words[range.to - 1] as Word).value === ')') {
    for (let k = range.to - 2; k > range.from; k--) {
      if ((words[k] as Word).value !== '(') continue
      return isClearSource(words, { from: range.from, to: k }, lexicons)
    }
  }
  // "Tom Varga, an education professor at the state university,": the name before the aside.
  // ("Rep. Ana Lund (R-Ore.), chair of the panel,": a party tag between the name and its aside.)
  for (let k = range.from + 1; k < range.to; k++) {
    if ((words[k] as Word).value !== ',') continue
    let nameEnd = k
    if ((words[k - 1] as Word).value === ')') {
      let open = k - 2
      while (open > range.from && (words[open] as Word).value !== '(' && k - open < 8) open--
      if ((words[open] as Word).value === '(') nameEnd = open
    }
    if (isCapitalized(words[nameEnd - 1] as Word) && nameEnd - range.from <= 6) return true
    // "The former congressman, who led the filibuster,", "a federal judge, in response to a
    // lawsuit,": a clear phrase before the aside.
    if (
      nameEnd - range.from >= 2 &&
      nameEnd - range.from <= 6 &&
      isClearPhrase(words, { from: range.from, to: nameEnd }, lexicons)
    )
      return true
    break
  }
  if (range.to - range.from > 8) return false
  // "Ms. Lund and her colleagues": a name, with others joined to it in a short plain phrase.
  for (let k = range.from + 1; k < range.to - 1; k++) {
    const word = words[k] as Word
    if (!word.isWord && word.value !== '.') break
    if (word.lower !== 'and') continue
    if (
      isCapitalized(words[range.from] as Word) &&
      isCapitalized(words[k - 1] as Word) &&
      range.to - k <= 4 &&
      words.slice(k + 1, range.to).every((w) => w.isWord) &&
      isClearSource(words, { from: range.from, to: k }, lexicons)
    )
      return true
    break
  }
  const last = words[range.to - 1] as Word
  // ("since May, he's renounced …", "Reyes, who'd endorsed Lund, …": a pronoun with its
  // auxiliary contracted onto it is the pronoun as subject; `make` trims the auxiliary.)
  const pronoun = withoutAuxiliary(last.lower)
  if (
    range.to - range.from === 1 &&
    lexicons.pronouns.hasWord(pronoun) &&
    pronoun !== 'it' &&
    pronoun !== 'which'
  )
    return true
  // "the Farm Bureau, which opposed the dam", "a union that endorsed Lund": a relative
  // pronoun standing for a name or a known source noun right before it.
  if (range.to - range.from === 1 && (last.lower === 'which' || last.lower === 'that')) {
    const at = words[range.from - 1]?.value === ',' ? range.from - 2 : range.from - 1
    const antecedent = words[at]
    return (
      antecedent !== undefined &&
      at > 0 &&
      antecedent.isWord &&
      (isCapitalized(antecedent) ||
        lexicons['anonymous-heads'].hasWord(antecedent.lower) ||
        lexicons['vague-heads'].hasWord(antecedent.lower) ||
        lexicons['person-titles'].hasWord(antecedent.lower.replace(/s$/, '')))
    )
  }
  // "one of the doctors who signed the letter": a noun that takes "who" is a person.
  for (let k = range.from + 1; k < range.to - 1; k++) if (words[k]?.lower === 'who') return true
  if (isQuantifiedGroup(words, range, lexicons)) return true
  // "Ortiz herself", "the growers themselves": a reflexive stressing the subject leaves it
  // as clear as it was without.
  if (
    range.to - range.from >= 2 &&
    /^(?:him|her|them|it|my|our|your)sel(?:f|ves)$/.test(last.lower)
  )
    return isClearPhrase(words, { from: range.from, to: range.to - 1 }, lexicons)
  const lower = last.lower.replace(/'s$/, '')
  if (lexicons['anonymous-heads'].hasWord(lower) || lexicons['vague-heads'].hasWord(lower))
    return true
  const head =
    headOf(words.slice(range.from, range.to), lexicons).head?.lower.replace(/'s$/, '') ?? ''
  if (
    lexicons['anonymous-heads'].hasWord(head) ||
    lexicons['vague-heads'].hasWord(head) ||
    lexicons['document-heads'].hasWord(head)
  )
    return true
  // "veteran strategists", "many of his endorsers": people named by their role, in the plural.
  if (/(?:er|or|ist|ian|ant)s$/.test(head) && !isCapitalized(last)) return true
  // "news outlets", "federal labor organizations", "appeals courts": bodies of a kind
  // (data/body-nouns.txt), in the plural, speak as the people in them; so do people of a kind
  // (data/person-nouns.txt: "rivals", "plaintiffs").
  const singular = head.replace(/ies$/, 'y').replace(/([^s])s$/, '$1')
  if (
    singular !== head &&
    lower === head &&
    !isCapitalized(last) &&
    (lexicons['body-nouns'].hasWord(singular) || lexicons['person-nouns'].hasWord(singular))
  )
    return true
  // "a campaign spokeswoman", "the candidates", "a federal judge": a role a person holds.
  // (The role ends the phrase: "the only senator to" is no subject of the verb after it.)
  if (
    lower === head &&
    (lexicons['person-titles'].hasWord(head) ||
      lexicons['person-titles'].hasWord(head.replace(/s$/, '')))
  )
    return true
  // "the GOP candidate", "the governor": a definite role.
  // ("Lund's team", "the party's campaign": a role or group behind a possessive.)
  const first = words[range.from] as Word
  if (
    (['the', 'his', 'her', 'their', 'its', 'our'].includes(first.lower) ||
      (/'s$|’s$/.test(first.lower) && isCapitalized(first))) &&
    range.to - range.from <= 4 &&
    (roleNoun.test(lower) || groupNouns.has(lower) || lexicons['person-nouns'].hasWord(lower))
  )
    return true
  // "a woman", "an analyst": one unnamed person. (Only person endings: after "a", "group",
  // "firm" or "company" mostly open a name — "a firm called Ortiz Partners".)
  if (
    (first.lower === 'a' || first.lower === 'an') &&
    range.to - range.from <= 4 &&
    (lexicons['person-nouns'].hasWord(lower) || /(?:man|woman|er|or|ist|ian)$/.test(lower))
  )
    return true
  return (
    isCapitalized(last) &&
    !(range.to - range.from === 1 && range.from === 0 && !isCapitalizedName(last))
  )
}

/**
 * The word after a noun that ends its phrase: a mark, a finite verb ("remarks have left",
 * "reports show") or a preposition of place, source or aim ("reports to the board",
 * "comments from readers") — not "on", "about" or "that", which open what was said.
 */
function opensPredicateOrPlace(
  word: Word | undefined,
  after: Word | undefined,
  /** The noun is one of saying: a mark after it ends its phrase ("… comments, and …"). (After
   * a document's noun a comma may close a fronted phrase: "Under party rules, …".) */
  markEnds: boolean,
): boolean {
  if (!word) return false
  if (!word.isWord) return markEnds && /^[,;.]$/.test(word.value)
  if (word.capitalised) return false
  return (
    finiteVerbs.has(word.lower) ||
    nounPrepositions.has(word.lower) ||
    // "his public remarks or speeches": a second noun joined to it.
    word.lower === 'or' ||
    // "remarks loomed large", "reports show": a verb of its own after the noun. ("remarks
    // viewed by some as …", "comments made by the mayor": a participle with its agent
    // describes the noun.)
    (/^[a-z]{3,}(?:ed|ow)$/.test(word.lower) && word.lower !== 'made' && after?.lower !== 'by')
  )
}

/** Prepositions after a noun of saying that say where it went or came from, not what it said. */
const nounPrepositions = new Set(['from', 'for', 'in', 'at', 'with', 'after', 'each'])

/** Relative pronouns that open a clause naming their antecedent: "what she called “…”". */
const namingRelatives = new Set(['what', 'which', 'that', 'whom'])
/** Verbs that name a thing in quoted words: "called it “…”", "described as “…”". */
const namingVerb =
  /^(?:call(?:s|ed)?|describ(?:e|es|ed)|dub(?:s|bed)?|term(?:s|ed)?|label(?:s|ed|led)?|brand(?:s|ed)?|characteri[sz](?:e|es|ed)|deem(?:s|ed)?|refer(?:s|red)? to)$/

/**
 * The end offset of the quotation that a naming verb at `[cue, e)` takes in a relative clause
 * ("what it called “…”", "that he described as “…”"), or null: the quotation opens at most
 * four words after the verb, with no clause boundary between.
 */
function relativeNaming(
  doc: Doc,
  words: readonly Word[],
  source: WordRange,
  e: number,
  lexicons: Lexicons,
): number | null {
  const verb = words
    .slice(source.to, e)
    .filter((w) => w.isWord && !lexicons['cue-auxiliaries'].has(w.lower))
    .map((w) => w.lower)
    .join(' ')
  if (!namingVerb.test(verb)) return null
  if (!isPlainSubject(words, source, lexicons) && !isClearSource(words, source, lexicons))
    return null
  const index = docIndex(doc)
  for (let k = e; k < Math.min(words.length, e + 5); k++) {
    const word = words[k] as Word
    if (isQuoteMark(word.value) && word.value !== '’' && word.value !== '”') {
      const quote = index.quoteAt(word.start)
      return quote ? quote.end.offset : null
    }
    if (!word.isWord && word.value !== ',') return null
  }
  return null
}

/**
 * A short noun phrase that can be a subject as it stands: it opens with a name, a determiner
 * or a pronoun, and holds no infinitive or participle ("the voters to", "began taking questions").
 */
function isPlainSubject(words: readonly Word[], range: WordRange, lexicons: Lexicons): boolean {
  if (range.to - range.from > 12) return false
  const first = words[range.from] as Word
  if (
    !isCapitalized(first) &&
    !determinersBeforeNoun.has(first.lower) &&
    !lexicons.pronouns.has(first.lower)
  )
    return false
  for (let k = range.from; k < range.to; k++) {
    const word = words[k] as Word
    if (!word.isWord || isCapitalized(word)) continue
    if (word.lower === 'to' || ingForm.test(word.lower)) return false
  }
  return true
}

function isCapitalizedName(word: Word): boolean {
  // "Another challenge: …": a determiner opening the sentence is no name.
  return ![
    'the',
    'a',
    'an',
    'this',
    'that',
    'another',
    'every',
    'each',
    'no',
    'it',
    'in',
    'on',
    'but',
    'and',
  ].includes(word.lower)
}

/**
 * Index after a short adjunct of time at `from` — "last week", "on Monday", "in 2014", "long
 * ago", "early on", "years ago" (at most four words: words of time, their prepositions and
 * numbers, "long", "ago", "early", "late") — or `from` when none stands there. Between a verb
 * and its "that" such an adjunct says when the thing was said, not what.
 */
function afterTimeAdjunct(words: readonly Word[], from: number, lexicons: Lexicons): number {
  let k = from
  while (k < words.length && k - from < 4) {
    const word = words[k] as Word
    if (!word.isWord) break
    if (
      !lexicons['time-words'].has(word.lower) &&
      !timeAdjunctWords.has(word.lower) &&
      !/^\d{1,4}$/.test(word.value)
    )
      break
    k++
  }
  return k
}

/** Words that with the words of time make an adjunct of time: "long ago", "in May", "early on". */
const timeAdjunctWords = new Set([
  'on',
  'in',
  'at',
  'ago',
  'long',
  'early',
  'late',
  'years',
  'months',
  'weeks',
  'days',
  'decades',
])

function hasThatAhead(words: readonly Word[], from: number, span: number): boolean {
  for (let k = from; k < Math.min(words.length, from + span); k++)
    if ((words[k] as Word).lower === 'that') return true
  return false
}

function isPronounSubjectAhead(words: readonly Word[], from: number): boolean {
  const next = words[from]
  return next !== undefined && next.lower === 'that'
}

/**
 * "her tax records, which showed …", "a report that found …": a relative pronoun standing for
 * a document noun just before it (past a comma and a short phrase of time or place: "records
 * in July, which …") — the document's range, or null.
 */
function documentAntecedent(
  words: readonly Word[],
  relative: WordRange,
  lexicons: Lexicons,
): WordRange | null {
  if (relative.to !== relative.from + 1) return null
  const pronoun = (words[relative.from] as Word).lower
  if (pronoun !== 'which' && pronoun !== 'that') return null
  let k = relative.from - 1
  if (words[k]?.value === ',') k--
  else if (pronoun === 'which') return null
  for (let head = k; head >= 0 && k - head < 6; head--) {
    const word = words[head] as Word
    if (!word.isWord && word.value !== '/') return null
    if (lexicons['document-heads'].has(word.lower)) {
      // The noun phrase: back over its modifiers to a determiner, stopping at a verb or a
      // preposition ("released her tax records": "her tax records").
      let from = head
      for (let d = head - 1; d >= 0 && head - d <= 4; d--) {
        const modifier = words[d] as Word
        if (!modifier.isWord && modifier.value !== '/') break
        if (determinersBeforeNoun.has(modifier.lower)) {
          from = d
          break
        }
        if (
          lexicons.prepositions.has(modifier.lower) ||
          lexicons['cue-verbs'].has(modifier.lower) ||
          lexicons['stance-verbs'].has(modifier.lower) ||
          (!modifier.capitalised && endsInEd.test(modifier.lower))
        )
          break
        from = d
      }
      return { from, to: head + 1 }
    }
    if (lexicons['cue-verbs'].has(word.lower) || determinersBeforeNoun.has(word.lower)) return null
  }
  return null
}

function isDocumentPhrase(words: readonly Word[], range: WordRange, lexicons: Lexicons): boolean {
  for (let k = range.from; k < range.to; k++) {
    const word = words[k] as Word
    if (lexicons['document-heads'].has(word.lower.replace(/'s$/, ''))) return true
  }
  return range.to - range.from === 1 && ['it', 'they'].includes((words[range.from] as Word).lower)
}

/** Skip the listener of "told reporters", "told The Washington Post on Monday". */
/**
 * Word `head` is a document noun that someone issued: "released a statement", "put out a
 * brief" — a verb, a determiner and up to two words before it. ("In a statement announcing
 * …" and "tweets accusing …" name the document without anyone issuing it.)
 */
function issuedDocument(words: readonly Word[], head: number, lexicons: Lexicons): boolean {
  if (!lexicons['document-heads'].hasWord(words[head]?.lower ?? '')) return false
  let d = head - 1
  while (d > 0 && d >= head - 3 && !documentDeterminers.has((words[d] as Word).lower)) d--
  if (d < 1 || !documentDeterminers.has((words[d] as Word).lower)) return false
  const verb = words[d - 1] as Word
  return (
    verb.isWord &&
    !isCapitalized(verb) &&
    !lexicons.prepositions.hasWord(verb.lower) &&
    !circumstancePrepositions.has(verb.lower) &&
    !['and', 'or', 'but', 'of'].includes(verb.lower)
  )
}

/**
 * "His office put out a statement" before "saying …": the words before the verb that issued
 * the document (null if the phrase is only "released a statement"), or the phrase as it is
 * when no verb and determiner stand before the document noun at `head`.
 */
function issuerOf(
  words: readonly Word[],
  found: SourceFound,
  head: number,
  lexicons: Lexicons,
): SourceFound | null {
  const { from } = found.range
  let d = head - 1
  while (d > from && d >= head - 4 && !documentDeterminers.has((words[d] as Word).lower)) d--
  if (d <= from || !documentDeterminers.has((words[d] as Word).lower)) return found
  let verb = d - 1
  while (verb > from && ['out', 'up', 'off'].includes((words[verb] as Word).lower)) verb--
  const issued = words[verb] as Word
  if (!issued.isWord || isCapitalized(issued)) return found
  let to = verb
  while (to > from && lexicons['cue-auxiliaries'].has((words[to - 1] as Word).lower)) to--
  return to > from ? { range: { from, to }, boundary: found.boundary } : null
}
const documentDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our'])

/** Verbs of asking someone to do something: "asked the board to resign". */
const requestVerbs = new Set(['asked', 'asks', 'urged', 'urges'])
/** Forms of "tell": "told reporters that …". */
const tellVerbs = new Set(['told', 'tells', 'tell', 'telling'])
/** Verbs whose listener comes before what was said: "told reporters that …", "warned Lund that …". */
const listenerFirstVerbs = new Set([...tellVerbs, ...requestVerbs, 'warned', 'assured', 'reminded'])

/** An infinitive "to" follows the object within a few words, before any "that". */
function infinitiveAhead(words: readonly Word[], from: number): boolean {
  for (let k = from + 1; k < Math.min(words.length, from + 7); k++) {
    const word = words[k] as Word
    if (word.lower === 'that' || !word.isWord) return false
    if (word.lower === 'to') return true
  }
  return false
}

function skipObject(words: readonly Word[], from: number, lexicons: Lexicons): number {
  for (let k = from; k < Math.min(words.length, from + 12); k++) {
    if ((words[k] as Word).lower === 'that') return k
  }
  let k = from
  const first = words[k]
  if (first && objectPronouns.has(first.lower)) return k + 1
  // "told the packed crowd he was ready", "asked workers if they would strike": the listener,
  // then a clause with its own subject or a question word.
  // The listener is a short noun phrase: a determiner, a question word or "to" after its
  // first word ends it ("telling MSNBC his plan …", "asked which states …", "told aides to …").
  for (let j = from; j < Math.min(words.length, from + 7); j++) {
    const word = words[j] as Word
    // "told the crowd: “…”": a colon closes the listener.
    if (word.value === ':' && j > from) return j
    if (!word.isWord || lexicons['cue-verbs'].hasWord(word.lower)) break
    if (listenerEnders.has(word.lower)) break
    // ("told the agency anything it did not know": the report is what the pronoun heads.)
    if (j > from && lexicons['indefinite-pronouns'].hasWord(word.lower)) return j
    if (j > from && opensReportAfterListener(word)) return j
    if (j > from && determinersBeforeNoun.has(word.lower)) break
  }
  // "told The Daily Ledger on Monday …": a named listener. (Not "told reporters the plan …",
  // where "the" opens the report's subject.)
  while (
    k < words.length &&
    (isCapitalized(words[k] as Word) ||
      (['the', 'a', 'an'].includes((words[k] as Word).lower) &&
        isCapitalized((words[k + 1] ?? words[k]) as Word)))
  )
    k++
  // "told the veterans this weekend …": a time, with "this", "last" or "next" before it.
  while (
    k < words.length &&
    (lexicons['time-words'].hasWord((words[k] as Word).lower) ||
      (['this', 'last', 'next'].includes((words[k] as Word).lower) &&
        lexicons['time-words'].hasWord(words[k + 1]?.lower ?? '')))
  )
    k++
  return k
}

/** Words that open the report after a listener: a subject pronoun or a question word. */
const reportOpenersAfterListener = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  "he's",
  'he’s',
  "she's",
  'she’s',
  "they're",
  'they’re',
  "it's",
  'it’s',
  "we're",
  'we’re',
  'if',
  'whether',
  'how',
  'why',
])

/** Words that cannot stand in a listener phrase: "asked what …", "told aides to …". */
const listenerEnders = new Set([
  'what',
  'which',
  'who',
  'whom',
  'where',
  'when',
  'about',
  'to',
  'that',
])

function opensReportAfterListener(word: Word): boolean {
  return reportOpenersAfterListener.has(word.lower) && !isCapitalized(word)
}

interface SourceFound {
  range: WordRange
  boundary: ReturnType<typeof boundaryBefore>
}

/** Finite auxiliaries and copulas: a stretch between commas that opens with one is a predicate. */
const finiteAuxiliaries = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'does',
  'do',
  'did',
])

/** Verbs that take a clause only after "that" or a mark: "continued the talks", "answered the call". */
const clauseOnlyWithMark = new Set([
  'continue',
  'continues',
  'continued',
  'echo',
  'echoes',
  'echoed',
  'answer',
  'answers',
  'answered',
  'hold',
  'holds',
  'held',
])

/**
 * A clause without "that" from `start`: a short subject — no mark, no relative word, no
 * infinitive — then a finite verb ("the mayor has the edge", "it would generate $9 million").
 */
function bareClauseAfter(
  words: readonly Word[],
  start: number,
  /** A noun phrase may be the subject, not only a pronoun: not after an -s form, as often a
   * plural noun ("the port rules committee has resigned"). */
  nounSubject: boolean,
): boolean {
  // ("Officials insist they're ready": a subject pronoun with its verb contracted.)
  const first = words[start]
  if (first && contractedPronoun.test(first.lower)) return true
  if (!nounSubject)
    return (
      first !== undefined &&
      subjectPronouns.has(first.lower) &&
      isFiniteOrNegated(words[start + 1]?.lower ?? '')
    )
  for (let k = start; k < words.length && k - start < 6; k++) {
    const word = words[k] as Word
    if (!word.isWord) return false
    // ("added 200 jobs in May": the month, not the modal.)
    if (word.value === 'May') continue
    if (k > start && isFiniteOrNegated(word.lower)) return true
    if (appositiveRelatives.has(word.lower) || word.lower === 'to' || isFiniteOrNegated(word.lower))
      return false
  }
  return false
}

/**
 * A finite auxiliary, or one with "not" contracted onto it: "polls suggest she shouldn't
 * try", "data indicate the fund isn't solvent" open their clause as "should", "is" do.
 * ("must", absent from `finiteVerbs`, too: "adding the county must act".)
 */
function isFiniteOrNegated(lower: string): boolean {
  return (
    finiteVerbs.has(lower) ||
    contractedNegative.test(lower) ||
    lower === 'must' ||
    lower === "mustn't" ||
    lower === 'mustn’t' ||
    lower === 'cannot'
  )
}

/**
 * A quotation opens after a comma or a colon within the six words from `from`, before any
 * other mark that ends a clause: "added a caveat: “…”", "adding of the mayor, “…”".
 */
function quotationSoonAfter(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k - from < 6; k++) {
    const word = words[k] as Word
    // (A straight mark right after the comma or colon opens the quotation too.)
    if (isQuoteMark(word.value))
      return k > from && [',', ':'].includes((words[k - 1] as Word).value)
    if (/^[.;?!]$/.test(word.value)) return false
  }
  return false
}

const contractedPronoun = /^(?:i|you|he|she|it|we|they|that|there)['’](?:m|re|s|ll|d|ve)$/

/**
 * "The dam will hold, engineers insist.": the verb ends the sentence after a comma and a
 * short subject, so what it reports is the clause before the comma.
 */
function closesInvertedReport(words: readonly Word[], i: number): boolean {
  const after = words[i + 1]
  if (after && !/^[.!?]$/.test(after.value)) return false
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const word = words[k] as Word
    if (word.value === ',') return k > 2 && k < i - 1
    if (!word.isWord) return false
  }
  return false
}

/** Question words that take an infinitive: "how to say", "what to tell them". */
const whInfinitiveWords = new Set([
  'how',
  'what',
  'when',
  'where',
  'whether',
  'which',
  'who',
  'why',
])

/** The source phrase before a cue, with "Name, the role, said" appositives joined. */
function sourceBefore(
  words: readonly Word[],
  cueIndex: number,
  lexicons: Lexicons,
): SourceFound | null {
  const found = phraseSourceBefore(words, cueIndex, lexicons)
  if (found) found.range.from = countModifierStart(words, found.range.from, lexicons)
  const subject = found && subjectBeforeFloatingAdverb(words, found.range, cueIndex, lexicons)
  if (subject) return subject
  // "The memo goes on to say …", "officials were quick to point out …", "Ortiz took a moment
  // to note …": a phrase ending in the infinitive's "to" holds the verb it completes; the
  // subject is the words before that verb.
  if (found && found.range.to === cueIndex && words[cueIndex - 1]?.lower === 'to') {
    const { from } = found.range
    for (let k = from + 1; k < cueIndex - 1; k++) {
      const word = words[k] as Word
      if (!word.isWord || word.capitalised) continue
      if (
        finiteVerbs.has(word.lower) ||
        lexicons['irregular-pasts'].hasWord(word.lower) ||
        /[a-z]ed$/.test(word.lower) ||
        // ("goes on to say")
        (words[k + 1]?.lower === 'on' && words[k + 2]?.lower === 'to')
      )
        return { range: { from, to: k }, boundary: found.boundary }
    }
    // "Ortiz has nothing but kind things to say about …", "she will have more to say": the
    // one who has things to say is the subject of "have".
    if (
      amountsSaid.has(words[cueIndex - 2]?.lower ?? '') ||
      words[cueIndex - 2]?.lower === 'things'
    ) {
      for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
        const word = words[k] as Word
        if (!word.isWord) break
        if (!possessionVerbs.has(word.lower)) continue
        let verb = k
        while (verb > 0 && cueAuxiliaryLike(words[verb - 1] as Word, lexicons)) verb--
        const holder = phraseSourceBefore(words, verb, lexicons)
        if (holder && holder.range.to === verb) return holder
        break
      }
    }
  }
  return found
}

/**
 * "the senators have both argued", "Ortiz has not yet responded", "she further announced": a
 * source phrase that is one floating quantifier or adverb (`floating-adverbs`), with only
 * auxiliaries and adverbs between it and the cue, stands for no one; the subject is the phrase
 * before it and before the auxiliaries in front of it. Null when there is none ("Both say").
 */
function subjectBeforeFloatingAdverb(
  words: readonly Word[],
  range: WordRange,
  cueIndex: number,
  lexicons: Lexicons,
): SourceFound | null {
  const word = words[range.from] as Word
  if (range.to !== range.from + 1 || !lexicons['floating-adverbs'].hasWord(word.lower)) return null
  for (let k = range.to; k < cueIndex; k++)
    if (!cueAuxiliaryLike(words[k] as Word, lexicons)) return null
  let verb = range.from
  while (verb > 0 && cueAuxiliaryLike(words[verb - 1] as Word, lexicons)) verb--
  const holder = phraseSourceBefore(words, verb, lexicons)
  if (!holder || holder.range.to !== verb) return null
  holder.range.from = countModifierStart(words, holder.range.from, lexicons)
  return holder
}

/** Whether `range`, ending in the comma right before the cue, is a clause with a finite verb. */
function clauseBeforeCueComma(words: readonly Word[], range: WordRange, cueIndex: number): boolean {
  if (words[cueIndex - 1]?.value !== ',' || range.to < cueIndex - 1) return false
  let verb = false
  for (let k = range.from; k < cueIndex - 1; k++) {
    const word = words[k] as Word
    if (appositiveRelatives.has(word.lower)) return false
    if (word.isWord && !isCapitalized(word) && finiteVerbs.has(word.lower)) verb = true
  }
  return verb
}

/**
 * "More than half of voters say …", "at least a dozen lawmakers signed …": a source phrase
 * opening with a count or a share takes the words bounding it (`count-modifiers`) before it.
 * Returns the phrase's new start, or `from` as it was.
 */
function countModifierStart(words: readonly Word[], from: number, lexicons: Lexicons): number {
  // (The phrase may already hold the modifier's last word: "least half of voters", "over a
  // quarter of members".)
  for (let k = Math.max(0, from - 3); k <= from; k++) {
    if (!words[k]?.isWord) continue
    const match = lexicons['count-modifiers'].matchAt(words, k)
    if (!match) continue
    const end = k + match.length
    if (end >= from && end <= from + 1 && opensCount(words, end, lexicons)) return k
  }
  return from
}

/** Whether a count or a share opens at `k`: "60 percent", "half", "a third", "a dozen". */
function opensCount(words: readonly Word[], k: number, lexicons: Lexicons): boolean {
  const first = words[k]
  if (!first?.isWord) return false
  const next = words[k + 1]?.lower ?? ''
  return (
    /^\d/.test(first.value) ||
    lexicons['count-words'].hasWord(first.lower) ||
    lexicons['fraction-counts'].hasWord(first.lower) ||
    lexicons['share-words'].hasWord(first.lower) ||
    // ("a third of", "a dozen", "a majority of")
    ((first.lower === 'a' || first.lower === 'an') &&
      (lexicons['share-words'].has(next) || lexicons['count-words'].has(next)))
  )
}

/**
 * "water bottles that said, “Welcome”", "a sign that read “Vote no”": "that" right after a
 * noun and before a verb in the past tense with a quotation after it (or after a comma or a
 * colon) is a relative pronoun, not a determiner, and stands for the thing bearing the words.
 */
function relativeBeforeQuotation(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  const verb = words[i] as Word
  const noun = words[i - 2]
  return (
    words[i - 1]?.lower === 'that' &&
    noun !== undefined &&
    noun.isWord &&
    !lexicons['source-stopwords'].hasWord(noun.lower) &&
    !lexicons.pronouns.hasWord(noun.lower) &&
    (/[a-z]ed$/.test(verb.lower) ||
      lexicons['irregular-pasts'].hasWord(verb.lower) ||
      irregularPastCues.has(verb.lower)) &&
    (isQuoteMark(words[i + 1]?.value ?? '') ||
      (/^[,:]$/.test(words[i + 1]?.value ?? '') && isQuoteMark(words[i + 2]?.value ?? '')))
  )
}

/** Whether words [from, to) are a name alone: two to five capitalised words ("Dana Ortiz"). */
function nameAside(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 5) return false
  return words.slice(from, to).every((w) => w.isWord && isCapitalized(w))
}

/** An auxiliary, a negation or an adverb before a verb: "will", "does not", "always". */
function cueAuxiliaryLike(word: Word, lexicons: Lexicons): boolean {
  return (
    word.isWord &&
    (lexicons['cue-auxiliaries'].hasWord(word.lower) ||
      isNegation(word) ||
      (/^[a-z]{2,}ly$/.test(word.value) && !isCapitalized(word)))
  )
}

/** `sourceBefore` before its check of a phrase ending in an infinitive's "to". */
function phraseSourceBefore(
  words: readonly Word[],
  cueIndex: number,
  lexicons: Lexicons,
): SourceFound | null {
  const previous = words[cueIndex - 1]
  // "Lund took to Twitter to say …", "Lund went on to say …": an infinitive's speaker is the
  // subject of the clause it completes, not the words before "to". (When that subject is no
  // clear source, the phrase before the cue is read as before: returning none there lost
  // more attributions than it saved on PolNeAR.)
  // ("dared him to say", "urged Lund to say": the object before "to" is the speaker.)
  const object = words[cueIndex - 2]
  // ("The vote prompted Ana Ruiz to say …", "it is rare for a judge to say …": the object of a
  // verb of causing or letting, or the noun after "for", is the speaker.)
  const holder =
    previous?.lower === 'to'
      ? (headlineDoer(words, cueIndex - 1, lexicons) ??
        infinitiveHolder(words, cueIndex - 1, lexicons))
      : null
  if (holder) return holder
  // ("water bottles that said, “Welcome”": the relative "that" stands for what bears the words.)
  if (relativeBeforeQuotation(words, cueIndex, lexicons))
    return {
      range: { from: cueIndex - 1, to: cueIndex },
      boundary: boundaryBefore(words, cueIndex - 1),
    }
  if (
    previous?.lower === 'to' &&
    object !== undefined &&
    !objectPronouns.has(object.lower) &&
    // ("Ruiz went on CNN on Monday to say …": a name or a day after a preposition is where or
    // when, not a speaker.)
    // ("leaders gathered Friday to discuss …": a day is when.)
    (!isCapitalized(object) ||
      afterPreposition(words, cueIndex - 1, lexicons) ||
      lexicons['time-words'].hasWord(object.lower)) &&
    // ("learning how to want …": a question word's infinitive reports nobody's words.)
    !whInfinitiveWords.has(object.lower)
  ) {
    const subject = subjectBeforeVerb(
      words,
      lexicons,
      infinitiveClauseStart(words, cueIndex - 1, lexicons),
    )
    if (
      subject &&
      subject.to < cueIndex - 1 &&
      (words[subject.to - 1] as Word).lower !== 'to' &&
      // ("Stumpf's …", "It's …": a possessive or a contraction is no whole subject.)
      !/['’]s$/.test((words[subject.to - 1] as Word).lower) &&
      subject.to - subject.from <= 9 &&
      isClearSource(words, subject, lexicons)
    )
      return { range: subject, boundary: boundaryBefore(words, subject.from) }
  }
  // "Ana Pell, the author of “Long Shadows,” said": the aside's comma stands inside the
  // closing mark of a quoted title.
  const titleBeforeCue =
    previous && isQuoteMark(previous.value) && words[cueIndex - 2]?.value === ','
      ? quotedTitleOpening(words, cueIndex - 1)
      : -1
  if (previous?.value === ',' || titleBeforeCue > 0) {
    // "Tom Barrack, the U.S. envoy to Syria, said", "Dale Hutchins, 81, of Batavia, said":
    // a name, then up to three asides between commas.
    let comma = cueIndex - 1
    // "President Lund, speaking at the harbour on Saturday, said": an aside opened by a
    // participle (or by "during") tells what the source was doing, not who it is; the source
    // ends before it.
    // ("Six newspapers, including the Courier, said": data/role-participles.txt stays.)
    let asideCut = -1
    for (let segment = 0; segment < 3; segment++) {
      let k = segment === 0 && titleBeforeCue > 0 ? titleBeforeCue - 1 : comma - 1
      while (k >= 0 && comma - k < 40) {
        const word = words[k] as Word
        if (word.value === ',') break
        // "Ana Pell, the author of “Long Shadows,” about the port, said": a quoted title
        // belongs to the aside; its comma does not end it.
        if (isQuoteMark(word.value) && !isOpeningQuote(word.value)) {
          const opening = quotedTitleOpening(words, k)
          if (opening > 0) {
            k = opening - 1
            continue
          }
        }
        if (
          (isQuoteMark(word.value) && !isPluralPossessive(words, k)) ||
          (/^[.!?;:]$/.test(word.value) && !isAbbreviationPoint(words, k))
        )
          return null
        k--
      }
      if (k < 1 || (words[k] as Word).value !== ',') return null
      // "Dean, a former mayor, poked at the council, tweeting": a predicate before a participle
      // cue is the subject's, not an aside; the participle takes the sentence's subject.
      const opening = words[k + 1]
      // ("A day later, Varga reversed himself, saying …": likewise a name and its past tense.)
      if (
        segment === 0 &&
        endsInIng.test((words[cueIndex] as Word).lower) &&
        opening?.isWord &&
        ((!isCapitalized(opening) && /[a-z]ed$/.test(opening.lower)) ||
          namePredicate(words, k + 1, comma, lexicons) ||
          articlePredicate(words, k + 1, comma, lexicons))
      )
        return null
      // "Meanwhile, it attacked Lund, saying …": a stretch opening with a subject pronoun is a
      // clause, whose subject the participle takes.
      // ("Recently, he’s spoken out …, citing …": a pronoun with its auxiliary contracted.)
      const openingPronoun = opening?.lower.replace(/['’](?:s|d|ve|ll|re|m)$/, '') ?? ''
      if (
        segment === 0 &&
        endsInIng.test((words[cueIndex] as Word).lower) &&
        opening?.isWord &&
        (subjectPronouns.has(openingPronoun) || openingPronoun === 'it')
      )
        return null
      // "The cuts, which …, are part of the plan, said a person …": a stretch opening with a
      // finite verb is a predicate, not an aside; the source follows the cue.
      if (opening?.isWord && finiteAuxiliaries.has(opening.lower)) return null
      // ("Critics, in particular, noted": an adverbial aside is no part of the source either.)
      if (
        segment === 0 &&
        (adverbialPhraseAt(words, comma, lexicons) === k + 1 ||
          occasionStart(words, comma, lexicons, true) === k + 1 ||
          // ("Ortiz, however, said": a linking adverb alone between commas.)
          (comma === k + 2 && linkingAdverbs.has((words[k + 1] as Word).lower)))
      )
        asideCut = k
      else if (
        opening?.isWord &&
        !opening.capitalised &&
        /[a-z]{3}ing$/.test(opening.lower) &&
        !lexicons['role-participles'].hasWord(opening.lower) &&
        // ("speaking on condition of anonymity": the reason belongs with the source.)
        !(opening.lower === 'speaking' && words[k + 2]?.lower === 'on')
      )
        asideCut = k
      // "One delegate not on the slate, Dana Ortiz, said", "The company and its minister, Dana
      // Ortiz, confirmed": a name between commas after a description that opens the sentence's
      // subject and holds no verb; the description and the name are the source.
      if (segment === 0 && nameAside(words, k + 1, comma)) {
        let subject = subjectAfterLinks(words, lexicons)
        while (sentenceLinks.has(words[subject]?.lower ?? '') && words[subject + 1]?.isWord)
          subject++
        const first = words[subject]
        if (
          first?.isWord &&
          subject < k &&
          k - subject <= 9 &&
          (isCapitalized(first) || subjectArticles.has(first.lower)) &&
          !words.slice(subject, k).some((w) => !w.isWord && w.value !== '’' && w.value !== "'") &&
          !hasVerbBetween(words, subject, k, lexicons)
        )
          return {
            range: { from: subject, to: cueIndex - 1 },
            boundary: boundaryBefore(words, subject),
          }
      }
      comma = k
      const name = phraseBefore(words, comma, lexicons)
      // "On Monday, the city's police chief, Ana Lund, said": after a fronted phrase the
      // subject opens in lower case where at the sentence's start it would be capitalised.
      // ("When the city's police chief, Ana Lund, said …": likewise after a clause's opener,
      // or after a relative pronoun that is the cue's object: "which the mayor, Ana Lund,
      // called “…”".)
      // (Not before a participle: "After the vote, two aides urged her on, arguing …" has a
      // clause, not an aside, before its comma.)
      const afterFronted =
        name !== null &&
        name.from > 0 &&
        !endsInIng.test((words[cueIndex] as Word).lower) &&
        (name.from === subjectAfterLinks(words, lexicons) ||
          (subjectArticles.has((words[name.from] as Word).lower) &&
            (clauseLeads.has((words[name.from - 1] as Word).lower) ||
              namingRelatives.has((words[name.from - 1] as Word).lower))))
      // "“We lost,” the guard, Tom Wells, said": after a quotation the subject opens in
      // lower case too.
      const afterQuotation =
        name !== null &&
        name.from > 1 &&
        subjectArticles.has((words[name.from] as Word).lower) &&
        isQuoteMark((words[name.from - 1] as Word).value) &&
        !isOpeningQuote((words[name.from - 1] as Word).value) &&
        closesQuotedClause.test((words[name.from - 2] as Word).value)
      if (
        name &&
        (isCapitalized(words[name.from] as Word) || afterFronted || afterQuotation) &&
        name.to - name.from <= 9
      ) {
        const boundary = boundaryBefore(words, name.from)
        // "But Tom Varga, the head of …, said": a conjunction opening the sentence, or one
        // opening a clause inside it ("It was in May that Tom Varga, who …, said").
        // (Not "and" inside the sentence: "Ruiz, of Ohio, and Varga, of Iowa, said" is one
        // subject.)
        const before = words[name.from - 1]?.lower ?? ''
        const opener =
          (name.from === 1 && lexicons['source-stopwords'].has(before)) ||
          (name.from > 1 && clauseLeads.has(before)) ||
          // ("what Ana Lund, the treasurer, called “…”": a relative pronoun, the cue's object.)
          (name.from > 1 && namingRelatives.has(before))
        if (boundary !== 'word' || name.from === 0 || opener) {
          const to = asideCut > name.from ? asideCut : titleBeforeCue > 0 ? cueIndex : cueIndex - 1
          return { range: { from: name.from, to }, boundary }
        }
      }
    }
    return null
  }
  // "Many speakers at the rally — farmers and pilots among them — said": an aside between
  // dashes after the subject.
  if (isDash(previous) && cueIndex >= 4) {
    for (let k = cueIndex - 3; k > 0 && cueIndex - k < 25; k--) {
      const word = words[k] as Word
      if (isQuoteMark(word.value) || /^[.!?;:]$/.test(word.value)) break
      if (!isDash(word)) continue
      // (What stands before the opening dash is read as any source: "Ana Lund, the chief
      // executive of the port -- …  --" keeps her name.)
      const subject = isDash(words[k - 1]) ? null : sourceBefore(words, k, lexicons)
      if (!subject) break
      let from = subject.range.from
      if (words[from - 1]?.value === ',') {
        const name = phraseBefore(words, from - 1, lexicons)
        if (name && isCapitalized(words[name.from] as Word)) from = name.from
      }
      return { range: { from, to: cueIndex - 1 }, boundary: boundaryBefore(words, from) }
    }
  }
  // "Officials here said", "Polls there show": a place adverb after the subject.
  if ((previous?.lower === 'here' || previous?.lower === 'there') && words[cueIndex - 2]?.isWord) {
    const range = phraseBefore(words, cueIndex - 1, lexicons)
    if (range && !lexicons.pronouns.hasWord((words[range.from] as Word).lower))
      return { range, boundary: boundaryBefore(words, range.from) }
  }
  // "The mayor last week said", "Prosecutors on Monday charged": the time belongs to the
  // saying, not to who said it.
  // (Not in a relative clause, "the groups who wrote to her on Thursday", whose verb the
  // time is.)
  const timeStart = occasionStart(
    words,
    adverbialStart(words, timeAdverbialStart(words, cueIndex, lexicons), lexicons),
    lexicons,
  )
  let range = phraseBefore(words, timeStart, lexicons)
  if (
    timeStart < cueIndex &&
    range &&
    words.slice(range.from, range.to).some((w) => relativePronouns.has(w.lower))
  )
    range = phraseBefore(words, cueIndex, lexicons)
  if (!range) return null
  return { range, boundary: boundaryBefore(words, range.from) }
}

/**
 * "The council in a statement said", "Ortiz in an interview with the Ledger said": where a
 * phrase naming the occasion of the saying (data/speech-occasions.txt) that stands right
 * before `end` begins, or `end` when none does. "At" counts only after a name ("Ortiz at a
 * rally said"): "a person at the meeting" is who the source is.
 */
function occasionStart(
  words: readonly Word[],
  end: number,
  lexicons: Lexicons,
  /** An aside between commas: "Ortiz, in a statement, said". */
  aside = false,
): number {
  for (let k = end - 2; k >= 1 && end - k <= 8; k--) {
    const word = words[k] as Word
    if (!word.isWord) return end
    const preposition = word.lower
    if (preposition !== 'in' && preposition !== 'during' && preposition !== 'at') continue
    if (preposition === 'at' && (aside || !isCapitalized(words[k - 1] as Word))) return end
    // The occasion's noun within a few words after the preposition: "in a written statement".
    for (let j = k + 1; j < Math.min(end, k + 5); j++)
      if (lexicons['speech-occasions'].hasWord((words[j] as Word).lower))
        return aside || (words[k - 1] as Word).isWord ? k : end
    return end
  }
  return end
}

/** Where a phrase of data/adverbial-phrases.txt ending at `end` begins, or -1. */
function adverbialPhraseAt(words: readonly Word[], end: number, lexicons: Lexicons): number {
  const starts = lexicons['adverbial-phrases'].firstWords()
  for (let length = 4; length >= 2; length--) {
    const from = end - length
    // (Most words open no phrase: asked first, before a phrase is built to look up.)
    if (from < 1 || !starts.has((words[from] as Word).lower)) continue
    const phrase = words.slice(from, end)
    if (
      phrase.every((w) => w.isWord) &&
      lexicons['adverbial-phrases'].has(phrase.map((w) => w.lower).join(' '))
    )
      return from
  }
  return -1
}

/**
 * "Critics have in fact argued", "The mayor in turn said": where an adverbial phrase (with
 * the auxiliaries before it) that stands right before `end` begins, or `end` when none does.
 */
function adverbialStart(words: readonly Word[], end: number, lexicons: Lexicons): number {
  let from = adverbialPhraseAt(words, end, lexicons)
  if (from < 0) return end
  while (from > 1 && lexicons['cue-auxiliaries'].hasWord((words[from - 1] as Word).lower)) from--
  return (words[from - 1] as Word).isWord ? from : end
}

const monthName =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/
/** Words a time adverbial needs one of: a day, a month, a year, a part of the day. */
const timeHeads = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
])
const timePrepositions = new Set(['on', 'in', 'at', 'during', 'over', 'since', 'early', 'late'])

/**
 * Where a time adverbial that stands right before `end` begins ("on Monday", "last week",
 * "in early April", "in 2015", "on Tuesday night"), or `end` when none does. A month alone
 * counts only after a preposition ("in May", not the modal in "officials may say").
 */
function timeAdverbialStart(words: readonly Word[], end: number, lexicons: Lexicons): number {
  let k = end
  let head = false
  while (k > 0 && end - k < 5) {
    const word = words[k - 1] as Word
    if (!word.isWord) break
    const lower = word.lower
    const month =
      monthName.test(lower) && (lower !== 'may' || timePrepositions.has(words[k - 2]?.lower ?? ''))
    if (timeHeads.has(lower) || month || /^(?:1[89]|20)\d\d$/.test(lower)) head = true
    else if (
      !lexicons['time-words'].hasWord(lower) &&
      !(head && /^\d{1,2}$/.test(lower)) &&
      lower !== 'early' &&
      lower !== 'late'
    )
      break
    k--
  }
  if (!head || k === end) return end
  if (k > 0 && timePrepositions.has((words[k - 1] as Word).lower)) k--
  const before = words[k - 1]
  // "going to the polls on Super Tuesday", "Black Friday": a name that holds a day. "A report
  // published Wednesday", "voters casting ballots Tuesday": the time is the participle's.
  if (
    before === undefined ||
    (before.isWord && isCapitalized(before) && !timePrepositions.has((words[k] as Word).lower)) ||
    /[a-z](?:ed|ing)$/.test(before.lower) ||
    lexicons['irregular-pasts'].hasWord(before.lower)
  )
    return end
  // Nothing before the time is no subject ("On Monday said" is a fragment): keep the words.
  return k > 0 && (words[k - 1] as Word).isWord ? k : end
}

/**
 * The doer named right before the "to" at `to` of an infinitive cue: the object of a verb of
 * causing or letting (`infinitive-controllers`: "the vote prompted Ana Ruiz to say …",
 * "leaving many to wonder whether …") or the noun after "for" ("it is rare for a judge to
 * say …", "a chance for her to explain …"). Null when no such phrase stands there.
 */
function infinitiveHolder(
  words: readonly Word[],
  to: number,
  lexicons: Lexicons,
): SourceFound | null {
  // The lead within a few words before "to", with only the phrase's words between.
  for (let k = to - 1; k >= 1 && to - k <= 9; k--) {
    const word = words[k] as Word
    if (!word.isWord && !isAbbreviationPoint(words, k) && word.value !== '.') return null
    if (!word.isWord || k === to - 1) continue
    // ("allows members to appoint proxies to vote for them": an infinitive of its own between.)
    if (word.lower === 'to' || lexicons['source-stopwords'].hasWord(word.lower)) return null
    if (
      word.capitalised ||
      !(word.lower === 'for' || lexicons['infinitive-controllers'].hasWord(word.lower))
    )
      continue
    const phrase = { from: k + 1, to }
    const first = words[k + 1] as Word
    if (!objectPronouns.has(first.lower) && !isClearSource(words, phrase, lexicons)) return null
    return { range: phrase, boundary: boundaryBefore(words, phrase.from) }
  }
  return null
}

/**
 * Where the clause of an infinitive (or a participle) at `to` starts, for its subject: after
 * a dateline ("HARLOW, Ohio — Ortiz went on the radio to …"); -1 to let `subjectBeforeVerb`
 * decide.
 * (After a phrase fronted before a comma the clause's start was tried too: as many sources
 * went wrong as right.)
 */
function infinitiveClauseStart(words: readonly Word[], to: number, lexicons: Lexicons): number {
  // (A dateline's place is in capitals: "Ortiz — now that she has won — went on to …" has none.)
  const place = words[0] as Word
  if (!place.isWord || place.value.length < 2 || place.value !== place.value.toUpperCase())
    return -1
  for (let k = 1; k < Math.min(to, 8); k++) {
    const word = words[k] as Word
    // ("HARLOW — At a rally, Ortiz …": a fronted phrase after the dateline is left as it was.)
    if (isDash(word)) return isOpener(words[k + 1] as Word, lexicons) ? -1 : k + 1
    if (!(word.isWord ? isCapitalized(word) : /^[,()]$/.test(word.value))) break
  }
  return -1
}

/**
 * A headline's name right before the "to" at `to` that opens the sentence: "Ortiz to veto
 * levy", "Harlow Council, Mayor to Back Plan" — what the named one is to do. Only capitalised
 * words (and commas or "and" between them) stand before "to", so no verb of the sentence's
 * own can have come first.
 */
function headlineDoer(words: readonly Word[], to: number, lexicons: Lexicons): SourceFound | null {
  if (to < 1 || to > 6) return null
  // ("Continuing to explain …", "Asked to describe …", "Not to mention …": an opening word,
  // no name.)
  const first = words[0] as Word
  if (
    /(?:ing|ed)$/.test(first.lower) ||
    isNegation(first) ||
    !isCapitalizedName(first) ||
    isOpener(first, lexicons) ||
    lexicons.pronouns.has(first.lower)
  )
    return null
  for (let k = 0; k < to; k++) {
    const word = words[k] as Word
    const joiner = k > 0 && (word.value === ',' || word.lower === 'and' || word.value === '&')
    if (!joiner && !(word.isWord && isCapitalized(word))) return null
  }
  return { range: { from: 0, to }, boundary: 'start' }
}

/**
 * The name or day ending at `end` follows a preposition: "on CNN", "in the Senate", "on
 * Friday". ("for Ruiz" names who does it: see `infinitiveHolder`.)
 */
function afterPreposition(words: readonly Word[], end: number, lexicons: Lexicons): boolean {
  let k = end - 1
  while (k > 0 && end - k <= 6 && ((words[k] as Word).capitalised || words[k]?.lower === 'the')) k--
  const lead = words[k]
  return (
    k < end - 1 &&
    lead?.isWord === true &&
    !lead.capitalised &&
    lead.lower !== 'for' &&
    lexicons.prepositions.has(lead.lower)
  )
}

/** Words before a subject that link it to what came before and belong to no source: "Yet …". */
const subjectLinks = new Set(['and', 'but', 'yet', 'so', 'then', 'even', 'just', 'only'])

/**
 * "Aides to Ana Ruiz of Ohio, a former judge, and Ivo Kane, who served in Congress, said …",
 * "The judges who ruled on it, for instance, said …": the clause's subject, a noun phrase
 * (with any relative clause after its head), then asides between commas up to the one before
 * the cue — the shapes `sourceBefore`'s name-then-asides reading leaves out. The subject
 * opens the sentence, after any fronted phrase or linking word. Null when a stretch between
 * commas reads as a predicate ("…, are part of the plan, said …") or when a name after the cue
 * is its source ("The contrast with Lund, said Ruiz, would be clear").
 */
function subjectThroughAsides(
  words: readonly Word[],
  cue: number,
  end: number,
  lexicons: Lexicons,
): WordRange | null {
  const comma = cue - 1
  if (words[comma]?.value !== ',') return null
  let start = subjectAfterLinks(words, lexicons)
  while (start < comma && subjectLinks.has((words[start] as Word).lower)) start++
  if (comma - start < 3 || comma - start > 45) return null
  const opener = words[start] as Word
  if (
    !opener.isWord ||
    lexicons.prepositions.has(opener.lower) ||
    lexicons['time-words'].has(opener.lower)
  )
    return null
  let first = -1
  for (let k = start; k < comma; k++) {
    const word = words[k] as Word
    if (word.isWord) continue
    // "Sen. Ivo Kane (D-Ohio)": a tag in parentheses belongs to the name.
    if (word.value === '(') {
      const close = words.findIndex((w, j) => j > k && j < comma && w.value === ')')
      if (close < 0 || close - k > 8) return null
      k = close
      continue
    }
    if (
      isQuoteMark(word.value) ||
      isDash(word) ||
      (/^[.!?;:]$/.test(word.value) && !isAbbreviationPoint(words, k))
    )
      return null
    if (word.value !== ',') continue
    if (first < 0) first = k
    // A stretch between commas that opens with a finite verb or a subject pronoun is a
    // clause, not an aside ("The cuts, he warned, …").
    const opening = words[k + 1] as Word
    if (
      finiteAuxiliaries.has(opening.lower) ||
      subjectPronouns.has(opening.lower) ||
      (!opening.capitalised && /[a-z]ed$/.test(opening.lower))
    )
      return null
  }
  // ("Sen. Ivo Kane (D-Ohio), said": a stray comma and no aside at all.)
  if (first < 0) first = comma
  if (first <= start) return null
  let headEnd = first
  for (let k = start + 1; k < first; k++) {
    if (relativePronouns.has((words[k] as Word).lower)) {
      headEnd = k
      break
    }
  }
  // The subject's head phrase holds no verb or conjunction (but "the authors of that report").
  for (let k = start; k < headEnd; k++) {
    const word = words[k] as Word
    if (!word.isWord) continue
    if (
      (lexicons['source-stopwords'].has(word.lower) &&
        !isDeterminerAfterPreposition(words, k, lexicons)) ||
      (!word.capitalised &&
        (lexicons['cue-verbs'].has(word.lower) || lexicons['belief-verbs'].has(word.lower)))
    )
      return null
  }
  if (!personLikeHead(words, start, headEnd, lexicons)) return null
  // "…, said lobbyist Ana Ruiz, a former aide.": with no verb after the cue, what follows it
  // is its source, not a report.
  if (!clauseAhead(words, cue + 1, end, lexicons)) return null
  return { from: start, to: comma }
}

/** Shares that stand for people: "over a third, 35 percent, say …". */
const shareHeads = new Set([
  'percent',
  '%',
  'half',
  'third',
  'quarter',
  'majority',
  'minority',
  'plurality',
  'most',
  'many',
  'some',
  'few',
  'all',
  'both',
])

/**
 * Does the noun phrase in [from, to) name people: a name, a noun of people or a share ("aides
 * to Ana Ruiz", "The judges", "One of the authors"), rather than a thing ("The contrast with
 * Lund") or a clause ("Lund created the fund")? Its head is the last word before the first
 * preposition, passing a participle after it ("veterans interviewed at the rally").
 */
function personLikeHead(
  words: readonly Word[],
  from: number,
  to: number,
  lexicons: Lexicons,
): boolean {
  let end = to
  for (let k = from + 1; k < to; k++) {
    const word = words[k] as Word
    if (!word.isWord || word.capitalised) continue
    // "Lund created the fund", "The Ledger repeatedly denied it": a verb after a name.
    if (/[a-z](?:ed|ly)$/.test(word.lower) && isCapitalized(words[k - 1] as Word)) return false
    if (lexicons.prepositions.has(word.lower) || word.lower === 'like') {
      end = k
      break
    }
  }
  let head = end - 1
  while (head > from && (words[head] as Word).value === ')') {
    while (head > from && (words[head] as Word).value !== '(') head--
    head--
  }
  while (
    head > from &&
    !(words[head] as Word).capitalised &&
    /[a-z]ed$/.test((words[head] as Word).lower)
  )
    head--
  const word = words[head] as Word
  if (!word?.isWord) return false
  if (
    isSourceNoun(word.lower, lexicons) ||
    shareHeads.has(word.lower) ||
    roleNoun.test(word.lower.replace(/s$/, ''))
  )
    return true
  // A capitalised word alone opening the sentence may be a plain noun ("Part of the problem").
  const next = words[head + 1]
  return (
    isCapitalized(word) &&
    (head > 0 || (next !== undefined && isCapitalized(next)) || quantityWords.test(word.lower))
  )
}

/** Modal verbs: one after the cue opens a clause ("said the plan must wait"). */
const modalVerbs = new Set(['may', 'might', 'must', 'shall'])

/** Is there a verb, a subject pronoun or a "that" in [from, end): a clause, not a bare phrase? */
function clauseAhead(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  for (let k = from; k < end; k++) {
    const word = words[k] as Word
    if (!word.isWord || word.capitalised) continue
    if (
      finiteAuxiliaries.has(word.lower) ||
      modalVerbs.has(word.lower) ||
      subjectPronouns.has(word.lower) ||
      word.lower === 'that' ||
      /[a-z]ed$/.test(word.lower)
    )
      return true
  }
  return false
}

/**
 * Where the quoted title closed at `close` opens ("of “Long Shadows,”", "on “The Late Hour”"):
 * up to six words between quote marks, all capitalised but small joining words, after a word
 * (a title is named inside a phrase, a quotation opens one). -1 when there is none.
 */
function quotedTitleOpening(words: readonly Word[], close: number): number {
  let end = close - 1
  if (words[end]?.value === ',') end--
  let capitalised = 0
  for (let k = end; k > 0 && end - k < 6; k--) {
    const word = words[k] as Word
    if (isQuoteMark(word.value)) {
      const before = words[k - 1]
      if (k === end || !before?.isWord || !isCapitalized(words[k + 1] as Word)) return -1
      return capitalised > 0 ? k : -1
    }
    if (!word.isWord) return -1
    if (isCapitalized(word)) capitalised++
    else if (!titleSmallWords().has(word.lower)) return -1
  }
  return -1
}

/**
 * "Varga reversed himself", "Varga went after Lund", "Varga has spoken out": capitalised words
 * from `from`, then a lower-case past tense (regular or `irregular-pasts`) or a finite
 * auxiliary, before `end`.
 */
function namePredicate(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  let k = from
  while (k < end && isCapitalized(words[k] as Word)) k++
  const verb = words[k]
  return (
    k > from &&
    k < end &&
    verb !== undefined &&
    verb.isWord &&
    (/[a-z]ed$/.test(verb.lower) ||
      finiteAuxiliaries.has(verb.lower) ||
      lexicons['irregular-pasts'].has(verb.lower))
  )
}

/**
 * "the mayor spoke", "the families had mobilized": an article, up to four plain words, then a
 * past tense (regular or `irregular-pasts`) or a finite auxiliary, before `end` — a clause,
 * not an aside ("the woman who led the strike" has its verb after a relative pronoun).
 */
function articlePredicate(
  words: readonly Word[],
  from: number,
  end: number,
  lexicons: Lexicons,
): boolean {
  if (!subjectArticles.has((words[from] as Word).lower)) return false
  for (let k = from + 1; k < Math.min(end, from + 6); k++) {
    const word = words[k] as Word
    if (!word.isWord || relativePronouns.has(word.lower) || word.lower === 'that') return false
    if (k === from + 1 || word.capitalised) continue
    if (
      /[a-z]ed$/.test(word.lower) ||
      finiteAuxiliaries.has(word.lower) ||
      lexicons['irregular-pasts'].has(word.lower)
    )
      return true
  }
  return false
}

/** "the No. 2 official", "Gov. Ana Ruiz": a point after a short capitalised word, a word after it. */
function isAbbreviationPoint(words: readonly Word[], k: number): boolean {
  const before = words[k - 1]
  return (
    words[k]?.value === '.' &&
    before !== undefined &&
    before.capitalised &&
    before.value.length <= 4 &&
    words[k + 1]?.isWord === true
  )
}

/** "veterans' families": an apostrophe closing a plural, then a space and a word. */
function isPluralPossessive(words: readonly Word[], k: number): boolean {
  const mark = words[k] as Word
  const before = words[k - 1]
  const after = words[k + 1]
  return (
    (mark.value === "'" || mark.value === '’') &&
    before !== undefined &&
    before.isWord &&
    before.end === mark.start &&
    /s$/.test(before.lower) &&
    after !== undefined &&
    after.isWord &&
    after.start > mark.end
  )
}

/**
 * "Ana Lund, who won on Tuesday, will visit the port, saying …": a subject read as the relative
 * pronoun alone stands for the phrase before its comma.
 */
function antecedentOf(
  words: readonly Word[],
  subject: WordRange | null,
  lexicons: Lexicons,
): WordRange | null {
  if (!subject || !relativePronouns.has(words[subject.from]?.lower ?? '')) return subject
  if (words[subject.from - 1]?.value !== ',') return null
  return phraseBefore(words, subject.from - 1, lexicons)
}

/**
 * The sentence's subject (after any opening adverbial), up to its verb when the verb is a cue
 * of any list or a past tense ("Two ministers pressed the council …, arguing that …":
 * the ministers argue; "Several groups granted him time, saying …").
 */
function subjectBeforeVerb(
  words: readonly Word[],
  lexicons: Lexicons,
  /** Where the subject's clause starts, when known; else after the sentence's fronted phrases. */
  clauseStart = -1,
): WordRange | null {
  let start = clauseStart >= 0 ? clauseStart : subjectAfterLinks(words, lexicons)
  // "And then Ruiz went on the attack, saying …": conjunctions linking to the sentence before.
  while (sentenceLinks.has(words[start]?.lower ?? '') && words[start + 1]?.isWord) start++
  // ("Recently, he’s spoken out …, citing …": a subject pronoun with its auxiliary contracted.)
  const contracted = /^(.+)['’](?:s|d|ve|ll|re|m)$/.exec(words[start]?.lower ?? '')
  if (contracted && subjectPronouns.has(contracted[1] as string))
    return { from: start, to: start + 1 }
  const phrase = phraseAfter(words, start, lexicons)
  if (!phrase) return null
  // "Ms. Ortiz won the seat by arguing …": after a name, the first plain lower-case word is
  // its verb.
  // (A capitalised first word may also be a plain noun opening the sentence: "Hundreds of
  // marchers …", "Many voters …".)
  const first = words[phrase.from] as Word
  // "Then he cut into Vega, calling …": a personal pronoun is the whole subject.
  if (subjectPronouns.has(first.lower) && phrase.to > phrase.from + 1)
    return { from: phrase.from, to: phrase.from + 1 }
  const named =
    first.isWord &&
    isCapitalizedName(first) &&
    isCapitalized(first) &&
    !lexicons['vague-heads'].hasWord(first.lower) &&
    !quantityWords.test(first.lower)
  for (let k = phrase.from + 1; k < phrase.to; k++) {
    const word = words[k] as Word
    if (
      named &&
      word.isWord &&
      !word.capitalised &&
      !/^\d/.test(word.value) &&
      !nameJoiners.has(word.lower) &&
      !nameJoiners.has((words[k - 1] as Word).lower) &&
      // "Central European leaders": a noun the capitalised words modify, not a verb.
      !isSourceNoun(word.lower, lexicons) &&
      // ("Democratic presidential candidate Ana Ruiz", "Minority and women voters": a modifier
      // before the source noun, no verb.)
      !modifierBeforeSourceNoun(words, k, lexicons)
    )
      return { from: phrase.from, to: k }
    if (
      word.isWord &&
      !word.capitalised &&
      (lexicons['cue-verbs'].hasWord(word.lower) ||
        lexicons['stance-verbs'].hasWord(word.lower) ||
        lexicons['belief-verbs'].hasWord(word.lower) ||
        lexicons['quote-verbs'].hasWord(word.lower) ||
        // "Protesters marched through the streets while chanting": a past tense ends the subject.
        /[a-z]ed$/.test(word.lower) ||
        lexicons['irregular-pasts'].hasWord(word.lower))
    )
      return { from: phrase.from, to: k }
  }
  return phrase
}

/**
 * The plain word at `k` modifies a source noun one or two words on ("presidential candidate",
 * "women voters") and cannot be a verb: no past or present tense, no verb of saying.
 */
function modifierBeforeSourceNoun(words: readonly Word[], k: number, lexicons: Lexicons): boolean {
  const word = words[k] as Word
  if (
    /(?:ed|s|ly)$/.test(word.lower) ||
    finiteVerbs.has(word.lower) ||
    lexicons['irregular-pasts'].has(word.lower) ||
    lexicons['cue-verbs'].has(word.lower) ||
    lexicons['stance-verbs'].has(word.lower) ||
    lexicons['belief-verbs'].has(word.lower) ||
    lexicons['cue-auxiliaries'].has(word.lower)
  )
    return false
  for (let j = k + 1; j <= k + 2; j++) {
    const next = words[j]
    if (!next?.isWord) return false
    // ("Candidates get many requests": a quantity opens an object after a verb.)
    if (quantityWords.test(next.lower)) return false
    if (isSourceNoun(next.lower, lexicons)) return true
    if (next.capitalised || determinersBeforeNoun.has(next.lower)) return false
  }
  return false
}

/**
 * The comma that closes a phrase opening the sentence ("Promising that the port would reopen,
 * Lund said …"), searched from `from`: the first comma within 25 words, with no quotation,
 * colon, semicolon, parenthesis or dash before it; -1 if none.
 */
function openingPhraseEnd(words: readonly Word[], from: number): number {
  let quoted = false
  for (let k = from; k < Math.min(words.length - 1, from + 25); k++) {
    const word = words[k] as Word
    if (word.value === ',') {
      if (words[k + 1]?.isWord) {
        if (quoted) continue
        return k
      }
      // ("After saying her foot was “so swollen I could barely walk,” she …": the comma
      // inside the quotation's closing mark closes the phrase.)
      const closing = words[k + 1]
      return quoted && closing && isQuoteMark(closing.value) && words[k + 2]?.isWord ? k + 1 : -1
    }
    if (!word.isWord && isQuoteMark(word.value)) {
      // A quotation inside the phrase opens and closes in it.
      quoted = isOpeningQuote(word.value) ? true : !quoted
      continue
    }
    if (!word.isWord && /^[;:()—–]$/.test(word.value)) return -1
  }
  return -1
}

/** Words opening a sentence that link it to the one before: "And then …", "But …". */
const sentenceLinks = new Set(['and', 'but', 'then', 'so', 'yet'])

/** A noun that heads a source phrase: "leaders", "officials", "voters", "lawmakers". */
function isSourceNoun(lower: string, lexicons: Lexicons): boolean {
  const singular = lower.replace(/s$/, '')
  return (
    lexicons['vague-heads'].has(lower) ||
    lexicons['anonymous-heads'].has(lower) ||
    lexicons['person-titles'].has(lower) ||
    // (plural role nouns only: "went" and "sent" end like "agent")
    (singular !== lower && roleNoun.test(singular))
  )
}

/** Counts and amounts that open a plain noun phrase: "Hundreds of …", "Dozens …". */
const quantityWords =
  /^(?:hundreds|thousands|millions|dozens|scores|tens|both|each|every|no|none|one|two|three|four|five|six|seven|eight|nine|ten|many|much|few|several)$/

/** Lower-case words inside a name or title: "Secretary of State", "Ana de la Cruz". */
const nameJoiners = new Set([
  'of',
  'and',
  'the',
  'de',
  'la',
  'van',
  'von',
  'der',
  'for',
  'du',
  'al',
  'bin',
])

/** The words of the last source found earlier in the same sentence, or null. */
function earlierSource(
  found: readonly FoundAttribution[],
  sentence: number,
  words: readonly Word[],
): WordRange | null {
  for (let k = found.length - 1; k >= 0; k--) {
    const item = found[k] as FoundAttribution
    if (item.sentence !== sentence) break
    const source = item.source
    if (!source || source.sentence !== sentence) continue
    const from = words.findIndex((w) => w.start === source.start)
    const to = words.findIndex((w) => w.end === source.end) + 1
    if (from >= 0 && to > from) return { from, to }
  }
  return null
}

/** Subordinating conjunctions: a clause they open has its own subject ("When Ruiz met …"). */
const subordinators = [
  'when',
  'while',
  'if',
  'as',
  'because',
  'although',
  'though',
  'since',
  'before',
  'after',
  'once',
  'until',
  'unless',
  'whether',
  'where',
]

/**
 * Words that open a clause whose subject follows them: "It was then that Ruiz, …, said".
 * (Not "as": "…, as Ruiz, …, said before" points back to words said elsewhere.)
 */
const clauseLeads = new Set([...subordinators.filter((w) => w !== 'as'), 'that', 'but'])

/** Words that open a subordinate clause or a phrase, not a subject: "When Ruiz met …". */
const clauseOpeners = new Set([...subordinators, 'the', 'a', 'an', 'this', 'that'])

/** Subordinators that open a clause set before the main one: "While Ruiz said …, Lund …". */
const frontedSubordinators = new Set([
  ...subordinators.filter((w) => w !== 'whether' && w !== 'where'),
  'whereas',
])
/** Personal pronouns that can be a whole subject. */
const subjectPronouns = personalSubjects

/**
 * The subject of a sentence whose cue is the second of two coordinated verbs ("Okafor thanked
 * the volunteers and said …", "They reversed themselves, rushed everyone inside and said …"): a name
 * (up to seven capitalised words) or a personal pronoun opening the sentence, followed by a
 * verb in lower case, with no quotation, parenthesis, colon or semicolon before the `and`.
 */
function coordinatedSubject(
  words: readonly Word[],
  and: number,
  lexicons: Lexicons,
  /** The cue is a verb of saying: a first predicate of "be" or "have" is trusted before it. */
  saying = false,
): WordRange | null {
  // "In an interview on Monday, Ruiz doubled down and said …": the subject after a fronted
  // phrase; "But Ruiz …", "And then the mayor …": after words linking to the sentence before.
  let from = subjectAfterLinks(words, lexicons)
  while (sentenceLinks.has(words[from]?.lower ?? '') && words[from + 1]?.isWord) from++
  // ("Minutes later they reversed course, … and said": a relative time before the pronoun.)
  const afterTime = subjectAfterRelativeTime(words, from)
  if (afterTime > 0) from = afterTime
  // ("Now he cut in, … and said": a bare adverb before the pronoun that is the subject.)
  if (
    bareOpeners.has(words[from]?.lower ?? '') &&
    subjectPronouns.has(words[from + 1]?.lower ?? '')
  )
    from++
  const head = words[from]
  if (!head?.isWord) return null
  if (subjectArticles.has(head.lower)) {
    // "The Arizona Republican survived … and says": an article before a capitalised name;
    // "A spokesman for the mayor defended the route and said …": a common noun, up to its verb.
    const named =
      head.lower === 'the' && (words[from + 1]?.capitalised ?? false)
        ? namedSubjectBefore(words, from, from + 1, and, lexicons, saying)
        : null
    return named ?? commonNounSubject(words, from, and, lexicons)
  }
  if (clauseOpeners.has(head.lower) || lexicons.prepositions.has(head.lower)) return null
  // ("Two ministers visited … and warned …": a count opening the sentence is no name; the
  // subject runs to its verb.)
  if (quantityWords.test(head.lower)) return commonNounSubject(words, from, and, lexicons)
  const nameFrom = subjectPronouns.has(head.lower) ? -1 : from
  return namedSubjectBefore(words, from, nameFrom, and, lexicons, saying)
}

/**
 * A pronoun (`nameFrom` -1) or a name of up to seven capitalised words starting at `nameFrom`,
 * with any aside between commas, then a lower-case verb before the `and` at `and`.
 */
function namedSubjectBefore(
  words: readonly Word[],
  from: number,
  nameFrom: number,
  and: number,
  lexicons: Lexicons,
  saying: boolean,
): WordRange | null {
  let to = nameFrom < 0 ? from + 1 : nameFrom
  if (nameFrom >= 0) {
    while (to < and && to < from + 7) {
      const word = words[to] as Word
      // ("Ortiz and Reyes stood face to face and said …": two names joined by "and".)
      const joinsNames =
        word.lower === 'and' &&
        to > from &&
        isCapitalized(words[to - 1] as Word) &&
        isCapitalized(words[to + 1] as Word)
      if (!(isCapitalized(word) || (word.value === '.' && to > from) || joinsNames)) break
      to++
    }
    // "Ana Lund, a former party chair, became a delegate and said …": an aside after the name.
    if (to > from && words[to]?.value === ',') {
      let close = to + 1
      while (close < and && close - to < 12 && (words[close] as Word).value !== ',') close++
      const aside = words[to + 1]
      if (
        close < and - 2 &&
        (words[close] as Word).value === ',' &&
        aside?.isWord &&
        !finiteAuxiliaries.has(aside.lower) &&
        !relativePronouns.has(aside.lower)
      )
        to = close + 1
    }
  }
  if (to === from || to >= and) return null
  const verb = words[to] as Word
  if (
    !verb.isWord ||
    isCapitalized(verb) ||
    // ("Ruiz was quick to back the plan and said …": before a verb of saying, a form of "be"
    // or "have" is a verb.)
    (lexicons['source-stopwords'].has(verb.lower) &&
      !(saying && finiteAuxiliaries.has(verb.lower))) ||
    lexicons.prepositions.has(verb.lower)
  )
    return null
  if (!plainPredicate(words, to, and)) return null
  // The aside's closing comma is no part of the source.
  const end = words[to - 1]?.value === ',' ? to - 1 : to
  return { from, to: end }
}

/**
 * The subject of a relative or subordinate clause whose verb the cue after `and` is the
 * second of: "Reyes, who saw the crash and described it", "as Ortiz lectured the town and
 * defended her record", "when she knocked Reyes on trade and called him …". Reading back
 * from the `and` to the nearest "who" (after a comma) or subordinator with a pronoun or a
 * name of up to four capitalised words after it, then a lower-case verb; none past a
 * quotation mark or a clause-ending mark.
 */
function innerClauseSubject(
  words: readonly Word[],
  and: number,
  lexicons: Lexicons,
  /**
   * The cue is a verb of saying: not in a clause fronted before the main one ("When Okafor met
   * the crowd and said hello, it rained"), whose report would run on past its comma.
   */
  saying: boolean,
): WordRange | null {
  for (let k = and - 2; k >= 0 && and - k <= 25; k--) {
    const word = words[k] as Word
    if (isQuoteMark(word.value) || /^[;:()]$/.test(word.value)) return null
    if (!word.isWord) continue
    if (word.lower === 'who' && words[k - 1]?.value === ',') {
      const verb = words[k + 1]
      return verb?.isWord && !isCapitalized(verb) && plainPredicate(words, k + 1, and)
        ? { from: k, to: k + 1 }
        : null
    }
    if (!clauseSubordinators.has(word.lower)) continue
    if (saying && inFrontedSubordinate(words, k + 1)) return null
    let to = k + 1
    const first = words[to]
    if (!first?.isWord) return null
    if (subjectPronouns.has(first.lower)) to++
    else while (to < and && to - k <= 4 && isCapitalized(words[to] as Word)) to++
    const verb = words[to]
    if (
      to === k + 1 ||
      to >= and ||
      !verb?.isWord ||
      isCapitalized(verb) ||
      lexicons['source-stopwords'].has(verb.lower) ||
      lexicons.prepositions.has(verb.lower) ||
      !plainPredicate(words, to, and)
    )
      return null
    return { from: k + 1, to }
  }
  return null
}

/** Subordinators whose clause has a subject and verb of its own: "as Ortiz spoke and …". */
const clauseSubordinators = new Set([
  'as',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'once',
])

/** A common-noun subject opening at `from`, up to its past tense ("… defended", "… have urged"). */
function commonNounSubject(
  words: readonly Word[],
  from: number,
  and: number,
  lexicons: Lexicons,
): WordRange | null {
  const subject = subjectBeforeVerb(words, lexicons)
  if (!subject || subject.from !== from || subject.to >= and) return null
  let verb = words[subject.to]
  if (verb?.isWord && ['has', 'have', 'had'].includes(verb.lower)) verb = words[subject.to + 1]
  if (
    !verb?.isWord ||
    isCapitalized(verb) ||
    !(/[a-z]ed$/.test(verb.lower) || lexicons['irregular-pasts'].has(verb.lower))
  )
    return null
  return plainPredicate(words, subject.to, and) ? subject : null
}

/** No clause of its own (a relative pronoun, a quotation's colon, a parenthesis) before the `and`. */
function plainPredicate(words: readonly Word[], from: number, and: number): boolean {
  for (let k = from; k < and; k++) {
    const word = words[k] as Word
    if (!word.isWord && /^[;:()]$/.test(word.value)) return false
    if (word.lower === 'who' || word.lower === 'which') return false
  }
  return true
}

/**
 * "A downturn, he said, “could be a good time …”", "That, the panel said, “would help.”": a
 * noun phrase before the speaker is the subject of the quote that goes on after the cue, and
 * part of what is reported. Circumstances ("In a statement, she said, “…”", "Asked about the
 * fire, she said, “…”") are not, nor words that hold a report of their own.
 */
function topicBeforeQuote(
  words: readonly Word[],
  found: readonly FoundAttribution[],
  sentence: SentenceWords,
): boolean {
  const first = words[0]
  if (!first?.isWord || !determinersBeforeNoun.has(first.lower)) return false
  return earlierSource(found, sentence.index, words) === null
}

/**
 * Where the clause that a cue between commas interrupts begins, before the comma at `comma`:
 * after ", but" or ", and" opening a new clause ("…, but the air, he noted, was …"), or at a
 * relative pronoun ("Ruiz, who, she said, had …"). 0 when the clause is the whole sentence,
 * a fronted phrase included ("When the vote came, she said, …").
 */
function interruptedClauseStart(words: readonly Word[], comma: number): number {
  for (let k = comma - 1; k > 0; k--) {
    const word = words[k] as Word
    if (word.value !== ',') continue
    const next = words[k + 1] as Word
    if ((next.lower === 'but' || next.lower === 'and') && words[k + 2]?.isWord) return k + 2
    if (relativePronouns.has(next.lower)) return k + 1
  }
  return 0
}

/** Adverbs that link a sentence to the one before it: "However, …", "Still, …". */
const linkingAdverbs = new Set([
  'however',
  'still',
  'indeed',
  'meanwhile',
  'now',
  'also',
  'instead',
  'moreover',
  'furthermore',
  'nevertheless',
])

/**
 * Where the subject starts after fronted phrases (`subjectStart`) and linking adverbs between
 * commas: "On Wednesday, however, the director …".
 */
function subjectAfterLinks(words: readonly Word[], lexicons: Lexicons): number {
  let start = subjectStart(words, lexicons)
  // "Walking to the next stop, Lund …": a participle phrase opening the sentence.
  const first = words[0]
  if (start === 0 && first?.isWord && /[a-z](?:ing|ed)$/.test(first.lower) && words[1]?.isWord) {
    const comma = openingPhraseEnd(words, 1)
    if (comma > 0) start = comma + 1
  }
  while (linkingAdverbs.has(words[start]?.lower ?? '') && words[start + 1]?.value === ',')
    start += 2
  return start
}

/** Content that ends before word `stop` (a comma or closing quote before the source). */
function contentBefore(
  doc: Doc,
  sentence: SentenceWords,
  stop: number,
): { start: number; end: number } | null {
  const { words } = sentence
  let endIndex = stop
  // Keep the closing quote and the comma inside it: “…,”
  const stopWord = words[stop]
  if (stopWord && (stopWord.value === ',' || stopWord.value === ';')) {
    // content ends before the comma
  } else {
    endIndex = Math.min(stop + 1, words.length)
  }
  let first = 0
  // A dateline ("DAMASCUS —") opens the paragraph, not the content.
  for (let k = 0; k < Math.min(words.length, 6); k++) {
    if (
      isDash(words[k]) &&
      words.slice(0, k).every((w) => !w.isWord || w.value === w.value.toUpperCase())
    )
      first = k + 1
  }
  // "But the port is losing money, she said", "Still, …": a sentence's link to the one
  // before is the reporter's, not part of what was said.
  let linked = first
  const opener = words[linked]
  if (opener && isCapitalized(opener) && ['but', 'and', 'yet'].includes(opener.lower)) linked++
  const adverb = words[linked]
  if (
    adverb &&
    isCapitalized(adverb) &&
    linkingAdverbs.has(adverb.lower) &&
    words[linked + 1]?.value === ','
  )
    linked += 2
  // ("Now, according to the poll, …": nothing is left, and the link stays.)
  if (linked < endIndex - 1) first = linked
  if (endIndex <= first) return null
  const start = (words[first] as Word).start
  const end = (words[endIndex - 1] as Word).end
  if (end <= start) return null
  // A quote that began in an earlier sentence or paragraph: the content starts at its opening.
  const near = docIndex(doc).quoteEndingNear(end, 1)
  const quote = near && near.start.offset < start ? near : undefined
  return { start: quote ? quote.start.offset : start, end }
}

/**
 * "As reported by the Daily Ledger, the mill will close", "…, as first reported by the
 * Ledger.": the same frame as "according to", with the reporter after "by".
 */
function asReportedBy(doc: Doc, sentence: SentenceWords, i: number): FoundAttribution | null {
  const { words } = sentence
  let k = i + 1
  if (words[k]?.lower === 'first') k++
  if (
    !['reported', 'noted', 'revealed'].includes(words[k]?.lower ?? '') ||
    words[k + 1]?.lower !== 'by'
  )
    return null
  const cue = {
    start: (words[i] as Word).start,
    end: (words[k] as Word).end,
    lemma: `as ${(words[k] as Word).lower}`,
  }
  const end = lastContentIndex(words)
  let to = k + 2
  while (to < end && (words[to] as Word).value !== ',' && to - k < 14) to++
  if (to <= k + 2) return null
  const source: WordRange = { from: k + 2, to }
  if (i === 0 && (words[to] as Word | undefined)?.value === ',' && end - to > 3) {
    const content = { start: (words[to + 1] as Word).start, end: (words[end - 1] as Word).end }
    return make(sentence, source, cue, content)
  }
  if (i > 0 && (words[i - 1] as Word).value === ',' && to >= end) {
    const content = contentBefore(doc, sentence, i - 1)
    if (content) return make(sentence, source, cue, content)
  }
  return null
}

/** Words opening an apposition that describes a source: "Ross, a former envoy,". */
const appositionOpeners = new Set(['a', 'an', 'another', 'the'])

/** Words after "according to X," that start a new clause rather than finish the interrupted one. */
const clauseBreakersAfterAside = new Set([
  'and',
  'but',
  'or',
  'yet',
  'so',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'although',
  'though',
  // "…, where …", "…, even as …": a clause of the reporter's about the source or the report.
  'where',
  'even',
  // "according to Lund, a historian, …": an apposition describing the source.
  'a',
  'an',
  'another',
])

/**
 * "In a new survey of state voters, 48 percent back the plan": what a survey found, with the
 * survey as its source and "in" (or a fronted "based on") as the cue. A survey closing its clause reads the same way
 * (`trailingPollFinding`).
 */
function pollFinding(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
  /** The cue's last word, when it has more than one: "Based on current polling, …". */
  last = i,
): FoundAttribution | null {
  if (i !== 0) return trailingPollFinding(sentence, i, lexicons)
  const { words } = sentence
  const end = lastContentIndex(words)
  const cue = {
    start: (words[i] as Word).start,
    end: (words[last] as Word).end,
    lemma: words
      .slice(i, last + 1)
      .map((w) => w.lower)
      .join(' '),
  }
  const phrase = surveyPhrase(words, last, end, lexicons)
  if (!phrase) return null
  const { to } = phrase
  const source: WordRange = { from: last + 1, to }
  if ((words[to] as Word | undefined)?.value !== ',') return null
  // "In the latest Acme poll, conducted in May, Lund led …": an aside describing the survey
  // belongs to it, and the finding starts after it.
  let from = to + 1
  if (surveyParticiples.has(words[from]?.lower ?? '')) {
    let close = from + 1
    while (close < end && close - from <= 8 && (words[close] as Word).value !== ',') close++
    if ((words[close] as Word | undefined)?.value !== ',') return null
    source.to = close
    from = close + 1
  }
  if (end - from < 3) return null
  // "In a poll of 800 voters, the Acme Group found that …": the finding has a source of its own.
  for (let k = from; k < end; k++)
    if (lexicons['document-cue-verbs'].hasWord((words[k] as Word).lower)) return null
  // "…, Lund led by 10 points, largely because older voters backed her", "…, though the
  // count is not final": a reason or a concession after a comma is the writer's reading of
  // the figure, not what the survey found.
  let close = end
  for (let k = from + 3; k < end - 1; k++) {
    if ((words[k] as Word).value !== ',') continue
    // ("largely because", "partly because": an adverb of degree, known by its -ly, may lead.)
    const adverb = /[a-z]ly$/.test(words[k + 1]?.lower ?? '') ? 1 : 0
    if (['because', 'though', 'although'].includes(words[k + 1 + adverb]?.lower ?? '')) {
      close = k
      break
    }
  }
  const content = { start: (words[from] as Word).start, end: (words[close - 1] as Word).end }
  return make(sentence, source, cue, content)
}

/**
 * The survey phrase after "in" at `i`: up to a comma or the end of the sentence, naming a
 * poll, with no verb of report or clause of its own. `to` is the index after it, `pollAt` that
 * of the survey noun.
 */
function surveyPhrase(
  words: readonly Word[],
  i: number,
  end: number,
  lexicons: Lexicons,
): { to: number; pollAt: number } | null {
  // ("a Gallup/Acme poll": a slash joins the names of two pollsters; "a poll released Monday",
  // "a survey conducted in May": a participle right after the survey describes it.)
  // The survey is the head of the phrase: no preposition before it ("a memo about the poll"),
  // and after it only what describes it — a preposition, a participle, a time or a date ("a
  // poll of voters", "the poll last month"), not a noun it modifies ("the polling places").
  let to = i + 1
  let pollAt = -1
  while (to < end && to - i <= 12) {
    const word = words[to] as Word
    if (word.value === ',') break
    if (
      (!word.isWord && word.value !== '/') ||
      word.lower === 'that' ||
      (lexicons['cue-verbs'].hasWord(word.lower) && !surveyParticiples.has(word.lower))
    )
      return null
    if (pollAt < 0 && lexicons['poll-heads'].hasWord(word.lower)) {
      pollAt = to
      const after = words[to + 1] as Word | undefined
      if (
        after?.isWord &&
        !lexicons.prepositions.hasWord(after.lower) &&
        !surveyParticiples.has(after.lower) &&
        !lexicons['time-words'].hasWord(after.lower) &&
        !isCapitalized(after) &&
        !/^\d/.test(after.value)
      )
        return null
    } else if (pollAt < 0 && lexicons.prepositions.hasWord(word.lower)) return null
    to++
  }
  if (pollAt < 0 || to - i > 12) return null
  return { to, pollAt }
}

/**
 * "Lund led Ortiz by 9 points in a new Acme poll.", "…, she trails him in the latest survey,
 * …": one survey closing the clause it sits in is where the clause's finding comes from, the
 * survey the source and the clause the content. Only a single survey with a determiner ("a
 * poll", "the Acme survey", "Monday's poll"): "leads in the polls", "in national polls" are
 * as often a setting as a source.
 */
function trailingPollFinding(
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): FoundAttribution | null {
  const { words } = sentence
  // (The word after "in" is asked first: most are no determiner of a survey, and they need
  // no survey phrase read.)
  const first = words[i + 1]
  if (
    first === undefined ||
    !(
      determinersBeforeNoun.has(first.lower) ||
      surveySpecifiers.has(first.lower) ||
      isPossessive(first)
    )
  )
    return null
  const end = lastContentIndex(words)
  const phrase = surveyPhrase(words, i, end, lexicons)
  if (!phrase || (phrase.to < end && words[phrase.to]?.value !== ',')) return null
  const head = words[phrase.pollAt] as Word
  if (head.lower.endsWith('s') || head.lower.endsWith('ing')) return null
  // After the survey only what names or dates it ("a poll released Monday", "the survey from
  // the Acme Institute", "a poll of 800 voters"): "a poll last month has shifted" goes on to a
  // verb of its own, "rose in the poll to 29 points" to the clause's.
  let named = false
  for (let k = phrase.pollAt + 1; k < phrase.to; k++) {
    const word = words[k] as Word
    if (surveyNamers.has(word.lower)) named = true
    else if (
      !named &&
      word.isWord &&
      !isCapitalized(word) &&
      !/^\d/.test(word.value) &&
      !lexicons['time-words'].hasWord(word.lower) &&
      !surveyParticiples.has(word.lower)
    )
      return null
  }
  const clause = clauseBefore(words, i, lexicons)
  if (!clause) return null
  const { from, to } = clause
  const inWord = words[i] as Word
  return make(
    sentence,
    { from: i + 1, to: phrase.to },
    { start: inWord.start, end: inWord.end, lemma: 'in' },
    { start: (words[from] as Word).start, end: (words[to - 1] as Word).end },
  )
}

/**
 * "The latest Ledger poll has Ortiz leading by six points", "The Acme average puts her at 40
 * percent", "The Ledger's count gives her 1,200 delegates": a survey or a tally as the subject
 * of "has", "puts" or "gives" (`standing-verbs`) states where someone stands — the survey is
 * the source, the verb the cue, and its object the content. Not an auxiliary ("the poll had
 * been conducted", "has correctly predicted") or the survey's own make-up ("has a margin of
 * error of 3 points", `poll-properties`).
 */
function pollStanding(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): FoundAttribution | null {
  const { words } = sentence
  const end = lastContentIndex(words)
  const next = words[i + 1]
  if (
    !next?.isWord ||
    end - i < 3 ||
    next.lower === 'been' ||
    /[a-z](?:ed|en|wn|ly)$/.test(next.lower) ||
    lexicons['irregular-pasts'].hasWord(next.lower) ||
    lexicons['cue-verbs'].hasWord(next.lower) ||
    lexicons['document-cue-verbs'].hasWord(next.lower)
  )
    return null
  for (let k = i + 1; k < Math.min(end, i + 5); k++)
    if (lexicons['poll-properties'].hasWord((words[k] as Word).lower)) return null
  // The subject's head, asked for below, is one of the words before the verb: a sentence with
  // no survey or tally word before its "has" or "gives" — nearly all — is answered without
  // reading the phrase.
  if (!pollWordBefore(words, i, lexicons)) return null
  const subject = phraseBefore(words, i, lexicons)
  if (!subject || subject.to !== i) return null
  const { head } = headOf(words.slice(subject.from, subject.to), lexicons)
  if (
    !head ||
    !(lexicons['poll-heads'].hasWord(head.lower) || lexicons['poll-tallies'].hasWord(head.lower))
  )
    return null
  const close = endOfClause(doc, words, i + 1, end, lexicons)
  if (close - i < 3) return null
  // The object places someone: a figure ("her at 40 percent", "1,280 delegates"), a word of
  // standing ("a wide lead", "pulling even", `standing-words`, `margin-words`), or a person
  // and what they are doing ("Ortiz leading Berg"). "The survey has three parts", "the poll
  // gave no details" place no one.
  const object = words.slice(i + 1, close)
  const places =
    object.some(
      (w) =>
        /\d/.test(w.value) ||
        w.value === '%' ||
        lexicons['standing-words'].has(w.lower) ||
        lexicons['margin-words'].has(w.lower),
    ) || object.slice(1, 3).some((w) => /[a-z]ing$/.test(w.lower))
  if (!places) return null
  const verb = words[i] as Word
  return make(
    sentence,
    subject,
    { start: verb.start, end: verb.end, lemma: verb.lower },
    { start: (words[i + 1] as Word).start, end: (words[close - 1] as Word).end },
  )
}

/** Whether a word before `i` is a survey or a tally (`poll-heads`, `poll-tallies`). */
function pollWordBefore(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  for (let k = 0; k < i; k++) {
    const lower = (words[k] as Word).lower
    if (lexicons['poll-heads'].hasWord(lower) || lexicons['poll-tallies'].hasWord(lower))
      return true
  }
  return false
}

/**
 * The clause a phrase at `i` closes, which the phrase gives the source of ("Lund had 38
 * percent in a poll", "Turnout doubled, by one count"): from the sentence's start, or from the
 * last comma, semicolon or dash before the phrase behind which a clause of three words or more
 * opens ("In March, Lund had 38 percent in a poll": "Lund had 38 percent"). Null when a phrase
 * rather than a clause holds it, or when the clause is someone's report or a relative clause.
 */
function clauseBefore(words: readonly Word[], i: number, lexicons: Lexicons): WordRange | null {
  let from = 0
  for (let k = i - 2; k > 0; k--) {
    const mark = words[k - 1] as Word
    if (!(mark.value === ',' || mark.value === ';' || isDash(mark))) continue
    // "300 acres - an area the size of a town - were lost, by one estimate": a dash that
    // closes an aside opens no clause; the search goes on before the aside.
    if (isDash(mark)) {
      let open = k - 2
      while (open > 0 && !isDash(words[open] as Word)) open--
      if (open > 0) {
        k = open + 1
        continue
      }
    }
    const opener = words[k] as Word
    if (i - k < 3 || !opener.isWord || /^\d/.test(opener.value)) continue
    // "…, with 61 percent backing her in the poll", "…, compared to 40 percent in a May
    // survey": a phrase, not a clause, holds the survey.
    if (
      lexicons.prepositions.has(opener.lower) ||
      (!isCapitalized(opener) && /[a-z](?:ed|ing)$/.test(opener.lower))
    )
      return null
    from = k
    break
  }
  while (from < i && lexicons['source-stopwords'].has((words[from] as Word).lower)) from++
  let to = i
  while (to > from && /^[,;:]$/.test((words[to - 1] as Word).value)) to--
  if (to - from < 3) return null
  // "Ortiz said Lund led by 9 points in the poll": the clause is already someone's report.
  // "…, all of whom took part in the survey": a relative clause is about the survey's people.
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (lexicons['cue-verbs'].has(word.lower) || relativePronouns.has(word.lower)) return null
  }
  return { from, to }
}

/**
 * "By one estimate, 300 homes were lost.", "Turnout doubled, by the Ledger's count.": a
 * reckoning named after "by" (`reckoning-nouns`) is where the clause's figure or judgement
 * comes from — the reckoning is the source, "by" the cue, the clause the content. Only a
 * phrase of a few words that opens the sentence (after "But", "And" or "Yet" at most) or
 * closes it after a comma, and ends on the noun: "by requiring them to account for …" is a
 * means, "by historic standards" (no entry) the writer's own yardstick, and "by any measure"
 * the writer's emphasis, not a source.
 */
function byReckoning(
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): FoundAttribution | null {
  const { words } = sentence
  const end = lastContentIndex(words)
  const fronted = i === 0 || (i === 1 && viewpointConjunctions.has((words[0] as Word).lower))
  if (!fronted && words[i - 1]?.value !== ',') return null
  // The phrase: words (and the apostrophe of a possessive, "the Press' count") up to a comma
  // or the sentence's end, no preposition among them.
  let to = i + 1
  while (to < end && to - i <= 7 && words[to]?.value !== ',') {
    const word = words[to] as Word
    if (!(word.isWord || /^['’]$/.test(word.value)) || lexicons.prepositions.hasWord(word.lower))
      return null
    to++
  }
  const noun = words[to - 1] as Word | undefined
  if (
    to - i < 3 ||
    to - i > 7 ||
    !noun ||
    !lexicons['reckoning-nouns'].has(noun.lower) ||
    (words[i + 1] as Word).lower === 'any'
  )
    return null
  const byWord = words[i] as Word
  const cue = { start: byWord.start, end: byWord.end, lemma: 'by' }
  const source: WordRange = { from: i + 1, to }
  if (fronted) {
    const from = to + 1
    const opening = words[from]
    if (
      words[to]?.value !== ',' ||
      end - from < 3 ||
      !(opening?.isWord || (opening && isOpeningQuote(opening.value)))
    )
      return null
    return make(sentence, source, cue, {
      start: (opening as Word).start,
      end: (words[end - 1] as Word).end,
    })
  }
  if (to < end) return null
  const clause = clauseBefore(words, i, lexicons)
  if (!clause) return null
  return make(sentence, source, cue, {
    start: (words[clause.from] as Word).start,
    end: (words[clause.to - 1] as Word).end,
  })
}

/** Prepositions after a survey that name who ran it or whom it asked: "a poll of voters". */
const surveyNamers = new Set(['of', 'from', 'by', 'among', 'for'])

/** Words that single out one survey: "in one survey", "in another poll", "in each poll". */
const surveySpecifiers = new Set(['one', 'another', 'each'])

/**
 * "To Dana Ortiz, the levy is a lifeline.", "But to many, the vote was a betrayal.": a fronted
 * "to" with a person — a name, or a pronoun or quantifier (`viewpoint-holders`) — and a comma
 * gives that person's view; the clause after it is the content. Only at the sentence's start
 * (after "But", "And" or "Yet" at most) or right after a subordinator ("because to her, …"):
 * "To win, …", "To be sure, …" and "To White House officials, …" (a group whose view the
 * reporter sums up) are not read.
 */
function viewpointTo(
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): FoundAttribution | null {
  const { words } = sentence
  // "…, because to Ortiz, the levy is a lifeline": a clause opened by a subordinator fronts the
  // view the same way a sentence does.
  const opener = (words[i - 1] as Word | undefined)?.lower ?? ''
  if (i > 0 && !(i === 1 && viewpointConjunctions.has(opener)) && !clauseOnlyOpeners.has(opener))
    return null
  let k = i + 1
  const first = words[k]
  if (!first?.isWord) return null
  if (lexicons['viewpoint-holders'].hasWord(first.lower)) k++
  else {
    // A name, perhaps with a title or a description before it ("Ms. Ruiz", "consultant Tom
    // Ruiz"): up to five words, the last one capitalised.
    if (!isCapitalized(first) || isOpener(first, lexicons)) return null
    while (k < words.length && k - i <= 5 && (words[k] as Word).value !== ',') k++
    const last = words[k - 1] as Word
    if (
      !last.isWord ||
      !isCapitalized(last) ||
      words.slice(i + 1, k).some((w) => !w.isWord && w.value !== '.')
    )
      return null
  }
  if (words[k]?.value !== ',') return null
  let source: WordRange = { from: i + 1, to: k }
  // "To Ruiz, who has studied the port for years, the plan is a gamble", "To Ruiz, a former
  // mayor, …": a relative clause or an apposition describes the holder and belongs to the
  // source.
  // (Not "the": "To Ruiz, the plan is a gamble" opens the clause with it.)
  const described = words[k + 1]?.lower ?? ''
  if (
    relativePronouns.has(described) ||
    (appositionOpeners.has(described) && described !== 'the')
  ) {
    let close = k + 2
    while (close < words.length && close - k <= 16 && (words[close] as Word).value !== ',') close++
    if (words[close]?.value === ',') {
      source = { from: i + 1, to: close }
      k = close
    } else if (relativePronouns.has(described)) return null
  }
  const from = k + 1
  const end = lastContentIndex(words)
  // ("To Ruiz, “the plan is a gamble.”": the view may be given in her own words.)
  const opening = words[from]
  if (end - from < 3 || !(opening?.isWord || (opening && isOpeningQuote(opening.value))))
    return null
  const toWord = words[i] as Word
  return make(
    sentence,
    source,
    { start: toWord.start, end: toWord.end, lemma: 'to' },
    { start: (words[from] as Word).start, end: (words[end - 1] as Word).end },
  )
}

/**
 * "Ortiz's answer: no new taxes.", "Their argument: only the council can fix it.": a sentence
 * that opens with a possessive, at most two describing words and a noun of stated position
 * (`position-nouns`) before a colon gives the possessor's position after the colon. The
 * possessor is the source; the noun and the colon are the cue.
 */
function positionColon(sentence: SentenceWords, lexicons: Lexicons): FoundAttribution | null {
  const { words } = sentence
  // The colon must be among the first eight words: the search for it stops there (it is asked
  // at every sentence, and a colon further on answers as none does).
  let colon = -1
  for (let k = 0; k < words.length && k < 8; k++) {
    if ((words[k] as Word).value === ':') {
      colon = k
      break
    }
  }
  if (colon < 2) return null
  // The possessor: a possessive pronoun, or a name (capitalised words) ending in "'s".
  let k = 0
  const first = words[0] as Word
  if (possessivePronouns.has(first.lower)) k = 1
  else {
    while (k < colon && isCapitalized(words[k] as Word) && !isPossessive(words[k] as Word)) k++
    // ("Harlow Democrats' warning:": a plural's possessive is an apostrophe of its own after
    // the -s.)
    const pluralPossessive =
      k > 0 && /^['’]$/.test(words[k]?.value ?? '') && (words[k - 1] as Word).lower.endsWith('s')
    if (
      !pluralPossessive &&
      (k >= colon || !isCapitalized(words[k] as Word) || !isPossessive(words[k] as Word))
    )
      return null
    k++
  }
  // The noun ends right at the colon ("answer:", "bottom line:").
  let nounAt = -1
  let noun: { entry: string } | null = null
  for (let n = colon - 1; n >= Math.max(k, colon - 3) && !noun; n--) {
    const match = lexicons['position-nouns'].matchAt(words, n)
    if (match && n + match.length === colon) {
      noun = match
      nounAt = n
    }
  }
  if (!noun) return null
  if (nounAt < k || nounAt - k > 2 || words.slice(k, nounAt).some((w) => !w.isWord)) return null
  const end = lastContentIndex(words)
  if (end - colon - 1 < 2) return null
  const source: WordRange = { from: 0, to: k }
  // ("Ortiz's": the possessive ending is no part of the name.)
  const holder = make(sentence, source, null, null).source
  if (holder && !possessivePronouns.has(first.lower))
    holder.end -= /['’]s$/.test(words[k - 1]?.value ?? '') ? 2 : 1
  return {
    ...make(
      sentence,
      source,
      {
        start: (words[nounAt] as Word).start,
        end: (words[colon] as Word).end,
        lemma: `${noun.entry}:`,
      },
      { start: (words[colon + 1] as Word).start, end: (words[end - 1] as Word).end },
    ),
    ...(holder ? { source: holder } : {}),
  }
}

/** Conjunctions that may open a sentence before a fronted "to"-phrase: "But to many, …". */
const viewpointConjunctions = new Set(['but', 'and', 'yet'])

/** A verb of putting out at `i` read as a stance: in the list, and with its object after it. */
function releaseAt(
  words: readonly Word[],
  i: number,
  lexicons: Lexicons,
): ReturnType<PhraseList['matchAt']> {
  // (The list first: asked at every word, the object test would cost more than the lookup.)
  const match = lexicons['release-verbs'].matchAt(words, i)
  return match && releasesObject(words, i, lexicons) ? match : null
}

/**
 * Whether a verb of putting out (`release-verbs`) at `i` is active with its
 * object right after it ("the board released its findings"), not a participle describing a
 * thing ("a poll released Monday", "records released in May", "newly released emails") or a
 * passive ("was released from jail").
 */
function releasesObject(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  // ("was just released", "had been quietly published": an adverb may stand between.)
  let b = i - 1
  while (
    b > 0 &&
    /[a-z]ly$|^just$/.test((words[b] as Word).lower) &&
    (words[b] as Word).lower !== 'newly'
  )
    b--
  const before = words[b]
  if (before && (passiveAuxiliaries.has(before.lower) || before.lower === 'newly')) return false
  const after = words[i + 1]
  // ("a memo released as the polls closed": a clause of time, not an object.)
  if (
    after?.isWord !== true ||
    after.lower === 'as' ||
    lexicons['time-words'].has(after.lower) ||
    lexicons.prepositions.has(after.lower)
  )
    return false
  // "released a statement Sunday", "released a video attacking the plan": a document put out
  // says nothing by that alone, and what it says is the participle's report (as "issued").
  for (let k = i + 1; k < words.length && k - i <= 6; k++) {
    const word = words[k] as Word
    if (!word.isWord) break
    if (!lexicons['document-heads'].has(word.lower)) continue
    let m = k + 1
    while (m < words.length && lexicons['time-words'].has((words[m] as Word).lower)) m++
    const next = words[m]
    if (next === undefined || !next.isWord || endsInIng.test(next.lower)) return false
    // ("released her tax records in May, which showed …": the records' finding is the report.)
    while (m < words.length && m - k <= 6 && (words[m] as Word).value !== ',') m++
    return !relativePronouns.has(words[m + 1]?.lower ?? '')
  }
  return true
}

/** Participles that describe a survey rather than report it: "a poll released Monday". */
const surveyParticiples = new Set([
  'released',
  'conducted',
  'taken',
  'published',
  'commissioned',
  'completed',
  'carried',
])

/**
 * "A poll found that 61 percent opposed the cuts, while 27 percent supported them": the second
 * share is still the poll's finding, not a crowd with a view of its own. A stance whose holder
 * is a share ("27 percent", "a majority") after a poll in the same sentence is left to the poll.
 */
function pollShare(
  attribution: FoundAttribution,
  earlier: readonly FoundAttribution[],
  lexicons: Lexicons,
  cueWord: Word,
): boolean {
  if (lexicons['cue-verbs'].has(cueWord.lower) || !attribution.source) return false
  const holder = attribution.source.words.filter((w) => w.isWord)
  const share = holder.some(
    (w) => w.lower === 'percent' || w.lower === 'majority' || w.value.endsWith('%'),
  )
  if (!share || holder.length > 6) return false
  return earlier.some((f) => f.source?.words.some((w) => lexicons['poll-heads'].has(w.lower)))
}

function accordingTo(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): FoundAttribution | null {
  const { words } = sentence
  const cue = {
    start: (words[i] as Word).start,
    end: (words[i + 1] as Word).end,
    lemma: 'according to',
  }
  let to = i + 2
  while (to < words.length && (words[to] as Word).value !== ',' && to - i < 16) {
    const word = words[to] as Word
    if (!word.isWord && /^[.!?;:]$/.test(word.value) && to + 1 >= words.length - 0) break
    // ("According to the Courier: “…”": a colon closes the source, as a comma does — not
    // one inside a quoted title, "according to ‘Harbour Days: A History’".)
    if (word.value === ':' && !docIndex(doc).insideQuote(word.start)) break
    to++
  }
  while (to > i + 2 && !(words[to - 1] as Word).isWord) to--
  if (to <= i + 2) return null
  const end = lastContentIndex(words)
  // A long source cut off a few words before the sentence ends ("… the Committee on Homeland
  // Security."): the tail is the rest of its name, not a report.
  if (to - i >= 16 && to < end && end - to <= 3 && words[to]?.value !== ',') to = end
  // "That's according to a new poll.": the pronoun stands for what was reported before, and
  // the rest of the sentence is who reported it.
  const pointer = words[0] as Word
  if (
    ((i === 1 && /^(?:that|this)'s$/.test(pointer.lower)) ||
      (i === 2 && /^(?:that|this)$/.test(pointer.lower) && words[1]?.lower === 'is')) &&
    end > i + 2
  ) {
    const source: WordRange = { from: i + 2, to: end }
    return make(sentence, source, cue, { start: pointer.start, end: pointer.start + 4 })
  }
  const source: WordRange = { from: i + 2, to }
  if (i > 0 && (words[i - 1] as Word).value === ',') {
    const content = contentBefore(doc, sentence, i - 1)
    // "At the heart of it, according to the envoy, was a decision …": the phrase interrupts
    // one clause, and the report is the whole sentence around it.
    if (content && (words[to] as Word | undefined)?.value === ',' && to + 1 < end) {
      let resume = to + 1
      // ("At the heart of it, according to Ross, a former envoy, was …": past an apposition
      // describing the source, when nothing before the aside has a verb.)
      if (
        appositionOpeners.has((words[resume] as Word).lower) &&
        !hasVerbBetween(words, 0, i, lexicons)
      ) {
        let close = resume
        while (close < end && (words[close] as Word).value !== ',' && close - resume < 12) close++
        if ((words[close] as Word | undefined)?.value === ',' && close + 1 < end) resume = close + 1
      }
      const next = words[resume] as Word
      // ("G4S receives, according to one report, $234 million …", "a book that, according
      // to its summary, “draws …”": a figure or a quotation goes on with the clause too.)
      if (
        (next.isWord ||
          currencySigns.has(next.value) ||
          /^\d/.test(next.value) ||
          isOpeningQuote(next.value)) &&
        !clauseBreakersAfterAside.has(next.lower) &&
        // ("Turnout fell, according to the clerk, the county's top official": the clause
        // before the source is whole, and "the …" after it describes the source.)
        !(next.lower === 'the' && hasVerbBetween(words, 0, i, lexicons))
      )
        content.end = (words[end - 1] as Word).end
    }
    if (content) return make(sentence, source, cue, content)
  }
  // "Turnout fell by a third according to the county clerk, but …": no comma, yet the
  // words before are still what the source reports.
  // ("“… vengeance,” according to a letter": the quote closed with its comma inside.)
  if (
    i > 1 &&
    ((words[i - 1] as Word).isWord ||
      (isQuoteMark((words[i - 1] as Word).value) && !isOpeningQuote((words[i - 1] as Word).value)))
  ) {
    const content = contentBefore(doc, sentence, i - 1)
    if (content) return make(sentence, source, cue, content)
  }
  let start = to
  while (
    start < end &&
    !(words[start] as Word).isWord &&
    !isOpeningQuote((words[start] as Word).value) &&
    (words[start] as Word).value !== '"'
  )
    start++
  if (start >= end) return null
  const contentStart = (words[start] as Word).start
  let contentEnd = (words[end - 1] as Word).end
  // “According to X, “A. B.”: a quote that runs on past the sentence is the content to its end.
  const open = docIndex(doc).quoteAt(contentEnd - 1)
  if (open && open.start.offset >= contentStart && open.end.offset > contentEnd)
    contentEnd = open.end.offset
  return make(sentence, source, cue, { start: contentStart, end: contentEnd })
}

/** Words that end a holder phrase read backwards: "rejected the claim of the mayor's". */
const prepositionsInHolder = new Set([
  'of',
  'in',
  'on',
  'by',
  'for',
  'to',
  'with',
  'about',
  'from',
  'at',
  'and',
  'or',
])

/** Possessive pronouns: the holder of a nominal cue ("his claim that …"). */
const possessivePronouns = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your'])

/** Finite verbs that end a to-infinitive complement: "her plan to cut fees is popular". */
const finiteVerbs = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'did',
  'does',
])

function isPossessive(word: Word | undefined): boolean {
  if (!word?.isWord) return false
  return possessivePronouns.has(word.lower) || /[a-z]'s?$/.test(word.lower)
}

/** Articles and demonstratives: never a modifier between a possessive and its noun. */
const articles = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those'])

/**
 * Where the holder of a nominal cue at `noun` ends: the possessive right before the noun or
 * before one modifier ("the mayor's repeated claim"), or -1.
 */
function possessorBefore(words: readonly Word[], noun: number): number {
  if (isPossessive(words[noun - 1]) || pluralPossessiveMark(words, noun - 1)) return noun - 1
  const modifier = words[noun - 1]
  // ("his earlier claim", "her latest call": a word of time is a modifier here, though
  // `determinersBeforeNoun` lists it for opening a noun phrase.)
  if (
    modifier?.isWord &&
    !isCapitalized(modifier) &&
    !articles.has(modifier.lower) &&
    (isPossessive(words[noun - 2]) || pluralPossessiveMark(words, noun - 2))
  )
    return noun - 2
  return -1
}

/**
 * Whether `k` is the apostrophe of a plural possessive, which the tokenizer leaves as a mark of
 * its own: "the senators’ claim", "budget hawks' warnings that …". The mark sits right against
 * a word in -s, with a space after it (not a closing single quote inside a word).
 */
function pluralPossessiveMark(words: readonly Word[], k: number): boolean {
  const mark = words[k]
  const owner = words[k - 1]
  const next = words[k + 1]
  return (
    mark !== undefined &&
    !mark.isWord &&
    (mark.value === "'" || mark.value === '’') &&
    owner?.isWord === true &&
    owner.lower.endsWith('s') &&
    owner.end === mark.start &&
    next?.isWord === true &&
    next.start > mark.end
  )
}

/**
 * Nominal attributions (`nominal-cues`): a noun of saying or stance owned by a holder, with
 * the complement that says what was said — "the mayor's claim that the bridge is safe", "her
 * promise to cut fees", "his criticism of the budget" — and the frame "in the senator's view,
 * …", whose holder's view is the rest of the sentence. The cue verbs' noun filter keeps "the
 * report" and "his claims" from being verb cues; here the possessive is what makes the noun
 * an attribution, and without one (or without a complement) the noun is left alone.
 */
function nominalAttribution(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  const copular = copularNominal(doc, sentence, i, lexicons)
  if (copular) return copular
  const match = lexicons['nominal-cues'].matchAt(words, i)
  // ("complaints from the union that …": the holder after the noun.)
  if (!match)
    return (
      agentAfterNominal(doc, sentence, i, lexicons) ?? hearsayNominal(doc, sentence, i, lexicons)
    )
  const possessor = possessorBefore(words, i)
  if (possessor < 0)
    return (
      hearsayNominal(doc, sentence, i, lexicons) ??
      openingNominal(doc, sentence, i, match, lexicons) ??
      unownedCall(doc, sentence, i, lexicons)
    )
  // ("tracks voters’ support for the slate": after a plural possessive an object is as often a
  // share measured as a stance taken; a that-clause or an infinitive still says what was said.)
  if (match.label === 'object' && pluralPossessiveMark(words, possessor)) return null
  const end = lastContentIndex(words)
  const holder =
    subjectOwning(words, possessor, lexicons) ?? possessiveHolder(words, possessor, lexicons)
  if (match.label === 'frame') {
    const owner = possessiveHolder(words, possessor, lexicons)
    const frame = i - possessor === 1 && words[owner.from - 1]?.lower === 'in'
    if (!frame || match.length !== 1) return null
    const cue = { start: (words[i] as Word).start, end: (words[i] as Word).end, lemma: match.entry }
    const opening = owner.from - 1
    const after = words[i + 1]
    // "In their view, …" opens the content; "…, in Lee's view." closes it; in between, the
    // view is the whole sentence's.
    let from = 0
    let to = end
    if (opening === 0 && after?.value === ',') from = i + 2
    else if (i + 1 >= end && words[opening - 1]?.value === ',') to = opening - 1
    // Between commas it is a parenthesis over the whole sentence; anywhere else ("who leads
    // the party in his view, he said") its scope is unclear.
    else if (words[opening - 1]?.value !== ',' || after?.value !== ',') return null
    if (to <= from) return null
    const content = { start: (words[from] as Word).start, end: (words[to - 1] as Word).end }
    return { attribution: make(sentence, owner, cue, content), length: 1 }
  }
  const complement = complementOfNominal(doc, words, i, match, holder, lexicons)
  if (!complement) return null
  return {
    attribution: make(sentence, holder, complement.cue, complement.content),
    length: match.length,
  }
}

/**
 * "despite complaints that the buses run late", "rumors that the plant will close": a noun of
 * talk whose speaker goes unnamed (`hearsay-nouns`), with no holder before it, and a
 * that-clause after it (not a relative clause: "complaints that were dismissed"). The clause
 * is what was said; the report is agentless, as one with "reportedly" is.
 */
function hearsayNominal(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  const noun = words[i] as Word
  const that = i + 1
  if (!lexicons['hearsay-nouns'].hasWord(noun.lower) || words[that]?.lower !== 'that') return null
  if (possessorBefore(words, i) >= 0) return null
  const after = words[that + 1]
  if (!after?.isWord || finiteVerbs.has(after.lower) || /[a-z]ed$/.test(after.lower)) return null
  const end = lastContentIndex(words)
  let to = endOfClause(doc, words, that, end, lexicons)
  // "Despite complaints that …, the council …": a fronted phrase ends at its comma; "Rumors
  // that … spread fast": as the subject, the clause ends before the main verb.
  if (isFrontedPhrase(words, i, lexicons)) to = Math.min(to, firstCommaAfter(doc, words, that, to))
  else if (i - openingWord(words, lexicons) <= 1)
    to = Math.min(to, secondFiniteVerb(doc, words, that, to))
  // "allegations that he lied, which he denies", "rumors that she quit, despite her denial":
  // a relative clause or a concession after the comma is the writer's, about the talk.
  for (let k = that + 2; k < to - 1; k++) {
    const next = (words[k + 1] as Word).lower
    if (
      (words[k] as Word).value === ',' &&
      (relativePronouns.has(next) || concessiveOpeners.has(next) || next === 'despite')
    ) {
      to = k
      break
    }
  }
  to = endBeforeMarks(words, that, to)
  if (to <= that + 2) return null
  const cue = { start: noun.start, end: noun.end, lemma: noun.lower }
  const content = { start: (words[that] as Word).start, end: (words[to - 1] as Word).end }
  return {
    attribution: { ...make(sentence, null, cue, content), kind: 'agentless' },
    length: 1,
  }
}

/**
 * "amid calls for the mayor to resign", "That prompted calls for an inquiry", "a call for
 * calm": a call for something (`hearsay-nouns`, label object) with no holder before it, read
 * as a noun — after an article or determiner, a quantifier of plurals, a preposition or a
 * past-tense verb, or an article and one modifier ("an impassioned call for …"). The object
 * is what was called for; the callers go unnamed, as with `hearsayNominal`.
 */
function unownedCall(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  const match = lexicons['hearsay-nouns'].matchAt(words, i)
  if (match?.label !== 'object') return null
  const before = words[i - 1]
  // ("groups that call for …", "plans to call for …": a relative or an infinitive's verb.)
  if (!before?.isWord || before.lower === 'that' || before.lower === 'to') return null
  // ("These calls for …": a determiner may open the sentence; any other capital is a name.)
  const determiner =
    (determinersBeforeNoun.has(before.lower) && !possessivePronouns.has(before.lower)) ||
    lexicons['plural-quantifiers'].has(before.lower)
  // ("did call for", "has called for": an auxiliary keeps the verb.)
  const auxiliary = finiteVerbs.has(before.lower) || lexicons['cue-auxiliaries'].has(before.lower)
  const noun =
    determiner ||
    (!isCapitalized(before) &&
      !auxiliary &&
      (lexicons.prepositions.has(before.lower) ||
        lexicons['circumstance-prepositions'].has(before.lower) ||
        (pastPredicateAt(before, lexicons) && words[i - 2]?.lower !== 'to') ||
        articles.has(words[i - 2]?.lower ?? '')))
  if (!noun) return null
  const complement = complementOfNominal(doc, words, i, match, { from: i, to: i }, lexicons)
  if (!complement) return null
  return {
    attribution: { ...make(sentence, null, complement.cue, complement.content), kind: 'agentless' },
    length: match.length,
  }
}

/**
 * "Opposition to the levy has united the council", "The criticism of the plan comes as …": a
 * noun of stance with its object (`nominal-cues`, label object) as the subject its sentence
 * opens with, and no holder named. What was opposed or criticised is reported as held by
 * people left unnamed; the object ends at the main verb.
 */
function openingNominal(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  match: Pick<LexiconMatch, 'length' | 'label' | 'entry'>,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  if (match.label !== 'object' || lexicons['event-nouns'].has((words[i] as Word).lower)) return null
  const opening = openingWord(words, lexicons)
  if (i !== opening && !(i === opening + 1 && words[opening]?.lower === 'the')) return null
  const complement = complementOfNominal(doc, words, i, match, { from: opening, to: i }, lexicons)
  if (!complement) return null
  return {
    attribution: { ...make(sentence, null, complement.cue, complement.content), kind: 'agentless' },
    length: match.length,
  }
}

/** Forms of "be" that link a holder's noun of saying to the clause it states: "… was that …". */
const copulas = new Set(['is', 'was', 'remains', 'remained'])

/** Determiners that open a noun of saying with no holder: "One complaint is that …". */
const copularDeterminers = new Set(['the', 'a', 'an', 'one', 'another'])

/**
 * "Ortiz's argument was that the levy is too small", "Their fear is that the ferry will
 * close", "Lee's most pointed claim on Sunday was that …": a holder's noun of saying or stance
 * (`position-nouns`, or a `nominal-cues` noun that takes a that-clause), up to four words, a
 * form of "be" and a that- or whether-clause. The clause is what the holder said or holds; the
 * cue runs from the noun's modifiers to the verb. The holder is a possessive before the noun
 * (up to two modifiers between); after a determiner instead ("One complaint is that …", "The
 * concern among aides was that …") the talk is reported with no holder named. ("The question
 * is whether …" is the writer's own: "question" is no noun of saying here.)
 */
function copularNominal(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  let possessor = i - 1
  while (
    possessor >= i - 2 &&
    words[possessor]?.isWord &&
    !isPossessive(words[possessor]) &&
    !isCapitalized(words[possessor] as Word) &&
    !determinersBeforeNoun.has((words[possessor] as Word).lower)
  )
    possessor--
  const owned = isPossessive(words[possessor])
  const determined = copularDeterminers.has(words[possessor]?.lower ?? '')
  if (!owned && !determined) return null
  let verb = -1
  for (let k = i + 1; k < Math.min(words.length - 1, i + 7); k++) {
    const word = words[k] as Word
    if (!word.isWord || word.lower === 'that' || relativePronouns.has(word.lower)) return null
    const perfect =
      word.lower === 'been' && ['has', 'had', 'have'].includes(words[k - 1]?.lower ?? '')
    if (copulas.has(word.lower) || perfect) {
      verb = k
      break
    }
    if (finiteVerbs.has(word.lower)) return null
  }
  const that = verb + 1
  const opener = words[that]?.lower
  if (verb < 0 || (opener !== 'that' && opener !== 'whether')) return null
  const noun = words[i] as Word
  const saying =
    lexicons['position-nouns'].has(noun.lower) ||
    lexicons['nominal-cues'].matchAt([noun, words[that] as Word], 0)?.label === 'clause'
  if (!saying) return null
  const after = words[that + 1]
  if (!after?.isWord || finiteVerbs.has(after.lower)) return null
  const end = lastContentIndex(words)
  let to = endOfClause(doc, words, that, end, lexicons)
  to = endBeforeMarks(words, that, to)
  if (to <= that + 2) return null
  const holder = !owned
    ? null
    : (subjectOwning(words, possessor, lexicons) ?? possessiveHolder(words, possessor, lexicons))
  const cue = {
    start: (words[possessor + 1] as Word).start,
    end: (words[verb] as Word).end,
    lemma: noun.lower,
  }
  const content = { start: (words[that] as Word).start, end: (words[to - 1] as Word).end }
  const attribution = make(sentence, holder, cue, content)
  // ("One complaint is that …": talk with no holder named, as `hearsayNominal` reads it.)
  if (!holder) attribution.kind = 'agentless'
  return { attribution, length: that - i }
}

/** Words that end the holder after "from" in `receivedStance`: "from rivals over the ad". */
function endsReceivedHolder(word: Word, lexicons: Lexicons): boolean {
  return (
    !word.isWord ||
    word.lower === 'that' ||
    word.lower === 'about' ||
    word.lower === 'as' ||
    (word.lower !== 'of' && lexicons.prepositions.has(word.lower)) ||
    lexicons['circumstance-prepositions'].has(word.lower) ||
    relativePronouns.has(word.lower) ||
    finiteVerbs.has(word.lower)
  )
}

/**
 * "The plan drew sharp criticism from the union", "Ortiz has faced opposition from renters",
 * "She came under fire from her rivals": a verb by which a subject takes others' stance toward
 * it (`received-stances`, label verb), up to two modifiers, a noun of stance (label noun) and
 * "from" with whoever holds the stance. The holder is the source; the verb (with its
 * auxiliaries) to the noun is the cue; the content is the subject, what the stance is about,
 * or a that-clause after the holder, what they said ("faced criticism from rivals that the
 * rallies were unsafe"). Not after "to": an infinitive's subject is elsewhere.
 */
function receivedStance(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  const verb = lexicons['received-stances'].matchAt(words, i)
  // ("in the face of attacks from …": after a determiner the verb is a noun.)
  const before = words[i - 1]?.lower ?? ''
  if (verb?.label !== 'verb' || before === 'to' || determinersBeforeNoun.has(before)) return null
  let noun = -1
  for (let k = i + verb.length; k <= i + verb.length + 2 && k < words.length; k++) {
    const word = words[k] as Word
    if (!word.isWord || isCapitalized(word)) return null
    if (lexicons['received-stances'].matchAt(words, k)?.label === 'noun') {
      noun = k
      break
    }
  }
  if (noun < 0 || words[noun + 1]?.lower !== 'from') return null
  let to = noun + 2
  while (to < words.length && to < noun + 14 && !endsReceivedHolder(words[to] as Word, lexicons))
    to++
  if (to === noun + 2) return null
  const holder = { from: noun + 2, to }
  const a = cueStart(words, i, lexicons)
  // ("He will face opposition from rivals", "could draw criticism from …": a stance still to
  // come is the writer's forecast, not one anyone has taken.)
  for (let k = a; k < i; k++) if (lexicons.modals.has((words[k] as Word).lower)) return null
  const cue = { start: (words[a] as Word).start, end: (words[noun] as Word).end, lemma: verb.entry }
  let content: { start: number; end: number }
  if (words[to]?.lower === 'that' && words[to + 1]?.isWord) {
    const end = lastContentIndex(words)
    let last = endOfClause(doc, words, to, end, lexicons)
    while (last > to + 1 && !(words[last - 1] as Word).isWord) last--
    if (last <= to + 2) return null
    content = { start: (words[to] as Word).start, end: (words[last - 1] as Word).end }
  } else {
    // (The subject right before the verb group: not one found across an aside.)
    const subject = sourceBefore(words, a, lexicons)
    if (!subject || subject.boundary === 'comma' || subject.range.to !== a) return null
    content = {
      start: (words[subject.range.from] as Word).start,
      end: (words[subject.range.to - 1] as Word).end,
    }
  }
  return { attribution: make(sentence, holder, cue, content), length: noun + 1 - i }
}

/** Prepositions that name the holder of a noun of saying after it: "complaints from the union". */
const nominalAgentPrepositions = new Set(['from', 'by', 'among'])

/**
 * "complaints from the union that the levy was unfair", "claims by the auditors that the
 * books were wrong": a noun of saying that takes a that-clause (`nominal-cues`, label clause),
 * its holder after "from", "by" or "among" (a clear source of up to eight words), then the
 * clause (not a relative clause: "claims by the firm that were false").
 */
function agentAfterNominal(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  if (!nominalAgentPrepositions.has(words[i + 1]?.lower ?? '')) return null
  let that = -1
  for (let k = i + 2; k < Math.min(words.length - 1, i + 11); k++) {
    const word = words[k] as Word
    if (word.lower === 'that') {
      that = k
      break
    }
    if (!word.isWord && word.value !== '.') return null
    if (
      finiteVerbs.has(word.lower) ||
      lexicons['cue-verbs'].has(word.lower) ||
      (!word.capitalised && /[a-z]ed$/.test(word.lower))
    )
      return null
  }
  if (that < i + 3) return null
  const after = words[that + 1]
  if (!after?.isWord || finiteVerbs.has(after.lower) || /[a-z]ed$/.test(after.lower)) return null
  const noun = lexicons['nominal-cues'].matchAt([words[i] as Word, words[that] as Word], 0)
  if (!noun || noun.label !== 'clause' || noun.length !== 2) return null
  const holder = { from: i + 2, to: that }
  if (!isClearSource(words, holder, lexicons)) return null
  const end = lastContentIndex(words)
  let to = endOfClause(doc, words, that, end, lexicons)
  to = endBeforeMarks(words, that, to)
  if (to <= that + 1) return null
  const nounWord = words[i] as Word
  const cue = { start: nounWord.start, end: nounWord.end, lemma: noun.entry }
  const content = { start: (words[that] as Word).start, end: (words[to - 1] as Word).end }
  return { attribution: make(sentence, holder, cue, content), length: 1 }
}

/**
 * The cue and content of a nominal cue at `i` ("criticism of …", "claim that …", "promise
 * to …") whose holder is `holder`: the noun and, for an object, its preposition make the
 * cue; the object, clause or infinitive after them is the content.
 */
function complementOfNominal(
  doc: Doc,
  words: readonly Word[],
  i: number,
  match: Pick<LexiconMatch, 'length' | 'label' | 'entry'>,
  holder: WordRange,
  lexicons: Lexicons,
): { cue: FoundAttribution['cue']; content: { start: number; end: number } } | null {
  const end = lastContentIndex(words)
  const complement = i + match.length - 1
  const nounWord = words[i] as Word
  const complementWord = words[complement] as Word
  const object = match.label === 'object'
  // "criticism of the budget": the preposition belongs to the cue; "claim that …", "promise
  // to …": the complementiser opens the content.
  const cueEnd = object ? complementWord.end : (words[complement - 1] as Word).end
  const cue = { start: nounWord.start, end: cueEnd, lemma: match.entry }
  const first = object ? complement + 1 : complement
  // (An object may be one word — "her support for Reyes" — a clause or infinitive may not.)
  if (first + (object ? 0 : 1) >= end) return null
  // "her speech on Tuesday", "his remarks on Monday night": "on" with a time tells when the
  // words were said, not what they were about.
  if (object && lexicons['time-words'].has((words[first] as Word).lower)) return null
  // "to" must open an infinitive, not a phrase: "his promise to the voters".
  if (match.label === 'infinitive') {
    const verb = words[first + 1] as Word
    if (!verb.isWord || isCapitalized(verb) || determinersBeforeNoun.has(verb.lower)) return null
  }
  let to =
    match.label === 'clause'
      ? endOfClause(doc, words, first, end, lexicons)
      : complementEnd(doc, words, first, end, lexicons)
  // "Lee's claim that the dam leaked was false": when the nominal is the sentence's subject,
  // the clause ends before the main verb, the second finite verb after "that".
  // "Contrary to her claim that …, the dam held": a fronted phrase ends at its comma.
  const fronted = isFrontedPhrase(words, holder.from, lexicons)
  if (fronted) to = Math.min(to, firstCommaAfter(doc, words, first, to))
  // "But Lee's claim that …", "While Lee's call for a strike draws crowds, …": after a
  // conjunction the nominal is still its clause's subject, and its clause still has a main verb.
  const subject =
    holder.from === openingWord(words, lexicons) &&
    (!fronted || clauseConjunctions.has((words[0] as Word).lower))
  if (subject && match.label === 'clause')
    to = Math.min(to, secondFiniteVerb(doc, words, first, to))
  // "Her support for the levy surprised nobody": the object ends at the main verb.
  else if (subject && object)
    for (let k = first + 1; k < to; k++)
      if (opensMainPredicate(words, k) && !isQuoteMark((words[k] as Word).value)) {
        to = k
        break
      }
  to = endBeforeMarks(words, first, to)
  const content = { start: (words[first] as Word).start, end: (words[to - 1] as Word).end }
  return { cue, content }
}

/**
 * A verb of talking, words between, then its topic (`topic-verbs`): "Ortiz spoke briefly about
 * the closure", "has spoken out about the levy", "talked to reporters about the ferry", "spoke
 * on the radio at length about her plan", "speaks fondly of his brother". Between verb and
 * "about" stand adverbs (-ly words, `topic-gap-words`) and prepositional phrases of listener,
 * occasion or medium (a preposition and up to five words); "of" only after adverbs alone —
 * "spoke to the head of the board about …" talks about what follows "about". The cue runs from
 * the verb (with its auxiliaries and a negation) to "about"; the content is the topic, up to a
 * comma or a circumstance of time. Only after a clear source, as the stance verbs; with no gap,
 * "talked about" is a stance verb's phrase and read there.
 */
function topicTalk(
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  // ("to speak about": an infinitive's subject is elsewhere.)
  if (words[i - 1]?.lower === 'to') return null
  let k = i + 1
  let phrases = 0
  while (k < words.length && k - i <= 10) {
    const word = words[k] as Word
    if (!word.isWord) return null
    if (word.lower === 'about' || (word.lower === 'of' && phrases === 0)) break
    const gap = lexicons['topic-gap-words'].matchAt(words, k)
    if (gap) {
      k += gap.length
      continue
    }
    if (lyAdverb.test(word.value)) {
      k++
      continue
    }
    if (
      word.lower !== 'of' &&
      (lexicons.prepositions.has(word.lower) ||
        lexicons['circumstance-prepositions'].has(word.lower))
    ) {
      // A listener, occasion or medium: the preposition and its object, up to "about".
      let m = k + 1
      while (
        m < words.length &&
        m - k <= 5 &&
        (words[m] as Word).isWord &&
        (words[m] as Word).lower !== 'about' &&
        (words[m] as Word).lower !== 'that' &&
        // ("the people I spoke to this week about …", "spoke on Tuesday about …": a stranded
        // preposition or a time is no listener or occasion that the cue could hold.)
        !lexicons['time-words'].has((words[m] as Word).lower)
      )
        m++
      if ((words[m] as Word | undefined)?.lower !== 'about' || m === k + 1) return null
      phrases++
      k = m
      break
    }
    return null
  }
  const about = words[k]
  // ("spoke about": no gap, the stance verb's phrase.)
  if (!about || k === i + 1 || (about.lower !== 'about' && about.lower !== 'of')) return null
  const topic = words[k + 1]
  if (!topic?.isWord || /^\d/.test(topic.value) || roughAmounts.has(topic.lower)) return null
  const end = topicEnd(words, k + 1, lexicons)
  if (end === k + 1) return null
  const a = cueStart(words, i, lexicons, true)
  const source = sourceBefore(words, a, lexicons)
  if (!source || source.boundary === 'comma' || !isClearSource(words, source.range, lexicons))
    return null
  const cue = {
    start: (words[a] as Word).start,
    end: about.end,
    lemma: `${(words[i] as Word).lower} ${about.lower}`,
  }
  const content = { start: topic.start, end: (words[end - 1] as Word).end }
  return { attribution: make(sentence, source.range, cue, content), length: k + 1 - i }
}

/**
 * A light verb and a noun of saying or stance after it (`light-verbs`, `nominal-cues`): "Lee
 * made no mention of the levy", "she gave a speech on trade", "he made the suggestion that …".
 * The two make one speech act whose source is the light verb's subject; the cue runs from the
 * verb (with its auxiliaries) to the noun's preposition, and the content is the noun's
 * complement. Between verb and noun only a determiner and up to three modifiers may stand
 * ("made several controversial statements on …"). Only after a clear source, as the stance
 * verbs: "the storm made a case for sea walls" reports no one's words.
 */
function lightVerbAttribution(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  const verb = lexicons['light-verbs'].matchAt(words, i)
  // "to make the case": an infinitive's subject is elsewhere, and often no one's yet.
  if (!verb || words[i - 1]?.lower === 'to') return null
  let k = i + verb.length
  if (lightDeterminers.has(words[k]?.lower ?? '') || possessivePronouns.has(words[k]?.lower ?? ''))
    k++
  let noun: Pick<LexiconMatch, 'length' | 'label' | 'entry'> | null = null
  for (let modifiers = 0; modifiers <= 3 && k < words.length; modifiers++, k++) {
    const word = words[k] as Word
    if (!word.isWord || isCapitalized(word)) return null
    noun = lexicons['nominal-cues'].matchAt(words, k)
    if (noun && noun.label !== 'frame') break
    noun = null
    if (lexicons.prepositions.hasWord(word.lower) || lightDeterminers.has(word.lower)) return null
  }
  if (!noun) return null
  const a = cueStart(words, i, lexicons)
  const source = sourceBefore(words, a, lexicons)
  if (!source || source.boundary === 'comma' || !isClearSource(words, source.range, lexicons))
    return null
  const complement = complementOfNominal(doc, words, k, noun, source.range, lexicons)
  if (!complement?.cue) return null
  const cue = { ...complement.cue, start: (words[a] as Word).start }
  return {
    attribution: make(sentence, source.range, cue, complement.content),
    length: k + noun.length - i,
  }
}

/**
 * A personal pronoun with "are", "is" or "am" contracted onto it: "they're", "I'm". (Not
 * "it's": "it's clear that …" is the writer's judgement, its "it" no holder.)
 */
const contractedLink = /^(?:he|she|they|we|i|you)(['’](?:re|s|m))$/

/**
 * An adjective of stance after a linking verb, with a that-clause (`stance-adjectives`,
 * `linking-verbs`): "Ortiz is confident that the levy will pass", "aides remained hopeful that
 * …", "they're convinced that …". The subject holds the view the clause states, as with
 * "believes"; the cue runs from the verb (with its auxiliaries) to the adjective. Between verb
 * and adjective only negations, -ly adverbs and words of degree may stand ("are now more
 * convinced"). Only after a clear source: "the outcome is certain that …" is no one's view.
 */
function adjectiveStance(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  const adjective = lexicons['stance-adjectives'].matchAt(words, i)
  if (!adjective) return null
  const that = i + adjective.length
  const end = lastContentIndex(words)
  if (words[that]?.lower !== 'that' || that + 2 >= end) return null
  let k = i - 1
  while (k >= 0) {
    const word = words[k] as Word
    if (
      !word.isWord ||
      !(isNegation(word) || lexicons['degree-words'].has(word.lower) || lyAdverb.test(word.value))
    )
      break
    k--
  }
  const link = words[k]
  if (!link?.isWord) return null
  let source: WordRange | null = null
  let cueFrom: number
  const contracted = contractedLink.exec(link.lower)
  if (contracted) {
    // "they're hopeful that …": the pronoun is the source, its contraction opens the cue.
    source = { from: k, to: k + 1 }
    cueFrom = link.end - (contracted[1]?.length ?? 0)
  } else {
    let verb = -1
    if (lexicons['linking-verbs'].matchAt(words, k)?.length === 1) verb = k
    else if (lexicons['linking-verbs'].matchAt(words, k - 1)?.length === 2) verb = k - 1
    if (verb < 0) return null
    const a = cueStart(words, verb, lexicons, true)
    const found = sourceBefore(words, a, lexicons)
    if (!found || !isClearSource(words, found.range, lexicons)) return null
    source = found.range
    cueFrom = (words[a] as Word).start
  }
  let to = endOfClause(doc, words, that, end, lexicons)
  to = endBeforeMarks(words, that, to)
  const cue = { start: cueFrom, end: (words[that - 1] as Word).end, lemma: adjective.entry }
  const content = { start: (words[that] as Word).start, end: (words[to - 1] as Word).end }
  return { attribution: make(sentence, source, cue, content), length: adjective.length }
}

/**
 * A noun for one who takes a side, after a linking verb (`advocate-nouns`, `linking-verbs`):
 * "Ortiz is a vocal supporter of the levy", "she has been a fierce critic of the board", "he
 * remains a proponent of tolls". The subject holds the stance and the noun's object is what it
 * is held on; the cue runs from the verb (with its auxiliaries) to the preposition. Between
 * verb and noun stand an article ("a", "an", "no", "the") and up to three modifiers ("the
 * party's most outspoken" is a possessor, not a modifier, and stops the search). Only after
 * a clear source, as the stance verbs.
 */
function advocateStance(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
): { attribution: FoundAttribution; length: number } | null {
  const { words } = sentence
  const noun = lexicons['advocate-nouns'].matchAt(words, i)
  if (!noun) return null
  // ("are vocal critics of the plan": a plural needs no article.)
  const plural = /s$/.test((words[i] as Word).lower)
  let k = i - 1
  for (let modifiers = 0; modifiers < 3 && k >= 0; modifiers++, k--) {
    const word = words[k] as Word
    if (!word.isWord || isCapitalized(word) || advocateArticles.has(word.lower)) break
    if (plural && lexicons['linking-verbs'].matchAt(words, k)?.length === 1) break
    // ("is disliked by supporters of …": the noun is a passive's agent, not a complement.)
    if (
      lexicons.prepositions.has(word.lower) ||
      word.lower === 'by' ||
      lexicons['linking-verbs'].has(word.lower)
    )
      return null
  }
  const article = advocateArticles.has(words[k]?.lower ?? '')
  if (!article && !plural) return null
  const verb = article ? k - 1 : k
  if (lexicons['linking-verbs'].matchAt(words, verb)?.length !== 1) return null
  const a = cueStart(words, verb, lexicons, true)
  const source = sourceBefore(words, a, lexicons)
  if (!source || source.boundary === 'comma' || !isClearSource(words, source.range, lexicons))
    return null
  const first = i + noun.length
  const end = lastContentIndex(words)
  if (first >= end || !words[first]?.isWord) return null
  let to = complementEnd(doc, words, first, end, lexicons)
  // ("is no fan of Reyes but praised her choice": a second predicate after "but" is the
  // subject's own act, not part of what it is a fan of.)
  const but = words.findIndex((w, k) => k > first && k < to && w.lower === 'but')
  if (but > 0) to = but
  to = endBeforeMarks(words, first, to)
  if (to <= first) return null
  const cue = {
    start: (words[a] as Word).start,
    end: (words[first - 1] as Word).end,
    lemma: noun.entry,
  }
  const content = { start: (words[first] as Word).start, end: (words[to - 1] as Word).end }
  return { attribution: make(sentence, source.range, cue, content), length: noun.length }
}

/** Articles before a noun for one who takes a side: "a supporter of", "no fan of". */
const advocateArticles = new Set(['a', 'an', 'the', 'no'])

/** Determiners between a light verb and its noun: "made no mention", "gave a speech". */
const lightDeterminers = new Set([
  'a',
  'an',
  'the',
  'no',
  'several',
  'similar',
  'these',
  'those',
  'some',
  'multiple',
  'repeated',
  'further',
])

/** The possessive that goes with each subject pronoun: "she renewed her call …". */
const possessiveOfPronoun: Record<string, string> = {
  he: 'his',
  she: 'her',
  they: 'their',
  it: 'its',
  i: 'my',
  we: 'our',
}

/** Words that cannot stand in the verb group between a subject and its possessive. */
const breaksVerbGroup = new Set([
  'that',
  'who',
  'which',
  'whose',
  'and',
  'but',
  'or',
  'because',
  'if',
])

/**
 * "Lee renewed her call to …", "he has toned down his criticism of …", "the senators were
 * unanimous in their condemnation of …": a possessive pronoun after its clause's own subject
 * stands for that subject, and the subject is the source (the pronoun would be resolved to it
 * anyway). Reads back over a short verb group in lower case to a subject pronoun that agrees
 * with the possessive or to a capitalised name. Returns the subject, or null.
 */
function subjectOwning(
  words: readonly Word[],
  possessor: number,
  lexicons: Lexicons,
): WordRange | null {
  const possessive = (words[possessor] as Word).lower
  if (!possessivePronouns.has(possessive)) return null
  let k = possessor - 1
  while (k >= 0 && possessor - k <= 5) {
    const word = words[k] as Word
    if (!word.isWord || isCapitalized(word) || breaksVerbGroup.has(word.lower)) break
    if (subjectPronouns.has(word.lower) || word.lower === 'it') break
    k--
  }
  if (k < 0 || k === possessor - 1) return null
  const end = words[k] as Word
  // "Contrary to his claim": a phrase, not a subject and its verb.
  if (!end.isWord || lexicons.prepositions.has((words[k + 1] as Word).lower)) return null
  if (subjectPronouns.has(end.lower) || end.lower === 'it') {
    return possessiveOfPronoun[end.lower] === possessive ? { from: k, to: k + 1 } : null
  }
  if (!isCapitalized(end)) return null
  let from = k
  while (from > 0 && k - from < 6 && isCapitalized(words[from - 1] as Word)) from--
  // "campaigning in Iowa, he renewed his call": a name after a preposition is no subject.
  const before = words[from - 1]
  if (
    before?.isWord &&
    (lexicons.prepositions.has(before.lower) || sentenceOpeners.has(before.lower))
  )
    return null
  // A capitalised sentence opener that is no name ("Despite Lee's …") is no subject.
  while (from <= k && isOpener(words[from] as Word, lexicons)) from++
  if (from > k) return null
  const subject = { from, to: k + 1 }
  return isClearSource(words, subject, lexicons) ? subject : null
}

/** A capitalised word that opens a sentence without being a name: "In", "Despite", "Regarding". */
function isOpener(word: Word, lexicons: Lexicons): boolean {
  return lexicons.prepositions.has(word.lower) || sentenceOpeners.has(word.lower)
}

/** Capitalised openers of a sentence that are no part of a name. */
const sentenceOpeners = new Set([
  ...subordinators,
  // ("Ever since …", "Even though …": the first word of a longer subordinator.)
  'ever',
  'even',
  'but',
  'and',
  'so',
  'yet',
  'none',
  'nearly',
  'why',
  'here',
  'there',
  'despite',
  'regarding',
  'concerning',
  'among',
  'amid',
  'following',
  'including',
  'during',
  'under',
  'by',
  'about',
  'against',
  'like',
  'unlike',
  'over',
  'without',
])

/**
 * Sentence openers that join a clause rather than a phrase: after them a nominal at the
 * start is its clause's subject ("But the mayor's claim that … was false"). (Not "before",
 * "after", "since", "until": these are prepositions as often — "After Lee's speech on …,".)
 */
const clauseConjunctions = new Set([
  ...subordinators.filter((w) => !['before', 'after', 'since', 'until'].includes(w)),
  'but',
  'and',
  'so',
  'yet',
])

/** The words before `at` open the sentence with a phrase, no subject: "Despite the mayor's". */
function isFrontedPhrase(words: readonly Word[], at: number, lexicons: Lexicons): boolean {
  const first = words[0]
  if (at === 0 || !first?.isWord || !(isOpener(first, lexicons) || first.lower === 'contrary'))
    return false
  for (let k = 1; k < at; k++) if (!(words[k] as Word).isWord) return false
  return true
}

/** Index of the first comma outside quotations in (from, to), or `to`. */
function firstCommaAfter(doc: Doc, words: readonly Word[], from: number, to: number): number {
  const index = docIndex(doc)
  for (let k = from + 1; k < to; k++) {
    const word = words[k] as Word
    if (word.value !== ',') continue
    if (!index.insideQuote(word.start)) return k
    // A comma before the closing quote mark ends the phrase too: “… nothing,” there was …
    if (isQuoteMark((words[k + 1] as Word | undefined)?.value ?? '') && k + 2 <= to) return k + 2
  }
  return to
}

/** The first word of a sentence after an opener that is no subject ("But", "In fact,"). */
function openingWord(words: readonly Word[], lexicons: Lexicons): number {
  let k = 0
  while (k < words.length && (!(words[k] as Word).isWord || isOpener(words[k] as Word, lexicons)))
    k++
  return k
}

/** Index of the second finite verb (`finiteVerbs`) outside quotations in [from, to), or `to`. */
function secondFiniteVerb(doc: Doc, words: readonly Word[], from: number, to: number): number {
  const index = docIndex(doc)
  let seen = 0
  for (let k = from + 1; k < to; k++) {
    const word = words[k] as Word
    if (!finiteVerbs.has(word.lower) || index.insideQuote(word.start)) continue
    if (++seen === 2) return k
  }
  return to
}

/**
 * The holder phrase that ends with the possessive at `possessor`: "his", "Governor Ana
 * Ruiz's", "the city council's". Only a name's capitalised words and a determiner opening a
 * short common noun phrase join it — never the verb the nominal is the object of
 * ("rejected the mayor's claim").
 */
function possessiveHolder(
  words: readonly Word[],
  possessor: number,
  lexicons: Lexicons,
): WordRange {
  const word = words[possessor] as Word
  if (possessivePronouns.has(word.lower)) return { from: possessor, to: possessor + 1 }
  // ("the senators’ claim": the owner is the word before the apostrophe.)
  let from = pluralPossessiveMark(words, possessor) ? possessor - 1 : possessor
  while (from > 0 && from > possessor - 6) {
    const before = words[from - 1] as Word
    if (!(isCapitalized(before) || (before.value === '.' && from - 1 > 0))) break
    from--
  }
  // "the city council's", "the Republican senator's": a determiner and up to two lower-case
  // words before the possessive (the capitalised ones are already in).
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const before = words[k] as Word
    if (!before.isWord) break
    if (['the', 'a', 'an', 'this'].includes(before.lower)) {
      from = k
      break
    }
    // ("The clerk lost Lee's request": a verb before the name ends the phrase.)
    if (
      isCapitalized(before) ||
      prepositionsInHolder.has(before.lower) ||
      /(?:ed|ing)$/.test(before.lower) ||
      lexicons['irregular-pasts'].has(before.lower) ||
      finiteVerbs.has(before.lower)
    )
      break
  }
  // A capitalised sentence opener that is not a name ("In Lee's view", "Despite Lee's").
  while (from < possessor && isOpener(words[from] as Word, lexicons)) from++
  return { from, to: possessor + 1 }
}

/**
 * End of the infinitive that opens at `start` ("to …", "not to …"): before "and" or "but"
 * with a subject pronoun after it, unless a subordinate clause (which has subjects of its own:
 * "to see whether he and she agree") began first.
 */
/**
 * Where the object of a stance in an infinitive, at `start`, ends: before "and" (or ", and")
 * opening a second infinitive ("and to attack …") or a relative clause ("and who …", "and
 * which …"); `end` when none does.
 */
function secondInfinitiveEnd(words: readonly Word[], start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    if ((words[k] as Word).lower !== 'and') continue
    const next = words[k + 1] as Word
    // (Not a bare second verb, "to praise his record and defend his choices": the annotated
    // news reads the pair as one stance about as often as two.)
    if (next.lower === 'to' || next.lower === 'who' || next.lower === 'which')
      return words[k - 1]?.value === ',' ? k - 1 : k
  }
  return end
}

function infinitiveEnd(
  words: readonly Word[],
  start: number,
  end: number,
  lexicons: Lexicons,
): number {
  const to = words[start]?.lower === 'not' ? start + 1 : start
  if (words[to]?.lower !== 'to') return end
  for (let k = to + 1; k < end - 1; k++) {
    const word = words[k] as Word
    if (word.lower === 'that' || subordinators.includes(word.lower)) return end
    // ("to host families who fled but are now waiting": a relative clause has its own verbs.)
    if (relativePronouns.has(word.lower)) return end
    // ("wanted to stay, but was sent home": a finite verb after the conjunction is a second
    // predicate of the subject's, which an infinitive cannot have.)
    if (
      (word.lower === 'and' || word.lower === 'but') &&
      (subjectPronouns.has((words[k + 1] as Word).lower) ||
        finiteVerbsAfterNoun.has((words[k + 1] as Word).lower))
    )
      return words[k - 1]?.value === ',' ? k - 1 : k
    // "vowed to close the plant, declined to name the owners and later defended the cuts": a
    // verb in the past tense after a comma or a conjunction is the subject's next act, which an
    // infinitive ("to close …, name … and defend …") could not take.
    if (word.value === ',' || word.lower === 'and' || word.lower === 'but') {
      const verb = words[afterAdverbs(words, k + 1, end)] as Word
      if (
        verb.isWord &&
        !isCapitalized(verb) &&
        // (Not a compound adjective: "to boost investment and need-based aid".)
        (/^[a-z]+ed$/.test(verb.lower) || lexicons['irregular-pasts'].has(verb.lower))
      )
        return words[k - 1]?.value === ',' ? k - 1 : k
    }
  }
  return end
}

/**
 * End of a to-infinitive or object complement: a finite verb ends it when the nominal is the
 * subject ("her promise to cut fees was popular") unless a relative clause has begun ("to
 * fund research that could help"), as do a comma, a dash or an adverbial clause opener, and
 * "and" or "but" before a verb of saying: "expressed concern about the levy and said it
 * would fail" goes on with the holder's next words, not the concern's object.
 */
function complementEnd(
  doc: Doc,
  words: readonly Word[],
  first: number,
  end: number,
  lexicons: Lexicons,
): number {
  const index = docIndex(doc)
  let relative = false
  for (let k = first + 1; k < end; k++) {
    const word = words[k] as Word
    if (index.insideQuote(word.start)) continue
    if (['that', 'which', 'who', 'whom', 'where'].includes(word.lower)) relative = true
    // "claim to have won", "pledge to be neutral": the infinitive's own verb.
    if (!relative && finiteVerbs.has(word.lower) && k > first + 1) return k
    if (word.value === ',' || word.value === ';' || word.value === ':' || isDash(word)) return k
    if (['during', 'although', 'because', 'since', 'while'].includes(word.lower)) return k
    if (
      (word.lower === 'and' || word.lower === 'but') &&
      lexicons['cue-verbs'].has(words[k + 1]?.lower ?? '')
    )
      return k
  }
  return end
}

/**
 * "The levy (due in May, Ortiz said) will rise", "the figure (closer to 15 percent, according
 * to the audit)": a source and cue after a comma inside parentheses report what stands before
 * that comma in the parentheses, never the sentence outside them. Returns the attribution with
 * its content moved there, or unchanged when the cue is not so enclosed.
 */
function reportInParentheses(
  words: readonly Word[],
  attribution: FoundAttribution,
): FoundAttribution {
  const { cue, source, content } = attribution
  if (!cue || !source) return attribution
  const cueAt = words.findIndex((w) => w.start === cue.start)
  if (cueAt < 0) return attribution
  let open = -1
  for (let k = cueAt - 1; k >= 0; k--) {
    const value = (words[k] as Word).value
    if (value === ')') return attribution
    if (value === '(') {
      open = k
      break
    }
  }
  if (open < 0) return attribution
  let close = -1
  for (let k = cueAt + 1; k < words.length; k++) {
    const value = (words[k] as Word).value
    if (value === '(') return attribution
    if (value === ')') {
      close = k
      break
    }
  }
  if (close < 0) return attribution
  const inside = { start: (words[open] as Word).end, end: (words[close] as Word).start }
  if (source.start < inside.start || source.end > inside.end) return attribution
  // (The source and cue close the parentheses: "(the plan, which, critics say, failed)" goes on
  // after them with the clause they interrupt.)
  const last = Math.max(source.end, cue.end)
  if (words.some((w, k) => k > open && k < close && w.start >= last && w.value === ','))
    return attribution
  // (Content that starts inside the parentheses was read there already: "(the plan, which,
  // critics say, failed …)".)
  if (content.start >= inside.start && content.start < inside.end) return attribution
  // The comma that closes the reported words stands right before whichever of source and cue
  // comes first.
  const first = words.findIndex((w) => w.start === Math.min(source.start, cue.start))
  const comma = first - 1
  if (comma <= open + 1 || (words[comma] as Word).value !== ',') return attribution
  return {
    ...attribution,
    content: { start: (words[open + 1] as Word).start, end: (words[comma - 1] as Word).end },
  }
}

/**
 * "Ever since she endorsed Park this month, Ortiz has been …", "When Lee announced his run
 * last year, he …": a report inside a clause that a subordinator fronts before the main one
 * ends at the comma that closes that clause. Returns the attribution with its content cut
 * there, or unchanged when the cue is not in such a clause or the content stays inside it.
 */
function reportInFrontedClause(
  words: readonly Word[],
  attribution: FoundAttribution,
  lexicons: Lexicons,
): FoundAttribution {
  const { cue, content } = attribution
  if (!cue || content.start < 0) return attribution
  const opener = openingConjunctions.has(words[0]?.lower ?? '') ? 1 : 0
  const phrase = lexicons['fronted-subordinators'].matchAt(words, opener)
  const length = phrase
    ? phrase.length
    : frontedSubordinators.has(words[opener]?.lower ?? '')
      ? 1
      : 0
  if (length === 0) return attribution
  const clauseStart = opener + length
  let comma = -1
  for (let k = clauseStart; k < words.length; k++) {
    const word = words[k] as Word
    // (A quotation or a parenthesis before the comma: the clause's end is not so plain.)
    if (!word.isWord && word.value !== ',' && word.value !== '.') return attribution
    if (word.value === ',') {
      comma = k
      break
    }
  }
  if (comma < 0) return attribution
  const commaWord = words[comma] as Word
  const cueIn = cue.start >= (words[clauseStart] as Word).start && cue.end <= commaWord.start
  if (!cueIn || content.start < (words[clauseStart] as Word).start) return attribution
  if (content.start >= commaWord.start || content.end <= commaWord.end) return attribution
  return { ...attribution, content: { start: content.start, end: (words[comma - 1] as Word).end } }
}

function make(
  sentence: SentenceWords,
  source: WordRange | null,
  cue: FoundAttribution['cue'],
  content: { start: number; end: number } | null,
): FoundAttribution {
  const words = sentence.words
  const last = source ? (words[source.to - 1] as Word) : undefined
  // "He's said …", "They're saying …", "who'd endorsed …": the contraction is the cue's
  // auxiliary, not the source's.
  const contraction = last ? contractedAuxiliary.exec(last.lower) : null
  return {
    kind: 'indirect',
    source: source
      ? {
          start: (words[source.from] as Word).start,
          end: (last as Word).end - (contraction?.[1]?.length ?? 0),
          sentence: sentence.index,
          words: words.slice(source.from, source.to),
        }
      : null,
    carriedFrom: null,
    cue,
    content: content ?? { start: -1, end: -1 },
    sentence: sentence.index,
  }
}

/** "it is believed that …", "is seen as …": attribution without a source. */
function agentless(
  doc: Doc,
  sentence: SentenceWords,
  lexicons: Lexicons,
  /**
   * The `Opens` bits of each word (`openingsOf`): agentless reads on only at the first word of
   * an agentless or impression cue and at a form of "be" a passive belief opens at.
   */
  opensAt: readonly number[],
  inQuote: (offset: number) => Quote | undefined,
  found: FoundAttribution[],
): FoundAttribution[] {
  const out: FoundAttribution[] = []
  const { words } = sentence
  for (let i = 0; i < words.length; i++) {
    const opens = opensAt[i] as number
    // Most words open neither a cue nor a passive belief: their bits answer them, without
    // the call `passiveBeliefAt` asks the same in.
    if ((opens & agentlessOpens) === 0) continue
    const opensCue = (opens & Opens.agentlessCue) !== 0
    const agentlessMatch = opensCue ? lexicons['agentless-cues'].matchAt(words, i) : null
    const impression =
      agentlessMatch || !opensCue ? null : lexicons['impression-cues'].matchAt(words, i)
    const match = agentlessMatch ?? impression
    if (!match) {
      const belief = passiveBeliefAt(doc, sentence, i, lexicons, inQuote, found, out)
      if (belief) {
        out.push(belief.attribution)
        i = belief.end - 1
      }
      continue
    }
    const first = words[i] as Word
    if (inQuote(first.start)) continue
    // "can't seem to win", "cannot seem to agree": an inability, no impression of anyone's.
    if (impression && cannotForms.has(words[i - 1]?.lower ?? '')) continue
    // "appeared at the rally": a presence (`[presence]` in impression-cues), no impression.
    if (impression?.label === 'presence') {
      i += match.length - 1
      continue
    }
    // "seemed fragile" is an impression only with its predicate after it, and only as a finite
    // verb: "trying to appear calm" is an aim, not the writer's impression.
    if (impression?.label === 'predicate' && !predicateAfterImpression(words, i, lexicons)) continue
    const last = words[i + match.length - 1] as Word
    if (cueOverlaps(found, first.start, last.end)) continue
    const end = lastContentIndex(words)
    const sourced = impression ? raisingWithSubject(doc, sentence, i, match.length, lexicons) : null
    if (sourced) {
      out.push(sourced)
      i += match.length
      continue
    }
    const cue = { start: first.start, end: last.end, lemma: match.entry }
    const itForm = match.entry.startsWith('it ')
    let from = itForm
      ? i + match.length
      : subordinateClauseStart(words, clauseStartBefore(words, i), i)
    if (itForm && words[from]?.value === ',') from++
    if (from >= end) continue
    // "if the plan seems fair, …" supposes an impression; "what seems clear is …" names one as
    // the subject of another clause. Neither tells that a thing seemed so.
    if (impression?.label === 'predicate' && suppositionOpeners.has(words[from]?.lower ?? ''))
      continue
    // "it seems (that) the levy will pass", "it appears likely Ortiz will run": an expletive
    // "it" holds no impression; what seems so is what follows the verb. (Only before a finite
    // verb: in "the delay makes it seem rude" the "it" is an object.)
    if (
      impression?.label === 'predicate' &&
      from < i &&
      words[i - 1]?.lower === 'it' &&
      !bareImpressionVerbs.has((words[i] as Word).lower)
    )
      from = i + match.length
    let to = itForm ? end : endOfClause(doc, words, i + match.length, end, lexicons)
    // "…, which is expected to pass, returns power to the states": the relative clause ends at its comma.
    if (relativePronouns.has(words[from]?.lower ?? '')) {
      const comma = commaBetween(words, i + 1, to)
      if (comma > 0) to = comma
    }
    out.push({
      kind: 'agentless',
      source: null,
      carriedFrom: null,
      cue,
      content: { start: (words[from] as Word).start, end: (words[to - 1] as Word).end },
      sentence: sentence.index,
      // ("reportedly" is flagged as hearsay by the hedge rules, as an impression is a hedge.)
      hedgedCue: impression !== null || agentlessMatch?.label === 'adverb',
    })
    i += match.length - 1
  }
  return out
}

/**
 * Where the clause of a sourceless cue at `cue` begins when a subordinating conjunction opens
 * it after `from`: "Lee stayed in the race even though it appears he cannot win" — the
 * impression is of the subordinate clause, not of the sentence that holds it.
 */
function subordinateClauseStart(words: readonly Word[], from: number, cue: number): number {
  // "… in light of what is known as the Harlow rule": a free relative right before the cue is
  // its subject and opens its clause.
  if (cue - 1 > from && words[cue - 1]?.lower === 'what') return cue - 1
  for (let k = cue - 1; k > from; k--) {
    const word = words[k] as Word
    if (onlyClauseOpeners.has(word.lower) && words[k + 1]?.isWord) return k + 1
  }
  return from
}

/** Conjunctions that open a clause and only a clause (not "as", "since", "after": prepositions too). */
const onlyClauseOpeners = new Set([
  'because',
  'although',
  'though',
  'whereas',
  'unless',
  'if',
  'when',
  'while',
])

/**
 * Forms of "be" a passive participle of belief follows: "was seen as", "isn't considered" —
 * all of `passiveBe` but "being".
 */
const beforeBelief = new Set([...passiveBe].filter((form) => form !== 'being'))

/**
 * "The levy was widely seen as a gamble", "the ferries were deemed unsafe", "the mayor could
 * be seen as a rival": a participle of belief or expectation (`passive-beliefs`) after a form
 * of "be" at `i` and any adverbs or negations, with no agent after it. The view is held by no
 * one named: an agentless attribution of its whole clause, as "is seen as" of agentless-cues.
 * "be" counts only after a modal ("to be seen as" is an aim), "been" only after "have".
 */
/** Auxiliaries of the future: "will be seen as", "won't be remembered for". */
const futureAuxiliaries = new Set(['will', 'won’t', "won't", 'shall'])

function passiveBeliefAt(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  lexicons: Lexicons,
  inQuote: (offset: number) => Quote | undefined,
  found: readonly FoundAttribution[],
  out: readonly FoundAttribution[],
): { attribution: FoundAttribution; end: number } | null {
  const { words } = sentence
  const be = words[i] as Word
  if (!beforeBelief.has(be.lower)) return null
  const between = (word: Word | undefined) =>
    word?.isWord === true &&
    (isNegation(word) || lexicons['degree-words'].hasWord(word.lower) || lyAdverb.test(word.value))
  let first = i
  if (be.lower === 'be' || be.lower === 'been') {
    let aux = i - 1
    while (aux > 0 && between(words[aux])) aux--
    const auxiliary = words[aux]
    if (!auxiliary?.isWord) return null
    const wanted =
      be.lower === 'be'
        ? lexicons.modals.hasWord(auxiliary.lower)
        : ['has', 'have', 'had'].includes(auxiliary.lower)
    if (!wanted) return null
    first = aux
  }
  let k = i + 1
  while (k < i + 4 && between(words[k])) k++
  const match = lexicons['passive-beliefs'].matchAt(words, k)
  if (!match) return null
  // "will be seen as a gamble", "will be remembered for her thrift": a view still to come is
  // the writer's forecast, held by no one yet. (A charge is an act: "will be charged with".)
  if (
    first !== i &&
    futureAuxiliaries.has((words[first] as Word).lower) &&
    match.label !== 'accusation'
  )
    return null
  const e = k + match.length
  const next = words[e]
  // "was considered at the May meeting", "were deemed." : a deliberation or no predicate.
  if (!next?.isWord || (match.label === 'predicate' && lexicons.prepositions.hasWord(next.lower)))
    return null
  // "was seen by many as …": the agent holds the view (`passiveStance` reads those).
  if (agentByAfter(words, e, lexicons) > 0) return null
  const start = (words[first] as Word).start
  const last = words[e - 1] as Word
  if (inQuote(start) || cueOverlaps(found, start, last.end) || cueOverlaps(out, start, last.end))
    return null
  const end = lastContentIndex(words)
  const from = subordinateClauseStart(words, clauseStartBefore(words, first), first)
  if (from >= first || e >= end) return null
  let to = endOfClause(doc, words, e, end, lexicons)
  // "…, which was seen as a gamble, …": the relative clause ends at its comma.
  if (relativePronouns.has(words[from]?.lower ?? '')) {
    const comma = commaBetween(words, e, to)
    if (comma > 0) to = comma
  }
  return {
    attribution: {
      kind: 'agentless',
      source: null,
      carriedFrom: null,
      cue: { start, end: last.end, lemma: `is ${match.entry}` },
      content: { start: (words[from] as Word).start, end: (words[to - 1] as Word).end },
      sentence: sentence.index,
      hedgedCue: match.label === 'forecast',
    },
    end: e,
  }
}

/*
 * The two helpers below are loops rather than `found.some(…)` and `words.findIndex(…)` in
 * `agentless`: a closure over its loop's variables made V8 allocate a scope for every word.
 */

/** Whether the cue of an attribution in `found` overlaps the span from `start` to `end`. */
function cueOverlaps(found: readonly FoundAttribution[], start: number, end: number): boolean {
  for (const f of found) if (f.cue && f.cue.start <= end && start <= f.cue.end) return true
  return false
}

/** The index of the first comma in `words[from..to)`, or -1. */
function commaBetween(words: readonly Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) if ((words[k] as Word).value === ',') return k
  return -1
}

/**
 * Whether the linking verb of impression at `i` ("seemed", "appears") is finite and has a
 * predicate after it: a word that is no preposition ("seemed fragile", "appears likely",
 * "seems like a long shot"), not a mark or the end of the sentence ("has yet to appear.").
 */
function predicateAfterImpression(words: readonly Word[], i: number, lexicons: Lexicons): boolean {
  if (words[i - 1]?.lower === 'to') return false
  const next = words[i + 1]
  if (!next?.isWord) return false
  return !lexicons.prepositions.has(next.lower)
}

/** The bare forms of the verbs of impression, never finite after "it": "makes it seem rude". */
const bareImpressionVerbs = new Set(['seem', 'appear'])

/** Words opening a clause whose "seems …" is supposed or named, not told: "if", "what". */
const suppositionOpeners = new Set(['if', 'what', 'whether', 'unless'])

/** Forms of "cannot" that make "seem to" an inability: "can't seem to win". */
const cannotForms = new Set(["can't", 'cannot', "couldn't"])

/**
 * "Okafor seemed to offer a caveat", "she appeared to imply that …": a clear source before
 * "seemed to" / "appeared to" and an action verb after it make an attribution of that action
 * to the source, cue "seemed to offer". With "be" or "have" after it ("the deal seems to be
 * failing") the impression is the writer's, and the caller keeps it sourceless.
 */
function raisingWithSubject(
  doc: Doc,
  sentence: SentenceWords,
  i: number,
  length: number,
  lexicons: Lexicons,
): FoundAttribution | null {
  const { words } = sentence
  const to = words[i + length - 1]
  const verb = words[i + length]
  // Only the two-word forms ("seemed to"); "is expected to" stays a forecast without a source.
  if (length !== 2 || to?.lower !== 'to' || !verb?.isWord || stativeAfterRaising.has(verb.lower))
    return null
  const a = cueStart(words, i, lexicons)
  const source = sourceBefore(words, a, lexicons)
  if (!source || source.boundary === 'comma' || !isClearSource(words, source.range, lexicons))
    return null
  const start = i + length + 1
  const end = endOfClause(doc, words, start, lastContentIndex(words), lexicons)
  if (end - start < 2) return null
  const cue = {
    start: (words[a] as Word).start,
    end: verb.end,
    lemma: `${(words[i] as Word).lower} to ${verb.lower}`,
  }
  return make(sentence, source.range, cue, {
    start: (words[start] as Word).start,
    end: (words[end - 1] as Word).end,
  })
}
const stativeAfterRaising = new Set(['be', 'have', 'been', 'being'])

/**
 * Where the clause holding a sourceless passive cue begins: "…, and the bill is expected to
 * pass" — the subject after the conjunction; "the plan, which is seen as a gamble" — the
 * relative pronoun. The content of "is expected to" is its whole clause, subject included.
 */
function clauseStartBefore(words: readonly Word[], cue: number): number {
  for (let k = cue - 1; k > 0; k--) {
    const word = words[k] as Word
    // "The refusal ― a snub, aides said ― was seen as payback": a dash right before the cue
    // closes an aside inside the subject; the clause starts before the aside's opening dash.
    if (k === cue - 1 && isDash(word)) {
      const opening = dashBefore(words, k)
      if (opening > 0) {
        k = opening
        continue
      }
    }
    // "Lee, who lost in May, is expected to run": a closed aside; the subject is before it.
    if (relativePronouns.has(word.lower) && words[k - 1]?.value === ',')
      if (!words.slice(k, cue).some((w) => w.value === ',')) return k
    if (word.value === ';' || word.value === ':' || isDash(word)) return k + 1
    if (
      word.value === ',' &&
      ['and', 'but', 'while', 'although', 'though', 'whereas', 'so'].includes(
        words[k + 1]?.lower ?? '',
      )
    )
      return k + 2
  }
  return subjectAfterFrontedPhrase(words, cue)
}

/** The index of the last dash before `k`, or -1. */
function dashBefore(words: readonly Word[], k: number): number {
  for (let j = k - 1; j > 0; j--) if (isDash(words[j] as Word)) return j
  return -1
}

/** Adverbs and prepositions (besides `sentenceOpeners`) that open a fronted phrase: "Indeed, …", "For all that, …". */
const frontedAdverbs = new Set([
  'indeed',
  'however',
  'still',
  'further',
  'furthermore',
  'moreover',
  'meanwhile',
  'instead',
  'now',
  'then',
  'for',
  'with',
  'of',
  'across',
  'around',
  'through',
  'throughout',
  'beyond',
  'within',
  'inside',
  'outside',
  'behind',
  'given',
])

/** Conjunctions that may open a sentence before its subject: "But the bill is expected to pass". */
const openingConjunctions = new Set(['but', 'and', 'yet', 'so', 'or'])

/** Words after a comma that open an aside, not the subject: "religion, not race, appeared to …". */
const asideOpeners = new Set([
  'not',
  'then',
  'however',
  'though',
  'too',
  'also',
  'perhaps',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
])

/**
 * Where the subject of the clause holding the cue at `cue` starts, after a phrase or clause
 * fronted before a comma: "In the past week, the mayor seemed to …", "While talks go on, the
 * plan is seen as …" — after the last comma before the cue that is not an aside's. A sentence
 * that opens with its subject starts at 0; an opening "But" or "And" is no part of the clause.
 */
function subjectAfterFrontedPhrase(words: readonly Word[], cue: number): number {
  const first = words[0]
  if (!first?.isWord) return 0
  const conjunction = openingConjunctions.has(first.lower) ? 1 : 0
  const opener = words[conjunction] as Word
  const fronted =
    isCapitalized(opener) &&
    (sentenceOpeners.has(opener.lower) ||
      subordinators.includes(opener.lower) ||
      circumstancePrepositions.has(opener.lower) ||
      lyForm.test(opener.lower) ||
      ingForm.test(opener.lower) ||
      frontedAdverbs.has(opener.lower))
  if (!fronted) return conjunction
  for (let k = cue - 2; k > conjunction; k--) {
    const word = words[k] as Word
    const next = words[k + 1] as Word
    if (word.value !== ',' || !next.isWord || asideOpeners.has(next.lower)) continue
    if (lyForm.test(next.lower)) continue
    return k + 1
  }
  return conjunction
}
// ("who's", "who'd": "who" with its auxiliary contracted onto it — "Reyes, who'd endorsed Lund, …".)
const relativePronouns = new Set([
  'which',
  'who',
  'whom',
  'whose',
  "who's",
  'who’s',
  "who'd",
  'who’d',
  "who've",
  'who’ve',
])

/** Gives quotes their speakers: the pending cue after a quote, dashes, colons, split quotes, floating quotes. */
function attachQuotes(
  doc: Doc,
  sentences: SentenceWords[],
  quotes: Quote[],
  found: FoundAttribution[],
  lexicons: Lexicons,
): void {
  // Only attributions in the quote's own paragraphs and the ones either side can take it.
  const index = docIndex(doc)
  const byBlock = new Map<number, FoundAttribution[]>()
  const add = (f: FoundAttribution): void => {
    const block = doc.sentences[f.sentence]?.block ?? -1
    const list = byBlock.get(block)
    if (list) list.push(f)
    else byBlock.set(block, [f])
  }
  for (const f of found) add(f)
  const push = (f: FoundAttribution): void => {
    found.push(f)
    add(f)
  }
  for (const quote of quotes) {
    const q = { start: quote.start.offset, end: quote.end.offset }
    const first = quote.blocks[0] ?? 0
    const last = quote.blocks.at(-1) ?? first
    const nearby: FoundAttribution[] = []
    for (let b = first - 1; b <= last + 1; b++) {
      const list = byBlock.get(b)
      if (list) for (const f of list) nearby.push(f)
    }
    // (Most quotes are a found report's content already: asked first, with `some`, and the
    // covering reports listed only when a clause of its own introduces the quote.)
    const covers = (f: FoundAttribution): boolean =>
      f.content.start >= 0 && overlap(f.content, q) >= 0.5 * (q.end - q.start)
    if (nearby.some(covers)) {
      // "She said the plan worked, to which Ortiz shot back: “It did not.”": a clause of its
      // own, with its own speaker, introduces the quotation inside another report's content.
      const introduced = colonIntroduced(doc, sentences, q.start, lexicons)
      if (
        introduced?.source &&
        nearby
          .filter(covers)
          .every(
            (f) =>
              f.cue !== null &&
              f.cue.end < introduced.source!.start &&
              f.content.start < introduced.source!.start &&
              (f.source === null || f.source.end <= introduced.source!.start),
          )
      ) {
        introduced.content = q
        push(introduced)
      }
      continue
    }
    const pending = nearby.filter((f) => f.content.start < 0)
    // (Only "fewer than 2" and "at least 4" matter: counting stops there.)
    const words = wordCountUpTo(quote.inner.text, 4)
    // "…” — Commissioner Ana Ruiz": the speaker after a dash.
    const after = doc.text.slice(q.end, q.end + 6)
    // ("…”¶- Dana Ortiz, tweeting after the vote": a hyphen that opens the next paragraph
    // credits the quote as a dash does; typed hyphens stand for dashes in some copy.)
    const dash = /^\s*[—―–]|^[ \t]*\n\s*-{1,2}(?=\s*\p{Lu})/u.exec(after)
    if (dash) {
      const sentence = sentences[index.sentenceAt(q.end + dash[0].length)]
      if (sentence) {
        const k = sentence.words.findIndex((w) => w.start >= q.end && isDash(w))
        const range = k >= 0 ? phraseAfter(sentence.words, k + 1, lexicons) : null
        // (A hyphen's credit is a name alone, then a comma or the end: "- Taxes will rise." is
        // an item of a typed list.)
        const credit =
          range !== null && (/[—―–]/.test(dash[0]) || !sentence.words[range.to]?.isWord)
        if (range && credit && isCapitalized(sentence.words[range.from] as Word)) {
          const dashWord = sentence.words[k] as Word
          push(make(sentence, range, { start: dashWord.start, end: dashWord.end, lemma: '—' }, q))
          continue
        }
      }
    }
    // A cue in the next sentence with nothing to report of its own: “…” Mr Varga noted. Not
    // one opening the next paragraph (a dateline credit: “…”¶Lund reported from Oslo.).
    const waiting = pending.find((f) => {
      if (f.content.start >= 0 || !f.cue || f.cue.start < q.end) return false
      const between = doc.text.slice(q.end, f.source?.start ?? f.cue.start)
      return between.trim().length <= 2 && !between.includes('\n')
    })
    if (waiting) {
      waiting.content = q
      continue
    }
    // "X said:" then the quote.
    const colon = nearby.find(
      (f) =>
        f.content.start >= 0 &&
        f.cue &&
        f.cue.end <= q.start &&
        /^\s*(?::\s*)?$/.test(doc.text.slice(Math.max(f.content.end, f.cue.end), q.start)) &&
        doc.text.slice(f.cue.end, q.start).includes(':'),
    )
    if (colon) {
      colon.content = { start: Math.min(colon.content.start, q.start), end: q.end }
      continue
    }
    const pendingColon = pending.find(
      (f) =>
        f.content.start < 0 &&
        f.cue &&
        f.cue.end <= q.start &&
        /^[\s:]*$/.test(doc.text.slice(f.cue.end, q.start)),
    )
    if (pendingColon) {
      pendingColon.content = q
      continue
    }
    // "Ortiz said as she turned to go. “We will win.”": a verb of saying with only how or when
    // after it (its content left empty) hands its sentence's end to the quotation that opens
    // the next sentence of the paragraph.
    const pendingAfterCircumstance = pending.find(
      (f) =>
        sayingBeforeCircumstance.has(f) &&
        f.content.start < 0 &&
        f.cue &&
        f.cue.end <= q.start &&
        /^[^\n.!?“”"]*[.!?]\s+$/.test(doc.text.slice(f.cue.end, q.start)),
    )
    if (pendingAfterCircumstance) {
      pendingAfterCircumstance.content = q
      continue
    }
    // "The mayor released the following statement: “…”", "Mr. Ortiz shot back: “…”": a clause
    // ending in a colon right before the quote introduces it, whatever its verb.
    const introduced = colonIntroduced(doc, sentences, q.start, lexicons)
    if (introduced) {
      introduced.content = q
      push(introduced)
      continue
    }
    // “A,” X said, of the plan. “B.” — the second half of a split quote joins the first.
    // The second half must be speech, not a phrase quoted in passing (a “common-sense” approach).
    // “A,” he said, but “B.”: a conjunction after the cue's comma goes on with the same speech,
    // as does one opening the next sentence (“A,” he said. But “B.”).
    // (Asked only when a report nearby could take a second half of more than one word.)
    const continues =
      words >= 2 &&
      nearby.length > 0 &&
      (startsSentence(doc, quote) ||
        /,\s*$|,\s+(?:and|but)\s+(?:\p{L}+\s+)?$|\b\p{Lu}[\p{L}.]{0,5}\.\s+$|[.!?]\s+(?:But|And)\s+$/u.test(
          doc.text.slice(Math.max(0, q.start - 20), q.start),
        ))
    const split = nearby.find((f) => {
      if (!continues) return false
      if (f.content.start < 0 || f.content.end > q.start || !f.cue) return false
      if (f.cue.start < f.content.end || f.cue.end > q.start || q.start - f.content.end > 250)
        return false
      // The first half is a quote, or opens with one: “A” of the plan, X said. “B.”
      if (!index.quoteEndingNear(f.content.end, 1) && !index.quoteAt(f.content.start)) return false
      // “A,” X said.¶“B.”: the second half may open the next paragraph, if nothing but the
      // cue's sentence stands between them.
      const between = doc.text.slice(f.content.end, q.start)
      const lineBreak = between.indexOf('\n')
      if (
        lineBreak >= 0 &&
        (!startsSentence(doc, quote) || lineBreak - (f.cue.end - f.content.end) > 150)
      )
        return false
      return !nearby.some(
        (o) =>
          o !== f &&
          o.cue &&
          o.cue.start > f.content.end &&
          o.cue.start < q.start &&
          !isSpeakerAside(o, f, doc.text),
      )
    })
    if (split) {
      split.content = { start: split.content.start, end: q.end }
      split.splitQuote = true
      continue
    }
    // A floating quote: a full-sentence quote in a paragraph whose speaker was just established.
    if (words >= 4 && startsSentence(doc, quote) && !isTitleCase(quote.inner.text)) {
      const block = quote.blocks[0] ?? 0
      const speaker = nearby
        .filter((f) => f.source && f.content.start >= 0 && f.content.end <= q.start)
        .filter((f) => {
          const b = doc.sentences[f.sentence]?.block ?? -1
          return b >= block - 1 && b <= block
        })
        .sort((x, y) => y.content.end - x.content.end)[0]
      // “…” right after the speaker's report, the sentence after it in the same paragraph
      // ("Ortiz praised the plan. “It will save the harbour.”"), or the next paragraph after
      // a quotation of theirs that closed the last one, goes on with that report: one
      // attribution, as a split quote's second half is.
      const gap = speaker ? doc.text.slice(speaker.content.end, q.start) : ''
      const goesOn =
        speaker !== undefined &&
        /^[\s.]*$/.test(gap) &&
        (!gap.includes('\n') ||
          (gap.split('\n').length <= 3 &&
            index.quoteAt(speaker.content.start) !== undefined &&
            index.quoteEndingNear(speaker.content.end, 1) !== undefined))
      if (speaker && goesOn) {
        speaker.content = { start: speaker.content.start, end: q.end }
      } else if (speaker) {
        push({
          kind: 'direct',
          source: null,
          carriedFrom: speaker,
          cue: null,
          content: q,
          sentence: quoteSentence(doc, quote),
        })
      }
    }
  }
  // "Quill described the dispute in stark terms:" followed by a block quotation: the quotation
  // is what she said.
  for (const f of found) {
    if (!f.cue || f.kind === 'agentless') continue
    const sentence = doc.sentences[f.sentence]
    const block = sentence ? doc.blocks[sentence.block] : undefined
    const next = block ? doc.blocks[block.index + 1] : undefined
    if (!sentence || !block || !next || next.kind !== 'blockquote') continue
    if (block.sentences.at(-1) !== sentence.index || !/:\s*(?:[*_]+\s*)?$/.test(sentence.text))
      continue
    if (f.content.start >= 0 && f.content.end < f.cue.end) continue
    f.content = {
      start: next.start.offset + (/^\s*>\s*/.exec(next.text)?.[0].length ?? 0),
      end: next.end.offset,
    }
    f.blockQuote = true
  }
  // Cues that found neither content nor quote are dropped.
  const kept = found.filter((f) => f.content.start >= 0)
  found.length = 0
  for (const f of kept) found.push(f)
}

/**
 * The number of words (runs of non-space) in `text`, counted up to `limit`: what
 * `text.split(/\s+/).filter(Boolean).length` gives when it is below `limit`, and `limit`
 * otherwise, without splitting a long quotation.
 */
function wordCountUpTo(text: string, limit: number): number {
  const word = /\S+/g
  let count = 0
  while (count < limit && word.exec(text) !== null) count++
  return count
}

/**
 * A cue in the speaker's own clause between the halves of a split quote, which does not stop
 * them joining: “A,” said Ms. Ruiz, who chairs the board, adding that … “B.” — a relative
 * clause on the speaker, a participle whose subject is the speaker, or a reporter's aside.
 */
function isSpeakerAside(aside: FoundAttribution, speech: FoundAttribution, text: string): boolean {
  if (aside.sentence !== speech.sentence) return false
  if (aside.kind === 'agentless' || !aside.source) return true
  // A cue left without content in a phrase on the speaker's cue (“A,” he said in a blog post.
  // “B.”), not one of a new clause (“A,” she said, and her husband cut in. “B.”).
  if (aside.content.start < 0 && speech.cue && aside.cue && aside.cue.start > speech.cue.end) {
    const between = text.slice(speech.cue.end, aside.source?.start ?? aside.cue.start)
    return !/[,;]|\b(?:and|but|while|as)\b/.test(between)
  }
  // “A,” she said, according to a pool report. “B.”: the reporter names where the words come from.
  if (aside.cue?.lemma === 'according to') return true
  const source = aside.source
  const speaker = speech.source
  if (speaker && source.start < speaker.end && speaker.start < source.end) return true
  return source.words.length === 1 && relativePronouns.has((source.words[0] as Word).lower)
}

/**
 * The attribution of a clause that ends in a colon right before `quoteStart`: its subject is
 * the source and its predicate up to the colon the cue ("The council issued a statement:");
 * a short phrase alone before the colon ("Ms. Ruiz:", "From the report:") is the source and
 * the colon the cue. The content is left for the caller.
 */
function colonIntroduced(
  doc: Doc,
  sentences: SentenceWords[],
  quoteStart: number,
  lexicons: Lexicons,
): FoundAttribution | null {
  let p = quoteStart - 1
  while (p > 0 && /\s/.test(doc.text[p] as string)) p--
  if (doc.text[p] !== ':') return null
  const sentence = sentences[docIndex(doc).sentenceAt(p)]
  if (!sentence) return null
  const { words } = sentence
  const colon = words.findIndex((w) => w.start === p)
  if (colon < 1) return null
  // The clause opens the sentence or follows a comma, semicolon or dash: try the latest opening
  // at which a subject reads.
  // A clause opens at most sixty words before its colon: a bound for run-on text.
  for (let start = colon - 1; start >= Math.max(0, colon - 60); start--) {
    const before = words[start - 1]
    if (
      before &&
      !(before.value === ',' || before.value === ';' || isDash(before)) &&
      !clauseJoiners.has(before.lower)
    )
      continue
    const clause = clauseSubject(words, start, colon, lexicons)
    if (!clause) continue
    const colonWord = words[colon] as Word
    if (clause.verb === colon) {
      if (colon - start > 6) continue
      return make(
        sentence,
        clause.source,
        { start: colonWord.start, end: colonWord.end, lemma: ':' },
        null,
      )
    }
    const verb = words[clause.verb] as Word
    const lemma = words
      .slice(clause.verb, colon)
      .filter((w) => w.isWord)
      .map((w) => w.lower)
      .join(' ')
    return make(sentence, clause.source, { start: verb.start, end: colonWord.end, lemma }, null)
  }
  return null
}

/** Words after which a new clause may open: "…, but he gave his answer:". */
const clauseJoiners = new Set(['but', 'that', 'so'])

/**
 * The subject opening a clause at `start` and the index of its verb (`end` when the phrase
 * runs up to it with no verb): a pronoun, a capitalised name with an aside between commas
 * ("Tom Ruiz, a former mayor, put it"), or a determiner and nouns up to a verb.
 */
function clauseSubject(
  words: readonly Word[],
  start: number,
  end: number,
  lexicons: Lexicons,
): { source: WordRange; verb: number } | null {
  const first = words[start]
  if (!first?.isWord) return null
  // "As Ms. Ruiz put it:", "with the mayor shouting:": the subject follows.
  if ((first.lower === 'as' || first.lower === 'with') && start + 1 < end)
    return clauseSubject(words, start + 1, end, lexicons)
  // "From the report:", "More from Ms. Ruiz:": where the quotation comes from, a phrase alone
  // before the colon.
  const from = first.lower === 'from' ? start + 1 : -1
  const moreFrom = first.lower === 'more' && words[start + 1]?.lower === 'from' ? start + 2 : -1
  if (from > 0 || moreFrom > 0) {
    const origin = clauseSubject(words, Math.max(from, moreFrom), end, lexicons)
    return origin && origin.verb === end ? origin : null
  }
  // "Here's Ruiz in a 1992 speech:", "Here is Lund on the levy:": the name presents the
  // quotation; a phrase of time, place or topic after it says where it comes from.
  const here = /^here['’]s$/.test(first.lower)
    ? start + 1
    : first.lower === 'here' && words[start + 1]?.lower === 'is'
      ? start + 2
      : -1
  if (here > 0) {
    let k = here
    while (k < end && (isCapitalized(words[k] as Word) || (words[k] as Word).value === '.')) k++
    if (k === here || !(k === end || lexicons.prepositions.has((words[k] as Word).lower)))
      return null
    return { source: { from: here, to: k }, verb: end }
  }
  // "But", "Then": a sentence adverb or conjunction, not a name.
  if (lexicons['source-stopwords'].has(first.lower)) return null
  // ("Ever since the mill closed, …:": a subordinator of more than one word, not a name.)
  if (lexicons['fronted-subordinators'].matchAt(words, start)) return null
  // "In his farewell, there were two words he left out:": a phrase, not a subject.
  if (
    (lexicons.prepositions.has(first.lower) || clauseOpeners.has(first.lower)) &&
    !determinersBeforeNoun.has(first.lower)
  )
    return null
  const verbLike = (w: Word): boolean =>
    !isCapitalized(w) &&
    (lexicons['cue-verbs'].has(w.lower) ||
      lexicons['quote-verbs'].has(w.lower) ||
      lexicons['stance-verbs'].has(w.lower) ||
      lexicons['belief-verbs'].has(w.lower) ||
      lexicons['source-stopwords'].has(w.lower) ||
      /[a-z]ed$/.test(w.lower))
  let k = start
  if (lexicons.pronouns.has(first.lower) && first.lower !== 'it') k = start + 1
  else if (determinersBeforeNoun.has(first.lower)) {
    k = start + 1
    while (k < end && k - start < 8 && (words[k] as Word).isWord && !verbLike(words[k] as Word)) k++
  } else if (isCapitalized(first)) {
    // ("Ruiz and Berg:", "More from Ruiz and Berg:": two names joined by "and".)
    while (
      k < end &&
      (isCapitalized(words[k] as Word) ||
        (words[k] as Word).value === '.' ||
        ((words[k] as Word).lower === 'and' && k > start && isCapitalized(words[k + 1] as Word)))
    )
      k++
    // "Sen. Tom Ruiz (D-Harlow):": a party and state in brackets after the name are part of it.
    if (words[k]?.value === '(' && k > start) {
      let close = k + 1
      while (close < end && close - k <= 8 && (words[close] as Word).value !== ')') close++
      if ((words[close] as Word | undefined)?.value === ')' && close + 1 === end)
        return { source: { from: start, to: close + 1 }, verb: end }
    }
    // "Tom Ruiz, a former mayor, put it:": an aside between commas after the name.
    if (words[k]?.value === ',') {
      let comma = k + 1
      while (comma < end && comma - k < 14 && (words[comma] as Word).value !== ',') comma++
      if (comma >= end || (words[comma] as Word).value !== ',') return null
      return words[comma + 1]?.isWord && comma + 1 < end
        ? { source: { from: start, to: comma }, verb: comma + 1 }
        : null
    }
  } else return null
  if (k === start) return null
  if (k === end) return { source: { from: start, to: k }, verb: end }
  const verb = words[k] as Word
  if (!verb.isWord || isCapitalized(verb) || lexicons.prepositions.has(verb.lower)) return null
  // Auxiliaries and adverbs before the verb belong to the cue ("would now ask:").
  return { source: { from: start, to: k }, verb: k }
}

/** “Legend in the Coal Fields”: a title, not speech. */
function isTitleCase(text: string): boolean {
  const small = new Set([
    'a',
    'an',
    'the',
    'of',
    'in',
    'on',
    'at',
    'to',
    'for',
    'and',
    'or',
    'by',
    'with',
  ])
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !small.has(w.toLowerCase()))
  const capitalized = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length
  return words.length > 0 && capitalized >= 0.75 * words.length
}

function startsSentence(doc: Doc, quote: Quote): boolean {
  const sentence = doc.sentences[docIndex(doc).sentenceAt(quote.start.offset)]
  if (!sentence) return false
  return doc.text.slice(sentence.start.offset, quote.start.offset).replace(/[\s*_>]/g, '') === ''
}

function quoteSentence(doc: Doc, quote: Quote): number {
  const sentence = doc.sentences[docIndex(doc).sentenceAt(quote.start.offset)]
  return sentence?.index ?? 0
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

function kindOf(
  attribution: FoundAttribution,
  index: ReturnType<typeof docIndex>,
  text: string,
): AttributionKind {
  if (attribution.kind === 'agentless') return 'agentless'
  if (attribution.blockQuote) return 'direct'
  const c = attribution.content
  const length = c.end - c.start
  let quoted = 0
  let any = false
  for (const quote of index.quotesOverlapping(c.start, c.end)) {
    const o = overlap(c, { start: quote.start.offset, end: quote.end.offset })
    if (o > 0) {
      any = true
      quoted += o
    }
  }
  // A quotation mark the parser paired with none ("wrote ” … the plan failed") still marks quoted words.
  if (!any) return /[“”"]|''/.test(text.slice(c.start, c.end)) ? 'mixed' : 'indirect'
  // The speaker and cue inside a split quote (“A,” she said. “B.”) do not make it a paraphrase.
  for (const part of [attribution.source, attribution.cue]) {
    if (part && part.start >= c.start && part.end <= c.end) quoted += part.end - part.start
  }
  return quoted >= 0.85 * length ? 'direct' : 'mixed'
}

function dedupe(found: FoundAttribution[], text: string): FoundAttribution[] {
  // Keyed by the content's span as one number, not a string built for every attribution:
  // contents lie in the text (0 <= start, end <= length), so start * (length + 1) + end is
  // one number per span.
  const seen = new Set<number>()
  const spans = text.length + 1
  const unique = found.filter((attribution) => {
    const key = attribution.content.start * spans + attribution.content.end
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  // Two reports of nearly the same words, one inside the other (its cue within the other's
  // content): see `settleNested`. Sorted by start, so only later ones can overlap an earlier.
  const dropped = new Set<FoundAttribution>()
  for (let i = 0; i < unique.length; i++) {
    const a = unique[i] as FoundAttribution
    if (dropped.has(a)) continue
    for (let j = i + 1; j < unique.length; j++) {
      const b = unique[j] as FoundAttribution
      if (b.content.start >= a.content.end) break
      if (dropped.has(b)) continue
      const shared = overlap(a.content, b.content)
      const total = a.content.end - a.content.start + b.content.end - b.content.start
      if (2 * shared < 0.5 * total) {
        if (cueWithin(b, a) && cutBeforeSecondPredicate(b, a, text) === 'drop') dropped.add(a)
        continue
      }
      const aInB = cueWithin(a, b)
      const bInA = cueWithin(b, a)
      if (aInB === bInA) continue
      const [inner, outer] = aInB ? [a, b] : [b, a]
      if (inner.kind === 'agentless') continue
      // An aside between a split quote's halves (“A,” said X, who noted that … “B.”) is a
      // report of its own, and the quote runs on past it.
      if (outer.splitQuote) continue
      const drop = settleNested(inner, outer, text)
      if (drop) dropped.add(drop)
      if (dropped.has(a)) break
    }
  }
  return dropped.size ? unique.filter((f) => !dropped.has(f)) : unique
}

/** The words before a second predicate of the same subject: "…, and", "… but", "…, then". */
const predicateJoin =
  /(?:,\s*(?:(?:and|but|or|then)\s+)?|\s(?:and|but|or)\s+)(?:(?:also|then|later)\s+)?$/

/**
 * Two reports of one subject whose verbs are coordinated ("Ortiz asked the council to wait and
 * has since called the vote unfair", "The union praised the plan but criticized its cost"): the
 * second's cue sits in the first's content, which ran on past the conjunction. Each predicate
 * is a report of its own, so the first ends before the second verb. Both have the same source
 * span, which the second borrowed through the coordination; a verb inside the reported clause
 * ("said she would cut fares and praise …") has a subject of its own, or none, and is left.
 * Returns 'cut' or, when no word of it would be left, 'drop' for `outer`; null when the two
 * are no such pair.
 */
function cutBeforeSecondPredicate(
  inner: FoundAttribution,
  outer: FoundAttribution,
  text: string,
): 'cut' | 'drop' | null {
  const { source } = inner
  if (source === null || outer.source === null || inner.cue === null) return null
  if (source.start !== outer.source.start || source.end !== outer.source.end) return null
  if (inner.content.end > outer.content.end) return null
  // (A quotation before its cue — “…,” Ortiz said, adding that … — is settled elsewhere.)
  if (outer.cue === null || outer.content.start < outer.cue.end) return null
  // "asked the clerk to read the list and say …": a bare verb after the conjunction goes on
  // the first report's infinitive or clause; a second predicate of the subject is finite.
  const verb = /^[\p{L}’']+/u.exec(text.slice(inner.cue.start))?.[0].toLowerCase() ?? ''
  if (
    !(
      finiteVerbs.has(verb) ||
      /[a-z]ed$/.test(verb) ||
      irregularPastCues.has(verb) ||
      (/[a-z][^su’']s$/.test(verb) && !determinersBeforeNoun.has(verb))
    )
  )
    return null
  const gap = text.slice(outer.content.start, inner.cue.start)
  const join = predicateJoin.exec(gap)
  if (!join) return null
  // "Ortiz said she was unsure and was wary of the plan": after a reported clause the second
  // verb may go on the clause's own subject, and the report of the clause keeps all of it;
  // the second report stands beside it. Only an object or an infinitive is cut.
  if (opensOwnClause(gap.slice(0, join.index))) return null
  // ("criticized Reyes and challenged him …": a one-word object is a whole one.)
  let end = outer.content.start + join.index
  while (end > outer.content.start && /[\s,;:—-]/.test(text[end - 1] as string)) end--
  if (!/\p{L}/u.test(text.slice(outer.content.start, end))) return 'drop'
  outer.content = { start: outer.content.start, end }
  return 'cut'
}

/** Words besides the subject pronouns that open a clause, never an object: "that", "why". */
const clauseStarts = /^(?:that|why|how|what|who|it|there)$/

/**
 * Whether the words of a report's content are a clause of their own ("that …", "she was …",
 * "he's …", "the fund had …"), not an object or an infinitive: they open with a
 * subordinator or hold a finite auxiliary, a contracted one or a past tense. (A present in -s
 * is not told from a plural noun here, so "she fears …" passes for an object.)
 */
function opensOwnClause(
  content: string,
  /** Irregular past tenses ("met", "knew"), when the caller has the lists at hand. */
  irregularPasts: { has(word: string): boolean } = irregularPastCues,
): boolean {
  const tokens = content
    .toLowerCase()
    .split(/\s+/)
    .map((t) => /[\p{L}’']+/u.exec(t)?.[0] ?? '')
    .filter((t) => t.length > 0)
  const first = tokens[0] ?? ''
  // ("that …", "whether …", "he fears …": a subordinator, or a pronoun only a subject takes.)
  if (subordinators.includes(first) || personalSubjects.has(first) || clauseStarts.test(first))
    return true
  return tokens.some(
    (t) =>
      finiteAuxiliaries.has(t) ||
      contractedNegative.test(t) ||
      /^(?:he|she|it|they|we|i|you|that|who)['’](?:s|re|ve|d|ll|m)$/.test(t) ||
      /[a-z]ed$/.test(t) ||
      irregularPastCues.has(t) ||
      irregularPasts.has(t),
  )
}

/** A clause boundary closing the words before a nested report: ", and", " but", ", which". */
const clauseBoundary =
  /(?:[,;:—][”"’']?\s*(?:(?:and|but|while|whereas|which|who|although|though)\s+)?|\s(?:and|but|while|whereas)\s+)$/

/**
 * Settles two reports of nearly the same words, `inner`'s cue inside `outer`'s content, and
 * returns the one to drop, if any. A sourceless hedge ("seemed to") outside gives way. When
 * the inner report opens its own clause — its source stands outside the outer content ("Lee
 * has urged X but has said Y") or begins a clause some words into it ("Lee said X, and Ruiz
 * said Y", "…, which he said …") — the outer content ran past its own clause and ends there
 * instead. Otherwise the inner one repeats the outer ("Lee said she recalled thinking, “…”",
 * "Lee said Friday that Ruiz had called it “…”") and is dropped.
 */
function settleNested(
  inner: FoundAttribution,
  outer: FoundAttribution,
  text: string,
): FoundAttribution | null {
  if (outer.kind === 'agentless') return outer
  const second = cutBeforeSecondPredicate(inner, outer, text)
  if (second) return second === 'drop' ? outer : null
  const source = inner.source
  const inside =
    source !== null && source.start >= outer.content.start && source.end <= outer.content.end
  const cueStart = (inner.cue as { start: number }).start
  // "Lund says Varga promised X and said Y": the inner cue borrows its source through a
  // coordination; the outer report ends before the second verb, and both stand.
  if (inside && source.end < cueStart) {
    const joined = /\s(?:and|but)\s+(?:(?:also|then|later)\s+)?$/.exec(
      text.slice(source.end, cueStart),
    )
    if (joined) return cutAt(outer, source.end + joined.index, text)
  }
  const opening = inside ? source.start : cueStart
  const gap = text.slice(outer.content.start, opening)
  // "agreed but also argued that …": outer content that is only the inner cue's
  // conjunction and adverbs has nothing of its own.
  if (!inside && /^\s*(?:(?:and|but|also|then|later|has|have|had)\s+)+$/.test(gap)) return outer
  const boundary = clauseBoundary.exec(gap)
  const words = gap.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
  // "cited reports that …": a "cue" opening the outer content is a noun of it.
  if (!inside && words === 0) return inner
  // "…, who says …": a relative clause is its own report however soon it comes.
  const relative = inside && /^(?:who|which)$/i.test(text.slice(source.start, source.end))
  // "The growers, who asked for the map, visited the pier, lawyers said": a relative clause
  // set off by commas ends before the outer report goes on, and both stand.
  if (
    relative &&
    inner.content.end < outer.content.end &&
    /^[”"’']?\s*,\s*\S/.test(text.slice(inner.content.end, outer.content.end))
  )
    return null
  if (inside && (!boundary || (words < 3 && !relative))) return inner
  // "As fares rise, the mayor wants to expand the ferry, officials said": the comma before the
  // inner source closes a subordinate clause the outer content opens with, not the outer's
  // own clause — the outer report holds both clauses and the inner one repeats it.
  // (A quotation after the inner cue is the inner speaker's own, and stays.)
  if (
    inside &&
    !/^[“"‘']/.test(text.slice(inner.content.start, inner.content.start + 1)) &&
    boundary &&
    boundary[0].trim() === ',' &&
    frontedSubordinators.has(gap.trim().split(/\s+/)[0]?.toLowerCase() ?? '') &&
    !/[,;:—]/.test(gap.slice(0, boundary.index))
  )
    return inner
  // "Lund says Varga was right in saying …": a gerund or participle borrowing the outer
  // report's source is part of what the outer one reports.
  if (!boundary && source !== null && outer.source !== null && source.start === outer.source.start)
    return inner
  if (!boundary) return outer
  return cutAt(outer, outer.content.start + boundary.index, text)
}

/**
 * Ends `outer`'s content at `at`, its closing punctuation left out; returns `outer` to drop
 * when fewer than two words would be left, else null.
 */
function cutAt(outer: FoundAttribution, at: number, text: string): FoundAttribution | null {
  let end = at
  while (end > outer.content.start && /[\s,;:—-]/.test(text[end - 1] as string)) end--
  const kept = text
    .slice(outer.content.start, end)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
  if (kept.length < 2) return outer
  outer.content = { start: outer.content.start, end }
  return null
}

/** The cue of `inner` stands inside the content of `outer`. */
function cueWithin(inner: FoundAttribution, outer: FoundAttribution): boolean {
  const cue = inner.cue
  return (
    cue !== null &&
    cue.start >= outer.content.start &&
    cue.end <= outer.content.end &&
    outer.cue !== null
  )
}

/**
 * Transcript paragraphs: "PENCE: Well, look, …" — a speaker label in capitals and a colon
 * open the paragraph, and the rest of the paragraph is what the speaker said.
 */
/**
 * A headline that names its source before a colon: "Lund: Council's plan would sink the harbour
 * fund", "Poll: Ruiz ties Varga", "Dr. Ana Okafor: Levy ‘not fit for purpose’". The label
 * is one to six capitalised words, not a genre label ("Update:", "Watch:" — a data list); the
 * content is the rest of the headline.
 */
function headlineSources(
  doc: Doc,
  sentences: SentenceWords[],
  lexicons: Lexicons,
): FoundAttribution[] {
  const out: FoundAttribution[] = []
  for (const block of doc.blocks) {
    const first = sentences[block.sentences[0] ?? -1]
    if (!first) continue
    // A heading, or a plain-text title: the article's first block, one short line — or two,
    // a headline and its subtitle ("Ruiz: The toll is 'a scam'; / Mayor says …"), where the
    // headline is the first line alone.
    const breakAt = block.text.indexOf('\n')
    const title =
      block.index === 0 &&
      block.kind === 'paragraph' &&
      (breakAt < 0 || block.text.indexOf('\n', breakAt + 1) < 0) &&
      first.words.length <= (breakAt < 0 ? 40 : 80)
    if (block.kind !== 'heading' && !title) continue
    const { words } = first
    // "EXCLUSIVE – Ana Lund: …": a genre label and a dash before the speaker's.
    const dash = words.findIndex((w) => w.value === '–' || w.value === '—' || w.value === '-')
    const open =
      dash > 0 &&
      dash <= 2 &&
      lexicons['headline-labels'].matchAt(words.slice(0, dash), 0)?.length === dash
        ? dash + 1
        : 0
    const colon = words.findIndex((w) => w.value === ':')
    if (colon < open + 1 || colon > open + 12) continue
    // "Lund to Harbour Workers: …", "Lund on the Ferry Vote: …": the speaker, then whom or
    // what the words are addressed to — the label ends at that preposition.
    const turn = words.findIndex((w, k) => k > open && k < colon && headlineAddressees.has(w.value))
    const labelEnd = turn > 0 ? turn : colon
    if (labelEnd - open > 6 || (turn < 0 && colon - open > 6)) continue
    if (turn > 0 && turn - open > 4) continue
    const label = words.slice(open, labelEnd)
    if (!label.every((w) => (w.isWord && isCapitalized(w)) || w.value === '.' || w.value === '&'))
      continue
    // ("Road to Recovery: …" is a title: a speaker's name comes up again in the article.)
    // ("A Curious Plan to …: …": a phrase with an article is no name.)
    if (
      turn > 0 &&
      (isOpener(label[0] as Word, lexicons) ||
        determinersBeforeNoun.has((label[0] as Word).lower) ||
        !namedLater(doc.text, label.at(-1) as Word))
    )
      continue
    if (
      !(label[0] as Word).isWord ||
      lexicons['headline-labels'].matchAt(label, 0)?.length === label.length
    )
      continue
    const last = sentences[block.sentences.at(-1) ?? -1]
    const start = words[colon + 1]
    const lineEnd = breakAt < 0 || block.kind === 'heading' ? -1 : block.start.offset + breakAt
    const end = lastContentWord(
      lineEnd < 0 ? (last?.words ?? []) : words.filter((w) => w.end <= lineEnd),
    )
    if (!start || !end || end.end <= start.start) continue
    out.push(labelled('indirect', first.index, label, words[colon] as Word, start, end))
  }
  return out
}

/** Whether `name` (a capitalised word) appears again, as a whole word, after its line. */
function namedLater(text: string, name: Word): boolean {
  const lineEnd = text.indexOf('\n', name.end)
  if (lineEnd < 0) return false
  for (let at = text.indexOf(name.value, lineEnd); at >= 0; at = text.indexOf(name.value, at + 1)) {
    const before = text[at - 1] ?? ' '
    const after = text[at + name.value.length] ?? ' '
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
  }
  return false
}

/** Lower-case prepositions after a headline's speaker: "Lund to Harbour Workers: …". */
const headlineAddressees = new Set(['to', 'on', 'at', 'about'])

/** An attribution to the label before a colon: the label is the source, the colon the cue. */
function labelled(
  kind: FoundAttribution['kind'],
  sentence: number,
  label: Word[],
  colon: Word,
  start: Word,
  end: Word,
): FoundAttribution {
  return {
    kind,
    source: {
      start: (label[0] as Word).start,
      end: (label.at(-1) as Word).end,
      sentence,
      words: label,
    },
    carriedFrom: null,
    cue: { start: colon.start, end: colon.end, lemma: ':' },
    content: { start: start.start, end: end.end },
    sentence,
  }
}

/**
 * Whether `f` is a stance (`stance-verbs`, not a verb of saying or belief) whose source is a
 * relative pronoun on the speaker of an inverted report in its sentence ("said Ortiz, a former
 * mayor who backs the levy"): between that speaker and the pronoun only a comma and an
 * appositive, no sentence mark or quotation.
 */
function speakerDescription(
  text: string,
  f: FoundAttribution,
  found: readonly FoundAttribution[],
  lexicons: Lexicons,
): boolean {
  const pronoun = f.source?.words.length === 1 ? (f.source.words[0] as Word) : undefined
  if (!f.cue || !pronoun || !relativePronouns.has(pronoun.lower)) return false
  const cueWords = text.slice(f.cue.start, f.cue.end).trim().split(/\s+/)
  let stance = false
  for (let k = 0; k < cueWords.length && !stance; k++) {
    const verb = cueWords[k] as string
    if (lexicons['cue-verbs'].has(verb) || lexicons['belief-verbs'].has(verb)) return false
    stance = lexicons['stance-verbs'].has(cueWords.slice(k).join(' '))
  }
  if (!stance) return false
  return found.some(
    (g) =>
      g !== f &&
      g.cue !== null &&
      g.source !== null &&
      g.sentence === f.sentence &&
      g.cue.end <= g.source.start &&
      // ("according to its own donors, who are offering …": a source of the content, not a
      // speaker introduced after the verb.)
      !/^according\b/i.test(text.slice(g.cue.start, g.cue.end)) &&
      g.source.end <= pronoun.start &&
      /^\s*,[^.;:!?"“”]*$/.test(text.slice(g.source.end, pronoun.start)),
  )
}

/**
 * The index of the first colon among `words`, or -1 when it is not among the first `last + 1`
 * words: a label's colon stands within a few words, so a sentence is not read to its end.
 */
function colonWithin(words: readonly Word[], last: number): number {
  for (let k = 0; k <= last && k < words.length; k++) if ((words[k] as Word).value === ':') return k
  return -1
}

/**
 * The sentences of lines that open with an outlet's note on the article and a colon ("Editor's
 * note: …", "Correction: …" — `headline-labels`, section `note`), to the end of the line.
 */
function noteSentences(doc: Doc, sentences: SentenceWords[], lexicons: Lexicons): Set<number> {
  const out = new Set<number>()
  let lineEnd = -1
  for (let k = 0; k < sentences.length; k++) {
    const words = (sentences[k] as SentenceWords).words
    const first = words[0]
    if (!first) continue
    if (first.start < lineEnd) {
      out.add(k)
      continue
    }
    if (first.start > 0 && doc.text[first.start - 1] !== '\n') continue
    const colon = colonWithin(words, 4)
    if (colon < 1) continue
    const label = lexicons['headline-labels'].matchAt(words.slice(0, colon), 0)
    if (label?.length !== colon || label.label !== 'note') continue
    out.add(k)
    const end = doc.text.indexOf('\n', first.start)
    lineEnd = end < 0 ? doc.text.length : end
  }
  return out
}

/** Whether a speaker label is written in capitals, as transcripts print them ("LUND:"). */
function isUpperCaseLabel(text: string, label: { start: number; end: number }): boolean {
  const value = text.slice(label.start, label.end)
  return /\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value)
}

/** The last word or closing mark of a headline (a trailing full stop left out). */
function lastContentWord(words: readonly Word[]): Word | undefined {
  let k = words.length - 1
  while (k >= 0 && isClosingPunctuation((words[k] as Word).value)) k--
  return words[k]
}

/**
 * "Ana Lund: “The port is ready.”", "Okafor: Well, look, …": a paragraph opening with a name
 * in title case (two to four capitalised words, or one surname) and a colon, then a quote or a
 * capitalised word, is a speaker's turn. Not a genre label ("Update:", `headline-labels`) or a
 * phrase opening with a determiner ("The result:").
 */
function isNameLabel(label: readonly Word[], after: Word | undefined, lexicons: Lexicons): boolean {
  const first = label[0]
  if (!first || !after || label.length > 4) return false
  if (!(isOpeningQuote(after.value) || (after.isWord && after.capitalised))) return false
  if (!label.every((w) => (w.isWord && isCapitalized(w) && w.value.length > 1) || w.value === '.'))
    return false
  return (
    first.isWord &&
    isCapitalizedName(first) &&
    !isOpener(first, lexicons) &&
    // ("Here's Ruiz:" presents the speaker, whom `colonIntroduced` reads without "Here's".)
    !/^here['’]s$/.test(first.lower) &&
    !lexicons['source-stopwords'].has(first.lower) &&
    !lexicons.pronouns.has(first.lower) &&
    lexicons['headline-labels'].matchAt(label, 0) === null
  )
}

function speakerLabels(
  doc: Doc,
  sentences: SentenceWords[],
  lexicons: Lexicons,
): FoundAttribution[] {
  const out: FoundAttribution[] = []
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'blockquote') continue
    const first = sentences[block.sentences[0] ?? -1]
    if (!first) continue
    const { words } = first
    // A transcript quoted whole: "PENCE: Well, look, …
    const from = isQuoteMark(words[0]?.value ?? '') ? 1 : 0
    const colon = colonWithin(words, from + 4)
    if (colon < from + 1) continue
    const label = words.slice(from, colon)
    // "BYLINE:", "UPDATE:": a label of the page, in capitals like a speaker's name.
    if (lexicons['headline-labels'].matchAt(label, 0)?.length === label.length) continue
    if (
      !label.every((w) => w.isWord && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w.value)) &&
      // (A title-case line is a headline's "Label: Headline", `headlineSources` reads those.)
      !(
        block.index > 0 &&
        isNameLabel(label, words[colon + 1], lexicons) &&
        (isOpeningQuote(words[colon + 1]?.value ?? '') ||
          // A turn of talk runs on ("Lund: Well, look, the port …"); "Ruiz: Finish second." is a list.
          (!isTitleCaseHeadline(words.slice(colon + 1)) && words.length - colon > 12))
      )
    )
      continue
    const last = sentences[quotedTurnEnd(doc, sentences, block.index, from === 1)] ?? null
    const start = words[colon + 1]
    const end = last?.words.at(-1)
    if (!start || !end || end.end <= start.start) continue
    out.push(labelled('direct', first.index, label, words[colon] as Word, start, end))
  }
  return out
}

/**
 * The last sentence of a transcript turn opening at block `at`. In a transcript quoted whole
 * each paragraph opens with a quotation mark, and a turn runs on over the paragraphs after it
 * until the next speaker's label or a stage direction ("“(CROSSTALK.)”"): “RUIZ: Well, …¶“And
 * the port …¶“LUND: …”. A turn not in quotation marks ends with its paragraph.
 */
function quotedTurnEnd(
  doc: Doc,
  sentences: readonly SentenceWords[],
  at: number,
  quoted: boolean,
): number {
  let block = doc.blocks[at] as Doc['blocks'][number]
  while (quoted) {
    const next = doc.blocks[block.index + 1]
    const words = sentences[next?.sentences[0] ?? -1]?.words
    const mark = words?.[0]?.value ?? ''
    if (!next || next.kind !== 'paragraph' || !words || !(isOpeningQuote(mark) || mark === '"'))
      break
    // (The next speaker's label, "“WALLACE: …", or a stage direction, "“(CROSSTALK.)".)
    const colon = words.findIndex((w) => w.value === ':')
    if ((colon > 1 && colon <= 5) || words[1]?.value === '(') break
    block = next
  }
  return block.sentences.at(-1) ?? -1
}
