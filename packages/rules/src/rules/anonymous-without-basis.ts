import { createMessage, defineRule, informs, quoted, type Rule } from '../rule.js'

/** The description with a basis inserted after its head: before any comma clause. */
function withBasis(text: string): string {
  const comma = text.indexOf(',')
  const basis = ' with direct knowledge of [the matter]'
  return comma === -1 ? text + basis : text.slice(0, comma) + basis + text.slice(comma)
}

/** An anonymous source whose basis of knowledge the text does not give. */
export const anonymousWithoutBasis: Rule = defineRule(
  {
    id: 'anonymous-without-basis',
    description: 'Flags an anonymous source with no stated basis of knowledge',
    defaultSeverity: 'warn',
    standard:
      'AP Stylebook: an anonymous source must be in a position to have direct knowledge; Reuters Handbook and NYT policy: tell readers how the source knows',
  },
  (analysis, _options, meta) =>
    analysis.entities
      .filter(
        (entity) =>
          entity.kind === 'anonymous' && !entity.anonymity?.basis && informs(entity, analysis),
      )
      .map((entity) => {
        const text = entity.introduced.text
        return createMessage(meta, analysis, {
          reason: `Anonymous source ${quoted(text)} gives no basis of knowledge; say how the source knows (“familiar with …”, “briefed on …”, “who attended …”)`,
          place: entity.introduced,
          expected: [withBasis(text)],
        })
      }),
)
