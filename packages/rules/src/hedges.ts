import type { Doc } from '@onrecord/parser'
import { docIndex } from './doc-index.js'
import {
  ARTICLES,
  ATTRIBUTIVE,
  AUXILIARIES,
  BE,
  back,
  CONJUNCTIONS,
  DEFINITE,
  DETERMINERS,
  DO,
  forward,
  HAVE,
  type Item,
  inPastNarrative,
  isAdverb,
  isBarePlural,
  isComma,
  isContentWord,
  isNumber,
  isParticiple,
  isQuoteMark,
  MODALS,
  PERSONAL,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  RELATIVES,
  startsClause,
  startsComplement,
  startsInfinitive,
  words,
} from './hedge-grammar.js'
import { type CuePlace, namesOrigin, scopeOf } from './hedge-scope.js'
import { type LexiconMatch, type LexiconOptions, loadLexicon, matchOf } from './lexicon.js'
import type { Hedge, HedgeKind } from './types.js'
import { type Word, wordsOf } from './words.js'

/**
 * Hedges: the words by which a writer declines to vouch for a statement.
 *
 * Kinds, as reported:
 * - `epistemic`: the writer's own estimate of likelihood: "may", "might", "could have",
 *   "likely", "possibly", "probably", "perhaps", "apparently", "appears to", "seems", and
 *   evidence verbs ("the data suggest").
 * - `hearsay`: second-hand report: "reportedly", "allegedly", "purportedly", "is said to",
 *   "rumoured to", "the alleged …". `namedOrigin` says whether the sentence names where the
 *   report came from ("reportedly, according to Reuters").
 * - `agentless`: belief in the passive after "be", held by nobody named: "it is believed
 *   that", "is seen as", "is widely considered", "is expected to", "has been accused of".
 * - `doxastic`: belief in any other frame: reduced ("a species thought to be extinct",
 *   "widely regarded as"), with a "by" agent ("considered by many to be"), or active with a
 *   vague or first-person holder ("some believe", "critics fear", "I think").
 *
 * Decisions, for precision (a checker that flags the wrong things is worse than none):
 * - "May" the month or a name (capitalised mid-sentence, or opening a sentence) is no modal;
 *   neither is a modal before a number ("may 5"). In a heading, title case keeps modals.
 * - Modals in a question ("Could this be the end?") are not hedges: a question asserts
 *   nothing. The clause's own closing mark decides, so a quoted question counts.
 *   Neither are modals in an indirect question: "whether the bill may pass", "it is unclear
 *   if the mill could reopen", "asked how the rule might apply". Nor is a modal that closes
 *   a concession: "as odd as it may seem", "strange as it might sound".
 * - "could not", "couldn't", "could never" are not hedges: they deny, they do not doubt.
 *   "could" is a hedge where it speaks of possibility: "could have" + participle, "could
 *   be" + a complement, "could well/possibly/eventually …", and "could" + verb with a thing
 *   as subject in a sentence not set in the past ("the strike could spread"). It is no
 *   hedge after "so that", "before", "who", "if" …, with a personal pronoun as subject
 *   ("they could leave"), before verbs of perception ("could see"), in the passive ("could
 *   be traced") or in a past narrative ("the I-16 could fight the Bf 109"): there it is the
 *   past of "can".
 * - "might" the noun ("military might", "through might", "might makes right") is no modal.
 * - "likely" as a classifier without a determiner ("likely voters", "among likely voters")
 *   is no hedge; "the likely nominee", "will likely", "likely to", "more likely" are.
 * - "possible" counts with a "that" clause, after a determiner ("a possible motive") or
 *   before a clause ("it is possible they left"); not as "possible to/for" (feasibility),
 *   "the best possible", "as soon as possible".
 * - "will", "would", "should", "can" are not hedges: future, condition, duty and ability.
 * - A belief verb with a named holder ("Smith believes", "he thought") is an attribution,
 *   for the attribution rules; with a vague holder ("many economists believe", "critics
 *   fear") or the speaker ("I think") it is a hedge. "suggest" with a person as subject is
 *   a proposal; with evidence as subject ("the data suggest") it is a hedge.
 * - "alleged", "accused of" are reported: news writing must use them, and a lint rule may
 *   treat the kinds differently; the analysis only says what is there.
 * - Idioms that hedge nothing ("be that as it may", "might as well") are listed in
 *   `data/hedge-exclusions.txt`.
 *
 * Cue words live in `data/hedges.txt` under labels "<kind> <check>" (the check names one
 * of the functions below), holders in `data/hedge-holders.txt`.
 */

