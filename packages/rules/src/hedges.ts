import type { Doc, Sentence, Span, Token } from '@onrecord/parser'
import {
  type Lexicon,
  type LexiconMatch,
  type LexiconOptions,
  loadLexicon,
  normalizeWord,
} from './lexicon.js'
import type { Hedge, HedgeKind } from './types.js'

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
 * - `agentless`: belief in the passive after "be" with nobody holding it: "it is believed
 *   that", "is seen as", "is widely considered", "is expected to".
 * - `doxastic`: belief in any other frame: reduced ("a species thought to be extinct",
 *   "widely regarded as"), with a "by" agent ("considered by many to be"), or active with a
 *   vague or first-person holder ("some believe", "critics fear", "I think").
 *
 * Decisions, for precision (a checker that flags the wrong things is worse than none):
 * - "May" the month and the name (capitalised, or followed by a number) is not a modal.
 * - Modals in a question ("Could this be the end?") are not hedges: a question asserts
 *   nothing. The clause's own closing mark decides, so a quoted question inside a statement
 *   counts as a question.
 * - "could not", "couldn't" are not hedges: they deny ability or possibility. "could" is a
 *   hedge only where it speaks of possibility: "could have" + participle, "could be",
 *   "could well/possibly/eventually …", and not after "so that", "before", "until", "who",
 *   "if" … where it is past ability or condition ("so that he could leave").
 * - "might" the noun ("military might") is not a modal.
 * - "likely" as a classifier without a determiner ("likely voters", "among likely voters")
 *   is not a hedge; "the likely nominee", "will likely", "likely to" are.
 * - "possible" counts with a "that" clause or after a determiner ("a possible motive"), not
 *   as "possible to/for" (feasibility) or "as soon as possible".
 * - "will", "would", "should", "can" are not hedges.
 * - A belief verb with a named holder ("Smith believes") or a pronoun ("he thought") is an
 *   attribution, left to the attribution rules; "suggest" with a person as subject is a
 *   proposal, not a hedge.
 *
 * Cue words live in `data/hedges.txt` (labelled "<kind> <check>"), holders in
 * `data/hedge-holders.txt`, idioms that hedge nothing in `data/hedge-exclusions.txt`.
 */

export interface HedgeOptions {
  /** Extend or trim `data/hedges.txt`; `add` keys are labels such as "hearsay" or "doxastic participle". */
  cues?: LexiconOptions
  /** Extend or trim `data/hedge-holders.txt` (labels "vague", "first", "evidence"). */
  holders?: LexiconOptions
  /** Extend or trim `data/hedge-exclusions.txt`. */
  exclusions?: LexiconOptions
  /** Only report hedges in these voices (default: both). */
  voices?: ReadonlyArray<Hedge['voice']>
}

/** A non-whitespace token of a sentence, with its normalised word. */
interface Item {
  token: Token
  /** Lower-cased word, or '' for punctuation and symbols. */
  word: string
  isWord: boolean
  capitalised: boolean
}

interface Context {
  items: Item[]
  /** The sentence is a heading (title case keeps capitalised modals). */
  heading: boolean
  /** Index of the first word of the sentence. */
  first: number
  excluded: Set<number>
}

interface Found {
  start: number
  end: number
  kind: HedgeKind
  entry: string
  /** Cue stands in an appositive or reduced clause: its scope ends at the next comma. */
  appositive: boolean
}

type Check = (match: LexiconMatch, kind: HedgeKind, context: Context) => Found | null

const kinds = new Set<string>(['epistemic', 'doxastic', 'hearsay', 'agentless'])

