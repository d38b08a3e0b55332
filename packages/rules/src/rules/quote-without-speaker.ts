import {
  attributedQuotes,
  createMessage,
  defineRule,
  isAttributeValue,
  isTitleOrCode,
  lineOf,
  quoted,
  type Rule,
  relatedPlace,
  wordCount,
} from '../rule.js'
import type { Attribution, SourceMention } from '../types.js'

interface Options extends Record<string, unknown> {
  minWords: number
}

/**
 * The source of the last speaker (in order of source start) whose source ends at or before
 * `offset`. A binary search finds the speakers that start before `offset`; only sources that
 * straddle it are stepped over, so the rule stays linear in the length of the article.
 */
function nearestBefore(speakers: readonly Attribution[], offset: number): SourceMention | null {
  let low = 0
  let high = speakers.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (((speakers[mid] as Attribution).source?.start.offset ?? 0) <= offset) low = mid + 1
    else high = mid
  }
  for (let i = low - 1; i >= 0; i--) {
    const source = (speakers[i] as Attribution).source
    if (source && source.end.offset <= offset) return source
  }
  return null
}

/**
 * A top-level direct quote of `minWords` or more words that no attribution covers: the reader
 * cannot tell who said it. Shorter quoted fragments are the `scare-quotes` rule's.
 */
export const quoteWithoutSpeaker: Rule = defineRule<Options>(
  {
    id: 'quote-without-speaker',
    description: 'Flags direct quotes that no attribution gives a speaker for',
    defaultSeverity: 'warn',
    standard: 'AP Stylebook and Reuters Handbook: attribute every direct quotation to its speaker',
    options: {
      minWords: {
        type: 'integer',
        min: 1,
        default: 4,
        description:
          'Fewest words a quote needs to count as speech (shorter ones are scare-quote candidates)',
      },
    },
  },
  (analysis, options, meta) => {
    if (analysis.doc.quotes.length === 0) return []
    const covered = attributedQuotes(analysis)
    // Sorted at the first quote without a speaker: most articles have none.
    let speakers: Attribution[] | undefined
    return analysis.doc.quotes.flatMap((quote) => {
      if (quote.depth !== 0 || covered.has(quote.index)) return []
      // A headline quotes by convention and attributes in the story below it.
      if (quote.blocks.every((b) => analysis.doc.blocks[b]?.kind === 'heading')) return []
      if (wordCount(quote.inner.text) < options.minWords) return []
      // “State of the Union”, “Morning Joe”, an identifier: a title or a code, not speech.
      if (isTitleOrCode(quote.inner.text)) return []
      if (isAttributeValue(analysis.doc.text, quote.start.offset)) return []
      speakers ??= analysis.attributions
        .filter((a) => a.source && !a.source.reference)
        .sort((a, b) => (a.source?.start.offset ?? 0) - (b.source?.start.offset ?? 0))
      const nearest = nearestBefore(speakers, quote.start.offset)
      return [
        createMessage(meta, analysis, {
          reason: `Quote ${quoted(quote.inner.text, 50)} has no speaker; say who said it${
            nearest
              ? ` (the nearest source before it is ${quoted(nearest.text, 40)}, ${lineOf(nearest)})`
              : ''
          }`,
          place: quote,
          ...(nearest
            ? {
                cause: relatedPlace(
                  `Nearest source before the quote: ${quoted(nearest.text)}`,
                  nearest,
                ),
              }
            : {}),
        }),
      ]
    })
  },
)
