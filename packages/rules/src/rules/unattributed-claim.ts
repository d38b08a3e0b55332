import { createMessage, defineRule, quoted, type Rule } from '../rule.js'
import type { Claim } from '../types.js'

interface Options extends Record<string, unknown> {
  background: 'off' | 'info'
}

function features(claim: Claim): string[] {
  const out: string[] = []
  if (claim.features.figures) out.push('figures')
  if (claim.features.superlative) out.push('a superlative')
  if (claim.features.accusation) out.push('an accusation')
  return out
}

/**
 * Claims in the reporter's voice with no attribution: figures, superlatives and accusations
 * are flagged at the rule's severity; plain background sentences only with
 * `background: "info"`.
 */
export const unattributedClaim: Rule = defineRule<Options>(
  {
    id: 'unattributed-claim',
    description:
      'Flags claims in the reporter’s voice with no source: figures, superlatives, accusations',
    defaultSeverity: 'warn',
    standard:
      'AP Stylebook and Reuters Handbook: attribute what the reporter did not witness or cannot vouch for; W3C Credible Web credibility signals: sourcing',
    options: {
      background: {
        type: 'enum',
        values: ['off', 'info'],
        default: 'off',
        description:
          'Also report plain background sentences (no figures, superlatives or accusations), at info level',
      },
    },
  },
  (analysis, options, meta) =>
    analysis.claims.flatMap((claim) => {
      if (claim.coverage !== 'none') return []
      if (claim.background) {
        if (options.background === 'off') return []
        return [
          createMessage(meta, analysis, {
            reason: `Claim ${quoted(claim.text)} has no source; if it is not public record or common knowledge, say where it comes from`,
            place: claim,
            actual: claim.text,
            severity: 'info',
          }),
        ]
      }
      const found = features(claim)
      const what = claim.features.accusation
        ? `Unattributed accusation ${quoted(claim.text)}; say who makes it and whether the accused was asked to respond`
        : `Unattributed claim with ${found.join(' and ')} ${quoted(claim.text)}; say where it comes from (a named source, a document, or the record)`
      return [
        createMessage(meta, analysis, {
          reason: what,
          place: claim,
          actual: claim.text,
        }),
      ]
    }),
)
