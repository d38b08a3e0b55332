import type { Analysis } from '@onrecord/rules'
import { articleOf, titleOf } from './article.js'
import { MessageConverter } from './messages.js'
import { claimWeight, computeScore, type ScoredClaim } from './score.js'
import { resolveScoringOptions } from './scoring-options.js'
import { toPoint, toSpan, toSpanOrNull } from './spans.js'
import { breachesOf, Sourcing } from './status.js'
import type {
  Report,
  ReportAttribution,
  ReportClaim,
  ReportHedge,
  ReportOptions,
  ReportQuote,
  ReportSource,
} from './types.js'

const quoteId = (index: number) => `q${index}`

// Spans are written out field by field below rather than as `{...toSpan(x), more}`: V8
// (Node 20) builds spread-then-extend objects dozens of times slower, and a report holds
// one for every quote, attribution, hedge and claim.

/**
 * The sourcing report of one analysed article: the score with every deduction explained, the
 * attributions, sources, hedges, claims and quotes found, and the lint messages — plain data,
 * the same for the same input.
 */
export function report(analysis: Analysis, options: ReportOptions = {}): Report {
  const scoring = resolveScoringOptions(options.scoring)
  const { doc } = analysis
  const sourcing = new Sourcing(analysis)

  const scored: ScoredClaim[] = analysis.claims.map((claim) => {
    const status = sourcing.statusOf(claim)
    const attribution = sourcing.attributionOf(claim)
    const entity =
      status === 'unattributed' || status === 'agentless'
        ? null
        : (sourcing.entityOf(attribution)?.id ?? null)
    return { claim, status, weight: claimWeight(claim, scoring), entity }
  })
  const { score, mainClaim } = computeScore(analysis, sourcing, scored, scoring)

  // Quotes and who speaks them.
  const quoteAttribution = new Map<number, string>()
  for (const a of analysis.attributions)
    for (const q of a.quotes) if (!quoteAttribution.has(q)) quoteAttribution.set(q, a.id)
  const quotes: ReportQuote[] = doc.quotes.map((quote) => {
    const attributionId = quoteAttribution.get(quote.index) ?? null
    const attribution =
      attributionId === null ? undefined : sourcing.attributions.get(attributionId)
    return {
      text: quote.text,
      start: toPoint(quote.start),
      end: toPoint(quote.end),
      id: quoteId(quote.index),
      style: quote.style,
      inner: toSpan(quote.inner),
      depth: quote.depth,
      parent: quote.parent === null ? null : quoteId(quote.parent),
      attribution: attributionId,
      speaker: attribution?.source?.entity ?? null,
    }
  })

  const attributions: ReportAttribution[] = analysis.attributions.map((a) => ({
    id: a.id,
    kind: a.kind,
    source: a.source
      ? {
          text: a.source.text,
          start: toPoint(a.source.start),
          end: toPoint(a.source.end),
          kind: a.source.kind,
          entity: a.source.entity,
          reference: a.source.reference,
        }
      : null,
    cue: toSpanOrNull(a.cue),
    content: toSpan(a.content),
    sentences: [...a.sentences],
    quotes: a.quotes.map(quoteId),
  }))

  const claimsBySource = new Map<string, number>()
  for (const c of scored)
    if (c.entity !== null) claimsBySource.set(c.entity, (claimsBySource.get(c.entity) ?? 0) + 1)

  const sources: ReportSource[] = analysis.entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    mentions: entity.mentions.map(toSpan),
    introduced: toSpan(entity.introduced),
    introducedFully: entity.introducedFully,
    anonymity: entity.anonymity
      ? {
          reason: toSpanOrNull(entity.anonymity.reason),
          basis: toSpanOrNull(entity.anonymity.basis),
          specificity: entity.anonymity.specificity,
          pluralWithoutCount: entity.anonymity.pluralWithoutCount,
          opinion: entity.anonymity.opinion,
        }
      : null,
    attributions: [...entity.attributions],
    claims: claimsBySource.get(entity.id) ?? 0,
    quoted: entity.attributions.some((id) => {
      const kind = sourcing.attributions.get(id)?.kind
      return kind === 'direct' || kind === 'mixed'
    }),
    breaches: breachesOf(entity),
  }))

  const hedges: ReportHedge[] = analysis.hedges.map((h) => ({
    text: h.text,
    start: toPoint(h.start),
    end: toPoint(h.end),
    kind: h.kind,
    voice: h.voice,
    scope: toSpan(h.scope),
    namedOrigin: h.namedOrigin,
    entry: h.entry,
  }))

  const claims: ReportClaim[] = scored.map((c, index) => ({
    text: c.claim.text,
    start: toPoint(c.claim.start),
    end: toPoint(c.claim.end),
    sentence: c.claim.sentence,
    attribution: c.claim.coverage === 'none' ? null : c.claim.attribution,
    source: c.entity,
    status: c.status,
    coverage: c.claim.coverage,
    features: {
      figures: c.claim.features.figures,
      superlative: c.claim.features.superlative,
      accusation: c.claim.features.accusation,
    },
    background: c.claim.background,
    lede: c.claim.lede,
    main: index === mainClaim,
  }))

  const file = options.file !== undefined ? options.file : (doc.file.path ?? null)
  const frontMatter = doc.frontMatter
  return {
    version: 1,
    file: file === '' ? null : file,
    title: titleOf(doc),
    meta: {
      format: doc.format,
      author: frontMatter?.author ?? null,
      date: frontMatter?.date ?? null,
    },
    words: analysis.words,
    score,
    attributions,
    sources,
    hedges,
    claims,
    quotes,
    messages: new MessageConverter(doc).convertAll(options.messages ?? []),
    article: options.text === false ? null : articleOf(doc),
  }
}
