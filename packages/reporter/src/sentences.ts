import type { Doc, Span } from '@onrecord/parser'
import type { Attribution } from '@onrecord/rules'
import { toSpan, uniqueSpans } from './spans.js'
import type { ReportSpan } from './types.js'

/** The sentences with these indices, as plain spans in file order. */
export function spansForSentences(doc: Doc, indices: Iterable<number>): ReportSpan[] {
  const spans: ReportSpan[] = []
  for (const index of indices) {
    const sentence = doc.sentences[index]
    if (sentence) spans.push(toSpan(sentence))
  }
  return uniqueSpans(spans)
}

/** Finds the sentences behind attributions and spans, so every deduction can point at them. */
export class SentenceFinder {
  private readonly doc: Doc
  private readonly starts: number[]

  constructor(doc: Doc) {
    this.doc = doc
    this.starts = doc.sentences.map((s) => s.start.offset)
  }

  /** Indices of the sentences a stretch of the file touches. */
  indicesOf(start: number, end: number): number[] {
    const sentences = this.doc.sentences
    // Last sentence starting at or before `start`.
    let low = 0
    let high = this.starts.length - 1
    let first = 0
    while (low <= high) {
      const mid = (low + high) >> 1
      if ((this.starts[mid] as number) <= start) {
        first = mid
        low = mid + 1
      } else high = mid - 1
    }
    const found: number[] = []
    for (let i = first; i < sentences.length; i++) {
      const s = sentences[i]
      if (!s) break
      if (s.start.offset > Math.max(start, end - 1)) break
      const touches =
        end > start
          ? s.start.offset < end && s.end.offset > start
          : s.start.offset <= start && s.end.offset >= start
      if (touches) found.push(i)
    }
    return found
  }

  /** The sentences of some spans; a span in no sentence stands for itself. */
  sentencesOfSpans(spans: readonly Span[]): ReportSpan[] {
    const out: ReportSpan[] = []
    for (const span of spans) {
      const indices = this.indicesOf(span.start.offset, span.end.offset)
      if (indices.length) out.push(...spansForSentences(this.doc, indices))
      else out.push(toSpan(span))
    }
    return uniqueSpans(out)
  }

  /** The sentences attributions cover: their own sentence list, or where their spans lie. */
  sentencesOf(attributions: readonly Attribution[]): ReportSpan[] {
    const out: ReportSpan[] = []
    for (const a of attributions) {
      const own = spansForSentences(this.doc, a.sentences)
      if (own.length) out.push(...own)
      else {
        const spans: Span[] = [a.content]
        if (a.source) spans.push(a.source)
        if (a.cue) spans.push(a.cue)
        out.push(...this.sentencesOfSpans(spans))
      }
    }
    return uniqueSpans(out)
  }
}
