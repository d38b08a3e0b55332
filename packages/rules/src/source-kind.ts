import type { Lexicons } from './lexicons.js'
import type { SourceKind } from './types.js'
import { isCapitalized, type Word } from './words.js'

const numberWords = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'both',
])
const determiners = new Set(['a', 'an', 'the', 'another', 'one', 'this', 'that', 'these', 'those'])
/** Words that round a count ("about 20", "more than a dozen"): they describe how many, not who. */
const approximators = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'some',
  'more',
  'than',
  'fewer',
  'over',
  'at',
  'least',
])
const postModifierStarts = new Set([
  // "a survey by the Gazette", "a poll commissioned by …": the head comes before "by".
  'by',
  'commissioned',
  'released',
  'published',
  'filed',
  'issued',
  'conducted',
  'obtained',
  'reviewed',
  'written',
  'titled',
  'sent',
  'posted',
  'made',
  'quoted',
  'cited',
  'familiar',
  'privy',
  'aware',
  'who',
  'whose',
  // "a study that appeared in the journal": a relative clause after the head.
  'that',
  'which',
  // "the experts I interviewed": the writer's contact clause.
  'i',
  'we',
  'briefed',
  'speaking',
  'involved',
  'close',
  'knowledgeable',
  'with',
])

export interface SourceShape {
  kind: SourceKind
  /** The head noun of the phrase ("source" in "a diplomatic source in Damascus"). */
  head: Word | null
  /** Words that name the source (capitalized, titles removed). */
  nameWords: Word[]
  plural: boolean
  counted: boolean
  /** Modifiers before the head ("senior", "administration"). */
  modifiers: number
  /** An affiliation or place is given ("in Damascus", "State Department"). */
  affiliated: boolean
}

/** The head noun: the last word before any post-modifier ("in …", "familiar with …", ", a …"). */
export function headOf(
  words: readonly Word[],
  lexicons: Lexicons,
): { head: Word | null; index: number } {
  let end = words.length
  let start = 0
  // ("Nearly eight of 10 voters": an approximation before a count. A share keeps its own
  // word for head: "about two-thirds of …".)
  let lead = 0
  while (lead < 2 && approximators.has(words[lead]?.lower ?? '') && words[lead + 2]) lead++
  const count = words[lead]
  if (!count || !(numberWords.has(count.lower) || /^\d/.test(count.value))) lead = 0
  // "one of Mr. Lund's advisers", "some of the officials": the head is after "of".
  // ("two-thirds of the delegates", "dozens of members": a share or a count before "of" too.)
  const firstLower = words[lead]?.lower
  if (
    words[lead + 1]?.lower === 'of' &&
    firstLower &&
    (numberWords.has(firstLower) ||
      /^\d|^(?:\w+-)?(?:half|thirds?|quarters?|fifths?|dozens?|hundreds|thousands)$/.test(
        firstLower,
      ) ||
      ['some', 'many', 'several', 'most', 'few', 'none', 'each', 'any', 'all'].includes(firstLower))
  ) {
    start = lead + 2
  }
  for (let i = start + 1; i < words.length; i++) {
    const word = words[i] as Word
    // "Moss’ aides": a possessive mark standing alone belongs to the noun before it.
    // ("an Acme/Harbour poll": a slash joins two names that modify the noun.)
    if (!word.isWord && (word.value === '’' || word.value === "'" || word.value === '/')) continue
    if (
      !word.isWord ||
      // "an inside source": a preposition right after a determiner is a modifier, not a
      // post-modifier.
      (lexicons.prepositions.hasWord(word.lower) &&
        !determiners.has((words[i - 1] as Word).lower)) ||
      postModifierStarts.has(word.lower) ||
      // ("a tracking poll": an -ing word before a survey noun names the kind of survey.)
      (/[a-z]ing$/.test(word.lower) &&
        i > start + 1 &&
        !lexicons['poll-heads'].hasWord(words[i + 1]?.lower ?? '')) ||
      // "a Ledger poll last month", "the survey Monday": a time after a common noun says
      // when, and that noun is the head. (Not after a determiner or a possessive, "the last
      // poll", "his last speech", nor inside a name, "Fox News Sunday".)
      (lexicons['time-words'].hasWord(word.lower) &&
        i > start + 1 &&
        isCommonNoun(words[i - 1] as Word, lexicons))
    ) {
      end = i
      break
    }
  }
  for (let i = end - 1; i >= start; i--) {
    const word = words[i] as Word
    if (word.isWord) return { head: word, index: i }
  }
  return { head: null, index: -1 }
}

