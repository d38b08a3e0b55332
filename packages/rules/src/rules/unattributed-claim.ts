import { docIndex } from '../doc-index.js'
import { createMessage, defineRule, quoted, type Rule } from '../rule.js'
import type { Analysis, Claim } from '../types.js'

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
 * Whether a claim speaks in the first person outside quotation marks (data/first-person.txt):
 * an op-ed writer's or a transcript speaker's own testimony or view (“I voted for the levy
 * twice”, “our ferry ran 40 trips last year”), whose source is the one speaking.
 */
function speaksInFirstPerson(analysis: Analysis, claim: Claim): boolean {
  const start = claim.start.offset
  const end = claim.end.offset
  const quotes = docIndex(analysis.doc).quotesOverlapping(start, end)
  const firstPerson = analysis.lexicons['first-person']
  const sentence = analysis.doc.sentences[claim.sentence]
  if (!sentence) return false
  const words = analysis.sentenceWords[sentence.index] ?? []
  return words.some((word, i) => {
    if (!word.isWord || word.start < start || word.end > end) return false
    if (!firstPerson.hasWord(word.lower)) return false
    if (quotes.some((q) => q.start.offset <= word.start && word.end <= q.end.offset)) return false
    // “World War I”: a capital I before no lower-case word is a numeral; “US” is the country
    if (word.lower === 'i') return /^\p{Ll}/u.test(words[i + 1]?.value ?? '')
    if (word.lower === 'us') return word.value === 'us'
    // “Our Principles PAC”, “What My Experience Taught Me”: a capital inside the sentence
    // is a name's or a title's
    // (“Our Principles raised …”: one opening the sentence before another capital too)
    if (!word.capitalised) return true
    return word.start === sentence.start.offset && !words[i + 1]?.capitalised
  })
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
      if (claim.background && options.background === 'off') return []
      if (speaksInFirstPerson(analysis, claim)) return []
      if (claim.background) {
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
