import { createMessage, defineRule, informs, quoted, type Rule } from '../rule.js'

/** Every anonymous source, once, where it is first introduced: for the editor to weigh. */
export const anonymousSource: Rule = defineRule(
  {
    id: 'anonymous-source',
    description: 'Lists each anonymous source once, at its first mention, for an editor to weigh',
    defaultSeverity: 'info',
    standard:
      'AP Stylebook and Reuters Handbook on anonymous sources; NYT “Confidential News Sources” policy',
  },
  (analysis, _options, meta) =>
    analysis.entities
      .filter((entity) => entity.kind === 'anonymous' && informs(entity, analysis))
      .map((entity) => {
        const details = entity.anonymity
        const known = [
          details?.reason ? `reason given (${quoted(details.reason.text, 40)})` : 'no reason given',
          details?.basis ? `basis given (${quoted(details.basis.text, 40)})` : 'no basis given',
        ].join(', ')
        return createMessage(meta, analysis, {
          reason: `Anonymous source ${quoted(entity.introduced.text)} (${known}); check that it offers information, not opinion, that the information cannot be had on the record, and that the source is in a position to know`,
          place: entity.introduced,
        })
      }),
)
