import type { Doc } from '@onrecord/parser'
import { toPoint } from './spans.js'
import type {
  LintMessage,
  LintPlace,
  LintPointLike,
  ReportMessage,
  ReportPoint,
  Severity,
} from './types.js'

/** Line starts of the article, with the parser's line endings (`\r\n`, `\n`, lone `\r`). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    } else if (code === 10) starts.push(i + 1)
  }
  return starts
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** vfile-message's `fatal`: true is an error, false a warning, anything else information. */
export function severityOf(message: LintMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Turns lint messages into report messages, with full points (line, column and offset). */
export class MessageConverter {
  private readonly doc: Doc
  private starts: number[] | undefined

  constructor(doc: Doc) {
    this.doc = doc
  }

  private point(p: LintPointLike | null | undefined): ReportPoint | null {
    if (!p) return null
    if (isNumber(p.offset)) return toPoint(this.doc.pointAt(p.offset))
    if (!isNumber(p.line)) return null
    this.starts ??= lineStarts(this.doc.text)
    const line = Math.min(Math.max(1, Math.trunc(p.line)), this.starts.length)
    const lineStart = this.starts[line - 1] as number
    const lineEnd = line < this.starts.length ? (this.starts[line] as number) : this.doc.text.length
    const column = isNumber(p.column) ? Math.max(1, Math.trunc(p.column)) : 1
    return toPoint(this.doc.pointAt(Math.min(lineStart + column - 1, lineEnd)))
  }

  private place(message: LintMessage): { start: ReportPoint | null; end: ReportPoint | null } {
    const place: LintPlace | null | undefined = message.place
    if (place && ('start' in place || 'end' in place)) {
      const range = place as { start?: LintPointLike; end?: LintPointLike }
      const start = this.point(range.start)
      const end = this.point(range.end) ?? start
      return { start, end }
    }
    const start =
      this.point(place as LintPointLike | null | undefined) ??
      this.point({ line: message.line, column: message.column })
    return { start, end: start }
  }

  convert(message: LintMessage): ReportMessage {
    const { start, end } = this.place(message)
    const text = (value: string | null | undefined) =>
      typeof value === 'string' && value !== '' ? value : null
    return {
      ruleId: text(message.ruleId),
      source: text(message.source),
      severity: severityOf(message),
      reason: String(message.reason ?? message.message ?? ''),
      start,
      end: end && start && end.offset < start.offset ? start : end,
      url: text(message.url),
      note: text(message.note),
      actual: typeof message.actual === 'string' ? message.actual : null,
      expected: Array.isArray(message.expected)
        ? message.expected.filter((e): e is string => typeof e === 'string')
        : null,
    }
  }

  /** All messages, in file order (messages without a place last), stable otherwise. */
  convertAll(messages: readonly LintMessage[]): ReportMessage[] {
    return messages
      .map((m, index) => ({ m: this.convert(m), index }))
      .sort(
        (a, b) =>
          (a.m.start?.offset ?? Number.POSITIVE_INFINITY) -
            (b.m.start?.offset ?? Number.POSITIVE_INFINITY) || a.index - b.index,
      )
      .map(({ m }) => m)
  }
}
