import { docIndex } from '../doc-index.js'
import type { Lexicons, PhraseList } from '../lexicons.js'
import { createMessage, defineRule, isRefusal, quoted, type Rule } from '../rule.js'
import type { Analysis, Attribution, SourceMention } from '../types.js'
import { isYear, type Word } from '../words.js'

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
    .some((word) => counts.has(word) || (/\d/.test(word) && !isYear(word)))
}

/** Whether a cue ("want", "have endorsed", "voted for") is a verb of data/preference-verbs.txt. */
function statesPreference(cue: string, preferences: PhraseList): boolean {
  return cue
    .toLowerCase()
    .split(/\s+/)
    .some((word) => preferences.has(word))
}

/**
 * Words before a verb of saying, after the group, from which on a trailing “to” makes the
 * verb the aim of another act of the group's (“Democrats spent the week trying to underscore
 * …”, “Others could be heard calling friends to say …”), not its report. Closer ones (“were
 * quick to condemn”, “leaving some to question”) still report the group's words.
 */
const infinitiveGap = 4

/** The words of the source's sentence, and the indices of the source's first and last word. */
function sourceWords(
  analysis: Analysis,
  source: SourceMention,
): { words: readonly Word[]; first: number; last: number; sentence: number } | null {
  const { sentences } = analysis.doc
  const start = source.start.offset
  const sentence = sentences[docIndex(analysis.doc).sentenceAt(start)]
  if (!sentence) return null
  const words = analysis.sentenceWords[sentence.index] ?? []
  const first = words.findIndex((w) => w.start >= start)
  if (first < 0) return null
  let last = first
  while (last + 1 < words.length && (words[last + 1] as Word).end <= source.end.offset) last++
  return { words, first, last, sentence: sentence.index }
}

/**
 * Whether the sentence around the group says it is no vague source after all, in ways the
 * attribution finder does not see:
 * - a negator of data/group-negators.txt before it (“Not everyone saw it that way”,
 *   “Neither landlords nor tenants know”): no shared view is claimed;
 * - a set phrase of data/cue-idioms.txt opening it (“All told, the groups spent …”);
 * - a count word or digits right after it (“Several hundred demonstrators”);
 * - people a poll asked (data/poll-participants.txt) beside a share in the sentence or the one
 *   before it (“respondents said … (34 percent)”);
 * - the verb of saying the aim of another act of the group's, a trailing “to” at least
 *   `infinitiveGap` words after it (“Democrats spent the week trying to underscore …”).
 */
function isNoVagueSource(
  analysis: Analysis,
  attribution: Attribution,
  lexicons: Lexicons,
): boolean {
  const source = attribution.source as SourceMention
  const found = sourceWords(analysis, source)
  if (!found) return false
  const { words, first, last } = found
  const before = words[first - 1]
  if (before?.isWord && lexicons['group-negators'].hasWord(before.lower)) return true
  if (lexicons['cue-idioms'].matchAt(words, first)) return true
  const after = words[last + 1]
  if (after?.isWord && (lexicons['count-words'].hasWord(after.lower) || /^\d/.test(after.value)))
    return true
  for (let i = first; i <= last; i++) {
    if (!lexicons['poll-participants'].matchAt(words, i)) continue
    const { sentences } = analysis.doc
    const here = sentences[found.sentence]
    const previous = sentences[found.sentence - 1]
    const text = `${previous?.block === here?.block ? (previous?.text ?? '') : ''} ${here?.text ?? ''}`
    // (“(34 percent)”: the marks round a share are no part of it)
    if (isShare(text.replace(/[^\p{L}\p{N}%\s]/gu, ' '), lexicons['share-words'])) return true
  }
  const { cue } = attribution
  // (“GOP analysts say … they will have to convince voters”: the group's own verb of saying
  // right after it is the report, whatever cue the finder took)
  const speaks = after?.isWord === true && lexicons['cue-verbs'].hasWord(after.lower)
  if (cue && cue.start.offset > source.end.offset && !speaks) {
    const gap = words.filter(
      (w) => w.isWord && w.start >= source.end.offset && w.end <= cue.start.offset,
    )
    if (gap.length >= infinitiveGap && gap[gap.length - 1]?.lower === 'to') return true
  }
  return false
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
      if (isNoVagueSource(analysis, attribution, analysis.lexicons)) return []
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
