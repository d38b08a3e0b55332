import type { Report, ReportSource, ReportSpan } from '@onrecord/reporter'
import type { Position, Range } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { AnalysisResult } from './job.js'

/**
 * The latest result of one document, with the text it was computed from: every offset in the
 * result indexes into `snapshot`, so positions are converted with the same line breaks
 * (`\n`, `\r\n`, lone `\r`) and the same UTF-16 code units the editor counts.
 */
export class Checked {
  private loaded: Report | null | undefined
  private sourceMap: Map<string, ReportSource> | undefined
  /** The report on its way from the analysis thread, while it is. */
  loading: Promise<void> | undefined

  constructor(
    readonly result: AnalysisResult,
    readonly snapshot: TextDocument,
  ) {
    // A deferred report is made only when a feature needs it (`setReport`).
    if (!result.deferred) this.loaded = result.report
  }

  /** Whether the report is here (made with the check, or fetched since). */
  get hasReport(): boolean {
    return this.loaded !== undefined
  }

  /** The report once it is here (see `hasReport`), else null. */
  get report(): Report | null {
    return this.loaded ?? null
  }

  setReport(report: Report | null): void {
    this.loaded = report
    this.sourceMap = undefined
  }

  /** The report's sources by id. */
  get sources(): Map<string, ReportSource> {
    this.sourceMap ??= new Map((this.report?.sources ?? []).map((source) => [source.id, source]))
    return this.sourceMap
  }

  range(start: number, end: number): Range {
    return { start: this.snapshot.positionAt(start), end: this.snapshot.positionAt(end) }
  }

  rangeOf(span: { start: { offset: number }; end: { offset: number } }): Range {
    return this.range(span.start.offset, span.end.offset)
  }

  offsetAt(position: Position): number {
    return this.snapshot.offsetAt(position)
  }

  /** 1-based line of an offset, as people count lines. */
  lineOf(span: ReportSpan): number {
    return this.snapshot.positionAt(span.start.offset).line + 1
  }

  /** Index of the span in a flat `[start, end, …]` list that contains `offset`, or -1. */
  static spanIndex(flat: readonly number[], offset: number): number {
    // Spans are in document order: binary search on the starts.
    let low = 0
    let high = flat.length / 2 - 1
    let found = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if ((flat[mid * 2] as number) <= offset) {
        found = mid
        low = mid + 1
      } else high = mid - 1
    }
    if (found === -1) return -1
    return offset <= (flat[found * 2 + 1] as number) ? found : -1
  }
}

/** A span's text on one line, at most `max` characters, for labels and hovers. */
export function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}
