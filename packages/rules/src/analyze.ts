import type { Doc } from '@onrecord/parser'
import { findAttributions } from './attributions.js'
import { findClaims } from './claims.js'
import { docIndex } from './doc-index.js'
import { linkEntities } from './entities.js'
import { detectHedges } from './hedges.js'
import { type ListChanges, loadLexicons } from './lexicons.js'
import type { Analysis, Attribution, Hedge } from './types.js'
import { wordsOf } from './words.js'

export interface AnalyzeOptions {
  /**
   * Extend or trim any word list by name: `{ 'vague-heads': { add: ['pundits'] },
   * hedges: { remove: ['arguably'] } }`. See `listNames` and the hedge lists.
   */
  lexicons?: Partial<Record<string, ListChanges>>
}

const hedgeListNames = ['hedges', 'hedge-holders', 'hedge-exclusions', 'hedge-origins'] as const

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

function hedgeLists(
  lexicons: AnalyzeOptions['lexicons'],
): Partial<Record<(typeof hedgeListNames)[number], ListChanges>> {
  const out: Partial<Record<(typeof hedgeListNames)[number], ListChanges>> = {}
  for (const name of hedgeListNames) {
    const changes = lexicons?.[name]
    if (changes) out[name] = changes
  }
  return out
}

/**
 * A hedge inside what a named, anonymous or vague source is reported to have said
 * ("officials warned that customers might lose power") is the source's hedge, not the
 * reporter's: it is given the quoted voice, like a hedge inside quotation marks.
 */
function ownVoice(doc: Doc, hedges: Hedge[], attributions: Attribution[]): Hedge[] {
  const positions = docIndex(doc)
  const bySentence = new Map<number, Attribution[]>()
  for (const attribution of attributions) {
    if (!attribution.source || attribution.kind === 'agentless') continue
    for (const sentence of attribution.sentences) {
      const list = bySentence.get(sentence)
      if (list) list.push(attribution)
      else bySentence.set(sentence, [attribution])
    }
  }
  return hedges.map((hedge) => {
    if (hedge.voice !== 'reporter') return hedge
    const reported = (bySentence.get(positions.sentenceAt(hedge.start.offset)) ?? []).some(
      (a) =>
        a.source &&
        a.kind !== 'agentless' &&
        a.content.start.offset <= hedge.start.offset &&
        hedge.end.offset <= a.content.end.offset,
    )
    return reported ? { ...hedge, voice: 'quoted' } : hedge
  })
}

/** Whether a word holds a letter (`/\p{L}/u`), ASCII letters answered without the expression. */
function hasLetter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true
    if (code >= 128) return /\p{L}/u.test(value)
  }
  return false
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
  let words = 0
  for (const list of sentenceWords)
    for (const word of list) if (word.isWord && hasLetter(word.value)) words++
  const analysis: Analysis = {
    doc,
    attributions,
    entities,
    hedges: ownVoice(
      doc,
      detectHedges(doc, { lexicons: hedgeLists(options.lexicons) }, sentenceWords),
      attributions,
    ),
    claims,
    lede,
    words,
    lexicons,
    sentenceWords,
  }
  doc.file.data.analysis = analysis
  return analysis
}
