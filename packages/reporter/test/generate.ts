import type { Analysis, Attribution, Entity } from '@onrecord/rules'
import fc from 'fast-check'
import { ArticleBuilder } from './helpers.js'

/**
 * Synthetic articles for property tests: one sentence per paragraph, each of a known sourcing
 * kind, with the Analysis built to match — so a property can change one thing (name a source,
 * add an accusation) and compare.
 */
export type SentenceKind =
  | 'named-quote'
  | 'named-paraphrase'
  | 'document'
  | 'anonymous-qualified'
  | 'anonymous-bare'
  | 'a-source'
  | 'sources'
  | 'vague'
  | 'agentless'
  | 'unattributed-figure'
  | 'unattributed-accusation'
  | 'background'

export interface SentenceSpec {
  kind: SentenceKind
  /** Which of four sources of that kind speaks (the same number is the same source). */
  who: number
  hedge: 'none' | 'epistemic' | 'hearsay'
  /** An anonymous source named instead, in the same sentence ("a source" → "Tom Barrack, …"). */
  named: boolean
}

const people = ['Ines Calder', 'Leon Varga', 'Ruth Amsel', 'Maya Okonjo']
const documents = ['the transport agency', 'the county auditor', 'the port authority', 'the court']
const namings = [
  'Tom Barrack, the U.S. envoy,',
  'Ada Quist, the port director,',
  'Omar Lind, the council clerk,',
  'Vera Holt, the finance minister,',
]
const qualified = [
  'an official familiar with the talks',
  'a negotiator briefed on the plan',
  'an engineer with direct knowledge of the repairs',
  'a diplomat involved in the talks',
]
const bare = ['An official', 'A senior official', 'An aide', 'A manager']
const vague = ['Critics', 'Observers', 'Analysts', 'Residents']
const hedgeWord = { none: '', epistemic: 'probably ', hearsay: 'reportedly ' } as const

export const anonymousKinds: readonly SentenceKind[] = [
  'anonymous-qualified',
  'anonymous-bare',
  'a-source',
  'sources',
]

export const sentenceSpec: fc.Arbitrary<SentenceSpec> = fc.record({
  kind: fc.constantFrom<SentenceKind>(
    'named-quote',
    'named-paraphrase',
    'document',
    'anonymous-qualified',
    'anonymous-bare',
    'a-source',
    'sources',
    'vague',
    'agentless',
    'unattributed-figure',
    'unattributed-accusation',
    'background',
  ),
  who: fc.integer({ min: 0, max: 3 }),
  hedge: fc.constantFrom<'none' | 'epistemic' | 'hearsay'>('none', 'none', 'epistemic', 'hearsay'),
  named: fc.constant(false),
})

export const articleSpec: fc.Arbitrary<SentenceSpec[]> = fc.array(sentenceSpec, {
  minLength: 1,
  maxLength: 14,
})

interface Planned {
  text: string
  source: string | null
  cue: string | null
  content: string
  reason?: string
  basis?: string
}

