import {
  type Analysis,
  type Attribution,
  type Claim,
  type Entity,
  informs,
  type SourceKind,
} from '@onrecord/rules'
import { gradeFor } from './scoring-options.js'
import { SentenceFinder, spansForSentences } from './sentences.js'
import { standards } from './standards.js'
import {
  breachesOf,
  breachLabels,
  type Sourcing,
  sourcingStatuses,
  statusLabels,
} from './status.js'
import type {
  AnonymousBreach,
  Deduction,
  PartId,
  ProfileEntry,
  ReportSpan,
  Score,
  ScorePart,
  ScoringOptions,
  SourcingStatus,
} from './types.js'

/** A claim with what the score needs to know about it. */
export interface ScoredClaim {
  claim: Claim
  status: SourcingStatus
  weight: number
  entity: string | null
}

export interface ScoreResult {
  score: Score
  /** Index (in `analysis.claims`) of the lede's main claim, if any. */
  mainClaim: number | null
}

const partOrder: readonly PartId[] = [
  'sourcing',
  'accusations',
  'lede',
  'anonymous-standards',
  'anonymous-share',
  'single-source',
  'named-sources',
  'direct-voices',
  'hedges',
]

const partLabels: Record<PartId, string> = {
  sourcing: 'Claims on the record',
  accusations: 'Accusations without a named source',
  lede: 'Lede’s main claim sourced',
  'anonymous-standards': 'Anonymous sources breaking a standard',
  'anonymous-share': 'Anonymous share of sourced attributions',
  'single-source': 'Rests on a single source',
  'named-sources': 'Distinct named sources',
  'direct-voices': 'Voices quoted directly',
  hedges: 'Hedges per 1,000 words (reporter’s voice)',
}

const breachRules: Record<AnonymousBreach, string> = {
  'no-reason': 'anonymous-without-reason',
  'no-basis': 'anonymous-without-basis',
  'bare-description': 'anonymous-source',
  'uncounted-plural': 'plural-anonymous',
  opinion: 'anonymous-source',
}

const breachStandards: Record<AnonymousBreach, string> = {
  'no-reason': standards.noReason,
  'no-basis': standards.noBasis,
  'bare-description': standards.bareDescription,
  'uncounted-plural': standards.uncountedPlural,
  opinion: standards.opinion,
}

/**
 * The sourcing part's deductions, one per group of claims by status, in this order:
 * [group, what one claim does, what several do, lint rule, standard]. Made once, not per report.
 */
const sourcingGroups: ReadonlyArray<readonly [string, string, string, string | null, string]> = [
  [
    'named-paraphrase',
    'rests on a named source in paraphrase only',
    'rest on named sources in paraphrase only',
    null,
    standards.directVoices,
  ],
  [
    'document',
    'rests on a document (statement, report, filing)',
    'rest on documents (statements, reports, filings)',
    null,
    standards.documents,
  ],
  [
    'anonymous-qualified',
    'rests on an anonymous source (reason and basis given)',
    'rest on anonymous sources (reason and basis given)',
    'anonymous-source',
    standards.anonymousSources,
  ],
  [
    'anonymous-bare',
    'rests on an anonymous source lacking a stated reason or a basis of knowledge',
    'rest on anonymous sources lacking a stated reason or a basis of knowledge',
    'anonymous-source',
    standards.anonymousSources,
  ],
  [
    'vague',
    'is attributed to a vague group (“observers”, “critics”)',
    'are attributed to vague groups (“observers”, “critics”)',
    'vague-attribution',
    standards.vague,
  ],
  [
    'agentless',
    'has an agentless attribution (“it is believed”)',
    'have agentless attributions (“it is believed”)',
    'agentless-attribution',
    standards.agentless,
  ],
  [
    'unattributed',
    'with figures, superlatives or accusations has no source',
    'with figures, superlatives or accusations have no source',
    'unattributed-claim',
    standards.attribution,
  ],
  [
    'unattributed-background',
    'of background has no source',
    'of background have no source',
    'unattributed-claim',
    standards.attribution,
  ],
]

/** One decimal place: the precision every figure and deduction is reported at. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000
}

/**
 * Rounds values to tenths so that the rounded values add up to the rounded total (largest
 * remainder): a part's deductions then add up to exactly what the part took off.
 */
