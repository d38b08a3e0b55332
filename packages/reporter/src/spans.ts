import type { Point, Span } from '@onrecord/parser'
import type { ReportPoint, ReportSpan } from './types.js'

/** A point as plain data (no extra properties carried over from the parser). */
export function toPoint(point: Point): ReportPoint {
  return { line: point.line, column: point.column, offset: point.offset }
}

/** A span as plain data: sentences and mentions carry tokens and trees that stay out. */
export function toSpan(span: Span): ReportSpan {
  return { text: span.text, start: toPoint(span.start), end: toPoint(span.end) }
}

export function toSpanOrNull(span: Span | null | undefined): ReportSpan | null {
  return span ? toSpan(span) : null
}

/** Orders spans by where they start, then by where they end. */
export function byPosition(a: ReportSpan, b: ReportSpan): number {
  return a.start.offset - b.start.offset || a.end.offset - b.end.offset
}

/** Spans in file order, each once. */
export function uniqueSpans(spans: Iterable<ReportSpan>): ReportSpan[] {
  // Sorted, then each span kept unless it stands where the one kept before it does: spans at
  // one place sort together, and the sort is stable, so of those the first given is kept.
  // (A string key per span in a map was most of the cost of scoring; the spans mostly come in
  // file order, each once, and the sort then only confirms it.)
  const sorted = Array.from(spans).sort(byPosition)
  let kept = 0
  for (const span of sorted) {
    const previous = sorted[kept - 1]
    if (previous === undefined || byPosition(previous, span) !== 0) sorted[kept++] = span
  }
  sorted.length = kept
  return sorted
}
