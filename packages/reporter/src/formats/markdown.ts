import type { FormatOptions, Report } from '../types.js'
import {
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
  unsourcedClaims,
} from './shared.js'

/**
 * Escapes text for Markdown (CommonMark and GitHub): every character that could open emphasis,
 * code, a link or image, an HTML tag, an entity, a table cell, strikethrough, maths or a
 * mention is backslash-escaped, and line breaks fold to spaces, so article text always
 * renders as the text it is.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>&|~!@$]/g, '\\$&')
}

/** Escapes text for a code span. */
function code(text: string): string {
  const folded = oneLine(text)
  const longest = Math.max(0, ...[...folded.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = folded.startsWith('`') || folded.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${folded}${pad}${fence}`
}

/** A code span inside a table cell, where GitHub splits on any unescaped pipe. */
function cellCode(text: string): string {
  return code(text).replace(/\|/g, '\\|')
}

function quoteText(text: string, max = 160): string {
  return `“${escapeMarkdown(oneLine(text, max))}”`
}

function reportSection(report: Report, heading: string): string[] {
  const { score } = report
  const lines: string[] = []
  const title = report.title ? escapeMarkdown(report.title) : code(fileLabel(report))
  lines.push(`${heading} Sourcing report: ${title}`, '')
  if (report.title) lines.push(`File: ${code(fileLabel(report))}`, '')
  lines.push(
    `**Sourcing score ${score.value}/100 — grade ${escapeMarkdown(score.grade)}** · ${counts(report)}`,
    '',
  )

  lines.push('| Part | Figure | Points |', '| --- | --- | ---: |')
  for (const part of score.parts)
    lines.push(
      `| ${escapeMarkdown(part.label)} | ${escapeMarkdown(part.display)} | ${part.points > 0 ? minus(part.points) : '0'} |`,
    )
  lines.push('')

  lines.push(`${heading}# Profile`, '', '| Sourcing | Claims | Share |', '| --- | ---: | ---: |')
  for (const entry of score.profile)
    lines.push(`| ${escapeMarkdown(entry.label)} | ${entry.claims} | ${pct(entry.share)} |`)
  lines.push('')

  lines.push(`${heading}# Deductions`, '')
  if (score.deductions.length === 0) lines.push('None.', '')
  else {
    for (const d of [...score.deductions].sort((a, b) => b.points - a.points)) {
      const rule = d.ruleId ? ` (${code(d.ruleId)})` : ''
      lines.push(`- **${minus(d.points)}** ${escapeMarkdown(d.reason)}${rule}  `)
      lines.push(`  _${escapeMarkdown(d.standard)}_`)
      for (const s of d.sentences) lines.push(`  - line ${s.start.line}: ${quoteText(s.text)}`)
    }
    lines.push('')
  }

  lines.push(`${heading}# Sources`, '')
  const sources = ledger(report)
  if (sources.length === 0) lines.push('None.', '')
  else {
    lines.push('| Source | Kind | Claims | Quoted | Lacks |', '| --- | --- | ---: | --- | --- |')
    for (const s of sources)
      lines.push(
        `| ${escapeMarkdown(s.name)} | ${s.kind} | ${s.claims} | ${s.quoted ? 'yes' : 'no'} | ${s.breaches.length ? escapeMarkdown(s.breaches.map((b) => breachLabels[b]).join('; ')) : ''} |`,
      )
    lines.push('')
  }

  const flagged = flaggedSources(report)
  if (flagged.length) {
    lines.push(`${heading}# Flagged anonymous sources`, '')
    for (const s of flagged)
      lines.push(
        `- ${quoteText(s.name)} (line ${s.introduced.start.line}) lacks: ${escapeMarkdown(s.breaches.map((b) => breachLabels[b]).join('; '))}`,
      )
    lines.push('')
  }

  const unsourced = unsourcedClaims(report)
  if (unsourced.length) {
    lines.push(`${heading}# Unsourced claims`, '')
    for (const c of unsourced) lines.push(`- line ${c.start.line}: ${quoteText(c.text, 240)}`)
    lines.push('')
  }

  lines.push(`${heading}# Messages`, '')
  if (report.messages.length === 0) lines.push('None.', '')
  else {
    lines.push('| Place | Severity | Message | Rule |', '| --- | --- | --- | --- |')
    for (const m of report.messages) {
      const rule = m.ruleId
        ? m.url && /^https?:\/\//.test(m.url)
          ? `[${escapeMarkdown(m.ruleId)}](<${m.url.replace(/[<>\s]/g, encodeURIComponent)}>)`
          : cellCode(m.ruleId)
        : ''
      lines.push(`| ${place(m.start)} | ${m.severity} | ${escapeMarkdown(m.reason)} | ${rule} |`)
    }
    lines.push('', severityCounts(report.messages), '')
  }
  return lines
}

/**
 * The report as a Markdown document to paste into a review or a pull-request comment. Several
 * reports get a summary table first, sorted by score.
 */
export function markdown(reports: readonly Report[], _options: FormatOptions = {}): string {
  const lines: string[] = []
  if (reports.length > 1) {
    lines.push('# Sourcing reports', '', '| File | Score | Grade | Claims | Unsourced | Messages |')
    lines.push('| --- | ---: | --- | ---: | ---: | ---: |')
    const sorted = reports
      .map((r, i) => ({ r, i }))
      .sort((a, b) => a.r.score.value - b.r.score.value || a.i - b.i)
    for (const { r } of sorted)
      lines.push(
        `| ${cellCode(fileLabel(r))} | ${r.score.value} | ${escapeMarkdown(r.score.grade)} | ${r.claims.length} | ${unsourcedClaims(r).length} | ${r.messages.length} |`,
      )
    lines.push('')
  }
  const heading = reports.length > 1 ? '##' : '#'
  for (const report of reports) for (const line of reportSection(report, heading)) lines.push(line)
  return `${lines.join('\n').trimEnd()}\n`
}
