import type { Doc } from '@onrecord/parser'
import type { Lexicons } from './lexicons.js'
import type { Attribution, Claim } from './types.js'
import type { Word } from './words.js'

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

/**
 * Claims: sentences in the reporter's voice that assert something checkable, each with the
 * attribution that covers it — its own, one carried by a continuing quote — or none.
 */
export function findClaims(
  doc: Doc,
  sentenceWords: Word[][],
  attributions: Attribution[],
  lede: number | null,
  lexicons: Lexicons,
): Claim[] {
  const claims: Claim[] = []
  for (const sentence of doc.sentences) {
    const block = doc.blocks[sentence.block]
    if (
      !block ||
      block.kind === 'heading' ||
      block.kind === 'caption' ||
      block.kind === 'table-cell'
    )
      continue
    const words = (sentenceWords[sentence.index] ?? []).filter((w) => w.isWord)
    if (words.length < 5) continue
    if (sentence.text.trim().endsWith('?')) continue
    const start = sentence.start.offset
    const end = sentence.end.offset
    // Entirely inside a quote: the speaker's words, not the reporter's claim.
    const quote = doc.quotes.find(
      (q) => q.depth === 0 && q.start.offset <= start + 1 && q.end.offset >= end - 1,
    )
    const own = attributions.find(
      (a) =>
        a.sentences.includes(sentence.index) ||
        (a.source && a.source.start.offset >= start && a.source.end.offset <= end) ||
        (a.cue && a.cue.start.offset >= start && a.cue.end.offset <= end),
    )
    let coverage: Claim['coverage'] = 'none'
    let attribution: string | null = null
    if (own) {
      coverage =
        own.content.start.offset <= start + 2 &&
        own.content.end.offset >= end - 2 &&
        !own.sentences.includes(sentence.index)
          ? 'carried'
          : 'own'
      attribution = own.id
    } else if (quote) {
      continue
    }
    const features = {
      figures: words.some((w) => /\d/.test(w.value) || numberWords.has(w.lower)),
      superlative: words.some(
        (w, i) =>
          lexicons.superlatives.has(w.lower) ||
          (/est$/.test(w.lower) && w.lower.length > 5 && i > 0 && words[i - 1]?.lower === 'the'),
      ),
      accusation: words.some((w) => lexicons['accusation-words'].has(w.lower)),
    }
    claims.push({
      ...doc.spanOf(start, end),
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
