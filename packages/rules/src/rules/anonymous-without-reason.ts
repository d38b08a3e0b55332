import { createMessage, defineRule, informs, quoted, type Rule } from '../rule.js'

/** An anonymous source for whom the text gives no reason for anonymity. */
export const anonymousWithoutReason: Rule = defineRule(
  {
    id: 'anonymous-without-reason',
    description: 'Flags an anonymous source with no stated reason for anonymity',
    defaultSeverity: 'warn',
    standard:
      'AP Stylebook and NYT “Confidential News Sources” policy: the story says why the source was granted anonymity',
  },
  (analysis, _options, meta) =>
    analysis.entities
      .filter(
        (entity) =>
          entity.kind === 'anonymous' && !entity.anonymity?.reason && informs(entity, analysis),
      )
      .map((entity) => {
        const text = entity.introduced.text
        return createMessage(meta, analysis, {
          reason: `Anonymous source ${quoted(text)} gives no reason for anonymity; say why the source is not named (“… who spoke on condition of anonymity because …”)`,
          place: entity.introduced,
          expected: [`${text}, who spoke on condition of anonymity because [reason],`],
        })
      }),
)
