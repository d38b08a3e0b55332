import type { FormatOptions, Report, ReportBlock, ReportSpan, SourcingStatus } from '../types.js'
import { escapeHtml } from './escape.js'
import { contentSecurityPolicy, css, js } from './html-assets.js'
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
} from './shared.js'

export { escapeHtml }

/** An http(s) URL safe to link to, or null. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

const statusColors: Record<SourcingStatus, string> = {
  'named-quote': '#1a7f37',
  'named-paraphrase': '#4ac26b',
  document: '#0969da',
  'anonymous-qualified': '#d4a72c',
  'anonymous-bare': '#bc4c00',
  vague: '#8250df',
  agentless: '#8c959f',
  unattributed: '#cf222e',
}

/** A highlight: a stretch of the article with classes and the detail it refers to. */
interface Range {
  start: number
  end: number
  classes: string[]
  ref: string
}

function pointsText(points: number): string {
  return points > 0 ? minus(points) : '0'
}

function gradeClass(grade: string): string {
  if (grade.startsWith('A') || grade.startsWith('B')) return 'grade-good'
  if (grade.startsWith('C')) return 'grade-mid'
  return 'grade-bad'
}

function swatch(color: string): string {
  return `<svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${color}"/></svg>`
}

function quoteSpan(span: ReportSpan, max = 160): string {
  return `“${escapeHtml(oneLine(span.text, max))}”`
}

