import { breachLabels, sourcingStatuses, statusLabels } from '../status.js'
import type {
  Report,
  ReportClaim,
  ReportMessage,
  ReportPoint,
  ReportSource,
  SourcingStatus,
} from '../types.js'

export { breachLabels, sourcingStatuses, statusLabels }

/** The name a report goes by: its path, or "<text>" for text with no file. */
export function fileLabel(report: Report): string {
  return report.file ?? '<text>'
}

/** `line:column` of a point. */
export function place(point: ReportPoint | null): string {
  return point ? `${point.line}:${point.column}` : '0:0'
}

/** Whitespace folded to single spaces, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max = Number.POSITIVE_INFINITY): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  if (folded.length <= max) return folded
  return `${folded.slice(0, Math.max(0, max - 1)).trimEnd()}…`
}

/** "−12.5" with a true minus sign. */
export function minus(points: number): string {
  return `−${points.toFixed(1)}`
}

export function pct(share: number): string {
  return `${Math.round(share * 100)}%`
}

export function sourceKindLabel(source: ReportSource): string {
  return source.kind
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "412 words · 9 claims · 4 sources · 3 quotes" */
export function counts(report: Report): string {
  return [
    count(report.words, 'word'),
    count(report.claims.length, 'claim'),
    count(ledger(report).length, 'source'),
    count(report.quotes.length, 'quote'),
  ].join(' · ')
}

/** The source ledger: every source that carries an attribution, most claims first. */
export function ledger(report: Report): ReportSource[] {
  return report.sources
    .filter((s) => s.attributions.length > 0)
    .map((s, index) => ({ s, index }))
    .sort((a, b) => b.s.claims - a.s.claims || a.index - b.index)
    .map(({ s }) => s)
}

/** Anonymous sources that break at least one standard. */
export function flaggedSources(report: Report): ReportSource[] {
  return report.sources.filter((s) => s.breaches.length > 0)
}

/** Claims of news (not background) with no source at all. */
export function unsourcedClaims(report: Report): ReportClaim[] {
  return report.claims.filter((c) => c.status === 'unattributed' && !c.background)
}

export function severityCounts(messages: readonly ReportMessage[]): string {
  const errors = messages.filter((m) => m.severity === 'error').length
  const warnings = messages.filter((m) => m.severity === 'warning').length
  const infos = messages.filter((m) => m.severity === 'info').length
  const parts: string[] = []
  if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`)
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`)
  if (infos) parts.push(`${infos} info`)
  return parts.length ? parts.join(', ') : 'no messages'
}

/**
 * Splits `width` cells among the profile's statuses by share (largest remainder), giving every
 * status with claims at least one cell when there is room.
 */
export function barCells(
  entries: ReadonlyArray<{ status: SourcingStatus; claims: number }>,
  width: number,
): Array<{ status: SourcingStatus; cells: number }> {
  const total = entries.reduce((sum, e) => sum + e.claims, 0)
  if (total === 0) return []
  const present = entries.filter((e) => e.claims > 0)
  const exact = present.map((e) => (e.claims / total) * width)
  const cells = exact.map((x) => Math.floor(x))
  let left = width - cells.reduce((a, b) => a + b, 0)
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    cells[i] = (cells[i] as number) + 1
    left--
  }
  // Every present status visible: borrow from the widest.
  for (let i = 0; i < cells.length; i++) {
    if ((cells[i] as number) > 0) continue
    let widest = 0
    for (let j = 1; j < cells.length; j++)
      if ((cells[j] as number) > (cells[widest] as number)) widest = j
    if ((cells[widest] as number) > 1) {
      cells[widest] = (cells[widest] as number) - 1
      cells[i] = 1
    }
  }
  return present.map((e, i) => ({ status: e.status, cells: cells[i] as number }))
}
