import type {
  ReportAttribution,
  ReportHedge,
  ReportQuote,
  ReportSource,
  ReportSourceMention,
  ReportSpan,
} from '@onrecord/reporter'
import { type Hover, MarkupKind } from 'vscode-languageserver'
import { type Checked, short } from './checked.js'

const kindLabels: Record<ReportSource['kind'], string> = {
  named: 'named source',
  document: 'document source',
  anonymous: 'anonymous source',
  vague: 'vague source',
}

const specificity = [
  'described only as “a source”',
  'described by a bare role (“an official”)',
  'described by a rank (“a senior official”)',
  'affiliation and role given',
]

const hedgeKinds: Record<ReportHedge['kind'], string> = {
  epistemic: 'epistemic hedge (how likely it is)',
  doxastic: 'belief hedge (someone thinks so)',
  hearsay: 'hearsay hedge (it is said)',
  agentless: 'agentless hedge (no one says who)',
}

const attributionKinds: Record<ReportAttribution['kind'], string> = {
  direct: 'direct quote',
  indirect: 'paraphrase',
  mixed: 'paraphrase with a partial quote',
  agentless: 'agentless attribution (no source named)',
}

const q = (text: string, max = 60) => `“${short(text, max)}”`

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** What hovering a source mention, cue or quote tells about its source. */
function sourceLines(source: ReportSource, checked: Checked): string[] {
  const lines = [`**${source.name}** · ${kindLabels[source.kind]}`, '']
  const carried = [
    `carries ${plural(source.claims, 'claim')}`,
    plural(source.attributions.length, 'attribution'),
  ]
  if (source.quoted) carried.push('quoted directly')
  lines.push(`${carried.join(' · ')}  `)
  lines.push(
    `introduced on line ${checked.lineOf(source.introduced)}: ${q(source.introduced.text)}${
      source.introducedFully ? '' : ' — not introduced by full name or role before it is cited'
    }`,
  )
  const anonymity = source.anonymity
  if (source.kind === 'anonymous' && anonymity) {
    lines.push('', 'Standards for anonymous sources (AP, Reuters, NYT):', '')
    lines.push(
      anonymity.reason
        ? `- ✓ reason for anonymity: ${q(anonymity.reason.text)}`
        : '- ✗ no reason given for the anonymity',
    )
    lines.push(
      anonymity.basis
        ? `- ✓ basis of knowledge: ${q(anonymity.basis.text)}`
        : '- ✗ no basis of knowledge given (how does the source know?)',
    )
    const spec = specificity[anonymity.specificity] ?? ''
    lines.push(`- ${anonymity.specificity >= 2 ? '✓' : '✗'} ${spec}`)
    if (anonymity.pluralWithoutCount) lines.push('- ✗ “sources” or “officials” with no number')
    if (anonymity.opinion) lines.push('- ✗ offers opinion or characterisation, not information')
  }
  return lines
}

function mentionLines(mention: ReportSourceMention, source: ReportSource | undefined): string[] {
  if (!source || !mention.reference) return []
  return [`${q(mention.text)} stands for **${source.name}**`, '']
}

interface Hit {
  span: ReportSpan
  lines(): string[]
}

function contains(span: ReportSpan, offset: number): boolean {
  return span.start.offset <= offset && offset <= span.end.offset
}

function hedgeHit(hedge: ReportHedge): Hit {
  return {
    span: hedge,
    lines: () => [
      `**Hedge** ${q(hedge.text)} · ${hedgeKinds[hedge.kind]}`,
      '',
      `in ${hedge.voice === 'reporter' ? 'the reporter’s own voice' : 'a quoted voice'} · hedges ${q(hedge.scope.text, 80)}`,
      ...(hedge.kind === 'hearsay'
        ? ['', hedge.namedOrigin ? 'the original source is named' : 'no original source is named']
        : []),
    ],
  }
}

function quoteHit(quote: ReportQuote, checked: Checked, attribution?: ReportAttribution): Hit {
  return {
    span: quote,
    lines: () => {
      const source = quote.speaker === null ? undefined : checked.sources.get(quote.speaker)
      if (!source)
        return [
          `**Quote** ${q(quote.inner.text, 50)}`,
          '',
          'no speaker found: say who said it, in the same or the next sentence',
        ]
      const mention = attribution?.source
      return [
        `**Quote** ${q(quote.inner.text, 50)} · spoken by **${source.name}**`,
        '',
        ...(mention ? mentionLines(mention, source) : []),
        ...sourceLines(source, checked),
      ]
    },
  }
}

/** Hover on a hedge, a cue, a source mention or a quote: the smallest one under the cursor. */
export function hoverAt(checked: Checked, offset: number): Hover | null {
  const report = checked.report
  if (!report) return null
  const hits: Hit[] = []
  for (const hedge of report.hedges) if (contains(hedge, offset)) hits.push(hedgeHit(hedge))
  const attributions = new Map(report.attributions.map((a) => [a.id, a]))
  for (const attribution of report.attributions) {
    const { cue, source: mention } = attribution
    const source = mention?.entity ? checked.sources.get(mention.entity) : undefined
    if (cue && contains(cue, offset))
      hits.push({
        span: cue,
        lines: () => [
          `**Cue** ${q(cue.text)} · ${attributionKinds[attribution.kind]}${source ? ` from **${source.name}**` : ''}`,
          '',
          ...(source && mention
            ? [...mentionLines(mention, source), ...sourceLines(source, checked)]
            : []),
        ],
      })
    if (mention && contains(mention, offset))
      hits.push({
        span: mention,
        lines: () =>
          source
            ? [...mentionLines(mention, source), ...sourceLines(source, checked)]
            : [`**${short(mention.text)}** · ${kindLabels[mention.kind]}`],
      })
  }
  for (const source of report.sources)
    for (const mention of source.mentions)
      if (contains(mention, offset))
        hits.push({
          span: mention,
          lines: () => [
            ...(mention.text !== source.name &&
            mention.start.offset !== source.introduced.start.offset
              ? [`${q(mention.text)} refers to **${source.name}**`, '']
              : []),
            ...sourceLines(source, checked),
          ],
        })
  for (const quote of report.quotes)
    if (quote.depth === 0 && contains(quote, offset))
      hits.push(
        quoteHit(
          quote,
          checked,
          quote.attribution ? attributions.get(quote.attribution) : undefined,
        ),
      )
  if (hits.length === 0) return null
  // The smallest span is what the cursor is on; the sort is stable, so a hedge beats a cue.
  const width = (hit: Hit) => hit.span.end.offset - hit.span.start.offset
  const best = hits.reduce((a, b) => (width(b) < width(a) ? b : a))
  return {
    contents: { kind: MarkupKind.Markdown, value: best.lines().join('\n').trimEnd() },
    range: checked.rangeOf(best.span),
  }
}
