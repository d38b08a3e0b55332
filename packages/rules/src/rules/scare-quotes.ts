import type { Sentence } from '@onrecord/parser'
import { docIndex } from '../doc-index.js'
import type { Lexicons, ListName } from '../lexicons.js'
import {
  attributedQuotes,
  createMessage,
  defineRule,
  isAttributeValue,
  isTitleOrCode,
  quoted,
  type Rule,
  wordCount,
} from '../rule.js'
import type { Analysis } from '../types.js'
import type { Word } from '../words.js'

interface Options extends Record<string, unknown> {
  maxWords: number
}

/**
 * “Rep. Robert C. "Bobby" Scott”: one capitalised word in quotes between the parts of a name
 * is the person's nickname, no one's words.
 */
function isNickname(text: string, start: number, end: number, inner: string): boolean {
  const before = text.slice(Math.max(0, start - 30), start)
  if (!/[ \t]$/.test(before)) return false
  const previous =
    before
      .trimEnd()
      .split(/[ \t\n]/)
      .pop() ?? ''
  return (
    /^\p{Lu}[\p{L}'’-]*$/u.test(inner) &&
    /^\p{Lu}[\p{L}'’.-]*$/u.test(previous) &&
    /^[ \t]\p{Lu}/u.test(text.slice(end, end + 2))
  )
}

/**
 * “The network licenses "Politicking" abroad”: one capitalised word in quotes inside a
 * sentence is a title or a name; a word set off to keep the writer's distance is not
 * capitalised unless it opens the sentence.
 */
function isCapitalisedName(text: string, start: number, inner: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}'’-]*[.,!?]?$/u.test(inner.trim())) return false
  const before = text.slice(Math.max(0, start - 40), start).trimEnd()
  return before !== '' && !/[.!?:;\n]['"’”)]*$/.test(before)
}

/** How many words before a quotation a label cue may stand ("called the deal a “win”"). */
const labelReach = 6

/**
 * Whether the words just before a quotation, in its sentence, label it: a word of
 * data/label-cues.txt or data/naming-verbs.txt ("known as “harbour stew”", "Ortiz called him a
 * “moderate”", "slammed as “reckless”"): the quotation credits or mentions a word, it keeps
 * no distance. (A possessive before it — "the mayor's “temporary” fix" — is no label: the
 * word is often the writer's.)
 */
function isLabelled(before: readonly Word[], lexicons: Lexicons): boolean {
  // back `labelReach` words, marks between them kept (“known as “the bunker” or “the pit””)
  let from = before.length
  for (let counted = 0; from > 0 && counted < labelReach; )
    if ((before[--from] as Word).isWord) counted++
  const words = before.slice(from)
  const lists = [lexicons['label-cues'], lexicons['naming-verbs']]
  for (let i = 0; i < words.length; i++)
    for (const list of lists) if (list.matchAt(words, i)) return true
  return isLabelledAs(before, lexicons)
}

/** The words and marks of a quotation's sentence before the quotation. */
function wordsBefore(analysis: Analysis, start: number): Word[] {
  const sentence = analysis.doc.sentences[docIndex(analysis.doc).sentenceAt(start)]
  return sentence
    ? (analysis.sentenceWords[sentence.index] ?? []).filter((word) => word.end <= start)
    : []
}

/** How many words before “as” a verb that labels its object “as” something may stand. */
const asLabelReach = 8

/**
 * “casting the senator as an “honorable choice””, “an option seen by organizers as a
 * “lifeboat””: “as” (with an article or none) right before the quotation, and a verb of
 * data/as-label-verbs.txt or data/regard-verbs.txt a few words before it, with the object
 * between.
 */
function isLabelledAs(before: readonly Word[], lexicons: Lexicons): boolean {
  const words = before.filter((word) => word.isWord).map((word) => word.lower)
  let as = words.length - 1
  if (['a', 'an', 'the'].includes(words[as] ?? '')) as--
  if (words[as] !== 'as') return false
  return words
    .slice(Math.max(0, as - asLabelReach), as)
    .some(
      (word) => lexicons['as-label-verbs'].hasWord(word) || lexicons['regard-verbs'].hasWord(word),
    )
}

/** Lists of verbs that say someone spoke: "said", "shouted", "dubbed". */
const sayingLists: readonly ListName[] = ['cue-verbs', 'quote-verbs', 'naming-verbs']

/**
 * Whether a quotation's sentence, or the one before it in its paragraph, reports speech: a
 * verb of saying in either (“… the Courier reported. Its front page called the levy
 * “dead.””), or in its own sentence a noun that names someone's words (“the mayor's
 * remark”, “in the words of one aide”, data/speech-nouns.txt). Then a short quotation is
 * someone's words whose speaker the attribution finder missed, not the writer keeping a word
 * at a distance: on sampled news copy most unattributed short quotations were of this kind.
 */
function reportsSpeech(analysis: Analysis, start: number, quoteEnd: number): boolean {
  const { sentences } = analysis.doc
  const sentence = sentences[docIndex(analysis.doc).sentenceAt(start)]
  if (!sentence) return false
  const previous = sentences[sentence.index - 1]
  // “Yes!” standing alone as its sentence is a line of dialogue, not a word kept at a distance
  const outside =
    analysis.doc.text.slice(sentence.start.offset, start) +
    analysis.doc.text.slice(quoteEnd, sentence.end.offset)
  if (!/[\p{L}\p{N}]/u.test(outside)) return true
  const checks: [Sentence, readonly ListName[]][] = [
    [sentence, [...sayingLists, 'belief-verbs', 'speech-nouns']],
  ]
  if (previous && previous.block === sentence.block) checks.push([previous, sayingLists])
  for (const [checked, names] of checks) {
    const words = analysis.sentenceWords[checked.index] ?? []
    for (let i = 0; i < words.length; i++)
      for (const name of names) if (analysis.lexicons[name].matchAt(words, i)) return true
  }
  return false
}

/**
 * “the so-called “reform””: a word of data/distance-cues.txt right before the quotation
 * says the writer keeps it at a distance, whoever else speaks in the sentence.
 */
function isDistanced(before: readonly Word[], lexicons: Lexicons): boolean {
  const words = before.filter((word) => word.isWord).slice(-2)
  return words.some(
    (_, i) => lexicons['distance-cues'].matchAt(words, i)?.length === words.length - i,
  )
}

/**
 * “the “undue burden” standard”, “a “no-disparagement” clause”: a quotation right before a
 * noun of data/term-heads.txt sets off the name of a rule, a provision or a feature.
 */
function namesTerm(analysis: Analysis, end: number): boolean {
  const next = /^[ 	]+(\p{Ll}[\p{L}-]*)/u.exec(analysis.doc.text.slice(end, end + 40))?.[1]
  return next !== undefined && analysis.lexicons['term-heads'].has(next)
}

/**
 * A quoted word or short phrase that no attribution gives a speaker for: quotation marks used
 * to distance the writer from a word, not to report speech.
 */
export const scareQuotes: Rule = defineRule<Options>(
  {
    id: 'scare-quotes',
    description: 'Flags a quoted word or short phrase with no speaker (scare quotes)',
    defaultSeverity: 'info',
    standard:
      'AP Stylebook: quotation marks are for a speaker’s exact words; Wikipedia Manual of Style: avoid scare quotes',
    options: {
      maxWords: {
        type: 'integer',
        min: 1,
        default: 2,
        description: 'Most words a quote may have to count as a scare-quote candidate',
      },
    },
  },
  (analysis, options, meta) => {
    if (analysis.doc.quotes.length === 0) return []
    const covered = attributedQuotes(analysis)
    return analysis.doc.quotes.flatMap((quote) => {
      if (quote.depth !== 0 || covered.has(quote.index)) return []
      const words = wordCount(quote.inner.text)
      if (words === 0 || words > options.maxWords) return []
      // “State of the Union”, “Morning Joe”, an identifier: a title or a code, not speech.
      if (isTitleOrCode(quote.inner.text)) return []
      const text = analysis.doc.text
      if (isNickname(text, quote.start.offset, quote.end.offset, quote.inner.text)) return []
      if (isAttributeValue(text, quote.start.offset)) return []
      if (isCapitalisedName(text, quote.start.offset, quote.inner.text)) return []
      const before = wordsBefore(analysis, quote.start.offset)
      if (isLabelled(before, analysis.lexicons)) return []
      if (!isDistanced(before, analysis.lexicons)) {
        if (reportsSpeech(analysis, quote.start.offset, quote.end.offset)) return []
        if (namesTerm(analysis, quote.end.offset)) return []
      }
      return [
        createMessage(meta, analysis, {
          reason: `Quoted ${quote.text.replace(/\s+/g, ' ')} has no speaker; name whose word it is, or drop the quotation marks`,
          place: quote,
          expected: [quote.inner.text],
        }),
      ]
    })
  },
)
