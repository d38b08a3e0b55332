import { type Lexicon, loadLexicon } from '../lexicon.js'
import { createMessage, defineRule, quoted, type Rule } from '../rule.js'

let quiet: Lexicon | null = null

/**
 * Whether a cue names a reputation, a legal step or a bare noun of stance (`agentless-quiet`):
 * "is best known for", "was charged with", "Support for …" — no view that someone should be
 * named for.
 */
function isQuietCue(text: string): boolean {
  quiet ??= loadLexicon('agentless-quiet')
  const list = quiet
  return text.split(/\s+/).some((word) => list.has(word))
}

/** "It is believed", "is seen as": an attribution with nobody holding the view. */
export const agentlessAttribution: Rule = defineRule(
  {
    id: 'agentless-attribution',
    description: 'Flags attributions with no source (“it is believed”, “is seen as”)',
    defaultSeverity: 'warn',
    standard:
      'Wikipedia “Words to watch”: unsupported attributions (“it is believed”, “is widely regarded”)',
  },
  (analysis, _options, meta) =>
    analysis.attributions
      // "is expected to", "seems to": the reporter's hedge, which the `hedge` rule reports.
      .filter((a) => a.kind === 'agentless' && !a.hedgedCue && !(a.cue && isQuietCue(a.cue.text)))
      .map((a) => {
        const place = a.cue ?? a.content
        return createMessage(meta, analysis, {
          reason: `Agentless attribution ${quoted(place.text)} names no one; say who holds the view`,
          place,
        })
      }),
)
