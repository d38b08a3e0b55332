import type { ReportMessage } from '@onrecord/reporter'
import { type Paint, paint } from './color.js'

/** Control characters and bidirectional overrides are removed before text reaches a terminal. */
export function sanitize(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    '',
  )
}

function oneLine(text: string): string {
  return sanitize(text.replace(/\s+/g, ' ').trim())
}

/** Terminal width of a string: wide (East Asian) characters take two cells. */
function width(text: string): number {
  let cells = 0
  for (const char of text) {
    const code = char.codePointAt(0) as number
    cells +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd)
        ? 2
        : 1
  }
  return cells
}

function padEnd(text: string, cells: number): string {
  const w = width(text)
  return w >= cells ? text : text + ' '.repeat(cells - w)
}

export interface StylishFile {
  label: string
  messages: readonly ReportMessage[]
  score: number
  grade: string
  /** `--min-score`: mark a score under it. */
  minScore: number | null
  /** `--quiet`: errors only, and no block at all for a file without errors. */
  quiet: boolean
}

const severityLabel = { error: 'error', warning: 'warning', info: 'info' } as const

/**
 * One file in the stylish layout (ESLint's, which people know): the file with its sourcing
 * score, then one line per message — `line:column  severity  message  rule-id` — aligned.
 */
export function stylishFile(file: StylishFile, color: boolean): string {
  const p = paint(color)
  const messages = file.quiet ? file.messages.filter((m) => m.severity === 'error') : file.messages
  const underScore = file.minScore !== null && file.score < file.minScore
  if (file.quiet && messages.length === 0 && !underScore) return ''
  const gradeColor: Paint = /^[AB]/.test(file.grade)
    ? p.green
    : /^C/.test(file.grade)
      ? p.yellow
      : p.red
  const scoreText = `score ${file.score}/100 (${file.grade})`
  let header = `${p.underline(sanitize(file.label))}  ${gradeColor(scoreText)}`
  if (underScore) header += `  ${p.red(`under --min-score ${file.minScore}`)}`
  if (messages.length === 0) return `${header}  ${p.dim('no problems')}\n`
  const rows = messages.map((m) => ({
    line: String(m.start?.line ?? 0),
    column: String(m.start?.column ?? 0),
    severity: m.severity,
    reason: oneLine(m.reason || m.ruleId || 'problem'),
    rule: m.ruleId ?? '',
  }))
  // Line numbers right-aligned, columns left-aligned: the colons line up.
  const lineWidth = Math.max(...rows.map((r) => r.line.length))
  const columnWidth = Math.max(...rows.map((r) => r.column.length))
  const severityWidth = Math.max(...rows.map((r) => r.severity.length))
  const reasonWidth = Math.min(90, Math.max(...rows.map((r) => width(r.reason))))
  const tint = { error: p.red, warning: p.yellow, info: p.blue }
  const lines = rows.map((r) => {
    const place = `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`
    const severity = tint[r.severity](padEnd(severityLabel[r.severity], severityWidth))
    return `  ${p.dim(place)}  ${severity}  ${padEnd(r.reason, reasonWidth)}  ${p.dim(r.rule)}`.trimEnd()
  })
  return `${header}\n${lines.join('\n')}\n`
}

export interface Totals {
  files: number
  errors: number
  warnings: number
  infos: number
  failed: number
  skipped: number
  scored: number
  scoreSum: number
  underScore: number
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The closing line: problems by severity, files, the average score and files that failed. */
export function summaryLine(totals: Totals, color: boolean, minScore: number | null): string {
  const p = paint(color)
  const problems = totals.errors + totals.warnings + totals.infos
  const parts: string[] = []
  const checked = plural(totals.files, 'file')
  if (problems === 0) parts.push(p.green(`✔ ${checked} checked, no problems`))
  else {
    const kinds = [
      plural(totals.errors, 'error'),
      plural(totals.warnings, 'warning'),
      ...(totals.infos ? [`${totals.infos} info`] : []),
    ].join(', ')
    const mark = totals.errors > 0 ? p.red('✖') : p.yellow('⚠')
    parts.push(`${mark} ${plural(problems, 'problem')} (${kinds}) in ${checked}`)
  }
  if (totals.scored > 0) parts.push(`average score ${Math.round(totals.scoreSum / totals.scored)}`)
  if (minScore !== null && totals.underScore > 0)
    parts.push(p.red(`${plural(totals.underScore, 'file')} under --min-score ${minScore}`))
  if (totals.skipped > 0) parts.push(`${plural(totals.skipped, 'file')} skipped`)
  if (totals.failed > 0) parts.push(p.red(`${plural(totals.failed, 'input')} could not be checked`))
  return `${parts.join(' · ')}\n`
}