/** A lower-case word that is no determiner or possessive: "poll" in "a poll last month". */
function isCommonNoun(word: Word, lexicons: Lexicons): boolean {
  return (
    word.isWord &&
    !isCapitalized(word) &&
    !determiners.has(word.lower) &&
    !lexicons['possessive-determiners'].hasWord(word.lower) &&
    !/['’]s$/.test(word.lower)
  )
}

/** Links inside an organisation's name after a group word: "Citizens for Tax Justice". */
const organisationLinks = new Set(['for', 'against', 'without'])

/** Shares that open a generic group: "Many Mexicans", "Most voters". */
const shareOpeners = new Set(['many', 'most', 'some', 'few', 'several', 'all'])

/** Counts of a few people: "the two men", "those three women" (or "the women", already met). */
const smallCounts = new Set(['two', 'three', 'four', 'five', 'six'])
/** Plain groups of people that a count can single out ("both men"), unlike "both parties' critics". */
const plainGroups = new Set(['men', 'women', 'families', 'students', 'veterans'])

/** Heads of "state media", "state television", "state news agency" and the like. */
const stateMediaHeads = new Set(['media', 'television', 'tv', 'agency', 'radio', 'broadcaster'])

// (Sets made once, not array literals in `classifySource`: every source mention is classified,
// and each literal was a new array a call.)
/** Heads that are plural without an -s: "police", "staff". */
const pluralHeads = new Set(['people', 'police', 'staff', 'men', 'women', 'folks'])
/** Heads whose source is the people spoken with: "interviews with a dozen officials". */
const interviewHeads = new Set(['interview', 'interviews', 'conversations', 'conversation'])
/** Plain crowds: with no modifier and nothing after them, no insiders ("employees said"). */
const crowdHeads = new Set(['people', 'individuals', 'members', 'workers', 'employees'])
/** Openers of an unnamed person or group described: "a doctor", "several former journalists". */
const quantifiers = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'several',
  'some',
  'another',
  'those',
])
/** Openers of one member of a named group: "One Republican", "a Democrat". */
const singleMemberOpeners = new Set(['one', 'a', 'an', 'another'])

/** `/^\d/`: whether a word opens with an ASCII digit. */
function startsWithDigit(value: string): boolean {
  const code = value.charCodeAt(0)
  return code >= 48 && code <= 57
}

