import type { Word } from './words.js'

/**
 * The little grammar the hedge checks need: a sentence as a list of non-whitespace items,
 * closed word classes (grammar, not vocabulary, so they are code rather than data lists)
 * and predicates over items.
 */

/**
 * A word or mark of a sentence (whitespace dropped), with its compared form (`lower`) and
 * whether it is capitalised: the rules' `Word`, shared with the other detectors so
 * a sentence is tokenised into words once per analysis.
 */
export type Item = Word

export const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/))

export const BE = words(
  "be is are was were been being am 's 're 'm isn't aren't wasn't weren't it's that's he's she's there's who's what's they're we're you're i'm",
)
export const HAVE = words("have has had having 've haven't hasn't hadn't")
export const DO = words("do does did don't doesn't didn't")
export const MODALS = words(
  "will would can could may might shall should must won't wouldn't can't cannot couldn't shouldn't 'll 'd",
)
/** Skipped between a subject and its verb: "many have long believed", "I don't think". */
export const AUXILIARIES: ReadonlySet<string> = new Set([...DO, ...HAVE, ...MODALS])
export const DETERMINERS = words(
  'the a an this these those his her its their my our your no every each any either neither such whose',
)
/** Articles and possessives: after one of these a modal or a participle is a noun ("his might"). */
export const ARTICLES = words('the a an his her its their my our your no every each')
/** Before an attributive adjective: "a possible motive", "the likely nominee". */
export const ATTRIBUTIVE = words(
  'a an the this that these those his her its their my our your one another some any other',
)
export const DEFINITE = words('the these those his her its their my our your this that')
export const PRONOUNS = words('he she it they you who which that one him them there this')
export const OBJECT_PRONOUNS = words('him her them me us it you')
export const PERSONAL = words('i we you he she they')
export const RELATIVES = words('who that which')
export const PREPOSITIONS = words(
  'of in on at by for with from to into onto about among amongst between over under after before during since until through across against toward towards without within upon per via like than as',
)
export const CONJUNCTIONS = words('and or but nor')
export const QUANTIFIERS = words('some many most other several few various numerous')
const NUMBER_WORDS = words('two three four five six seven eight nine ten dozen hundred thousand')
const ADVERBS = words(
  "also still now long often not n't never once yet even too so much well all first further ever already sometimes always again thus therefore however nonetheless indeed rather quite very most more less just only later earlier then soon",
)
const NOT_ADVERBS = words(
  'family supply reply apply rally ally holy july italy belly bully jelly lily assembly monopoly anomaly fly imply multiply comply butterfly likely unlikely',
)
/** Plural-looking words that are no plural nouns. */
const NOT_PLURALS = words(
  'this thus has was is does its his hers ours yours theirs always perhaps sometimes afterwards towards whereas unless besides less news series species means',
)
const IRREGULAR_PARTICIPLES = words(
  'made found held built done seen known heard told sold kept put set run won read sent brought bought taught caught thought paid laid led left lost met shown taken given written driven spent cut hit begun drawn grown thrown worn born borne',
)
const PAST_FORMS = words(
  'was were had did made built went came took gave got began became found held kept left led meant brought sought thought knew saw told',
)
/** Verbs that report speech or thought: a modal after them is back-shifted, not past. */
const REPORTING = words(
  'said stated warned added told noted argued claimed suggested predicted wrote reported estimated feared believed thought',
)
const COMPLEMENT_BLOCKERS = words('when while if because but')
export const QUOTE_MARKS = words('“ ” " ‘ ’ \' « » ‹ › „')

export function isAdverb(item: Item | undefined): boolean {
  if (!item?.isWord) return false
  if (ADVERBS.has(item.lower)) return true
  return item.lower.length >= 5 && item.lower.endsWith('ly') && !NOT_ADVERBS.has(item.lower)
}

/** A lower-case -ly adverb, not a noun or verb that ends the same way ("rally", "family", "apply"). */
export function isLyAdverb(word: Word): boolean {
  return word.isWord && /^[a-z]{3,}ly$/.test(word.value) && !NOT_ADVERBS.has(word.lower)
}

export function isNumber(item: Item | undefined): boolean {
  return !!item?.isWord && (/^\d/.test(item.lower) || NUMBER_WORDS.has(item.lower))
}

export function isQuoteMark(item: Item | undefined): boolean {
  return !!item && !item.isWord && QUOTE_MARKS.has(item.value)
}

