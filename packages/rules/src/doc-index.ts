import type { Doc, Quote } from '@onrecord/parser'

/**
 * Lookups by offset over a parsed article, built once per analysis, so that detection stays
 * linear in the length of the article: top-level quotes do not overlap and sentences do not
 * overlap, so both are found by binary search rather than by scanning every one of them.
 */
export interface DocIndex {
  /** Outermost quotes, in order. */
  readonly topQuotes: readonly Quote[]
  /** The outermost quote whose marks enclose `offset` (marks included). */
  quoteAt(offset: number): Quote | undefined
  /** The outermost quote whose inside (marks excluded) holds `offset`. */
  insideQuote(offset: number): Quote | undefined
  /** Outermost quotes overlapping `[start, end)`. */
  quotesOverlapping(start: number, end: number): Quote[]
  /** The outermost quote that ends within `tolerance` of `offset`. */
  quoteEndingNear(offset: number, tolerance?: number): Quote | undefined
  /** Index of the sentence holding `offset`, or -1. */
  sentenceAt(offset: number): number
  /** Indices of the sentences overlapping `[start, end)`. */
  sentencesOverlapping(start: number, end: number): number[]
}

export function indexDoc(doc: Doc): DocIndex {
  const topQuotes = doc.quotes
    .filter((q) => q.depth === 0)
    .sort((a, b) => a.start.offset - b.start.offset)
  const quoteStarts = topQuotes.map((q) => q.start.offset)
  const sentenceStarts = doc.sentences.map((s) => s.start.offset)

  /** Index of the last start <= offset, or -1. */
  const lastAtOrBefore = (starts: number[], offset: number): number => {
    let low = 0
    let high = starts.length - 1
    let found = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if ((starts[mid] as number) <= offset) {
        found = mid
        low = mid + 1
      } else high = mid - 1
    }
    return found
  }

  const quoteAt = (offset: number): Quote | undefined => {
    const quote = topQuotes[lastAtOrBefore(quoteStarts, offset)]
    return quote && offset < quote.end.offset ? quote : undefined
  }

  return {
    topQuotes,
    quoteAt,
    insideQuote(offset) {
      const quote = quoteAt(offset)
      return quote && quote.inner.start.offset <= offset && offset < quote.inner.end.offset
        ? quote
        : undefined
    },
    quotesOverlapping(start, end) {
      const out: Quote[] = []
      for (let i = Math.max(0, lastAtOrBefore(quoteStarts, start)); i < topQuotes.length; i++) {
        const quote = topQuotes[i] as Quote
        if (quote.start.offset >= end) break
        if (quote.end.offset > start) out.push(quote)
      }
      return out
    },
    quoteEndingNear(offset, tolerance = 1) {
      for (const quote of this.quotesOverlapping(offset - tolerance - 1, offset + tolerance + 1)) {
        if (Math.abs(quote.end.offset - offset) <= tolerance) return quote
      }
      return undefined
    },
    sentenceAt(offset) {
      const index = lastAtOrBefore(sentenceStarts, offset)
      const sentence = doc.sentences[index]
      return sentence && offset < sentence.end.offset ? index : -1
    },
    sentencesOverlapping(start, end) {
      const out: number[] = []
      for (
        let i = Math.max(0, lastAtOrBefore(sentenceStarts, start));
        i < doc.sentences.length;
        i++
      ) {
        const sentence = doc.sentences[i]
        if (!sentence || sentence.start.offset >= end) break
        if (sentence.end.offset > start) out.push(i)
      }
      return out
    },
  }
}

const cache = new WeakMap<Doc, DocIndex>()

/** The index of a document, built on first use and kept as long as the document lives. */
export function docIndex(doc: Doc): DocIndex {
  let index = cache.get(doc)
  if (!index) {
    index = indexDoc(doc)
    cache.set(doc, index)
  }
  return index
}
