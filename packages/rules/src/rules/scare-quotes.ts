import { docIndex } from '../doc-index.js'
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
import { type Word, wordsOf } from '../words.js'

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
function isLabelled(analysis: Analysis, start: number): boolean {
  const sentence = analysis.doc.sentences[docIndex(analysis.doc).sentenceAt(start)]
  if (!sentence) return false
  const before = wordsOf(sentence).filter((word) => word.end <= start)
  // back `labelReach` words, marks between them kept (“known as “the bunker” or “the pit””)
  let from = before.length
  for (let counted = 0; from > 0 && counted < labelReach; )
    if ((before[--from] as Word).isWord) counted++
  const words = before.slice(from)
  const lists = [analysis.lexicons['label-cues'], analysis.lexicons['naming-verbs']]
  for (let i = 0; i < words.length; i++)
    for (const list of lists) if (list.matchAt(words, i)) return true
  return false
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
        default: 3,
        description: 'Most words a quote may have to count as a scare-quote candidate',
      },
    },
  },
  (analysis, options, meta) => {
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
      if (isLabelled(analysis, quote.start.offset)) return []
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