export function apportion(values: readonly number[]): number[] {
  const total = Math.round(values.reduce((sum, v) => sum + v, 0) * 10)
  const tenths = values.map((v) => Math.floor(v * 10 + 1e-9))
  let left = total - tenths.reduce((sum, v) => sum + v, 0)
  const order = values
    .map((v, i) => ({ i, r: v * 10 - Math.floor(v * 10 + 1e-9) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    tenths[i] = (tenths[i] as number) + 1
    left--
  }
  return tenths.map((t) => t / 10)
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** How much a claim counts: news with figures, superlatives or accusations more, background less. */
export function claimWeight(claim: Claim, options: ScoringOptions): number {
  const w = options.sourcing.weights
  const base = claim.background
    ? w.background
    : Math.max(
        w.base,
        claim.features.figures ? w.figures : 0,
        claim.features.superlative ? w.superlative : 0,
        claim.features.accusation ? w.accusation : 0,
      )
  return base * (claim.lede ? w.lede : 1)
}

function shortfall(scored: ScoredClaim, options: ScoringOptions): number {
  if (scored.status === 'unattributed') {
    if (scored.claim.features.accusation) return options.sourcing.accusation
    if (scored.claim.background) return options.sourcing.background
  }
  return options.sourcing.shortfall[scored.status]
}

/** Computes the sourcing score of an analysis: every point taken off is a deduction. */
export function computeScore(
  analysis: Analysis,
  sourcing: Sourcing,
  scored: readonly ScoredClaim[],
  options: ScoringOptions,
): ScoreResult {
  const finder = new SentenceFinder(analysis.doc)
  const deductions: Deduction[] = []
  const figures = new Map<PartId, { figure: number | boolean | null; display: string }>()

  const deduct = (
    part: PartId,
    points: number,
    reason: string,
    ruleId: string | null,
    standard: string,
    sentences: ReportSpan[],
  ) => {
    const rounded = round1(points)
    if (rounded <= 0) return
    deductions.push({ part, points: rounded, reason, ruleId, standard, sentences })
  }
  const claimSentences = (claims: readonly ScoredClaim[]) =>
    spansForSentences(
      analysis.doc,
      claims.map((c) => c.claim.sentence),
    )
  const attributionSentences = (attributions: readonly Attribution[]) =>
    finder.sentencesOf(attributions)

  const substantive = scored.filter((c) => !c.claim.background)

  // --- Claims by sourcing status --------------------------------------------------------
  const totalWeight = scored.reduce((sum, c) => sum + c.weight, 0)
  const byStatus = new Map<string, ScoredClaim[]>()
  for (const c of scored) {
    const key =
      c.status === 'unattributed' && c.claim.background ? 'unattributed-background' : c.status
    // Push, not copy: copying the group for each claim was quadratic in long articles.
    const group = byStatus.get(key)
    if (group) group.push(c)
    else byStatus.set(key, [c])
  }
  if (totalWeight > 0) {
    const groups = sourcingGroups.flatMap(([key, one, many, ruleId, standard]) => {
      const group = byStatus.get(key)
      if (!group) return []
      const lost = group.reduce((sum, c) => sum + c.weight * shortfall(c, options), 0)
      const noun = key === 'unattributed-background' ? 'sentence' : 'claim'
      return [
        {
          exact: (options.sourcing.max * lost) / totalWeight,
          reason: `${plural(group.length, noun)} ${group.length === 1 ? one : many}`,
          ruleId,
          standard,
          sentences: claimSentences(group),
        },
      ]
    })
    const points = apportion(groups.map((g) => g.exact))
    groups.forEach((g, i) =>
      deduct('sourcing', points[i] as number, g.reason, g.ruleId, g.standard, g.sentences),
    )
  }
  const onRecord = scored.filter(
    (c) => c.status === 'named-quote' || c.status === 'named-paraphrase' || c.status === 'document',
  ).length
  figures.set('sourcing', {
    figure: scored.length ? round4(onRecord / scored.length) : null,
    display: scored.length
      ? `${onRecord} of ${plural(scored.length, 'claim')} named or documented (${percent(onRecord / scored.length)})`
      : 'no claims',
  })

  // --- Accusations ----------------------------------------------------------------------
  const accusations = scored.filter((c) => c.claim.features.accusation)
  const unattributedAccusations = accusations.filter((c) => c.status === 'unattributed')
  const unnamedAccusations = accusations.filter(
    (c) =>
      c.status === 'anonymous-bare' ||
      c.status === 'anonymous-qualified' ||
      c.status === 'vague' ||
      c.status === 'agentless',
  )
  if (unattributedAccusations.length)
    deduct(
      'accusations',
      unattributedAccusations.length * options.accusations.unattributed,
      `${plural(unattributedAccusations.length, 'accusation')} in the reporter’s own voice with no source`,
      'unattributed-claim',
      standards.accusation,
      claimSentences(unattributedAccusations),
    )
  if (unnamedAccusations.length)
    deduct(
      'accusations',
      unnamedAccusations.length * options.accusations.unnamed,
      `${plural(unnamedAccusations.length, 'accusation')} resting on an anonymous, vague or agentless source`,
      'anonymous-source',
      standards.opinion,
      claimSentences(unnamedAccusations),
    )
  figures.set('accusations', {
    figure: unattributedAccusations.length + unnamedAccusations.length,
    display:
      accusations.length === 0
        ? 'no accusations'
        : `${unattributedAccusations.length} unsourced, ${unnamedAccusations.length} unnamed, of ${plural(accusations.length, 'accusation')}`,
  })

  // --- The lede ---------------------------------------------------------------------------
  let main: ScoredClaim | undefined
  for (const c of scored) if (c.claim.lede && (!main || c.weight > main.weight)) main = c
  if (main) {
    const points =
      main.status === 'unattributed'
        ? main.claim.background
          ? 0
          : main.claim.features.accusation
            ? options.lede.accusation
            : options.lede.points.unattributed
        : options.lede.points[main.status]
    deduct(
      'lede',
      points,
      main.status === 'unattributed'
        ? 'the lede’s main claim has no source'
        : `the lede’s main claim rests on a source that is ${statusLabels[main.status]}`,
      main.status === 'unattributed'
        ? 'unattributed-claim'
        : main.status.startsWith('anonymous')
          ? 'anonymous-source'
          : main.status === 'vague'
            ? 'vague-attribution'
            : main.status === 'agentless'
              ? 'agentless-attribution'
              : null,
      main.status === 'unattributed' ? standards.attribution : standards.lede,
      claimSentences([main]),
    )
    figures.set('lede', {
      figure: main.status !== 'unattributed',
      display:
        main.status === 'unattributed'
          ? main.claim.background
            ? 'no source (background, none needed)'
            : 'no source'
          : `yes: ${statusLabels[main.status]}`,
    })
  } else figures.set('lede', { figure: null, display: 'no lede claim' })

  // --- Anonymous sources that break a standard -------------------------------------------
  // (A source that only declined to say gives nothing whose standing could be questioned.)
  const anonymousEntities = analysis.entities.filter(
    (e) => e.kind === 'anonymous' && e.attributions.length > 0 && informs(e, analysis),
  )
  const breaches: Array<{ entity: Entity; breach: AnonymousBreach; points: number }> = []
  for (const entity of anonymousEntities)
    for (const breach of breachesOf(entity))
      breaches.push({ entity, breach, points: options.anonymousStandards.points[breach] })
  const breachTotal = breaches.reduce((sum, b) => sum + b.points, 0)
  const scale =
    breachTotal > options.anonymousStandards.max ? options.anonymousStandards.max / breachTotal : 1
  const breachPoints = apportion(breaches.map((b) => b.points * scale))
  breaches.forEach(({ entity, breach }, i) => {
    const attributions = entity.attributions
      .map((id) => sourcing.attributions.get(id))
      .filter((a): a is Attribution => a !== undefined)
    deduct(
      'anonymous-standards',
      breachPoints[i] as number,
      `anonymous source “${entity.name}”: ${breachLabels[breach]}${scale < 1 ? ` (scaled to the ${options.anonymousStandards.max}-point cap)` : ''}`,
      breachRules[breach],
      breachStandards[breach],
      attributions.length
        ? attributionSentences(attributions)
        : finder.sentencesOfSpans([entity.introduced]),
    )
  })
  const breaching = new Set(breaches.map((b) => b.entity.id))
  figures.set('anonymous-standards', {
    figure: breaching.size,
    display: anonymousEntities.length
      ? `${breaching.size} of ${plural(anonymousEntities.length, 'anonymous source')}`
      : 'no anonymous sources',
  })

  // --- Anonymous share ---------------------------------------------------------------------
  const sourced = analysis.attributions.filter((a) => sourcing.sourceKindOf(a) !== null)
  const anonymous = sourced.filter((a) => sourcing.sourceKindOf(a) === 'anonymous')
  const share = sourced.length ? anonymous.length / sourced.length : 0
  const { threshold } = options.anonymousShare
  if (share > threshold && anonymous.length)
    deduct(
      'anonymous-share',
      threshold >= 1 ? 0 : (options.anonymousShare.max * (share - threshold)) / (1 - threshold),
      `${anonymous.length} of ${plural(sourced.length, 'sourced attribution')} (${percent(share)}) ${anonymous.length === 1 ? 'rests on an anonymous source' : 'rest on anonymous sources'}, above the ${percent(threshold)} the score allows`,
      'anonymous-source',
      standards.anonymousShare,
      attributionSentences(anonymous),
    )
  figures.set('anonymous-share', {
    figure: sourced.length ? round4(share) : null,
    display: sourced.length
      ? `${anonymous.length} of ${plural(sourced.length, 'sourced attribution')} (${percent(share)})`
      : 'no sourced attributions',
  })

  // --- Single source -----------------------------------------------------------------------
  const bySource = new Map<
    string,
    { kind: SourceKind; name: string; attributions: Attribution[] }
  >()
  for (const a of sourced) {
    const entity = sourcing.entityOf(a)
    const key = entity ? `entity:${entity.id}` : `mention:${a.source?.text.toLowerCase() ?? ''}`
    const entry = bySource.get(key) ?? {
      kind: sourcing.sourceKindOf(a) as SourceKind,
      name: entity?.name ?? a.source?.text ?? '',
      attributions: [],
    }
    entry.attributions.push(a)
    bySource.set(key, entry)
  }
  const only = bySource.size === 1 ? [...bySource.values()][0] : undefined
  if (only && substantive.length >= options.singleSource.minClaims)
    deduct(
      'single-source',
      options.singleSource.points[only.kind],
      `every sourced attribution comes from one ${only.kind} source, “${only.name}”, for ${plural(substantive.length, 'claim')} of news`,
      only.kind === 'anonymous' ? 'anonymous-source' : null,
      standards.singleSource,
      attributionSentences(only.attributions),
    )
  figures.set('single-source', {
    figure: bySource.size === 1,
    display:
      bySource.size === 0
        ? 'no sources'
        : bySource.size === 1
          ? `yes: “${only?.name ?? ''}”`
          : `no: ${plural(bySource.size, 'distinct source')}`,
  })

  // --- Named and on-record sources ---------------------------------------------------------
  const sources = [...bySource.values()]
  const named = sources.filter((s) => s.kind === 'named')
  const documents = sources.filter((s) => s.kind === 'document')
  const onRecordSources = named.length + documents.length
  if (substantive.length >= options.namedSources.minClaims && onRecordSources <= 1) {
    const unnamedClaims = substantive.filter(
      (c) =>
        c.status !== 'named-quote' && c.status !== 'named-paraphrase' && c.status !== 'document',
    )
    deduct(
      'named-sources',
      onRecordSources === 0 ? options.namedSources.none : options.namedSources.one,
      onRecordSources === 0
        ? `no named person or document stands behind any of ${plural(substantive.length, 'claim')} of news`
        : `only one named person or document stands behind ${plural(substantive.length, 'claim')} of news`,
      null,
      standards.namedSources,
      claimSentences(unnamedClaims.length ? unnamedClaims : substantive),
    )
  }
  figures.set('named-sources', {
    figure: named.length,
    display: `${plural(named.length, 'named source')}${documents.length ? `, ${plural(documents.length, 'document')}` : ''}`,
  })

  // --- Voices quoted directly --------------------------------------------------------------
  const voices = sources.filter((s) =>
    s.attributions.some((a) => a.kind === 'direct' || a.kind === 'mixed'),
  )
  if (substantive.length >= options.directVoices.minClaims && voices.length === 0)
    deduct(
      'direct-voices',
      options.directVoices.none,
      `no one is quoted directly in a story with ${plural(substantive.length, 'claim')} of news`,
      null,
      standards.directVoices,
      claimSentences(substantive),
    )
  figures.set('direct-voices', {
    figure: voices.length,
    display: plural(voices.length, 'voice'),
  })

  // --- Hedges -------------------------------------------------------------------------------
  const reporterHedges = analysis.hedges.filter((h) => h.voice === 'reporter')
  const rate = analysis.words > 0 ? (1000 * reporterHedges.length) / analysis.words : 0
  const { allowance, perRate } = options.hedges
  if (rate > allowance)
    deduct(
      'hedges',
      Math.min(options.hedges.max, perRate * (rate - allowance)),
      `${plural(reporterHedges.length, 'hedge')} in the reporter’s voice, ${round1(rate)} per 1,000 words (allowance ${allowance})`,
      'hedge',
      standards.hedges,
      finder.sentencesOfSpans(reporterHedges),
    )
  const hearsay = reporterHedges.filter((h) => h.kind === 'hearsay' && !h.namedOrigin)
  if (hearsay.length)
    deduct(
      'hedges',
      Math.min(options.hedges.hearsayMax, hearsay.length * options.hedges.hearsay),
      `${plural(hearsay.length, 'second-hand report')} (${[...new Set(hearsay.map((h) => `“${h.entry}”`))].join(', ')}) with no named origin`,
      'hearsay',
      standards.hearsay,
      finder.sentencesOfSpans(hearsay),
    )
  figures.set('hedges', {
    figure: round1(rate),
    display: `${round1(rate)} (${plural(reporterHedges.length, 'hedge')} in ${plural(analysis.words, 'word')})`,
  })

  // --- Total -------------------------------------------------------------------------------
  const maxima: Record<PartId, number | null> = {
    sourcing: options.sourcing.max,
    accusations: null,
    lede: Math.max(options.lede.accusation, ...Object.values(options.lede.points)),
    'anonymous-standards': options.anonymousStandards.max,
    'anonymous-share': options.anonymousShare.max,
    'single-source': Math.max(...Object.values(options.singleSource.points)),
    'named-sources': Math.max(options.namedSources.none, options.namedSources.one),
    'direct-voices': options.directVoices.none,
    hedges: options.hedges.max + options.hedges.hearsayMax,
  }
  // Each part's points and the total in one pass over the deductions, each sum in deduction
  // order (as a filter and a sum per part gave, so the rounding is the same).
  const partPoints = new Map<PartId, number>()
  let total = 0
  for (const d of deductions) {
    partPoints.set(d.part, (partPoints.get(d.part) ?? 0) + d.points)
    total += d.points
  }
  const parts: ScorePart[] = partOrder.map((id) => {
    const { figure, display } = figures.get(id) ?? { figure: null, display: '' }
    const points = round1(partPoints.get(id) ?? 0)
    return { id, label: partLabels[id], figure, display, points, max: maxima[id] }
  })
  total = round1(total)
  const value = Math.max(0, Math.min(100, Math.round(100 - total)))

  // Claims by status in one pass, not a pass over the claims for each of the eight statuses.
  const claimsByStatus = new Map<SourcingStatus, number>()
  for (const c of scored) claimsByStatus.set(c.status, (claimsByStatus.get(c.status) ?? 0) + 1)
  const profile: ProfileEntry[] = sourcingStatuses.map((status) => {
    const claims = claimsByStatus.get(status) ?? 0
    return {
      status,
      label: statusLabels[status],
      claims,
      share: scored.length ? round4(claims / scored.length) : 0,
    }
  })

  return {
    score: { value, grade: gradeFor(value, options.grades), parts, profile, deductions },
    mainClaim: main ? analysis.claims.indexOf(main.claim) : null,
  }
}
