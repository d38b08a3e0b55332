import type { Report } from '@onrecord/reporter'

/** One article in the `--summary` table. */
export interface SummaryRow {
  file: string
  title: string | null
  words: number
  score: number
  grade: string
  claims: number
  /** Claims of news (not background) with no source at all. */
  unsourcedClaims: number
  /** Distinct sources of each kind that carry at least one attribution. */
  namedSources: number
  documentSources: number
  anonymousSources: number
  vagueSources: number
  quotes: number
  /** Hedges in the reporter's own voice. */
  hedges: number
  errors: number
  warnings: number
}

export const summaryColumns: ReadonlyArray<[keyof SummaryRow, string]> = [
  ['file', 'file'],
  ['title', 'title'],
  ['words', 'words'],
  ['score', 'score'],
  ['grade', 'grade'],
  ['claims', 'claims'],
  ['unsourcedClaims', 'unsourced_claims'],
  ['namedSources', 'named_sources'],
  ['documentSources', 'document_sources'],
  ['anonymousSources', 'anonymous_sources'],
  ['vagueSources', 'vague_sources'],
  ['quotes', 'quotes'],
  ['hedges', 'hedges'],
  ['errors', 'errors'],
  ['warnings', 'warnings'],
]

export function summaryRow(report: Report, label: string): SummaryRow {
  const sources = report.sources.filter((s) => s.attributions.length > 0)
  const count = (kind: string) => sources.filter((s) => s.kind === kind).length
  return {
    file: label,
    title: report.title,
    words: report.words,
    score: report.score.value,
    grade: report.score.grade,
    claims: report.claims.length,
    unsourcedClaims: report.claims.filter((c) => c.status === 'unattributed' && !c.background)
      .length,
    namedSources: count('named'),
    documentSources: count('document'),
    anonymousSources: count('anonymous'),
    vagueSources: count('vague'),
    quotes: report.quotes.length,
    hedges: report.hedges.filter((h) => h.voice === 'reporter').length,
    errors: report.messages.filter((m) => m.severity === 'error').length,
    warnings: report.messages.filter((m) => m.severity === 'warning').length,
  }
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text field that
 * starts with `=`, `+`, `-`, `@` or a tab is prefixed with `'`, so a spreadsheet never runs a
 * file name or title as a formula.
 */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const csv = {
  header(): string {
    return `${summaryColumns.map(([, name]) => name).join(',')}\n`
  },
  row(row: SummaryRow): string {
    return `${summaryColumns.map(([key]) => csvField(row[key])).join(',')}\n`
  },
}

/** The JSON summary: an array of rows, written one row a line so it streams. */
export const jsonSummary = {
  open: '[\n',
  row(row: SummaryRow, first: boolean): string {
    return `${first ? '' : ',\n'}  ${JSON.stringify(row)}`
  },
  close(any: boolean): string {
    return any ? '\n]\n' : ']\n'
  },
}
