import type { Doc, Span } from '@onrecord/parser'
import type { Lexicons } from './lexicons.js'
import type { Word } from './words.js'

export type AttributionKind = 'direct' | 'indirect' | 'mixed' | 'agentless'
export type SourceKind = 'named' | 'document' | 'anonymous' | 'vague'

/** What the text says about an anonymous source, per the AP, Reuters and NYT standards. */
export interface AnonymityDetails {
  /** The stated reason for anonymity ("speaking on condition of anonymity because …"), if any. */
  reason: Span | null
  /** The source's basis of knowledge ("familiar with the matter", "briefed on"), if any. */
  basis: Span | null
  /** 0 = "a source", 1 = "an official", 2 = "a senior official", 3 = affiliation and role given. */
  specificity: 0 | 1 | 2 | 3
  /** "sources said", "officials said" with no number. */
  pluralWithoutCount: boolean
  /** The source offers opinion or characterisation, not fact. */
  opinion: boolean
}

/** One mention of a source in the text. */
export interface SourceMention extends Span {
  kind: SourceKind
  /** Id of the entity the mention refers to. */
  entity: string | null
  /** The mention is a pronoun ("he", "they") or a back-reference ("the source"). */
  reference: boolean
}

export interface Attribution {
  id: string
  kind: AttributionKind
  source: SourceMention | null
  cue: Span | null
  content: Span
  /** Indices of the sentences the attribution covers. */
  sentences: number[]
  /** Index of the quote for direct and mixed attributions. */
  quotes: number[]
  /**
   * Set on an agentless attribution whose cue is the reporter's own hedge ("is expected to",
   * "seems to"): the `hedge` rule reports it, not `agentless-attribution`.
   */
  hedgedCue?: true
}

/** One real-world source, linked across its mentions. */
export interface Entity {
  id: string
  /** The fullest name seen. */
  name: string
  kind: SourceKind
  mentions: Span[]
  /** Where the entity is first introduced. */
  introduced: Span
  /** A full name or a role is given at or before the first attribution. */
  introducedFully: boolean
  anonymity: AnonymityDetails | null
  /** Ids of the attributions the entity carries. */
  attributions: string[]
}

export type HedgeKind = 'epistemic' | 'doxastic' | 'hearsay' | 'agentless'

export interface Hedge extends Span {
  kind: HedgeKind
  voice: 'reporter' | 'quoted'
  /** The clause it hedges. */
  scope: Span
  /** A named original source is given for hearsay ("reportedly, according to Reuters"). */
  namedOrigin: boolean
  /** The lexicon entry that matched. */
  entry: string
}

export type ClaimCoverage = 'own' | 'carried' | 'none'

export interface ClaimFeatures {
  figures: boolean
  superlative: boolean
  accusation: boolean
}

/** A sentence in the reporter's voice that asserts something checkable. */
export interface Claim extends Span {
  sentence: number
  /** The attribution that covers it, if any. */
  attribution: string | null
  coverage: ClaimCoverage
  features: ClaimFeatures
  /** A plain background sentence (no figures, superlatives or accusations). */
  background: boolean
  /** The claim sits in the lede (first paragraph of body text). */
  lede: boolean
}

export interface Analysis {
  doc: Doc
  attributions: Attribution[]
  entities: Entity[]
  hedges: Hedge[]
  claims: Claim[]
  /** Index of the lede block, or null for an article with no body text. */
  lede: number | null
  words: number
  /** The word lists the analysis read, with the user's changes: the rules read the same ones. */
  lexicons: Lexicons
  /**
   * The words and marks of each sentence (by sentence index) as the detectors read them, so
   * that the rules read the same tokens and never split a sentence again.
   */
  sentenceWords: readonly (readonly Word[])[]
}
