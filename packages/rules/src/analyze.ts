import type { Doc } from '@onrecord/parser'
import { findAttributions } from './attributions.js'
import { findClaims } from './claims.js'
import { linkEntities } from './entities.js'
import { detectHedges, type HedgeOptions } from './hedges.js'
import { type ListChanges, loadLexicons } from './lexicons.js'
import type { Analysis } from './types.js'
import { wordsOf } from './words.js'

export interface AnalyzeOptions {
  /** Extend or trim the word lists by name: `{ 'vague-heads': { add: ['pundits'] } }`. */
  lexicons?: Partial<Record<string, ListChanges>>
  hedges?: HedgeOptions
}

/** The lede: the first paragraph of body text (not a heading, dateline-only line or byline). */
export function findLede(doc: Doc): number | null {
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue
    const words = block.text.split(/\s+/).filter((w) => /\p{L}/u.test(w))
    if (words.length < 8) continue
    if (/^by\s/i.test(block.text.replace(/^[*_]+/, ''))) continue
    return block.index
  }
  return null
}

/** One pass over a parsed article: attributions, source entities, hedges and claims. */
export function analyze(doc: Doc, options: AnalyzeOptions = {}): Analysis {
  const lexicons = loadLexicons(options.lexicons ?? {})
  const sentenceWords = doc.sentences.map(wordsOf)
  const sentences = doc.sentences.map((s) => ({
    index: s.index,
    block: s.block,
    words: sentenceWords[s.index] ?? [],
  }))
  const found = findAttributions(doc, sentences, lexicons)
  const { attributions, entities } = linkEntities(doc, found, sentenceWords, lexicons)
  const lede = findLede(doc)
  const claims = findClaims(doc, sentenceWords, attributions, lede, lexicons)
  const words = sentenceWords.reduce(
    (n, ws) => n + ws.filter((w) => w.isWord && /\p{L}/u.test(w.value)).length,
    0,
  )
  const analysis: Analysis = {
    doc,
    attributions,
    entities,
    hedges: detectHedges(doc, options.hedges),
    claims,
    lede,
    words,
  }
  doc.file.data.analysis = analysis
  return analysis
}
