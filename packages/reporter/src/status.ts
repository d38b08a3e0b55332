import type { Analysis, Attribution, Claim, Entity, SourceKind } from '@onrecord/rules'
import type { AnonymousBreach, SourcingStatus } from './types.js'

/** Statuses from strongest to weakest sourcing: the order of the profile. */
export const sourcingStatuses: readonly SourcingStatus[] = [
  'named-quote',
  'named-paraphrase',
  'document',
  'anonymous-qualified',
  'anonymous-bare',
  'vague',
  'agentless',
  'unattributed',
]

export const statusLabels: Record<SourcingStatus, string> = {
  'named-quote': 'named, quoted',
  'named-paraphrase': 'named, paraphrased',
  document: 'document',
  'anonymous-qualified': 'anonymous with reason and basis',
  'anonymous-bare': 'anonymous, bare',
  vague: 'vague',
  agentless: 'agentless',
  unattributed: 'unattributed',
}

export const breachLabels: Record<AnonymousBreach, string> = {
  'no-reason': 'no reason given for the anonymity',
  'no-basis': 'no basis of knowledge given',
  'bare-description': 'described only as “a source” or “sources”',
  'uncounted-plural': 'plural with no number',
  opinion: 'offers opinion, not information',
}

/** Lookups the score and the report share. */
export class Sourcing {
  readonly attributions = new Map<string, Attribution>()
  readonly entities = new Map<string, Entity>()

  constructor(analysis: Analysis) {
    for (const attribution of analysis.attributions)
      if (!this.attributions.has(attribution.id)) this.attributions.set(attribution.id, attribution)
    for (const entity of analysis.entities)
      if (!this.entities.has(entity.id)) this.entities.set(entity.id, entity)
  }

  /** The entity an attribution's source refers to, if known. */
  entityOf(attribution: Attribution | undefined): Entity | undefined {
    const id = attribution?.source?.entity
    return id === null || id === undefined ? undefined : this.entities.get(id)
  }

  /**
   * The kind of source an attribution rests on: the entity's kind where the mention is linked to
   * one (a pronoun "she" is as named as the person it stands for), the mention's kind otherwise.
   */
  sourceKindOf(attribution: Attribution | undefined): SourceKind | null {
    if (!attribution?.source || attribution.kind === 'agentless') return null
    return this.entityOf(attribution)?.kind ?? attribution.source.kind
  }

  /** The attribution covering a claim, if the claim is covered at all. */
  attributionOf(claim: Claim): Attribution | undefined {
    if (claim.coverage === 'none' || claim.attribution === null) return undefined
    return this.attributions.get(claim.attribution)
  }

  /** Where a claim stands between "named and quoted" and "no source at all". */
  statusOf(claim: Claim): SourcingStatus {
    const attribution = this.attributionOf(claim)
    if (!attribution) return 'unattributed'
    const kind = this.sourceKindOf(attribution)
    switch (kind) {
      case null:
        return 'agentless'
      case 'named':
        return attribution.kind === 'direct' || attribution.kind === 'mixed'
          ? 'named-quote'
          : 'named-paraphrase'
      case 'document':
        return 'document'
      case 'vague':
        return 'vague'
      case 'anonymous': {
        const anonymity = this.entityOf(attribution)?.anonymity
        return anonymity?.reason && anonymity.basis ? 'anonymous-qualified' : 'anonymous-bare'
      }
    }
  }
}

/**
 * The anonymous-source standards an entity breaks. An anonymous entity the analysis gave no
 * details for is taken to lack a reason and a basis: nothing in the text supplies them.
 */
export function breachesOf(entity: Entity): AnonymousBreach[] {
  if (entity.kind !== 'anonymous') return []
  const anonymity = entity.anonymity
  if (!anonymity) return ['no-reason', 'no-basis']
  const breaches: AnonymousBreach[] = []
  if (!anonymity.reason) breaches.push('no-reason')
  if (!anonymity.basis) breaches.push('no-basis')
  if (anonymity.specificity === 0) breaches.push('bare-description')
  if (anonymity.pluralWithoutCount) breaches.push('uncounted-plural')
  if (anonymity.opinion) breaches.push('opinion')
  return breaches
}
