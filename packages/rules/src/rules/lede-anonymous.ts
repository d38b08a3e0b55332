import {
  createMessage,
  defineRule,
  entitiesById,
  isRefusal,
  quoted,
  type Rule,
  referenceCause,
} from '../rule.js'

/**
 * The lede — the article's main claim — rests on an anonymous source: an attribution in the
 * lede paragraph whose source is anonymous. One message per article, at the first such source.
 */
export const ledeAnonymous: Rule = defineRule(
  {
    id: 'lede-anonymous',
    description: 'Flags a lede whose main claim rests on an anonymous source',
    defaultSeverity: 'warn',
    standard:
      'NYT “Confidential News Sources” policy and AP Stylebook: anonymity is a last resort, for information vital to the story and unavailable on the record',
  },
  (analysis, _options, meta) => {
    const { lede, doc } = analysis
    if (lede === null) return []
    const block = doc.blocks[lede]
    if (!block) return []
    const inLede = (offset: number) => offset >= block.start.offset && offset < block.end.offset
    const first = analysis.attributions
      .filter(
        (a) =>
          a.source?.kind === 'anonymous' &&
          !isRefusal(a) &&
          (inLede(a.source.start.offset) ||
            a.sentences.some((index) => doc.sentences[index]?.block === lede)),
      )
      .sort((a, b) => (a.source?.start.offset ?? 0) - (b.source?.start.offset ?? 0))[0]
    const source = first?.source
    if (!source) return []
    const cause = referenceCause(source, entitiesById(analysis))
    return [
      createMessage(meta, analysis, {
        reason: `The lede rests on an anonymous source, ${quoted(source.text)}; put a named source or a document behind the main claim, or make sure the standard for anonymity is met and explained`,
        place: source,
        ...(cause ? { cause } : {}),
      }),
    ]
  },
)