// Closed grammatical classes: grammar, not vocabulary, so they are code.
const set = (words: string) => new Set(words.split(/\s+/))
const BE = set(
  "be is are was were been being am 's 're 'm isn't aren't wasn't weren't it's that's he's she's there's who's what's they're we're you're i'm",
)
const HAVE = set("have has had having 've haven't hasn't hadn't")
const DO = set("do does did don't doesn't didn't")
const MODALS = set(
  "will would can could may might shall should must won't wouldn't can't cannot couldn't shouldn't 'll 'd",
)
const DETERMINERS = set(
  'the a an this these those his her its their my our your no every each any either neither such whose',
)
/** Articles and possessives: before one of these a modal or participle is a noun ("his might"). */
const ARTICLES = set('the a an his her its their my our your no every each')
const ATTRIBUTIVE = set(
  'a an the this that these those his her its their my our your one another some any other',
)
const DEFINITE = set('the these those his her its their my our your this that')
const PRONOUNS = set('he she it they you who which that one him them there this')
const PREPOSITIONS = set(
  'of in on at by for with from to into onto about among amongst between over under after before during since until through across against toward towards without within upon per via like than as',
)
const CONJUNCTIONS = set('and or but nor')
const ADVERBS = set(
  "also still now long often not n't never once yet even too so much well all first further ever already sometimes always again thus therefore however nonetheless indeed rather quite very most more less just only later earlier then soon",
)
/** Plural-looking words that are no plural nouns. */
const NOT_PLURALS = set(
  'this thus has was is does its his hers ours yours theirs always perhaps sometimes afterwards towards whereas unless besides less news series species means',
)
const NOT_ADVERBS = set(
  'family supply reply apply rally ally holy july italy belly bully jelly lily assembly monopoly anomaly fly imply multiply comply butterfly likely unlikely',
)
/** "as far as", "as much as": "seen as far away as" is a comparison, not a frame. */
const DEGREE = set('far much many well long soon early late often little few high low good bad')
/** Adverbs of generality that make a bare participle a hedge: "widely considered the best". */
const GENERALITY = set(
  'widely generally commonly often usually popularly universally traditionally sometimes frequently largely',
)
/** Irregular past participles ("could be seen", "could be found": ability, not possibility). */
const IRREGULAR_PARTICIPLES = set(
  'made found held built done seen known heard told sold kept put set run won read sent brought bought taught caught thought paid laid led left lost met shown taken given written driven spent cut hit begun drawn grown thrown worn born borne',
)
const NUMBER_WORDS = set('two three four five six seven eight nine ten dozen hundred thousand')
/** After these, "could" is past ability or condition, not possibility. */
const COULD_BLOCKERS = set(
  'so before until till where when whenever wherever who whom which if unless whether than as because once',
)
const COULD_POSSIBILITY = set(
  "be have 've well possibly potentially conceivably eventually easily soon also even yet one",
)
/** A comma before one of these ends a clause. */
const CLAUSE_OPENERS = set(
  'but and or which while whereas although though who whom where when because since so yet according unless if',
)
const SPEECH = set('said says told added according reported reports report wrote writes noted')
const ORIGIN_AFTER = set('according citing quoting per reported report cited quoted told')
const BOUNDARIES = set('; : — – ( ) ? ! . … [ ]')
const QUOTE_MARKS = set('“ ” " ‘ ’ \' « » ‹ › „')
const TERMINALS = set('. ? ! …')

function isAdverb(item: Item | undefined): boolean {
  if (!item?.isWord) return false
  if (ADVERBS.has(item.word)) return true
  return item.word.length >= 5 && item.word.endsWith('ly') && !NOT_ADVERBS.has(item.word)
}

function isNumber(item: Item | undefined): boolean {
  return !!item?.isWord && (/^\d/.test(item.word) || NUMBER_WORDS.has(item.word))
}

/** Index of the item before `index`, skipping adverbs (and `extra` words); -1 at the start. */
function back(items: Item[], index: number, extra?: Set<string>): number {
  let i = index - 1
  while (i >= 0) {
    const item = items[i] as Item
    if (isAdverb(item) || (extra && item.isWord && extra.has(item.word))) i--
    else break
  }
  return i
}

/** Index of the item after `index`, skipping adverbs; items.length at the end. */
function forward(items: Item[], index: number): number {
  let i = index + 1
  while (i < items.length && isAdverb(items[i])) i++
  return i
}