export function classifySource(
  words: readonly Word[],
  lexicons: Lexicons,
  sentenceStart: boolean,
): SourceShape {
  const { head, index } = headOf(words, lexicons)
  const headLower = (head?.lower ?? '').replace(/'s$/, '')
  // How many words follow the head (read by index: no copies of the words before and after).
  const afterCount = index >= 0 ? words.length - index - 1 : 0
  const plural =
    (/s$/.test(headLower) && !/ss$/.test(headLower) && headLower !== 'media') ||
    pluralHeads.has(headLower)
  // One pass over the words for the name words (capitalised, no title, no determiner) and for
  // what the words before and after the head say: a count, modifiers, an affiliation. (Every
  // source mention is classified; five callbacks over the words, each asking the same sets
  // again, were most of the cost.)
  const nameWords: Word[] = []
  let counted = false
  // "two senior officials": "senior" says who they are; "two" and "about 20" only how many.
  let modifiers = 0
  let affiliated = false
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    const capitalized = isCapitalized(w)
    const determiner = determiners.has(w.lower)
    if (capitalized && !determiner && !lexicons['person-titles'].hasWord(w.lower)) nameWords.push(w)
    if (index < 0 || i === index) continue
    if (i > index) {
      if (capitalized) affiliated = true
      continue
    }
    const count = numberWords.has(w.lower) || startsWithDigit(w.value)
    if (count) counted = true
    if (w.isWord && !determiner && !count && !approximators.has(w.lower)) modifiers++
    if (
      capitalized &&
      !determiner &&
      !numberWords.has(w.lower) &&
      !(sentenceStart && w === words[0])
    )
      affiliated = true
  }
  // Built once and given its kind on return (`withKind`), not `{...shape, kind}`: V8 (Node 20) builds spread-then-extend objects many times slower, and every
  // source mention is classified.
  const result: SourceShape = {
    head,
    nameWords,
    plural,
    counted,
    modifiers,
    affiliated,
    kind: 'named',
  }

  // (The head is asked first: the mention's text is built only for a head that could end
  // "state media", and every source mention is classified.)
  if (
    stateMediaHeads.has(headLower) &&
    /\bstate (?:media|television|tv|news agency|radio|broadcaster)\b/.test(
      words.map((w) => w.lower).join(' '),
    )
  )
    return withKind(result, 'document')
  if (lexicons['document-heads'].hasWord(headLower)) return withKind(result, 'document')
  // "interviews with a dozen officials": the people interviewed are the source.
  if (
    interviewHeads.has(headLower) &&
    words[index + 1]?.lower === 'with' &&
    index + 2 < words.length
  ) {
    const interviewed = classifySource(words.slice(index + 2), lexicons, false)
    return interviewed.kind === 'named' ? withKind(result, 'named') : interviewed
  }
  // "Apple's chief executive, Tim Cook": a role followed by the name is a named source.
  const comma = words.findIndex((w) => w.value === ',')
  const namedAfterComma = comma > 0 && words.length - comma > 2 && allNamesFrom(words, comma + 1)
  // "World leaders and diplomats": a generic group joined to anything else stays a generic
  // group; "her advisers and allies": insiders joined to unknown nouns stay insiders.
  const and = index > 0 ? words.findIndex((w) => w.lower === 'and') : -1
  const firstConjunct =
    and > 0 && and < index
      ? classifySource(words.slice(0, and), lexicons, sentenceStart).kind
      : null
  if (firstConjunct === 'vague') return withKind(result, 'vague')
  // "Cruz and his aides", "the mayor and her staff": a named source speaking with its own
  // people is still that named source.
  if (
    firstConjunct === 'named' &&
    ['his', 'her', 'their', 'its'].includes(words[and + 1]?.lower ?? '')
  )
    return withKind(result, 'named')
  if (lexicons['anonymous-heads'].hasWord(headLower) && !namedAfterComma) {
    // "officials from both parties", "aides across the aisle": everyone of a kind, not insiders.
    for (let k = index + 1; k < words.length; k++)
      if (lexicons['vague-scopes'].matchAt(words, k)) return withKind(result, 'vague')
    // "people" alone is a vague crowd; "people familiar with the plans" are insiders.
    const crowd =
      ['few', 'many', 'some', 'most'].includes(words[0]?.lower ?? '') &&
      headLower === 'people' &&
      afterCount === 0
    if (crowd) return withKind(result, 'vague')
    // ("Companies and individuals": a crowd joined to another plural is still a crowd; its
    // own modifiers are those after the last "and".)
    let lastAnd = index - 1
    while (lastAnd >= 0 && (words[lastAnd] as Word).lower !== 'and') lastAnd--
    let ownModifiers = modifiers
    if (lastAnd >= 0) {
      ownModifiers = 0
      for (let k = lastAnd + 1; k < index; k++) {
        const w = words[k] as Word
        if (w.isWord && !determiners.has(w.lower)) ownModifiers++
      }
    }
    const insider = afterCount > 0 || ownModifiers > 0 || !crowdHeads.has(headLower)
    if (insider) return withKind(result, 'anonymous')
  }
  // "Citizens for Tax Justice", "Parents Against Tolls": a group word opening a title-case
  // phrase after "for", "against" or "without" is an organisation's name. (At the start of a
  // sentence, where every word is capitalised, two capitalised words must follow the link:
  // "Voters for Lund said" may be any voters.)
  if (
    head?.capitalised &&
    organisationLinks.has(words[index + 1]?.lower ?? '') &&
    afterCount >= (head === words[0] && sentenceStart ? 3 : 2) &&
    allCapitalizedFrom(words, index + 2)
  )
    return withKind(result, 'named')
  // The first two words (no marks) and how many there are, counted without building a list.
  let leadingCount = 0
  let firstLeading: Word | undefined
  let secondLeading: Word | undefined
  for (const w of words) {
    if (!w.isWord) continue
    if (leadingCount === 0) firstLeading = w
    else if (leadingCount === 1) secondLeading = w
    leadingCount++
  }
  // "Both men", "the two women", "the women": a group of people already met is no vague crowd.
  const countedGroup =
    firstLeading?.lower === 'both' ||
    (['the', 'these', 'those'].includes(firstLeading?.lower ?? '') &&
      (smallCounts.has(secondLeading?.lower ?? '') || leadingCount === 2))
  if (
    (lexicons['vague-heads'].hasWord(headLower) &&
      !(
        plainGroups.has(headLower) &&
        // ("U.N. Women": a capital inside a phrase makes the group's word part of a name.)
        (countedGroup || (head != null && head.capitalised && head !== firstLeading))
      )) ||
    (head &&
      /(?:ans|inos|icans)$/.test(headLower) &&
      isCapitalized(head) &&
      // ("Many Mexicans": a share opening the sentence is no name.)
      countNamesBeyondShares(nameWords) <= 1 &&
      plural)
  ) {
    return withKind(result, 'vague')
  }
  // "Many riders", "most shopkeepers who sell fish": a share of a common kind, named by no
  // one, is a generic group however ordinary the noun.
  const share = firstLeading
  if (
    share &&
    ['many', 'most', 'few'].includes(share.lower) &&
    plural &&
    nameWords.every((w) => w === share) &&
    head &&
    !isCapitalized(head)
  )
    return withKind(result, 'vague')
  // An unnamed person or group described, not named: "a doctor", "one questioner",
  // "several former RT journalists", "those close to him".
  const firstWord = firstLeading?.lower ?? ''
  const quantified = quantifiers.has(firstWord)
  const personNoun =
    !/^spokes/.test(headLower) &&
    /(?:er|or|ist|ant|ent|ian|man|woman|men|women|doc|docs)s?$/.test(headLower)
  if (quantified && personNoun && nameWords.length === 0) return withKind(result, 'anonymous')
  // "one of the surgeons", "two of the jurors": unnamed members picked out of a group.
  if (
    words[1]?.lower === 'of' &&
    numberWords.has(firstWord) &&
    firstWord !== 'both' &&
    plural &&
    nameWords.length === 0 &&
    !namedAfterComma
  )
    return withKind(result, 'anonymous')
  // "One Republican", "a Democrat": one unnamed member of a named group. Names in a
  // post-modifier place the member, they do not name it ("one Democrat close to the Lee
  // campaign"); a name after a comma does ("a Democrat, Ann Lee").
  if (
    singleMemberOpeners.has(firstWord) &&
    head &&
    /(?:an|at|ist)$/.test(headLower) &&
    headIsOnlyName(nameWords, head, comma > 0 ? (words[comma] as Word) : undefined)
  )
    return withKind(result, 'anonymous')
  // ("One of the authors, Ada Fleck": a name in apposition names the member picked out.)
  if (quantified && plural && personNoun && !isCapitalized(head as Word) && !namedAfterComma)
    return withKind(result, 'anonymous')
  if (firstWord === 'those' && afterCount > 0) return withKind(result, 'anonymous')
  if (firstConjunct === 'anonymous') return withKind(result, 'anonymous')
  return withKind(result, 'named')
}

