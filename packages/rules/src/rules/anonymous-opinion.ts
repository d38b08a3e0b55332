import { createMessage, defineRule, informs, quoted, type Rule } from '../rule.js'

/** An anonymous source offering opinion or characterisation rather than fact. */
export const anonymousOpinion: Rule = defineRule(
  {
    id: 'anonymous-opinion',
    description: 'Flags an anonymous source that offers opinion or characterisation, not fact',
    defaultSeverity: 'warn',
    standard:
      'AP Stylebook: anonymous material must be information, not opinion or speculation; NYT “Confidential News Sources” policy: no anonymity for opinion or attacks',
  },
  (analysis, _options, meta) =>
    analysis.entities
      .filter(
        (entity) =>
          entity.kind === 'anonymous' && entity.anonymity?.opinion && informs(entity, analysis),
      )
      .map((entity) =>
        createMessage(meta, analysis, {
          reason: `Anonymous source ${quoted(entity.introduced.text)} offers opinion, not fact; give opinion only from named sources, or report what the source knows`,
          place: entity.introduced,
        }),
      ),
)
