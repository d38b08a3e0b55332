import type { BlockKind, InputFormat, QuoteMarkStyle } from '@onrecord/parser'
import type {
  AttributionKind,
  ClaimCoverage,
  ClaimFeatures,
  HedgeKind,
  SourceKind,
} from '@onrecord/rules'

/**
 * The Report contract, version 1. Everything here is plain JSON data: no functions, no
 * cycles, no `undefined` (absent values are `null`). `schema/report.schema.json` describes the
 * same shape and a test keeps the two in step.
 */

/** 1-based line and column, 0-based offset: UTF-16 code units into the article text. */
export interface ReportPoint {
  line: number
  column: number
  offset: number
}

/** A stretch of the article: `text === article.slice(start.offset, end.offset)`. */
export interface ReportSpan {
  text: string
  start: ReportPoint
  end: ReportPoint
}

/**
 * How a claim is sourced, from strongest to weakest. "Anonymous, qualified" means the text
 * gives both a reason for the anonymity and the source's basis of knowledge (AP, Reuters, NYT);
 * an anonymous source missing either is "anonymous, bare".
 */
export type SourcingStatus =
  | 'named-quote'
  | 'named-paraphrase'
  | 'document'
  | 'anonymous-qualified'
  | 'anonymous-bare'
  | 'vague'
  | 'agentless'
  | 'unattributed'

/**
 * A standard an anonymous source can break: no stated reason for the anonymity, no basis of
 * knowledge, described only as "a source", "sources"/"officials" with no number, or offering
 * opinion rather than information.
 */
export type AnonymousBreach =
  | 'no-reason'
  | 'no-basis'
  | 'bare-description'
  | 'uncounted-plural'
  | 'opinion'

/** Who an attribution names: one mention of a source. */
export interface ReportSourceMention extends ReportSpan {
  kind: SourceKind
  /** Id of the entry in `sources` the mention refers to. */
  entity: string | null
  /** The mention is a pronoun or back-reference ("she", "the source"). */
  reference: boolean
}

export interface ReportAttribution {
  id: string
  kind: AttributionKind
  source: ReportSourceMention | null
  cue: ReportSpan | null
  content: ReportSpan
  /** Indices of the sentences the attribution covers (in the parser's sentence order). */
  sentences: number[]
  /** Ids of the quotes (in `quotes`) the attribution carries. */
  quotes: string[]
}

export interface ReportAnonymity {
  reason: ReportSpan | null
  basis: ReportSpan | null
  specificity: 0 | 1 | 2 | 3
  pluralWithoutCount: boolean
  opinion: boolean
}

/** A source as an entity: one real-world source, with every mention of it. */
export interface ReportSource {
  id: string
  /** The fullest name seen. */
  name: string
  kind: SourceKind
  mentions: ReportSpan[]
  introduced: ReportSpan
  introducedFully: boolean
  anonymity: ReportAnonymity | null
  /** Ids of the attributions the source carries. */
  attributions: string[]
  /** How many claims rest on this source. */
  claims: number
  /** Quoted directly at least once. */
  quoted: boolean
  /** Anonymous-source standards this source breaks (empty for named, document and vague ones). */
  breaches: AnonymousBreach[]
}

export interface ReportHedge extends ReportSpan {
  kind: HedgeKind
  voice: 'reporter' | 'quoted'
  scope: ReportSpan
  namedOrigin: boolean
  entry: string
}

export interface ReportClaim extends ReportSpan {
  sentence: number
  attribution: string | null
  /** The source entity the claim rests on, if any. */
  source: string | null
  status: SourcingStatus
  coverage: ClaimCoverage
  features: ClaimFeatures
  background: boolean
  lede: boolean
  /** The lede's main claim (at most one per report). */
  main: boolean
}

export interface ReportQuote extends ReportSpan {
  id: string
  style: QuoteMarkStyle
  inner: ReportSpan
  depth: number
  parent: string | null
  /** The attribution that carries the quote, if any. */
  attribution: string | null
  /** The source entity who speaks it, if known. */
  speaker: string | null
}

export type Severity = 'error' | 'warning' | 'info'

/** A lint message, flattened from a vfile message. */
export interface ReportMessage {
  ruleId: string | null
  source: string | null
  severity: Severity
  reason: string
  start: ReportPoint | null
  end: ReportPoint | null
  url: string | null
  note: string | null
  actual: string | null
  expected: string[] | null
}

export type PartId =
  | 'sourcing'
  | 'accusations'
  | 'lede'
  | 'anonymous-standards'
  | 'anonymous-share'
  | 'single-source'
  | 'named-sources'
  | 'direct-voices'
  | 'hedges'

/** One visible part of the score: its own figure, and the points it cost. */
export interface ScorePart {
  id: PartId
  label: string
  /** The measured figure (a count, a share in 0–1, a rate, or a yes/no). */
  figure: number | boolean | null
  /** The figure as a reader would say it. */
  display: string
  /** Points this part took off the score. */
  points: number
  /** The most this part can take off, or null when uncapped. */
  max: number | null
}

/** Claims by sourcing status, in order from strongest to weakest. */
export interface ProfileEntry {
  status: SourcingStatus
  label: string
  claims: number
  /** Share of all claims, 0–1. */
  share: number
}

/** Points off the score, with the reason, the standard it rests on and the sentences behind it. */
export interface Deduction {
  part: PartId
  points: number
  reason: string
  /** The lint rule that flags the same problem, when there is one. */
  ruleId: string | null
  /** The published standard the deduction rests on. */
  standard: string
  /** The sentences that caused it (never empty). */
  sentences: ReportSpan[]
}

