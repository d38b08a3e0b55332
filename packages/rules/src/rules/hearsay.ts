import { createMessage, defineRule, quoted, type Rule } from '../rule.js'

/** "Reportedly", "allegedly", "is said to" with no named origin: second-hand reporting. */
export const hearsay: Rule = defineRule(
  {
    id: 'hearsay',
    description: 'Flags “reportedly”, “allegedly” and the like when no original source is named',
    defaultSeverity: 'warn',
    standard:
      'AP and Reuters practice: credit a report to the outlet or person it comes from; Wikipedia “Words to watch”: expressions of doubt',
  },
  (analysis, _options, meta) =>
    analysis.hedges
      .filter((h) => h.kind === 'hearsay' && h.voice === 'reporter' && !h.namedOrigin)
      .map((h) => {
        const allegation = /^(?:alleg|purport)/i.test(h.entry)
        return createMessage(meta, analysis, {
          reason: allegation
            ? `${quoted(h.text)} names no one making the allegation; say who alleges it, or leave it out`
            : `${quoted(h.text)} names no original report; say who reported it (“according to …”) or confirm it`,
          place: h,
        })
      }),
)