export interface HedgeOptions {
  /**
   * Extend or trim the lists by name: `hedges` (cues; `add` keys are labels such as
   * "hearsay" or "doxastic participle", plain strings are epistemic cues that always count),
   * `hedge-holders` (labels "vague", "first", "evidence"), `hedge-exclusions` (idioms that
   * hedge nothing), `hedge-origins` (what names the origin of a report).
   */
  lexicons?: Partial<Record<HedgeListName, LexiconOptions>> | undefined
  /** Only report hedges in these voices (default: both). */
  voices?: ReadonlyArray<Hedge['voice']> | undefined
}

export const hedgeListNames = [
  'hedges',
  'hedge-holders',
  'hedge-exclusions',
  'hedge-origins',
] as const
export type HedgeListName = (typeof hedgeListNames)[number]

interface Found extends CuePlace {
  kind: HedgeKind
  entry: string
}

interface Context {
  items: Item[]
  /** Index of the first word of the sentence. */
  first: number
  /** The sentence is a heading (title case keeps capitalised modals). */
  heading: boolean
}

type Check = (match: LexiconMatch, kind: HedgeKind, context: Context) => Found | null

const KINDS: ReadonlySet<string> = new Set(['epistemic', 'doxastic', 'hearsay', 'agentless'])
const TERMINALS = words('. ? ! …')
const MODAL_NOT_BEFORE = words('of and or in is was are were has had with to for that the a an')
const COULD_NEGATION = words('not never hardly')
/** After these, "could" is past ability or condition, not possibility. */
const COULD_BLOCKERS = words(
  'so before until till where when whenever wherever who whom which if unless whether than as because once',
)
/** These open the clause "could" stands in: "so that he could", "before the army could". */
const COULD_CLAUSE_OPENERS = words('so before until till whether if unless')
/** After "could", these speak of possibility. */
const COULD_POSSIBILITY = words(
  "be have 've well possibly potentially conceivably eventually easily soon also even yet one",
)
/** Verbs of perception and skill: after "could" they speak of ability ("could see"). */
const ABILITY_VERBS = words(
  'see hear feel smell taste afford remember understand recall speak read',
)
const DEGREE_BEFORE_LIKELY = words('most more less')
const POSSIBLE_AFTER = words('of about for over into on against with')
const PREDICATIVE = words('seems remains become becomes')
/** "seen as far away as", "regarded as much as": a comparison, not a frame. */
const DEGREE = words('far much many well long soon early late often little few high low good bad')
/** Adverbs of generality that make a bare participle a hedge: "widely considered the best". */
const GENERALITY = words(
  'widely generally commonly often usually popularly universally traditionally sometimes frequently largely',
)
/** Complements after which a participle frame can stand without "be": "thought to be", "seen as". */
const REDUCIBLE = words('to as dead lost killed')
const NOUN_PHRASE_COMPLEMENTS = words('one among a an the')
const BE_OR_HAVE = words('be have')
const DEMONSTRATIVES = words('this that')
const VERB_PARTICLES = words('in of about on over')
/** Subjects of a concession: "as odd as it may seem", "try as they might". */
const PERSONAL_OR_IT = words('it this that they he she we i you')
/** Open an indirect question: "whether it may pass". */
const QUESTION_OPENERS = words('whether')
/** Open an indirect question after a frame of asking or not knowing: "unclear if", "asked what". */
const FRAMED_QUESTION_OPENERS = words('if what how who which when where why')
/** Frames of asking or not knowing before an indirect question ("it is unclear what effect …"). */
const QUESTION_FRAMES = words(
  'ask asks asked asking wonder wonders wondered wondering unclear clear sure know knows knew question decide decides decided determine determines',
)
/** Clause punctuation an indirect question does not reach back across. */
const CLAUSE_MARKS = words(', ; : ( ) — –')