function plan(spec: SentenceSpec): Planned {
  const h = hedgeWord[spec.hedge]
  const w = spec.who
  const speaker = (anonymous: string) => (spec.named ? (namings[w] as string) : anonymous)
  switch (spec.kind) {
    case 'named-quote': {
      const who = people[w] as string
      return {
        text: `“The plan is ${h}ready,” said ${who}.`,
        source: who,
        cue: 'said',
        content: `“The plan is ${h}ready,”`,
      }
    }
    case 'named-paraphrase': {
      const who = people[w] as string
      return {
        text: `${who} said the plan was ${h}ready.`,
        source: who,
        cue: 'said',
        content: `the plan was ${h}ready`,
      }
    }
    case 'document': {
      const who = `A report by ${documents[w]}`
      return {
        text: `${who} said the repairs ${h}cost more.`,
        source: who,
        cue: 'said',
        content: `the repairs ${h}cost more`,
      }
    }
    case 'anonymous-qualified': {
      const anonymous = qualified[w] as string
      const who = speaker(anonymous)
      const capital = who[0]?.toUpperCase() + who.slice(1)
      return {
        text: `${capital} said the deal was ${h}close, on condition of anonymity because the talks are private.`,
        source: capital,
        cue: 'said',
        content: `the deal was ${h}close`,
        reason: 'because the talks are private',
        basis: anonymous.replace(/^an? \w+ /, ''),
      }
    }
    case 'anonymous-bare': {
      const who = speaker(bare[w] as string)
      return {
        text: `${who} said the board ${h}met in secret.`,
        source: who,
        cue: 'said',
        content: `the board ${h}met in secret`,
      }
    }
    case 'a-source': {
      const who = speaker('A source')
      return {
        text: `${who} said the vote ${h}happened on Monday.`,
        source: who,
        cue: 'said',
        content: `the vote ${h}happened on Monday`,
      }
    }
    case 'sources': {
      const who = speaker('Sources')
      return {
        text: `${who} said the fund was ${h}empty.`,
        source: who,
        cue: 'said',
        content: `the fund was ${h}empty`,
      }
    }
    case 'vague': {
      const who = vague[w] as string
      return {
        text: `${who} say the plan was ${h}rushed.`,
        source: who,
        cue: 'say',
        content: `the plan was ${h}rushed`,
      }
    }
    case 'agentless':
      return {
        text: `It is believed that the cost will ${h}rise.`,
        source: null,
        cue: 'It is believed',
        content: `the cost will ${h}rise`,
      }
    case 'unattributed-figure':
      return {
        text: `The bridge ${h}carried 4,000 trucks a day.`,
        source: null,
        cue: null,
        content: '',
      }
    case 'unattributed-accusation':
      return {
        text: `The minister ${h}hid the audit from the council.`,
        source: null,
        cue: null,
        content: '',
      }
    case 'background':
      return {
        text: `The river ${h}runs through the old town.`,
        source: null,
        cue: null,
        content: '',
      }
  }
}

function entityKey(spec: SentenceSpec): string {
  return `${spec.kind}-${spec.who}`
}

/** The article text and a hand-built Analysis for a list of sentence specs. */
export function buildArticle(specs: readonly SentenceSpec[]): Analysis {
  const planned = specs.map(plan)
  const text = `# A synthetic story\n\n${planned.map((p) => p.text).join('\n\n')}\n`
  const b = new ArticleBuilder(text, { format: 'markdown', path: 'synthetic.md' })
  const entities = new Map<string, Entity>()
  let cursor = b.span('# A synthetic story').end.offset
  specs.forEach((spec, index) => {
    const p = planned[index] as Planned
    const sentence = b.span(p.text, { from: cursor })
    cursor = sentence.end.offset
    const within = (part: string) => b.span(part, { after: sentence })
    if (spec.hedge !== 'none')
      b.hedge({ text: hedgeWord[spec.hedge].trim(), kind: spec.hedge, after: sentence })
    let attribution: Attribution | null = null
    if (spec.kind === 'agentless') {
      attribution = b.attribution({
        id: `a${index}`,
        kind: 'agentless',
        source: null,
        cue: within(p.cue as string),
        content: within(p.content),
      })
    } else if (p.source !== null) {
      const anonymous = anonymousKinds.includes(spec.kind)
      const kind = spec.named
        ? 'named'
        : spec.kind.startsWith('named')
          ? 'named'
          : spec.kind === 'document'
            ? 'document'
            : spec.kind === 'vague'
              ? 'vague'
              : 'anonymous'
      const key = spec.kind.startsWith('named') ? `named-${spec.who}` : entityKey(spec)
      let entity = entities.get(key)
      const mention = within(p.source)
      if (!entity) {
        entity = b.entity({
          id: key,
          name: p.source,
          kind,
          mentions: [mention],
          anonymity:
            anonymous && !spec.named
              ? {
                  reason: p.reason ? within(p.reason) : null,
                  basis: p.basis ? within(p.basis) : null,
                  specificity: spec.kind === 'a-source' || spec.kind === 'sources' ? 0 : 1,
                  pluralWithoutCount: spec.kind === 'sources',
                }
              : null,
        })
        entities.set(key, entity)
      } else entity.mentions.push(mention)
      attribution = b.attribution({
        id: `a${index}`,
        kind: spec.kind === 'named-quote' ? 'direct' : 'indirect',
        source: { span: mention, entity },
        cue: within(p.cue as string),
        content: within(p.content),
      })
    }
    b.claim(p.text, {
      at: sentence,
      attribution,
      figures: spec.kind === 'unattributed-figure',
      accusation: spec.kind === 'unattributed-accusation',
    })
  })
  return b.analysis()
}