/** The word at `index` is followed by a verb: a lower-case word that is no noun phrase. */
function startsInfinitive(item: Item | undefined): boolean {
  if (!item?.isWord || item.capitalised || isNumber(item)) return false
  const w = item.word
  if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || ATTRIBUTIVE.has(w)) return false
  if (set('him her them me us it you').has(w)) return false
  // base verbs rarely end in a plural -s ("to reporters" is no infinitive)
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return false
  return true
}

function isQuoteMark(item: Item | undefined): boolean {
  return !!item && !item.isWord && QUOTE_MARKS.has(item.token.value)
}

/** A lower-case plural with no determiner: a generic group ("linguists", "followers"). */
function isBarePlural(item: Item): boolean {
  const w = item.word
  return (
    !item.capitalised &&
    w.length > 3 &&
    /^[a-z-]+s$/.test(w) &&
    !/(ss|us|is)$/.test(w) &&
    !NOT_PLURALS.has(w) &&
    !isAdverb(item)
  )
}

/** What may follow "is considered", "was thought": an adjective, a noun phrase, a clause. */
function startsComplement(item: Item | undefined, after?: Item): boolean {
  if (!item) return false
  // "considered highly toxic", but not "considered separately within"
  if (isAdverb(item) && item.word.endsWith('ly')) return after ? startsComplement(after) : true
  if (!item.isWord) return isQuoteMark(item)
  const w = item.word
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || w === 'to' || w.endsWith('ing')) return false
  return !BE.has(w) && !MODALS.has(w) && !set('when while if because but').has(w)
}

function isParticiple(word: string): boolean {
  return /[a-z]{2}(ed|en)$/.test(word) || IRREGULAR_PARTICIPLES.has(word)
}