export function isComma(item: Item | undefined): boolean {
  return !!item && !item.isWord && item.value === ','
}

/** Index of the item before `index`, skipping adverbs (and `extra` words); -1 at the start. */
export function back(items: Item[], index: number, extra?: ReadonlySet<string>): number {
  let i = index - 1
  while (i >= 0) {
    const item = items[i] as Item
    if (isAdverb(item) || (extra && item.isWord && extra.has(item.lower))) i--
    else break
  }
  return i
}

/** Index of the item after `index`, skipping adverbs; items.length at the end. */
export function forward(items: Item[], index: number): number {
  let i = index + 1
  while (i < items.length && isAdverb(items[i])) i++
  return i
}

/** Could open an infinitive after "to": a lower-case word that is no noun phrase. */
export function startsInfinitive(item: Item | undefined): boolean {
  if (!item?.isWord || item.capitalised || isNumber(item)) return false
  const w = item.lower
  if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || ATTRIBUTIVE.has(w) || OBJECT_PRONOUNS.has(w))
    return false
  // base verbs rarely end in a plural -s ("said to reporters" is no infinitive)
  return !(w.endsWith('s') && !/(ss|us|is)$/.test(w))
}

/** What may follow "is considered", "was thought": an adjective, a noun phrase, a clause. */
export function startsComplement(item: Item | undefined, after?: Item): boolean {
  if (!item) return false
  // "considered highly toxic", but not "considered separately within"
  if (isAdverb(item) && item.lower.endsWith('ly')) return after ? startsComplement(after) : true
  if (!item.isWord) return isQuoteMark(item)
  const w = item.lower
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || w === 'to' || w.endsWith('ing')) return false
  return !BE.has(w) && !MODALS.has(w) && !COMPLEMENT_BLOCKERS.has(w)
}

/** A word that can open a clause as its subject: "it is possible [they] left". */
export function startsClause(item: Item | undefined): boolean {
  if (!item?.isWord) return false
  return (
    PRONOUNS.has(item.lower) ||
    DETERMINERS.has(item.lower) ||
    PERSONAL.has(item.lower) ||
    QUANTIFIERS.has(item.lower) ||
    item.capitalised
  )
}

/** A word of content, not a function word: "likely [voters]". */
export function isContentWord(item: Item | undefined): boolean {
  if (!item?.isWord || isNumber(item)) return false
  const w = item.lower
  return !(
    PREPOSITIONS.has(w) ||
    CONJUNCTIONS.has(w) ||
    DETERMINERS.has(w) ||
    BE.has(w) ||
    MODALS.has(w) ||
    w === 'that' ||
    w === 'to'
  )
}

/** A lower-case plural: a generic group when no determiner precedes ("linguists believe"). */
export function isBarePlural(item: Item): boolean {
  const w = item.lower
  return (
    !item.capitalised &&
    w.length > 3 &&
    /^[a-z-]+s$/.test(w) &&
    !/(ss|us|is)$/.test(w) &&
    !NOT_PLURALS.has(w) &&
    !isAdverb(item)
  )
}

export function isParticiple(word: string): boolean {
  return /[a-z]{2}(ed|en)$/.test(word) || IRREGULAR_PARTICIPLES.has(word)
}

/**
 * The sentence tells of the past: it has a finite past-tense verb besides the modal at
 * `modalIndex`, and no verb of saying or thinking before the modal ("said the strike
 * could spread" is back-shifted speech, not the past).
 */
export function inPastNarrative(items: Item[], modalIndex: number): boolean {
  for (let i = 0; i < items.length; i++) {
    if (i === modalIndex) continue
    const item = items[i] as Item
    if (!item.isWord || item.capitalised) continue
    const w = item.lower
    if (REPORTING.has(w)) {
      if (i < modalIndex) return false
      continue
    }
    if (PAST_FORMS.has(w)) return true
    if (/[a-z]{2}ed$/.test(w)) {
      const prev = items[i - 1]
      // a participle after "be"/"have", an adjective after an article
      if (prev?.isWord && (BE.has(prev.lower) || HAVE.has(prev.lower) || ARTICLES.has(prev.lower)))
        continue
      // after the modal, "-ed" after a noun is more often a participle ("the money saved")
      if (i > modalIndex && prev?.isWord && !PRONOUNS.has(prev.lower) && !prev.capitalised) continue
      return true
    }
  }
  return false
}
