import type { FormatOptions, Report, SourcingStatus } from '../types.js'
import { type Palette, palette, sanitize, shouldColor } from './color.js'
import {
  barCells,
  breachLabels,
  counts,
  fileLabel,
  flaggedSources,
  ledger,
  minus,
  oneLine,
  pct,
  place,
  severityCounts,
  statusLabels,
  unsourcedClaims,
} from './shared.js'

const BAR_WIDTH = 40

/** Glyph and 256-colour code of each status in the profile bar, strongest to weakest. */
const statusStyle: Record<SourcingStatus, { glyph: string; color: number }> = {
  'named-quote': { glyph: '█', color: 28 },
  'named-paraphrase': { glyph: '▓', color: 70 },
  document: { glyph: '▒', color: 31 },
  'anonymous-qualified': { glyph: '░', color: 178 },
  'anonymous-bare': { glyph: '▞', color: 166 },
  vague: { glyph: '▚', color: 134 },
  agentless: { glyph: '·', color: 245 },
  unattributed: { glyph: '×', color: 160 },
}

function gradeColor(p: Palette, grade: string): (s: string) => string {
  if (grade.startsWith('A') || grade.startsWith('B')) return p.green
  if (grade.startsWith('C')) return p.yellow
  return p.red
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text
}

function profileLines(report: Report, p: Palette): string[] {
  const cells = barCells(report.score.profile, BAR_WIDTH)
  if (cells.length === 0) return ['  Profile   (no claims)']
  const bar = cells
    .map(({ status, cells: n }) =>
      p.fg(statusStyle[status].color)(statusStyle[status].glyph.repeat(n)),
    )
    .join('')
  const legend = report.score.profile
    .filter((e) => e.claims > 0)
    .map(
      (e) =>
        `${p.fg(statusStyle[e.status].color)(statusStyle[e.status].glyph)} ${statusLabels[e.status]} ${e.claims} (${pct(e.share)})`,
    )
  const lines = [`  Profile   ${bar}`]
  for (let i = 0; i < legend.length; i += 3)
    lines.push(`            ${legend.slice(i, i + 3).join('   ')}`)
  return lines
}

function reportLines(report: Report, p: Palette): string[] {
  const lines: string[] = []
  const { score } = report
  const title = report.title ? ` — ${sanitize(oneLine(report.title, 80))}` : ''
  lines.push(p.bold(`${sanitize(fileLabel(report))}${title}`))
  lines.push(
    `  Sourcing score ${p.bold(String(score.value))}/100  ${p.bold(gradeColor(p, score.grade)(`grade ${score.grade}`))}   ` +
      p.dim(counts(report)),
  )
  lines.push(...profileLines(report, p))

  lines.push('', p.bold('  Parts'))
  for (const part of score.parts)
    lines.push(
      `    ${pad(part.label, 42)} ${pad(sanitize(oneLine(part.display, 60)), 60)} ${part.points > 0 ? p.red(padStart(minus(part.points), 6)) : p.dim(padStart('0', 6))}`,
    )

  if (score.deductions.length) {
    lines.push('', p.bold('  Deductions'))
    const sorted = [...score.deductions].sort((a, b) => b.points - a.points)
    for (const d of sorted) {
      const rule = d.ruleId ? `  ${p.dim(d.ruleId)}` : ''
      lines.push(
        `    ${p.red(padStart(minus(d.points), 6))}  ${sanitize(oneLine(d.reason))}${rule}`,
      )
      for (const s of d.sentences.slice(0, 3))
        lines.push(`            ${p.dim(place(s.start))}  ${sanitize(oneLine(s.text, 90))}`)
      if (d.sentences.length > 3)
        lines.push(p.dim(`            … and ${d.sentences.length - 3} more`))
      lines.push(p.dim(`            ${d.standard}`))
    }
  }

  const sources = ledger(report)
  lines.push('', p.bold('  Sources'))
  if (sources.length === 0) lines.push(p.dim('    (none)'))
  else {
    lines.push(p.dim(`    ${pad('who', 44)} ${pad('kind', 10)} ${padStart('claims', 6)}  quoted`))
    for (const s of sources)
      lines.push(
        `    ${pad(sanitize(oneLine(s.name, 44)), 44)} ${pad(s.kind, 10)} ${padStart(String(s.claims), 6)}  ${s.quoted ? 'yes' : 'no'}`,
      )
  }

  const flagged = flaggedSources(report)
  if (flagged.length) {
    lines.push('', p.bold('  Flagged anonymous sources'))
    for (const s of flagged)
      lines.push(
        `    ${p.yellow(`“${sanitize(oneLine(s.name, 60))}”`)} ${p.dim(place(s.introduced.start))}  lacks: ${s.breaches.map((b) => breachLabels[b]).join('; ')}`,
      )
  }

  const unsourced = unsourcedClaims(report)
  if (unsourced.length) {
    lines.push('', p.bold('  Unsourced claims'))
    for (const c of unsourced) {
      const tags = [
        c.features.accusation ? 'accusation' : '',
        c.features.figures ? 'figures' : '',
        c.features.superlative ? 'superlative' : '',
        c.lede ? 'lede' : '',
      ].filter(Boolean)
      lines.push(
        `    ${p.dim(pad(place(c.start), 8))} ${sanitize(oneLine(c.text, 90))} ${p.dim(`[${tags.join(', ')}]`)}`,
      )
    }
  }
  return lines
}

function messageLines(reports: readonly Report[], p: Palette): string[] {
  const rows = reports.flatMap((report) =>
    report.messages.map((m) => ({
      where: `${sanitize(fileLabel(report))}:${place(m.start)}`,
      severity: m.severity,
      reason: sanitize(oneLine(m.reason)),
      rule: m.ruleId ?? '',
    })),
  )
  if (rows.length === 0) return []
  // A loop, not Math.max(...rows): spreading 100,000 messages overflows the call stack.
  let whereWidth = 0
  let longestReason = 0
  for (const r of rows) {
    whereWidth = Math.max(whereWidth, r.where.length)
    longestReason = Math.max(longestReason, r.reason.length)
  }
  const reasonWidth = Math.min(80, longestReason)
  const color = { error: p.red, warning: p.yellow, info: p.blue }
  return rows.map((r) =>
    `${pad(r.where, whereWidth)}  ${color[r.severity](pad(r.severity, 7))}  ${pad(r.reason, reasonWidth)}  ${p.dim(r.rule)}`.trimEnd(),
  )
}

/**
 * For the terminal: per article the score and grade, the profile bar, the parts and deductions,
 * the source ledger, flagged anonymous sources and unsourced claims; then every lint message
 * as `file:line:col  severity  message  rule-id`. Colour follows `options.color`, else the
 * terminal and `NO_COLOR`.
 */
export function text(reports: readonly Report[], options: FormatOptions = {}): string {
  const p = palette(shouldColor(options.color))
  const blocks = reports.map((r) => reportLines(r, p).join('\n'))
  const messages = messageLines(reports, p)
  const all = reports.flatMap((r) => r.messages)
  let out = blocks.join('\n\n')
  if (messages.length) out += `\n\n${messages.join('\n')}`
  if (reports.length) out += `\n\n${p.dim(severityCounts(all))}`
  return `${out}\n`
}
