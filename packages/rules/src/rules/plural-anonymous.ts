import { createMessage, defineRule, informs, lowerCommonFirst, quoted, type Rule } from '../rule.js'

const commonFirst = new Set(['some', 'several', 'other', 'senior', 'people'])

/** "Sources said", "officials said": plural anonymous sources with no count. */
export const pluralAnonymous: Rule = defineRule(
  {
    id: 'plural-anonymous',
    description: 'Flags plural anonymous sources (“sources said”) that do not say how many',
    defaultSeverity: 'warn',
    standard:
      'Reuters Handbook: say how many sources there are and describe them as fully as possible; AP Stylebook on anonymous sources',
  },
  (analysis, _options, meta) => {
    const heads = analysis.lexicons['anonymous-heads']
    const common = (word: string) => commonFirst.has(word) || heads.has(word)
    return analysis.entities
      .filter(
        (entity) =>
          entity.kind === 'anonymous' &&
          entity.anonymity?.pluralWithoutCount &&
          informs(entity, analysis),
      )
      .map((entity) => {
        const text = entity.introduced.text
        return createMessage(meta, analysis, {
          reason: `Plural anonymous source ${quoted(text)} gives no number; say how many sources (“two people familiar with …”)`,
          place: entity.introduced,
          expected: [`[number] ${lowerCommonFirst(text, common)}`],
        })
      })
  },
)
