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
  const seen = new Map<string, ReportSpan>()
  for (const span of spans) {
    const key = `${span.start.offset}:${span.end.offset}`
    if (!seen.has(key)) seen.set(key, span)
  }
  return [...seen.values()].sort(byPosition)
}