function isContentWord(item: Item | undefined): boolean {
  if (!item?.isWord || isNumber(item)) return false
  const w = item.word
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

/** A word that, unlike "and", "the" or an adverb, can open a clause as its subject. */
function startsClause(item: Item | undefined): boolean {
  if (!item?.isWord) return false
  return (
    PRONOUNS.has(item.word) ||
    DETERMINERS.has(item.word) ||
    item.capitalised ||
    set('i we some many most').has(item.word)
  )
}

export function createHedgeDetector(options: HedgeOptions = {}): (doc: Doc) => Hedge[] {
  const cues = loadLexicon('hedges', options.cues)
  const holders = loadLexicon('hedge-holders', options.holders)
  const exclusions = loadLexicon('hedge-exclusions', options.exclusions)
  const voices = new Set(options.voices ?? ['reporter', 'quoted'])

  /** First words of participle entries, to find "considered by many to be". */
  const participles = new Set<string>()
  for (const entry of cues.entries())
    if (entry.label?.split(/\s+/)[1] === 'participle') participles.add(entry.words[0] as string)

  /** What holds a belief before `index`: 'vague', 'first', 'evidence' or null. */
  const holderBefore = (context: Context, index: number, skipAux: boolean): string | null => {
    const { items } = context
    const extra = skipAux ? new Set([...DO, ...HAVE, ...MODALS]) : undefined
    let j = back(items, index, extra)
    // "linguists who believe": the relative pronoun stands for the noun before it
    if (items[j]?.isWord && set('who that which').has((items[j] as Item).word)) {
      const antecedent = items[j - 1]
      if (antecedent?.isWord && !PREPOSITIONS.has(antecedent.word)) j--
    }
    const item = items[j]
    if (!item?.isWord) return null
    const before = items[j - 1]
    const particular =
      before?.isWord &&
      (DEFINITE.has(before.word) || isNumber(before) || before.word.endsWith("'s"))
    const label = holders.get(item.word)?.label ?? null
    if (label === 'vague' || (label === null && isBarePlural(item)))
      // "the critics", "two historians" are particular people, not a vague group
      return particular ? null : 'vague'
    return label
  }

  const found = (
    match: LexiconMatch,
    kind: HedgeKind,
    appositive = false,
    end = match.end,
  ): Found => ({ start: match.start, end, kind, entry: match.entry, appositive })

  const always: Check = (match, kind, { items }) => {
    if (match.words.at(-1) === 'to' && !startsInfinitive(items[match.end])) return null
    return found(match, kind)
  }

  const attributive: Check = (match, kind, { items }) => {
    const prev = items[match.start - 1]
    const next = items[match.end]
    if (!next?.isWord || next.word === 'that' || next.word === 'to') return null
    if (!prev) return found(match, kind)
    if (!prev.isWord) return found(match, kind, true)
    if (
      DETERMINERS.has(prev.word) ||
      PREPOSITIONS.has(prev.word) ||
      CONJUNCTIONS.has(prev.word) ||
      prev.word.endsWith("'s")
    )
      return found(match, kind)
    return null
  }

  const modal: Check = (match, kind, context) => {
    const { items } = context
    const cue = items[match.start] as Item
    const word = cue.word.replace(/'ve$/, '')
    let nextIndex = match.end
    while (isQuoteMark(items[nextIndex])) nextIndex++
    // "may, in fact, be": look past a short parenthetical
    if (items[nextIndex]?.token.value === ',') {
      let k = nextIndex + 1
      while (k < Math.min(items.length, nextIndex + 6) && items[k]?.token.value !== ',') k++
      if (items[k]?.token.value === ',') nextIndex = k + 1
    }
    const next = items[nextIndex]
    const prev = items[match.start - 1]
    const atStart = match.start === context.first
    // the month or a name ("May 5", "Theresa May"), a title ("Some Might Say"); a headline
    // in title case keeps its modals
    if (cue.capitalised && (!context.heading || atStart)) {
      if (atStart ? word === 'may' : !context.heading) return null
    }
    if (!next?.isWord || isNumber(next)) return null
    if (next.capitalised && !context.heading) return null
    // the noun: "military might", "with all his might", "through might", "who has might"
    if (prev?.isWord) {
      if (ARTICLES.has(prev.word) || prev.word.endsWith("'s")) return null
      if ((PREPOSITIONS.has(prev.word) && prev.word !== 'as') || HAVE.has(prev.word)) return null
    }
    if (!cue.word.endsWith("'ve")) {
      if (set('of and or in is was are were has had with to for that the a an').has(next.word))
        return null
      // a modal takes a bare verb: "might makes right" is the noun
      if (/[^su']s$/.test(next.word) && !/(ss|us|is)$/.test(next.word) && !isAdverb(next))
        return null
    }
    // a question asserts nothing
    for (let i = match.end; i < items.length; i++) {
      const item = items[i] as Item
      if (!item.isWord && TERMINALS.has(item.token.value)) {
        if (item.token.value === '?') return null
        break
      }
    }
    if (word === 'could') {
      if (next.word === 'not' || next.word === 'never' || next.word === 'hardly') return null
      const before = items[back(items, match.start)]
      if (before?.isWord && COULD_BLOCKERS.has(before.word)) return null
      // "so that he could", "before the army could": the subject sits between
      const twoBack = items[back(items, back(items, match.start))]
      const threeBack = items[back(items, back(items, back(items, match.start)))]
      for (const item of [twoBack, threeBack])
        if (item?.isWord && set('so before until till whether if unless').has(item.word))
          return null
      if (!cue.word.endsWith("'ve") && !COULD_POSSIBILITY.has(next.word)) return null
      // "could be traced", "could be seen": ability in the passive
      const after = items[forward(items, nextIndex)]
      if (next.word === 'be' && after?.isWord && isParticiple(after.word)) return null
    }
    return found(match, kind)
  }

  const adjective: Check = (match, kind, { items, first }) => {
    const word = match.words[0] as string
    const raising = word === 'likely' || word === 'unlikely'
    const prevIndex = back(items, match.start)
    const prev = items[prevIndex]
    const rawPrev = items[match.start - 1]
    const next = items[match.end]
    if (next?.isWord && next.word === 'that') return found(match, kind)
    if (raising) {
      if (next?.isWord && next.word === 'to')
        return startsInfinitive(items[match.end + 1]) ? found(match, kind) : null
      if (rawPrev?.isWord && set('most more less').has(rawPrev.word)) return found(match, kind)
      // "likely voters", "among likely voters", "1,000 likely voters": a classifier
      const classifier =
        (!prev ||
          (prev.isWord &&
            (PREPOSITIONS.has(prev.word) || CONJUNCTIONS.has(prev.word) || isNumber(prev)))) &&
        isContentWord(next) &&
        !isAdverb(next)
      if (classifier) return null
      if (!prev && match.start === first && next && !next.isWord) return found(match, kind)
      return found(match, kind)
    }
    // possible, probable, conceivable
    if (!next) return null
    if (next.isWord && (next.word === 'to' || next.word === 'for')) return null
    if (
      rawPrev?.isWord &&
      (ATTRIBUTIVE.has(rawPrev.word) ||
        set('of about for over into on against with').has(rawPrev.word))
    )
      return isContentWord(next) ? found(match, kind) : null
    // predicative with a clause: "it is possible they left"
    if (prev?.isWord && (BE.has(prev.word) || set('seems remains become becomes').has(prev.word)))
      return startsClause(next) ? found(match, kind) : null
    return null
  }

  /** Passive belief and report frames, with an optional "by" agent. */
  const participle = (
    match: LexiconMatch,
    kind: HedgeKind,
    context: Context,
    agent: string | null,
  ): Found | null => {
    const { items } = context
    const complement = match.words.length > 1 ? (match.words.at(-1) as string) : null
    const hearsay = kind === 'hearsay'
    const next = items[match.end]
    if (complement === 'to' && !startsInfinitive(next)) return null
    // "seen as many as", "regarded as well as": a comparison, not a frame
    if (complement === 'as' && DEGREE.has(next?.word ?? '')) return null
    const reducible = complement !== null && set('to as dead lost killed').has(complement)
    const verdict = (frameKind: HedgeKind, appositive = false): Found => ({
      start: match.start,
      end: match.end,
      kind: frameKind,
      entry: match.entry,
      appositive,
    })
    const j = back(items, match.start)
    const prev = items[j]
    const reduced = (appositive: boolean): Found | null => {
      if (!reducible && !agent) return null
      // "a ring said to be worth …": a reduced report needs "be" or "have" after it
      if (hearsay && !(next?.isWord && set('be have').has(next.word))) return null
      return verdict(hearsay ? 'hearsay' : 'doxastic', appositive)
    }
    if (!prev) return reduced(false)
    if (!prev.isWord) return reduced(true)
    if (BE.has(prev.word)) {
      // a bare participle needs a complement: "is considered extinct", not "was considered for"
      if (complement === null && !startsComplement(next, items[match.end + 1])) return null
      return verdict(hearsay ? 'hearsay' : agent ? 'doxastic' : 'agentless')
    }
    if (ARTICLES.has(prev.word) || set('this that').has(prev.word)) return null
    // "generally considered the best": a reduced passive made general by its adverb
    const raw = items[match.start - 1]
    if (complement === null && raw?.isWord && GENERALITY.has(raw.word) && startsComplement(next, items[match.end + 1]))
      return hearsay ? null : verdict('doxastic')
    const holder = holderBefore(context, match.start, true)
    if (holder === 'vague' || holder === 'first') return hearsay ? null : verdict('doxastic')
    if (HAVE.has(prev.word) || DO.has(prev.word) || MODALS.has(prev.word)) return null
    if (PRONOUNS.has(prev.word)) return null
    if (prev.capitalised && j !== context.first) return null
    if (complement === null || complement === 'that') return null
    // a noun before it: "a species thought to be extinct", "a move seen as a snub"
    if (set('one among a an the').has(complement)) return null
    return reduced(false)
  }

  const verb: Check = (match, kind, context) => {
    const next = context.items[match.end]
    if (next?.isWord && set('in of about on over').has(next.word)) return null
    const holder = holderBefore(context, match.start, true)
    // "if we consider", "we will consider": deliberation, not belief
    if (holder === 'first' && match.words[0]?.startsWith('consider')) return null
    return holder === 'vague' || holder === 'first' ? found(match, kind) : null
  }

  const evidential: Check = (match, kind, context) => {
    const { items } = context
    const prev = items[back(items, match.start)]
    // "it has been suggested that"; "was suggested as a strategy" is a proposal
    if (prev?.isWord && BE.has(prev.word))
      return context.items[match.end]?.word === 'that' ? found(match, 'agentless') : null
    const raw = items[match.start - 1]
    if (match.words[0]?.endsWith('ing') && raw && !raw.isWord && raw.token.value === ',')
      return found(match, kind)
    const holder = holderBefore(context, match.start, true)
    return holder ? found(match, kind) : null
  }

  const checks: Record<string, Check> = {
    always,
    attributive,
    modal,
    adjective,
    verb,
    evidential,
    participle: (match, kind, context) => participle(match, kind, context, null),
  }

  /** "considered by many to be": the participle, a short agent, then the frame. */
  const agentMatch = (context: Context, index: number): LexiconMatch | null => {
    const { items } = context
    const head = items[index] as Item
    if (!participles.has(head.word) || items[index + 1]?.word !== 'by') return null
    for (let k = index + 3; k < Math.min(items.length, index + 9); k++) {
      const item = items[k] as Item
      if (!item.isWord) return null
      const rest = [head, ...items.slice(k)].map((i) => ({
        kind: i.isWord ? 'word' : 'punctuation',
        value: i.token.value,
      }))
      const match = cues.matchAt(rest, 0)
      if (match && match.length > 1 && match.label?.split(/\s+/)[1] === 'participle')
        return {
          ...match,
          start: index,
          end: k + match.length - 1,
          length: k + match.length - 1 - index,
        }
    }
    return null
  }

  const detectSentence = (
    doc: Doc,
    sentence: Sentence,
  ): { items: Item[]; first: number; hits: Found[] } => {
    const items: Item[] = []
    for (const token of sentence.tokens) {
      if (token.kind === 'whitespace') continue
      const isWord = token.kind === 'word'
      items.push({
        token,
        word: isWord ? normalizeWord(token.value) : '',
        isWord,
        capitalised: isWord && /^\p{Lu}/u.test(token.value),
      })
    }
    const first = items.findIndex((item) => item.isWord)
    const excluded = new Set<number>()
    for (const match of exclusions.matchAll(items.map(asMatchToken)))
      for (let k = match.start; k < match.end; k++) excluded.add(k)
    const heading = doc.blocks[sentence.block]?.kind === 'heading'
    const context: Context = { items, first, excluded, heading }
    const tokens = items.map(asMatchToken)
    const out: Found[] = []
    for (let i = 0; i < items.length; i++) {
      if (!(items[i] as Item).isWord || excluded.has(i)) continue
      const agent = agentMatch(context, i)
      const match = agent ?? cues.matchAt(tokens, i)
      if (!match) continue
      const [kindName = 'epistemic', checkName = 'always'] = (match.label ?? '').split(/\s+/)
      if (!kinds.has(kindName)) continue
      let result: Found | null
      if (agent) result = participle(match, kindName as HedgeKind, context, 'by')
      else result = (checks[checkName] ?? always)(match, kindName as HedgeKind, context)
      if (!result) continue
      out.push(result)
      i = result.end - 1
    }
    return { items, first, hits: out }
  }

  const scopeOf = (doc: Doc, items: Item[], hit: Found, quoted: boolean): Span => {
    const isBoundary = (item: Item): boolean =>
      !item.isWord &&
      (BOUNDARIES.has(item.token.value) || (quoted && QUOTE_MARKS.has(item.token.value)))
    let end = hit.end
    for (let i = hit.end; i < items.length; i++) {
      const item = items[i] as Item
      if (isBoundary(item)) break
      if (!item.isWord && item.token.value === ',' && i > hit.end) {
        const after = items[i + 1]
        if (hit.appositive) break
        if (after?.isWord && CLAUSE_OPENERS.has(after.word)) break
        if (after?.isWord && SPEECH.has(items[i + 2]?.word ?? '')) break
      }
      if (item.isWord) end = i + 1
    }
    let start = hit.start
    if (end === hit.end) {
      // the cue closes its clause ("…, probably."): the clause before it is what it hedges
      for (let i = hit.start - 1; i >= 0; i--) {
        const item = items[i] as Item
        if (isBoundary(item) || (!item.isWord && item.token.value === ',' && i < hit.start - 1))
          break
        if (item.isWord) start = i
      }
    }
    const from = (items[start] as Item).token.start.offset
    const to = (items[end - 1] as Item).token.end.offset
    return doc.spanOf(from, to)
  }

  const namedOrigin = (items: Item[], hit: Found, first: number): boolean => {
    const named = (i: number): boolean => {
      const item = items[i]
      return !!item?.isWord && item.capitalised && i !== first && item.word !== 'i'
    }
    for (let i = 0; i < items.length; i++) {
      if (i >= hit.start && i < hit.end) continue
      const item = items[i] as Item
      if (!item.isWord) continue
      if (ORIGIN_AFTER.has(item.word)) {
        // "according to Reuters", "as reported by the Post", "citing the BBC"
        for (let k = i + 1; k < Math.min(items.length, i + 7); k++) {
          const after = items[k] as Item
          if (!after.isWord && after.token.value !== '-' && after.token.value !== "'") break
          if (named(k)) return true
        }
      }
      if (SPEECH.has(item.word)) {
        // "the Post reported", "Reuters said"
        for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
          const before = items[k] as Item
          if (!before.isWord) break
          if (named(k)) return true
        }
      }
    }
    return false
  }

  return (doc: Doc): Hedge[] => {
    const segments = doc.quotes.flatMap((quote) =>
      quote.segments.map((s) => [s.start.offset, s.end.offset] as const),
    )
    const inQuote = (offset: number) => segments.some(([s, e]) => s <= offset && offset < e)
    const hedges: Hedge[] = []
    for (const sentence of doc.sentences) {
      const { items, first, hits } = detectSentence(doc, sentence)
      for (const hit of hits) {
        const from = (items[hit.start] as Item).token.start.offset
        const to = (items[hit.end - 1] as Item).token.end.offset
        const voice = inQuote(from) ? 'quoted' : 'reporter'
        if (!voices.has(voice)) continue
        hedges.push({
          ...doc.spanOf(from, to),
          kind: hit.kind,
          voice,
          scope: scopeOf(doc, items, hit, voice === 'quoted'),
          namedOrigin: hit.kind === 'hearsay' && namedOrigin(items, hit, first),
          entry: hit.entry,
        })
      }
    }
    return hedges
  }
}

function asMatchToken(item: Item): { kind: string; value: string } {
  return { kind: item.isWord ? 'word' : 'punctuation', value: item.token.value }
}

let plain: ((doc: Doc) => Hedge[]) | null = null
const configured = new WeakMap<HedgeOptions, (doc: Doc) => Hedge[]>()

/**
 * Finds the hedges of an article, in the reporter's voice and in quotes, in text order.
 * The lists are compiled once per options object (once in all without options).
 */
export function detectHedges(doc: Doc, options?: HedgeOptions): Hedge[] {
  if (!options) {
    plain ??= createHedgeDetector()
    return plain(doc)
  }
  let detector = configured.get(options)
  if (!detector) {
    detector = createHedgeDetector(options)
    configured.set(options, detector)
  }
  return detector(doc)
}

/** Convenience for rules and tests: the lexicon the detector reads its cues from. */
export function hedgeLexicon(options?: LexiconOptions): Lexicon {
  return loadLexicon('hedges', options)
}