/** Builds a detector with its lists compiled once. */
/** Finds hedges in an article; pass its words by sentence (`wordsOf`) when you have them. */
export type HedgeDetector = (doc: Doc, sentenceWords?: readonly Word[][]) => Hedge[]

export function createHedgeDetector(options: HedgeOptions = {}): HedgeDetector {
  const lists = options.lexicons ?? {}
  const cues = loadLexicon('hedges', lists.hedges)
  const holders = loadLexicon('hedge-holders', lists['hedge-holders'])
  const exclusions = loadLexicon('hedge-exclusions', lists['hedge-exclusions'])
  const origins = loadLexicon('hedge-origins', lists['hedge-origins'])
  const voices = new Set(options.voices ?? ['reporter', 'quoted'])

  /** First words of participle entries, to find "considered by many to be". */
  const participles = new Set<string>()
  for (const entry of cues.entries())
    if (checkOf(entry.label) === 'participle') participles.add(entry.words[0] as string)

  /** Who holds a belief stated at `index`: 'vague', 'first', 'evidence' or null. */
  const holderBefore = ({ items }: Context, index: number): string | null => {
    let j = back(items, index, AUXILIARIES)
    // "linguists who believe": the relative pronoun stands for the noun before it
    if (items[j]?.isWord && RELATIVES.has((items[j] as Item).lower)) {
      const antecedent = items[j - 1]
      if (antecedent?.isWord && !PREPOSITIONS.has(antecedent.lower)) j--
    }
    const item = items[j]
    if (!item?.isWord) return null
    const before = items[j - 1]
    // "some Catholics", "many New Zealanders": a quantifier makes any plural a vague group
    if (before?.isWord && QUANTIFIERS.has(before.lower) && item.lower.endsWith('s')) return 'vague'
    const label = holders.get(item.lower)?.label ?? null
    if (label === 'vague' || (label === null && isBarePlural(item))) {
      // "the critics", "two historians", "Smith's supporters" are particular people
      const particular =
        before?.isWord &&
        (DEFINITE.has(before.lower) || isNumber(before) || before.lower.endsWith("'s"))
      return particular ? null : 'vague'
    }
    return label
  }

  const found = (match: LexiconMatch, kind: HedgeKind): Found => ({
    start: match.start,
    end: match.end,
    kind,
    entry: match.words.join(' '),
    appositive: false,
  })

  /** Counts wherever it stands; "appear to" only before a verb ("appeared to the crowd" is no hedge). */
  const always: Check = (match, kind, { items }) => {
    if (match.words.at(-1) === 'to' && !startsInfinitive(items[match.end])) return null
    return found(match, kind)
  }

  /** "the alleged fraud", "an alleged plot": before a noun, not "he alleged that". */
  const attributive: Check = (match, kind, { items }) => {
    const prev = items[match.start - 1]
    const next = items[match.end]
    if (!next?.isWord || next.lower === 'that' || next.lower === 'to') return null
    if (!prev?.isWord) return found(match, kind)
    const w = prev.lower
    const before =
      DETERMINERS.has(w) || PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || w.endsWith("'s")
    return before ? found(match, kind) : null
  }

  const modal: Check = (match, kind, context) => {
    const { items } = context
    const cue = items[match.start] as Item
    const perfect = cue.lower.endsWith("'ve")
    const word = cue.lower.replace(/'ve$/, '')
    let nextIndex = match.end
    while (isQuoteMark(items[nextIndex])) nextIndex++
    // "may, in fact, be": look past a short parenthetical
    if (isComma(items[nextIndex])) {
      let k = nextIndex + 1
      while (k < Math.min(items.length, nextIndex + 6) && !isComma(items[k])) k++
      if (isComma(items[k])) nextIndex = k + 1
    }
    const next = items[nextIndex]
    const prev = items[match.start - 1]
    const atStart = match.start === context.first
    if (cue.capitalised) {
      // "May" opening a sentence is the month ("May was wet") or a wish ("May he rest")
      if (atStart && word === 'may') return null
      // mid-sentence: the month, a name ("Theresa May"), a title ("Some Might Say")
      if (!atStart && !context.heading) return null
    }
    if (!next?.isWord || isNumber(next)) return null
    if (next.capitalised && !context.heading) return null
    // the noun: "military might", "with all his might", "through might", "who has might"
    if (prev?.isWord) {
      if (ARTICLES.has(prev.lower) || prev.lower.endsWith("'s")) return null
      if ((PREPOSITIONS.has(prev.lower) && prev.lower !== 'as') || HAVE.has(prev.lower)) return null
    }
    if (!perfect) {
      if (MODAL_NOT_BEFORE.has(next.lower)) return null
      // a modal takes a bare verb: "might makes right" is the noun
      if (/[^su']s$/.test(next.lower) && !/(ss|us|is)$/.test(next.lower) && !isAdverb(next))
        return null
    }
    // a question asserts nothing
    for (let i = match.end; i < items.length; i++) {
      const item = items[i] as Item
      if (!item.isWord && TERMINALS.has(item.value)) {
        if (item.value === '?') return null
        break
      }
    }
    if (inIndirectQuestion(items, match.start, context.first)) return null
    if (word === 'could' && !couldOfPossibility(items, match.start, nextIndex, perfect)) return null
    return found(match, kind)
  }

  const adjective: Check = (match, kind, { items }) => {
    const word = match.words[0] as string
    const prev = items[back(items, match.start)]
    const rawPrev = items[match.start - 1]
    const next = items[match.end]
    if (next?.lower === 'that') return found(match, kind)
    if (word === 'likely' || word === 'unlikely') {
      if (next?.lower === 'to')
        return startsInfinitive(items[match.end + 1]) ? found(match, kind) : null
      if (rawPrev?.isWord && DEGREE_BEFORE_LIKELY.has(rawPrev.lower)) return found(match, kind)
      // "likely voters", "among likely voters", "1,000 likely voters": a classifier
      const classifier =
        (!prev ||
          (prev.isWord &&
            (PREPOSITIONS.has(prev.lower) || CONJUNCTIONS.has(prev.lower) || isNumber(prev)))) &&
        isContentWord(next) &&
        !isAdverb(next)
      return classifier ? null : found(match, kind)
    }
    // possible, probable, conceivable
    if (!next || next.lower === 'to' || next.lower === 'for') return null
    if (rawPrev?.isWord && (ATTRIBUTIVE.has(rawPrev.lower) || POSSIBLE_AFTER.has(rawPrev.lower)))
      return isContentWord(next) ? found(match, kind) : null
    // predicative with a clause: "it is possible they left"
    if (prev?.isWord && (BE.has(prev.lower) || PREDICATIVE.has(prev.lower)))
      return startsClause(next) ? found(match, kind) : null
    return null
  }

  /** Passive belief and report frames ("is believed to", "seen as"), with an optional "by" agent. */
  const participle = (
    match: LexiconMatch,
    kind: HedgeKind,
    context: Context,
    agent: boolean,
  ): Found | null => {
    const { items } = context
    const complement = match.words.length > 1 ? (match.words.at(-1) as string) : null
    const hearsay = kind === 'hearsay'
    const next = items[match.end]
    const complementFollows = startsComplement(next, items[match.end + 1])
    if (complement === 'to' && !startsInfinitive(next)) return null
    if (complement === 'as' && DEGREE.has(next?.lower ?? '')) return null
    const verdict = (frame: HedgeKind): Found => ({ ...found(match, frame) })
    const reduced = (): Found | null => {
      if (!agent && !(complement !== null && REDUCIBLE.has(complement))) return null
      // "a ring said to be worth …": a reduced report needs "be" or "have" after it
      if (hearsay && !(next?.isWord && BE_OR_HAVE.has(next.lower))) return null
      return verdict(hearsay ? 'hearsay' : 'doxastic')
    }
    const j = back(items, match.start)
    const prev = items[j]
    if (!prev?.isWord) return reduced()
    if (BE.has(prev.lower)) {
      // a bare participle needs a complement: "is considered extinct", not "was considered for"
      if (complement === null && !complementFollows) return null
      return verdict(hearsay ? 'hearsay' : agent ? 'doxastic' : 'agentless')
    }
    // "the thought that", "her expected return": a noun or an adjective
    if (ARTICLES.has(prev.lower) || DEMONSTRATIVES.has(prev.lower)) return null
    // "generally considered the best": a reduced passive made general by its adverb
    const raw = items[match.start - 1]
    if (complement === null && raw?.isWord && GENERALITY.has(raw.lower) && complementFollows)
      return hearsay ? null : verdict('doxastic')
    // active, with a holder: "many thought that", "I expected to"
    const holder = holderBefore(context, match.start)
    if (holder === 'vague' || holder === 'first') return hearsay ? null : verdict('doxastic')
    if (HAVE.has(prev.lower) || DO.has(prev.lower) || MODALS.has(prev.lower)) return null
    if (PRONOUNS.has(prev.lower)) return null
    if (prev.capitalised && j !== context.first) return null
    if (complement === null || complement === 'that') return null
    if (NOUN_PHRASE_COMPLEMENTS.has(complement)) return null
    // a noun before it: "a species thought to be extinct", "a move seen as a snub"
    return reduced()
  }

  /** Active belief verbs: a hedge with a vague holder ("some believe") or the speaker ("I think"). */
  const verb: Check = (match, kind, context) => {
    if (VERB_PARTICLES.has(context.items[match.end]?.lower ?? '')) return null
    const holder = holderBefore(context, match.start)
    // "if we consider", "we will consider": deliberation, not belief
    if (holder === 'first' && match.words[0]?.startsWith('consider')) return null
    return holder === 'vague' || holder === 'first' ? found(match, kind) : null
  }

  /** Evidence verbs: "the data suggest", "it has been suggested that", ", suggesting that". */
  const evidential: Check = (match, kind, context) => {
    const { items } = context
    const prev = items[back(items, match.start)]
    if (prev?.isWord && BE.has(prev.lower)) return found(match, 'agentless')
    if (match.words[0]?.endsWith('ing') && isComma(items[match.start - 1]))
      return found(match, kind)
    return holderBefore(context, match.start) ? found(match, kind) : null
  }

  const checks: Record<string, Check> = {
    always,
    attributive,
    modal,
    adjective,
    verb,
    evidential,
    participle: (match, kind, context) => participle(match, kind, context, false),
  }

  /** "considered by many to be": the participle, a short agent, then the frame. */
  const agentMatch = (items: Item[], index: number): LexiconMatch | null => {
    const head = items[index] as Item
    if (!participles.has(head.lower) || items[index + 1]?.lower !== 'by') return null
    for (let k = index + 3; k < Math.min(items.length, index + 9); k++) {
      if (!(items[k] as Item).isWord) return null
      const match = cues.matchWordsAt([head, ...items.slice(k)], 0)
      if (match && match.length > 1 && checkOf(match.label) === 'participle') {
        const end = k + match.length - 1
        return matchOf(match, index, end)
      }
    }
    return null
  }

  /**
   * Every word one of `detectSentence`'s readings can start at: an idiom of
   * data/hedge-exclusions.txt, a cue (a participle is one) or the "may" or "might" of a
   * concession. Most words are none, and one look-up says so for all three.
   */
  const readingStarts: ReadonlySet<string> = new Set([
    ...exclusions.firstWords(),
    ...cues.firstWords(),
    'may',
    'might',
  ])

  const detectSentence = (items: Item[], context: Context): Found[] => {
    // Where a reading can start, in order: the three passes below visit only these, rather
    // than each asking its own question of every word of the sentence.
    const starts: number[] = []
    for (let i = 0; i < items.length; i++)
      if (readingStarts.has((items[i] as Item).lower)) starts.push(i)
    if (starts.length === 0) return []
    // The words no hedge is read in, made only when there are any: most sentences hold no
    // idiom of data/hedge-exclusions.txt and no concession.
    let excluded: Set<number> | undefined
    // The idioms, non-overlapping and longest first, as `matchAll` finds them; asked only at
    // the words an idiom can start with, and of the words' compared forms (`matchWordsAt`).
    // (`next`: the first word after the last reading found, where the next may start.)
    const exclusionStarts = exclusions.firstWords()
    let next = 0
    for (const i of starts) {
      if (i < next || !exclusionStarts.has((items[i] as Item).lower)) continue
      const match = exclusions.matchWordsAt(items, i)
      if (!match) continue
      excluded ??= new Set()
      for (let k = match.start; k < match.end; k++) excluded.add(k)
      next = match.end
    }
    // A concession ("as odd as it may seem") hedges nothing, "seem" included, up to the
    // next mark.
    next = 0
    for (const at of starts) {
      if (at < next) continue
      const lower = (items[at] as Item).lower
      if ((lower !== 'may' && lower !== 'might') || !concedes(items, at, context.first)) continue
      excluded ??= new Set()
      let i = at
      for (; i < items.length && (items[i] as Item).isWord; i++) excluded.add(i)
      next = i + 1
    }
    const cueStarts = cues.firstWords()
    const out: Found[] = []
    next = 0
    for (const i of starts) {
      if (i < next) continue
      const item = items[i] as Item
      if (!item.isWord || excluded?.has(i)) continue
      // (Both readings start at a cue's first word — a participle is one: most words are none.)
      if (!cueStarts.has(item.lower)) continue
      const agent = agentMatch(items, i)
      const match = agent ?? cues.matchWordsAt(items, i)
      if (!match) continue
      const kind = kindOf(match.label)
      if (!kind) continue
      const result = agent
        ? participle(match, kind, context, true)
        : (checks[checkOf(match.label)] ?? always)(match, kind, context)
      if (!result) continue
      // "The deal, reportedly worth $5m, …": a cue just after a comma hedges up to the next one
      if (isComma(items[result.start - 1])) result.appositive = true
      out.push(result)
      next = result.end
    }
    return out
  }

  return (doc: Doc, sentenceWords?: readonly Word[][]): Hedge[] => {
    const quotes = docIndex(doc)
    const inQuote = (offset: number) => quotes.quoteAt(offset) !== undefined
    const hedges: Hedge[] = []
    for (const sentence of doc.sentences) {
      const items = sentenceWords?.[sentence.index] ?? wordsOf(sentence)
      const context: Context = {
        items,
        first: items.findIndex((item) => item.isWord),
        heading: doc.blocks[sentence.block]?.kind === 'heading',
      }
      for (const hit of detectSentence(items, context)) {
        const from = (items[hit.start] as Item).start
        const to = (items[hit.end - 1] as Item).end
        const voice = inQuote(from) ? 'quoted' : 'reporter'
        if (!voices.has(voice)) continue
        const span = doc.spanOf(from, to)
        hedges.push({
          text: span.text,
          start: span.start,
          end: span.end,
          kind: hit.kind,
          voice,
          scope: scopeOf(doc, items, hit, voice === 'quoted'),
          namedOrigin: hit.kind === 'hearsay' && namesOrigin(items, hit, context.first, origins),
          entry: hit.entry,
        })
      }
    }
    return hedges
  }
}

/**
 * Whether the modal at `index` stands in an indirect question — "whether the bill may pass",
 * "it is unclear what effect it might have", "asked if the plant could close": like a direct
 * question, it asks rather than asserts. Looks back within the clause, a dozen words at most.
 */
function inIndirectQuestion(items: Item[], index: number, first: number): boolean {
  const stop = Math.max(first, index - 12)
  for (let i = index - 1; i >= stop; i--) {
    const item = items[i] as Item
    if (!item.isWord) {
      if (CLAUSE_MARKS.has(item.value) || TERMINALS.has(item.value)) return false
      continue
    }
    if (QUESTION_OPENERS.has(item.lower)) return true
    if (FRAMED_QUESTION_OPENERS.has(item.lower)) {
      const frame = items[back(items, i)]
      return frame?.isWord === true && QUESTION_FRAMES.has(frame.lower)
    }
  }
  return false
}

/**
 * Whether "may" or "might" at `index` closes a concession — "as odd as it may seem", "strange
 * as it might sound": the writer grants the point, doubting nothing. (A concessive "it may
 * cost more, but …" is left a hedge: the Szeged annotators count it one, and recall on
 * szeged-wiki fell by 0.011 without it.)
 */
function concedes(items: Item[], index: number, first: number): boolean {
  const subject = back(items, index)
  const secondAs = back(items, subject)
  if (items[secondAs]?.lower !== 'as' || !PERSONAL_OR_IT.has(items[subject]?.lower ?? ''))
    return false
  const adjective = back(items, secondAs)
  const firstAs = back(items, adjective)
  return (
    adjective >= first &&
    (firstAs < first || items[firstAs]?.lower === 'as' || !items[firstAs]?.isWord)
  )
}

/** "could" speaking of possibility rather than ability or condition (see the notes above). */
function couldOfPossibility(
  items: Item[],
  index: number,
  nextIndex: number,
  perfect: boolean,
): boolean {
  const next = items[nextIndex] as Item
  if (COULD_NEGATION.has(next.lower)) return false
  const before = items[back(items, index)]
  if (before?.isWord && COULD_BLOCKERS.has(before.lower)) return false
  // "so that he could", "before the army could": the subject sits between
  const twoBack = back(items, back(items, index))
  for (const k of [twoBack, back(items, twoBack)]) {
    const item = items[k]
    if (item?.isWord && COULD_CLAUSE_OPENERS.has(item.lower)) return false
  }
  if (!perfect && !COULD_POSSIBILITY.has(next.lower)) {
    // "could" + a bare verb: possibility with a thing as subject ("the strike could
    // spread"), ability with a person ("they could leave") or in the past
    if (before?.isWord && PERSONAL.has(before.lower)) return false
    if (ABILITY_VERBS.has(next.lower)) return false
    if (inPastNarrative(items, index)) return false
  }
  // "could be traced", "could also be seen": ability in the passive
  const verbIndex = isAdverb(next) ? forward(items, nextIndex) : nextIndex
  const after = items[forward(items, verbIndex)]
  return !(items[verbIndex]?.lower === 'be' && after?.isWord && isParticiple(after.lower))
}

function kindOf(label: string | null): HedgeKind | null {
  const kind = (label ?? 'epistemic').split(/\s+/)[0] ?? 'epistemic'
  return KINDS.has(kind) ? (kind as HedgeKind) : null
}

function checkOf(label: string | null): string {
  return (label ?? '').split(/\s+/)[1] ?? 'always'
}

const detectors = new Map<string, HedgeDetector>()

/**
 * Finds the hedges of an article, in the reporter's voice and in quotes, in text order.
 * The lists are compiled once for each distinct set of options.
 */
export function detectHedges(
  doc: Doc,
  options: HedgeOptions = {},
  /** The article's words by sentence, when the caller has them already (`wordsOf`). */
  sentenceWords?: readonly Word[][],
): Hedge[] {
  const key = JSON.stringify([options.lexicons ?? null, options.voices ?? null])
  let detector = detectors.get(key)
  if (!detector) {
    detector = createHedgeDetector(options)
    detectors.set(key, detector)
  }
  return detector(doc, sentenceWords)
}