export interface Score {
  /** 0–100: `round(100 − sum of deduction points)`, at least 0. */
  value: number
  grade: string
  parts: ScorePart[]
  profile: ProfileEntry[]
  deductions: Deduction[]
}

/**
 * A block of the article for display: `prose` lists the stretches of the file that are prose
 * (markup left out), as `[start, end]` offsets, or `[start, end, text]` where the prose differs
 * from the file (an HTML entity, say).
 */
export interface ReportBlock {
  kind: BlockKind
  depth: number
  start: ReportPoint
  end: ReportPoint
  prose: Array<[number, number] | [number, number, string]>
}

export interface ReportArticle {
  text: string
  blocks: ReportBlock[]
}

export interface ReportMeta {
  format: InputFormat
  author: string | null
  date: string | null
}

/** The sourcing report of one article. */
export interface Report {
  version: 1
  /** The path as given, or null for text without a file. */
  file: string | null
  title: string | null
  meta: ReportMeta
  words: number
  score: Score
  attributions: ReportAttribution[]
  sources: ReportSource[]
  hedges: ReportHedge[]
  claims: ReportClaim[]
  quotes: ReportQuote[]
  messages: ReportMessage[]
  /** The article text and its blocks, for formats that show the article (omitted with `text: false`). */
  article: ReportArticle | null
}

/** The score's knobs. Every number is documented with its reasoning in docs/scoring.md. */
export interface ScoringOptions {
  sourcing: {
    /** Most points the sourcing profile can take off. */
    max: number
    /** Shortfall of each status, 0 (fully sourced) … 1 (no source at all). */
    shortfall: Record<SourcingStatus, number>
    /** Shortfall of an unattributed background sentence (no figures, superlatives or accusations). */
    background: number
    /** Shortfall of an unattributed accusation: keep it the largest shortfall. */
    accusation: number
    /** How much each claim counts in the profile. */
    weights: {
      base: number
      background: number
      figures: number
      superlative: number
      accusation: number
      /** Multiplier for claims in the lede. */
      lede: number
    }
  }
  accusations: {
    /** Points for each accusation made in the reporter's voice with no source. */
    unattributed: number
    /** Points for each accusation resting on an anonymous, vague or agentless source. */
    unnamed: number
  }
  lede: {
    /** Points when the lede's main claim has this status. */
    points: Record<SourcingStatus, number>
    /** Points when the lede's main claim is an unattributed accusation. */
    accusation: number
  }
  anonymousStandards: {
    max: number
    points: Record<AnonymousBreach, number>
  }
  anonymousShare: {
    max: number
    /** Share of sourced attributions that may be anonymous before points are taken. */
    threshold: number
  }
  hedges: {
    /** Most points hedge density can take off. */
    max: number
    /** Reporter's-voice hedges per 1,000 words allowed before points are taken. */
    allowance: number
    /** Points per hedge per 1,000 words over the allowance. */
    perRate: number
    /** Points for each "reportedly"-style hedge with no named original report. */
    hearsay: number
    hearsayMax: number
  }
  namedSources: {
    /** Claims with figures, superlatives or accusations needed before this part applies. */
    minClaims: number
    none: number
    one: number
  }
  directVoices: {
    minClaims: number
    none: number
  }
  singleSource: {
    minClaims: number
    points: Record<SourceKind, number>
  }
  /** Grades from best to worst: the first whose `min` the score reaches. */
  grades: Array<{ grade: string; min: number }>
}

type DeepPartial<T> =
  T extends Array<infer _> ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T

/** Scoring overrides: any subset of `ScoringOptions`, merged over the defaults. */
export type ScoringOverrides = DeepPartial<ScoringOptions>

/** A lint message as vfile-message makes it; only these fields are read. */
export interface LintMessage {
  ruleId?: string | null | undefined
  source?: string | null | undefined
  reason?: string | null | undefined
  message?: string | null | undefined
  fatal?: boolean | null | undefined
  place?: LintPlace | null | undefined
  line?: number | null | undefined
  column?: number | null | undefined
  url?: string | null | undefined
  note?: string | null | undefined
  actual?: string | null | undefined
  expected?: readonly string[] | null | undefined
}

export interface LintPointLike {
  line?: number | null | undefined
  column?: number | null | undefined
  offset?: number | null | undefined
}

export type LintPlace = LintPointLike | { start?: LintPointLike; end?: LintPointLike }

export interface ReportOptions {
  /** The path to show; defaults to the path of the analysed file. */
  file?: string | null | undefined
  /** Lint messages for the same article. */
  messages?: readonly LintMessage[] | undefined
  /** Scoring overrides, merged over `defaultScoringOptions`. */
  scoring?: ScoringOverrides | undefined
  /** Keep the article text in the report (default true); formats that show the article need it. */
  text?: boolean | undefined
}

/** What a rule is, for formats that describe rules (SARIF). */
export interface RuleDescriptor {
  id: string
  description: string
  url?: string | null | undefined
  defaultSeverity?: Severity | 'off' | null | undefined
}

export interface FormatOptions {
  /** ANSI colour for `text`: true, false, or undefined to follow the terminal and NO_COLOR. */
  color?: boolean | undefined
  /** Rule metadata for `sarif`. */
  ruleDescriptors?: readonly RuleDescriptor[] | undefined
  /** onrecord's version, for `sarif`'s tool description. */
  toolVersion?: string | undefined
}

export type Formatter = (reports: readonly Report[], options?: FormatOptions) => string

export type FormatName = 'json' | 'jsonl' | 'text' | 'markdown' | 'sarif' | 'html'
