import type { Token } from '@onrecord/parser'
import { docIndex } from '../doc-index.js'
import { type Lexicon, loadLexicon } from '../lexicon.js'
import {
  createMessage,
  defineRule,
  entitiesById,
  quoted,
  type Rule,
  referenceCause,
} from '../rule.js'
import type { Entity } from '../types.js'

interface Options extends Record<string, unknown> {
  add: readonly string[]
  remove: readonly string[]
}

const judgments: Record<string, string> = {
  doubt: 'casts doubt on what the source says',
  concession: 'presumes the source gave up a point or owned a fault',
  insistence: 'casts the source as holding out against the facts',
  truth: 'presents what the source says as established fact',
  manner: 'characterises the speaker’s manner or motive',
  legal: 'casts what the source says as an unproven charge',
  custom: 'is on the configured list of loaded verbs',
}

/** The neutral verb in the form of `word`: claimed → said, claims → says, claiming → saying. */
export function neutralForm(word: string): string {
  const lower = word.toLowerCase()
  let form = 'say'
  if (lower.endsWith('ing')) form = 'saying'
  else if (lower.endsWith('ed')) form = 'said'
  else if (lower.endsWith('s') && !lower.endsWith('ss')) form = 'says'
  return /^\p{Lu}/u.test(word) ? form[0]?.toUpperCase() + form.slice(1) : form
}

/** Index of the first token that starts at or after `offset` (tokens are in text order). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((tokens[mid] as Token).start.offset < offset) low = mid + 1
    else high = mid
  }
  return low
}

let plain: Lexicon | null = null

function lexiconFor(options: Options): Lexicon {
  if (options.add.length === 0 && options.remove.length === 0) {
    plain ??= loadLexicon('loaded-cues')
    return plain
  }
  return loadLexicon('loaded-cues', { add: { custom: options.add }, remove: options.remove })
}

/** Words after which a loaded form is passive ("were admitted") or a noun ("the claims"). */
const passiveOrNounBefore = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'these',
  'those',
  'such',
  'of',
])

/**
 * Whether the loaded form at `start` is used otherwise than as a verb of speech: passive
 * ("14 refugees were admitted", "are revealed as"), or a noun after a determiner or a
 * possessive ("North Korea's claims about …", "the claims"). Those report no one's words
 * with a verb the reporter chose.
 */
function notAVerbOfSpeech(tokens: readonly Token[], start: number): boolean {
  let k = start - 1
  while (k >= 0 && (tokens[k] as Token).kind === 'whitespace') k--
  const before = tokens[k]
  if (!before) return false
  const lower = before.value.toLowerCase()
  if (passiveOrNounBefore.has(lower) || lower === "'" || lower === '’') return true
  // "Korea's claims" is a possessive; "He's claiming" is "he is".
  return /['’]s$/.test(lower) && !contractedSubjects.has(lower.slice(0, -2))
}

/** Whether the first word after `end` is a number ("claimed 41 percent"). */
function isFollowedByNumber(tokens: readonly Token[], end: number): boolean {
  let k = end
  while (k < tokens.length && (tokens[k] as Token).kind === 'whitespace') k++
  const next = tokens[k]
  return next !== undefined && /^\$?\d/.test(next.value)
}

const contractedSubjects = new Set(['he', 'she', 'it', 'that', 'who', 'what', 'there', 'here'])

/**
 * Loaded attribution verbs ("claimed", "admitted", "insisted", "revealed") where "said" is
 * neutral. Reads the cue of each attribution; the list is `data/loaded-cues.txt`.
 */
export const loadedCue: Rule = defineRule<Options>(
  {
    id: 'loaded-cue',
    description:
      'Flags loaded attribution verbs (“claimed”, “admitted”, “insisted”) where “said” is neutral',
    defaultSeverity: 'warn',
    standard:
      'AP Stylebook: “said” is the neutral attribution verb; Wikipedia “Words to watch”: editorializing verbs (claim, admit, insist, reveal)',
    options: {
      add: {
        type: 'list',
        default: [],
        description: 'More loaded verbs, as forms separated by `|` (“spin|spins|spun”)',
      },
      remove: {
        type: 'list',
        default: [],
        description: 'Entries or forms of `data/loaded-cues.txt` not to flag (“allege”)',
      },
    },
  },
  (analysis, options, meta) => {
    const lexicon = lexiconFor(options)
    // Built at the first message that needs it: most articles have no loaded cue.
    let entities: Map<string, Entity> | undefined
    const { doc } = analysis
    const positions = docIndex(doc)
    return analysis.attributions.flatMap((attribution) => {
      const { cue } = attribution
      if (!cue) return []
      // By binary search, sentence and first token: a linear scan for each attribution made
      // lint quadratic in the length of the article (and of a run-on sentence).
      const sentence = doc.sentences[positions.sentenceAt(cue.start.offset)]
      if (!sentence) return []
      const tokens: readonly Token[] = sentence.tokens
      const messages = []
      for (let i = firstTokenAt(tokens, cue.start.offset); i < tokens.length; i++) {
        const token = tokens[i] as Token
        if (token.start.offset >= cue.end.offset) break
        if (token.kind !== 'word') continue
        const match = lexicon.matchAt(tokens, i)
        if (!match) continue
        i = match.end - 1
        if (notAVerbOfSpeech(tokens, match.start)) continue
        const label = match.label ?? 'custom'
        if (label === 'not-speech') continue
        // "claimed 41 percent of the vote", "claiming 12 delegates": a count won, not words.
        if (label === 'doubt' && isFollowedByNumber(tokens, match.end)) continue
        if (label === 'legal' && attribution.source?.kind === 'document') continue
        const last = tokens[match.end - 1] as Token
        const place = { start: token.start, end: last.end }
        const actual = doc.text.slice(place.start.offset, place.end.offset)
        const replacement = neutralForm(token.value)
        entities ??= entitiesById(analysis)
        const cause = referenceCause(attribution.source, entities)
        messages.push(
          createMessage(meta, analysis, {
            reason: `Loaded attribution verb ${quoted(actual)} ${judgments[label] ?? judgments.custom}; use the neutral ${quoted(replacement)}`,
            place,
            actual,
            expected: [replacement],
            ...(cause ? { cause } : {}),
          }),
        )
      }
      return messages
    })
  },
)