function withKind(shape: SourceShape, kind: SourceKind): SourceShape {
  shape.kind = kind
  return shape
}

/**
 * Whether every word from `from` on is capitalised, "and" aside: "Two of the jurors, Ada
 * Fleck and Ivo Kane" names the jurors after its comma.
 */
function allNamesFrom(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    const w = words[k] as Word
    if (w.isWord && w.lower !== 'and' && !isCapitalized(w)) return false
  }
  return true
}

/** Whether every word (marks aside) from `from` on is capitalised: "Citizens for Tax Justice". */
function allCapitalizedFrom(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    const w = words[k] as Word
    if (w.isWord && !isCapitalized(w)) return false
  }
  return true
}

/** How many name words are no share word ("Many Mexicans": "Many" opens, it names nothing). */
function countNamesBeyondShares(nameWords: readonly Word[]): number {
  let count = 0
  for (const w of nameWords) if (!shareOpeners.has(w.lower)) count++
  return count
}

/**
 * Whether the head is the one name word up to the head or after the comma ("a Democrat";
 * not "one Democrat close to the Lee campaign", whose "Lee" only places the member, and
 * not "a Democrat, Ann Lee").
 */
function headIsOnlyName(nameWords: readonly Word[], head: Word, comma: Word | undefined): boolean {
  let found = false
  for (const w of nameWords) {
    if (!(w.start <= head.start || (comma !== undefined && w.start > comma.start))) continue
    if (w !== head || found) return false
    found = true
  }
  return found
}