/** The details a hover shows, one element per ref, rendered once and hidden. */
function details(report: Report): string {
  const out: string[] = []
  const entities = new Map(report.sources.map((s, i) => [s.id, { s, i }]))
  const attributionIndex = new Map(report.attributions.map((a, i) => [a.id, i]))
  const detail = (ref: string, title: string, lines: string[]) =>
    out.push(
      `<div class="detail" data-detail="${ref}"><div class="dt">${title}</div>${lines
        .filter(Boolean)
        .map((l) => `<div class="dd">${l}</div>`)
        .join('')}</div>`,
    )
  report.attributions.forEach((a, i) => {
    const entity = a.source?.entity ? entities.get(a.source.entity)?.s : undefined
    const who = a.source
      ? `${escapeHtml(oneLine(entity?.name ?? a.source.text, 120))} <span class="kind kind-${a.source.kind}">${escapeHtml(entity?.kind ?? a.source.kind)}</span>${a.source.reference && entity ? ` (“${escapeHtml(oneLine(a.source.text, 40))}”)` : ''}`
      : 'no source (agentless)'
    detail(`a${i}`, `Attribution · ${escapeHtml(a.kind)}`, [
      `Source: ${who}`,
      a.cue ? `Cue: ${quoteSpan(a.cue, 60)}` : '',
      `Content: ${quoteSpan(a.content, 200)}`,
    ])
  })
  report.sources.forEach((s, i) => {
    detail(`e${i}`, `Source · ${escapeHtml(oneLine(s.name, 120))}`, [
      `<span class="kind kind-${escapeHtml(s.kind)}">${escapeHtml(s.kind)}</span> · ${s.claims} ${s.claims === 1 ? 'claim' : 'claims'} · ${s.quoted ? 'quoted directly' : 'not quoted directly'} · ${s.mentions.length} ${s.mentions.length === 1 ? 'mention' : 'mentions'}`,
      s.anonymity
        ? `Reason: ${s.anonymity.reason ? quoteSpan(s.anonymity.reason, 100) : 'none given'} · Basis: ${s.anonymity.basis ? quoteSpan(s.anonymity.basis, 100) : 'none given'}`
        : '',
      s.breaches.length
        ? `<span class="lacks">Lacks: ${escapeHtml(s.breaches.map((b) => breachLabels[b]).join('; '))}</span>`
        : '',
      s.introducedFully ? '' : 'Not fully introduced at first attribution',
    ])
  })
  report.quotes.forEach((q, i) => {
    const speaker = q.speaker ? entities.get(q.speaker)?.s : undefined
    const attribution = q.attribution !== null ? attributionIndex.get(q.attribution) : undefined
    detail(`q${i}`, 'Quote', [
      `Speaker: ${speaker ? escapeHtml(oneLine(speaker.name, 120)) : attribution !== undefined ? 'attributed, speaker not linked' : 'no speaker found'}`,
    ])
  })
  report.hedges.forEach((h, i) => {
    detail(
      `h${i}`,
      `Hedge · ${escapeHtml(h.kind)} · ${h.voice === 'reporter' ? 'reporter’s voice' : 'inside a quote'}`,
      [
        `“${escapeHtml(oneLine(h.entry, 60))}” hedges ${quoteSpan(h.scope, 120)}`,
        h.kind === 'hearsay' ? (h.namedOrigin ? 'Origin named' : 'No named origin') : '',
      ],
    )
  })
  report.claims.forEach((c, i) => {
    const features = [
      c.features.accusation ? 'accusation' : '',
      c.features.figures ? 'figures' : '',
      c.features.superlative ? 'superlative' : '',
      c.background ? 'background' : '',
      c.main ? 'lede’s main claim' : c.lede ? 'lede' : '',
    ].filter(Boolean)
    detail(`c${i}`, `Claim · ${escapeHtml(statusLabels[c.status])}`, [
      features.length ? escapeHtml(features.join(' · ')) : '',
    ])
  })
  report.messages.forEach((m, i) => {
    const url = safeUrl(m.url)
    const rule = m.ruleId
      ? url
        ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${escapeHtml(m.ruleId)}</a>`
        : escapeHtml(m.ruleId)
      : 'message'
    detail(`m${i}`, `<span class="sev-${m.severity}">${m.severity}</span> · ${rule}`, [
      escapeHtml(m.reason),
      m.note ? escapeHtml(m.note) : '',
      m.expected?.length ? `Expected: ${escapeHtml(m.expected.join(', '))}` : '',
    ])
  })
  return out.join('')
}

/** Every highlight of a report. */
function ranges(report: Report): Range[] {
  const out: Range[] = []
  const add = (
    span: { start: { offset: number }; end: { offset: number } },
    classes: string[],
    ref: string,
  ) => {
    if (span.end.offset > span.start.offset)
      out.push({ start: span.start.offset, end: span.end.offset, classes, ref })
  }
  const entityIndex = new Map(report.sources.map((s, i) => [s.id, i]))
  const entityKind = new Map(report.sources.map((s) => [s.id, s.kind]))
  report.claims.forEach((c, i) => {
    add(
      c,
      c.status === 'unattributed' && !c.background ? ['claim', 'unsourced'] : ['claim'],
      `c${i}`,
    )
  })
  report.attributions.forEach((a, i) => {
    const kind = a.source
      ? ((a.source.entity ? entityKind.get(a.source.entity) : undefined) ?? a.source.kind)
      : 'agentless'
    add(a.content, ['content', `ct-${kind}`], `a${i}`)
    if (a.cue) add(a.cue, ['cue'], `a${i}`)
    if (a.source) {
      const entity = a.source.entity !== null ? entityIndex.get(a.source.entity) : undefined
      add(a.source, ['src', `src-${kind}`], entity !== undefined ? `e${entity}` : `a${i}`)
      if (entity !== undefined) add(a.source, [], `a${i}`)
    }
  })
  const attributed = new Set(report.quotes.filter((q) => q.attribution !== null).map((q) => q.id))
  report.quotes.forEach((q, i) => {
    add(q, attributed.has(q.id) ? ['quote'] : ['quote', 'ct-none'], `q${i}`)
  })
  report.hedges.forEach((h, i) => {
    add(h, ['hedge', `hedge-${h.voice}`], `h${i}`)
  })
  report.messages.forEach((m, i) => {
    if (m.start && m.end) add({ start: m.start, end: m.end }, [`msg-${m.severity}`], `m${i}`)
  })
  return out
}

/** Ref order in a popover: what the reader most wants first. */
const refOrder = (ref: string) => 'mehaqc'.indexOf(ref[0] ?? 'c')

/** The article's blocks with every highlight, text escaped, as HTML. */
function articleHtml(report: Report, prefix: string, anchors: ReadonlySet<number>): string {
  const article = report.article
  if (!article)
    return '<p class="empty">The article text is not in this report (it was made with <code>text: false</code>).</p>'
  const all = ranges(report)
  const starts = [...all].sort((a, b) => a.start - b.start)
  const text = article.text

  // Boundaries: every place a highlight starts or ends, and every anchor.
  const boundarySet = new Set<number>(anchors)
  for (const r of all) {
    boundarySet.add(r.start)
    boundarySet.add(r.end)
  }
  const boundaries = [...boundarySet].sort((a, b) => a - b)

  // A sweep over the article: the highlights active at each stretch.
  let next = 0
  let active: Range[] = []
  let position = -1
  const activeAt = (offset: number): Range[] => {
    if (offset < position) {
      next = 0
      active = []
    }
    while (next < starts.length && (starts[next] as Range).start <= offset)
      active.push(starts[next++] as Range)
    active = active.filter((r) => r.end > offset)
    position = offset
    return active
  }
  const firstBoundaryAfter = (offset: number): number => {
    let low = 0
    let high = boundaries.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((boundaries[mid] as number) <= offset) low = mid + 1
      else high = mid
    }
    return low
  }

  // Anchors for links from deductions and messages, each placed at the first prose at or after
  // its offset (a sentence may start in markup: "**VARNA —**").
  const anchorList = [...anchors].sort((a, b) => a - b)
  let nextAnchor = 0
  const anchor = (offset: number) => {
    let html = ''
    while (nextAnchor < anchorList.length && (anchorList[nextAnchor] as number) <= offset)
      html += `<span class="anchor" id="${prefix}-o${anchorList[nextAnchor++]}"></span>`
    return html
  }
  /** A stretch of text with the highlights active over it; neighbours alike are merged. */
  const segmentOpen = (here: Range[]): string => {
    if (here.length === 0) return ''
    const classes = new Set<string>(['seg'])
    for (const r of here) for (const c of r.classes) classes.add(c)
    const refs = [...new Set(here.map((r) => r.ref))].sort((a, b) => refOrder(a) - refOrder(b))
    return `<span class="${[...classes].join(' ')}" data-refs="${refs.join(' ')}" tabindex="0">`
  }

  const blockHtml = (block: ReportBlock): string => {
    let html = ''
    let open = ''
    let buffer = ''
    const flush = () => {
      html += open ? `${open}${buffer}</span>` : buffer
      open = ''
      buffer = ''
    }
    const emit = (marker: string, content: string, here: Range[]) => {
      const tag = segmentOpen(here)
      if (marker !== '' || tag !== open) flush()
      html += marker
      open = tag
      buffer += content
    }
    for (const piece of block.prose) {
      const [start, end] = piece
      if (piece.length === 3) {
        emit(
          anchor(start),
          escapeHtml(piece[2]),
          activeAt(start).filter((r) => r.start < Math.max(end, start + 1)),
        )
        continue
      }
      let cursor = start
      let b = firstBoundaryAfter(cursor)
      while (cursor < end) {
        const stop = Math.min(end, b < boundaries.length ? (boundaries[b] as number) : end)
        emit(anchor(cursor), escapeHtml(text.slice(cursor, stop)), activeAt(cursor))
        cursor = stop
        b++
      }
    }
    flush()
    return html
  }

  const out: string[] = []
  let inList = false
  for (const block of article.blocks) {
    if (block.prose.length === 0) continue
    const inner = `<span class="ln" aria-hidden="true">${block.start.line}</span>${blockHtml(block)}`
    if (block.kind === 'list-item' && !inList) {
      out.push('<ul>')
      inList = true
    } else if (block.kind !== 'list-item' && inList) {
      out.push('</ul>')
      inList = false
    }
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, Math.max(2, block.depth + 1))
        out.push(`<h${level} class="blk">${inner}</h${level}>`)
        break
      }
      case 'list-item':
        out.push(`<li class="blk">${inner}</li>`)
        break
      case 'blockquote':
        out.push(`<blockquote><p class="blk">${inner}</p></blockquote>`)
        break
      case 'caption':
        out.push(`<p class="blk caption">${inner}</p>`)
        break
      case 'table-cell':
        out.push(`<p class="blk cell">${inner}</p>`)
        break
      default:
        out.push(`<p class="blk">${inner}</p>`)
    }
  }
  if (inList) out.push('</ul>')
  const rest = anchor(Number.POSITIVE_INFINITY)
  if (rest) out.push(rest)
  return out.join('\n')
}

/** The score as a ring: 0–100 around a circle, the value and grade in the middle. */
function scoreRing(report: Report): string {
  const { value, grade } = report.score
  const r = 34
  const c = 2 * Math.PI * r
  const filled = (c * value) / 100
  const color =
    gradeClass(grade) === 'grade-good'
      ? '#1a7f37'
      : gradeClass(grade) === 'grade-mid'
        ? '#9a6700'
        : '#cf222e'
  return `<svg class="ring" width="88" height="88" viewBox="0 0 88 88" role="img" aria-label="Sourcing score ${value} of 100, grade ${escapeHtml(grade)}">
<circle cx="44" cy="44" r="${r}" fill="none" stroke="#d1d9e0" stroke-width="8"/>
<circle cx="44" cy="44" r="${r}" fill="none" stroke="${color}" stroke-width="8" stroke-linecap="round" stroke-dasharray="${filled.toFixed(2)} ${(c - filled).toFixed(2)}" transform="rotate(-90 44 44)"/>
<text x="44" y="50" text-anchor="middle" font-size="22" font-weight="700" fill="#1f2328">${value}</text>
</svg>`
}

/** The profile: claims by sourcing status as one stacked bar, with a legend. */
function profileChart(report: Report): string {
  const width = 300
  const cells = barCells(report.score.profile, width)
  if (cells.length === 0) return '<p class="muted">No claims.</p>'
  let x = 0
  const rects = cells
    .map(({ status, cells: w }) => {
      const entry = report.score.profile.find((e) => e.status === status)
      const rect = `<rect x="${x}" y="0" width="${w}" height="22" fill="${statusColors[status]}"><title>${escapeHtml(statusLabels[status])}: ${entry?.claims ?? 0} (${pct(entry?.share ?? 0)})</title></rect>`
      x += w
      return rect
    })
    .join('')
  const legend = report.score.profile
    .filter((e) => e.claims > 0)
    .map(
      (e) =>
        `<li>${swatch(statusColors[e.status])}${escapeHtml(e.label)} <span class="muted">${e.claims} · ${pct(e.share)}</span></li>`,
    )
    .join('')
  return `<svg class="profile" width="100%" height="22" viewBox="0 0 ${width} 22" preserveAspectRatio="none" role="img" aria-label="Claims by sourcing status">${rects}</svg><ul class="legend">${legend}</ul>`
}

/** A small bar: the points a part took off, against the most it can take. */
function pointsBar(points: number, max: number | null): string {
  const scale = max && max > 0 ? max : Math.max(points, 1)
  const width = Math.min(60, (60 * points) / scale)
  return `<svg class="bar" width="60" height="6" viewBox="0 0 60 6" aria-hidden="true"><rect width="60" height="6" rx="2" fill="#d1d9e0"/><rect width="${width.toFixed(1)}" height="6" rx="2" fill="#cf222e"/></svg>`
}

function panel(report: Report, prefix: string): string {
  const { score } = report
  const out: string[] = []
  out.push('<h3>Sourcing score</h3>')
  out.push(
    `<div class="scorebox">${scoreRing(report)}<div><div class="grade ${gradeClass(score.grade)}">Grade ${escapeHtml(score.grade)}</div><div class="meta">${escapeHtml(counts(report))}</div></div></div>`,
  )
  out.push('<h3>Profile</h3>', profileChart(report))

  out.push('<h3>Parts</h3><table class="parts"><tbody>')
  for (const part of score.parts)
    out.push(
      `<tr><td>${escapeHtml(part.label)}<br><span class="muted">${escapeHtml(part.display)}</span></td><td class="num ${part.points > 0 ? 'pts' : 'zero'}">${pointsText(part.points)}<br>${pointsBar(part.points, part.max)}</td></tr>`,
    )
  out.push('</tbody></table>')

  out.push('<h3>Source ledger</h3>')
  const sources = ledger(report)
  if (sources.length === 0) out.push('<p class="muted">No sources.</p>')
  else {
    const index = new Map(report.sources.map((s, i) => [s.id, i]))
    out.push(
      '<table class="ledger"><thead><tr><th>Who</th><th>Kind</th><th class="num">Claims</th><th>Quoted</th></tr></thead><tbody>',
    )
    for (const s of sources)
      out.push(
        `<tr data-refs="e${index.get(s.id)}" tabindex="0"><td>${escapeHtml(oneLine(s.name, 80))}${s.breaches.length ? `<br><span class="lacks">lacks: ${escapeHtml(s.breaches.map((b) => breachLabels[b]).join('; '))}</span>` : ''}</td><td><span class="kind kind-${escapeHtml(s.kind)}">${escapeHtml(s.kind)}</span></td><td class="num">${s.claims}</td><td>${s.quoted ? 'yes' : 'no'}</td></tr>`,
      )
    out.push('</tbody></table>')
  }
  const flagged = flaggedSources(report)
  if (flagged.length)
    out.push(
      `<p class="lacks">${flagged.length} anonymous ${flagged.length === 1 ? 'source breaks' : 'sources break'} a standard.</p>`,
    )

  out.push('<h3>Deductions</h3>')
  if (score.deductions.length === 0) out.push('<p class="muted">None.</p>')
  else {
    out.push('<ul class="deductions">')
    for (const d of [...score.deductions].sort((a, b) => b.points - a.points)) {
      const links = d.sentences
        .map((s) => `<a href="#${prefix}-o${s.start.offset}">line ${s.start.line}</a>`)
        .join('')
      out.push(
        `<li><span class="pts">${minus(d.points)}</span> ${escapeHtml(d.reason)}${d.ruleId ? ` <code>${escapeHtml(d.ruleId)}</code>` : ''}<div class="std">${escapeHtml(d.standard)}</div><div class="where">${links}</div></li>`,
      )
    }
    out.push('</ul>')
  }

  out.push(
    `<h3>Messages <span class="muted">${escapeHtml(severityCounts(report.messages))}</span></h3>`,
  )
  if (report.messages.length) {
    out.push('<table class="msgs"><tbody>')
    for (const m of report.messages) {
      const where = m.start ? `<a href="#${prefix}-o${m.start.offset}">${place(m.start)}</a>` : '–'
      out.push(
        `<tr><td class="num">${where}</td><td class="sev-${m.severity}">${m.severity}</td><td>${escapeHtml(m.reason)}${m.ruleId ? ` <code>${escapeHtml(m.ruleId)}</code>` : ''}</td></tr>`,
      )
    }
    out.push('</tbody></table>')
  }

  out.push(
    '<h3>Highlights</h3><ul class="keys">',
    '<li><span class="seg src src-named">Named</span>, <span class="seg src src-document">document</span>, <span class="seg src src-anonymous">anonymous</span>, <span class="seg src src-vague">vague</span> source</li>',
    '<li><span class="seg ct-named">What a source said</span> (tinted by kind of source)</li>',
    '<li><span class="seg cue">cue</span> · <span class="seg quote ct-none">quotation</span> · <span class="seg hedge">hedge</span></li>',
    '<li><span class="seg unsourced">claim of news with no source</span></li>',
    '<li><span class="seg msg-warning">lint message</span> — hover or click any highlight for details</li>',
    '</ul>',
  )
  return out.join('\n')
}

function reportSection(report: Report, index: number): string {
  const prefix = `r${index}`
  const anchors = new Set<number>()
  for (const d of report.score.deductions) for (const s of d.sentences) anchors.add(s.start.offset)
  for (const m of report.messages) if (m.start) anchors.add(m.start.offset)
  const title = report.title ?? fileLabel(report)
  return `<section class="report" id="${prefix}" aria-labelledby="${prefix}-title">
<h2 id="${prefix}-title">${escapeHtml(fileLabel(report))}${report.title ? ` — ${escapeHtml(oneLine(title, 200))}` : ''}</h2>
<div class="layout">
<article class="article" lang="en">
${articleHtml(report, prefix, anchors)}
</article>
<aside class="panel" aria-label="Sourcing report">
${panel(report, prefix)}
</aside>
</div>
<div class="details" hidden>${details(report)}</div>
</section>`
}

function indexNav(reports: readonly Report[]): string {
  const rows = reports
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.score.value - b.r.score.value || a.i - b.i)
    .map(
      ({ r, i }) =>
        `<tr><td class="num">${r.score.value}</td><td class="${gradeClass(r.score.grade)}">${escapeHtml(r.score.grade)}</td><td><a href="#r${i}">${escapeHtml(fileLabel(r))}</a></td><td>${escapeHtml(oneLine(r.title ?? '', 100))}</td></tr>`,
    )
    .join('')
  return `<nav class="index" aria-label="Articles"><table><thead><tr><th>Score</th><th>Grade</th><th>File</th><th>Title</th></tr></thead><tbody>${rows}</tbody></table></nav>`
}

/**
 * One self-contained page: for each report the article with attributions, sources, quotes,
 * hedges, unsourced claims and lint messages highlighted (hover or click for who the source is
 * and which rule fired), beside a panel with the score, the profile chart (inline SVG), the
 * parts, the deductions and the source ledger. No network requests: inline CSS and script,
 * allowed by hash in a Content-Security-Policy that forbids everything else. All text is escaped.
 */
export function html(reports: readonly Report[], _options: FormatOptions = {}): string {
  const only = reports.length === 1 ? reports[0] : undefined
  const pageTitle = only
    ? `Sourcing report: ${oneLine(only.title ?? fileLabel(only), 120)}`
    : `Sourcing reports (${reports.length})`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="onrecord">
<title>${escapeHtml(pageTitle)}</title>
<style>${css}</style>
</head>
<body>
<header class="page"><h1>${escapeHtml(pageTitle)}</h1><span class="tool">onrecord · sourcing report</span></header>
${reports.length > 1 ? indexNav(reports) : ''}
<main>
${reports.map(reportSection).join('\n')}
</main>
<div id="onrecord-popover" role="tooltip" hidden></div>
<script>${js}</script>
</body>
</html>
`
}
