import { createMessage, defineRule, quoted, type Rule } from '../rule.js'

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
