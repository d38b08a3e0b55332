import type { Span } from '@onrecord/parser'
import { createMessage, defineRule, quoted, type Rule } from '../rule.js'
import type { Hedge, HedgeKind } from '../types.js'

interface Options extends Record<string, unknown> {
  kinds: readonly HedgeKind[]
  paraphrase: boolean
}

const advice: Record<HedgeKind, string> = {
  epistemic: 'say what is known and who thinks the rest likely, or drop the hedge',
  doxastic: 'say who holds the belief',
  agentless: 'say who expects or believes it',
  hearsay: 'name the report or the person it comes from',
}

/**
 * For spans in any order: a function from an offset to the farthest end of the spans that
 * start at or before it (-1 when none does).
 */
function farthestEnds(spans: readonly Span[]): (offset: number) => number {
  const sorted = [...spans].sort((a, b) => a.start.offset - b.start.offset)
  const starts = sorted.map((span) => span.start.offset)
  const reach: number[] = []
  let farthest = -1
  for (const span of sorted) {
    farthest = Math.max(farthest, span.end.offset)
    reach.push(farthest)
  }
  return (offset) => {
    let low = 0
    let high = starts.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((starts[mid] as number) <= offset) low = mid + 1
      else high = mid
    }
    return low === 0 ? -1 : (reach[low - 1] as number)
  }
}

/**
 * Hedges in the reporter's own voice: "possibly", "is expected to", "appears to". A hedge in a
 * quotation is the speaker's, not the reporter's. Hearsay hedges ("reportedly") are the
 * `hearsay` rule's unless `kinds` includes "hearsay"; a hedge that is the cue of an agentless
 * attribution ("is seen as") is the `agentless-attribution` rule's, and one that is the cue of
 * a vague or anonymous holder ("some believe", "officials fear") the `vague-attribution` or
 * `anonymous-source` rule's; a hedge inside the
 * paraphrased content of a sourced attribution is the source's unless `paraphrase` is set.
 */
export const hedge: Rule = defineRule<Options>(
  {
    id: 'hedge',
    description: 'Flags hedges in the reporter’s own voice (“possibly”, “is expected to”)',
    defaultSeverity: 'warn',
    standard:
      'Wikipedia “Words to watch”: expressions of doubt; W3C Credible Web credibility signals: calibration of confidence',
    options: {
      kinds: {
        type: 'list',
        values: ['epistemic', 'doxastic', 'agentless', 'hearsay'],
        default: ['epistemic', 'doxastic', 'agentless'],
        description: 'Kinds of hedge to report',
      },
      paraphrase: {
        type: 'boolean',
        default: false,
        description:
          'Also report hedges inside the paraphrased content of a sourced attribution (“the utility warned that power might …”), which are the source’s',
      },
    },
  },
  (analysis, options, meta) => {
    // The hedges the rule could report, before the attribution lookups that rule some out:
    // many articles have none in the reporter's voice, and then need no lookups at all.
    const candidates = analysis.hedges.filter(
      (h) => h.voice === 'reporter' && options.kinds.includes(h.kind),
    )
    if (candidates.length === 0) return []
    const agentlessCues = analysis.attributions
      .filter((a) => a.kind === 'agentless' && a.cue && !a.hedgedCue)
      .map((a) => a.cue as NonNullable<typeof a.cue>)
    // ("Some believe …", "Many experts suspect …": a belief whose holder is vague or anonymous
    // is the attribution's, flagged by `vague-attribution` or `anonymous-source`. Not "Some
    // residents are expected to …": there the hedge is the reporter's.)
    const unnamedBeliefCues = analysis.attributions
      .filter((a) => a.cue && (a.source?.kind === 'vague' || a.source?.kind === 'anonymous'))
      .map((a) => a.cue as NonNullable<typeof a.cue>)
    // (“…,” Lund recalled, suggesting the vote had turned”: a hedge word that is itself the
    // whole cue of a sourced attribution is what that source did, not the reporter's doubt.
    // “He appeared to suggest …” stays: there the hedge is only part of the cue. A belief
    // hedge is found only with a vague holder, left to the attribution rules above, or with
    // the writer's own “I think”, which stays: the writer is the reporter.)
    const sourcedCueStarts = new Map<number, number>()
    for (const a of analysis.attributions)
      if (a.cue && a.source && a.kind !== 'agentless')
        sourcedCueStarts.set(a.cue.start.offset, a.cue.end.offset)
    const isSourcedCue = (h: Hedge) =>
      h.kind !== 'doxastic' && sourcedCueStarts.get(h.start.offset) === h.end.offset
    // Content a named, document, anonymous or vague source is given for: its hedges are theirs.
    const paraphrased = options.paraphrase
      ? []
      : analysis.attributions
          .filter((a) => a.source && a.kind !== 'agentless')
          .map((a) => a.content)
    // Two lookups by binary search rather than a scan of every attribution for each hedge
    // (quadratic in the length of the article).
    const cues = farthestEnds(agentlessCues)
    const beliefs = farthestEnds(unnamedBeliefCues)
    const contents = farthestEnds(paraphrased)
    // A cue overlaps the hedge: one starting before the hedge ends reaches past its start.
    const overlapsCue = (h: Hedge) =>
      cues(h.end.offset - 1) > h.start.offset ||
      (h.kind === 'doxastic' && beliefs(h.end.offset - 1) > h.start.offset)
    // A content holds the hedge: one starting at or before it reaches to its end.
    const withinContent = (h: Hedge) => contents(h.start.offset) >= h.end.offset
    return candidates
      .filter((h) => !overlapsCue(h) && !isSourcedCue(h) && !withinContent(h))
      .map((h) =>
        createMessage(meta, analysis, {
          reason: `Hedge ${quoted(h.text)} in the reporter’s voice: ${advice[h.kind]}`,
          place: h,
        }),
      )
  },
)
