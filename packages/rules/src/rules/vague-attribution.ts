import type { PhraseList } from '../lexicons.js'
import { createMessage, defineRule, isRefusal, quoted, type Rule } from '../rule.js'

/** Counted parts of a group: "eight of 10 voters", "nine in 10", "three out of four". */
const countedPart =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?(?:of|in)\s+(?:\d+|ten|four|five|three)\b/i

/**
 * "63 percent said", "a majority of voters expect", "nearly eight of 10 voters say": a share
 * that a poll or a vote counted is no vague group.
 */
function isShare(text: string, shares: PhraseList): boolean {
  if (countedPart.test(text)) return true
  const words = text.toLowerCase().split(/[\s,]+|(?=%)/)
  // One word or two ("percent", "per cent").
  return words.some((word, i) => shares.has(word) || shares.has(`${word} ${words[i + 1] ?? ''}`))
}

/**
 * "three economists", "a dozen party leaders", "55 people": a group whose size is given, by
 * a word of data/count-words.txt or by digits that are no year ("2016 Democrats").
 */
function isCounted(text: string, counts: PhraseList): boolean {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .some(
      (word) =>
        counts.has(word) || (/\d/.test(word) && !/^(?:1[5-9]|20)\d\d(?:s|'s|’s)?$/.test(word)),
    )
}

/** Whether a cue ("want", "have endorsed", "voted for") is a verb of data/preference-verbs.txt. */
function statesPreference(cue: string, preferences: PhraseList): boolean {
  return cue
    .toLowerCase()
    .split(/\s+/)
    .some((word) => preferences.has(word))
}

/** "Observers have noted", "critics say": a generic group offered as the source. */
export const vagueAttribution: Rule = defineRule(
  {
    id: 'vague-attribution',
    description: 'Flags attributions to vague groups (“observers have noted”, “critics say”)',
    defaultSeverity: 'warn',
    standard:
      'Wikipedia “Words to watch”: unsupported attributions (weasel words); W3C Credible Web credibility signals: sourcing',
  },
  (analysis, _options, meta) =>
    analysis.attributions.flatMap((attribution) => {
      const { source, cue } = attribution
      if (!source || source.kind !== 'vague' || source.reference) return []
      if (isShare(source.text, analysis.lexicons['share-words'])) return []
      if (isCounted(source.text, analysis.lexicons['count-words'])) return []
      // "Lawmakers have not said when …": a refusal to say attributes nothing to the group.
      if (isRefusal(attribution)) return []
      // "Voters want lower rents": the group's own preference, not a claim it vouches for.
      if (cue && statesPreference(cue.text, analysis.lexicons['preference-verbs'])) return []
      // "Observers have noted": source and cue together, when the cue follows closely.
      const joined =
        cue &&
        cue.start.offset >= source.end.offset &&
        cue.start.offset - source.end.offset <= 2 &&
        !/[^\s]/.test(analysis.doc.text.slice(source.end.offset, cue.start.offset))
      const place = joined ? { start: source.start, end: cue.end } : source
      const text = analysis.doc.text.slice(place.start.offset, place.end.offset)
      return [
        createMessage(meta, analysis, {
          reason: `Vague attribution ${quoted(text)}: name who says it, or say how many and who they are`,
          place,
        }),
      ]
    }),
)
