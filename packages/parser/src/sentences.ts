import type { Node as NlcstNode, Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { Wrapper } from './bridge.js'
import { readWordList } from './lexicon.js'
import type { Token, TokenKind } from './types.js'

/** A sentence while it is being made: its tokens and the nlcst nodes behind them. */
export interface DraftSentence {
  tokens: Token[]
  nodes: NlcstSentence[]
}

/** What one block's nlcst tree yields. */
export interface BlockProse {
  sentences: DraftSentence[]
  /** Every token of the block in order, the white space between sentences included. */
  tokens: Token[]
}

const titles = readWordList('titles')
const numberMarkers = readWordList('number-markers')
const months = readWordList('months')
const timeFollowers = readWordList('time-followers')
const starters = readWordList('sentence-starters')
const terminalAbbreviations = readWordList('terminal-abbreviations')
const speechVerbs = readWordList('speech-verbs')
const wordAbbreviations = readWordList('word-abbreviations')

/** The token kind of an nlcst node type (a switch: a keyed look-up showed in profiles). */
function kindOf(type: string): TokenKind {
  switch (type) {
    case 'WordNode':
    case 'TextNode':
      return 'word'
    case 'PunctuationNode':
      return 'punctuation'
    case 'WhiteSpaceNode':
      return 'whitespace'
    case 'SourceNode':
      return 'source'
    default:
      return 'symbol'
  }
}

/**
 * The sentences of one block's nlcst tree (positions already in the original file), with
 * the boundaries parse-english gets wrong on news copy repaired.
 */
export function draftSentences(root: NlcstRoot): BlockProse {
  // Made at its full size: a block's tokens would otherwise be copied over and over as the
  // array grows. Only nodes without a place (none, in practice) leave it shorter.
  const draft: BlockDraft = { sentences: [], tokens: new Array(tokenCount(root)), count: 0 }
  visit(root, draft)
  const tokens = draft.tokens
  tokens.length = draft.count
  return { sentences: fixBoundaries(draft.sentences), tokens }
}

/** What `visit` has gathered of a block so far. */
interface BlockDraft {
  sentences: DraftSentence[]
  tokens: Token[]
  /** How many of `tokens` are filled. */
  count: number
}

/** The token of a node with a place in the file, else undefined. */
function toToken(node: NlcstNode): Token | undefined {
  const position = node.position
  if (position?.start.offset === undefined || position.end.offset === undefined) return undefined
  return {
    kind: kindOf(node.type),
    value: valueOf(node),
    start: position.start as Token['start'],
    end: position.end as Token['end'],
  }
}

/** Gathers the tokens and sentences of a node (module-level: no closures made per block). */
function visit(node: NlcstNode, draft: BlockDraft): void {
  if (node.type === 'SentenceNode') {
    const sentence = node as NlcstSentence
    const children = sentence.children
    // Made at its final size, where pushing would grow it by copies (holey, as `map` makes it).
    let own: Token[] = new Array(children.length)
    const tokens = draft.tokens
    let count = draft.count
    let blank = true
    let placed = true
    for (let i = 0; i < children.length; i++) {
      const token = toToken(children[i] as NlcstNode)
      if (token === undefined) {
        placed = false
        continue
      }
      own[i] = token
      tokens[count++] = token
      if (blank && !isBlank(token)) blank = false
    }
    draft.count = count
    if (!placed) own = own.filter((token) => token !== undefined)
    if (!blank) draft.sentences.push({ tokens: own, nodes: [sentence] })
    return
  }
  if ('children' in node) {
    const children = (node as { children: NlcstNode[] }).children
    for (let i = 0; i < children.length; i++) visit(children[i] as NlcstNode, draft)
    return
  }
  const token = toToken(node)
  if (token) draft.tokens[draft.count++] = token
}

/**
 * The most tokens `draftSentences` makes of a tree: every child of a sentence, and the leaves
 * outside sentences.
 */
function tokenCount(node: NlcstNode): number {
  if (node.type === 'SentenceNode') return (node as NlcstSentence).children.length
  if (!('children' in node)) return 1
  const children = (node as { children: NlcstNode[] }).children
  let count = 0
  for (let i = 0; i < children.length; i++) count += tokenCount(children[i] as NlcstNode)
  return count
}

/** A token's text: a leaf's value, or a word's children's values joined. */
function valueOf(node: NlcstNode): string {
  if ('value' in node) return (node as { value: string }).value
  const children = (node as { children?: NlcstNode[] }).children
  if (!children) return ''
  if (children.length === 1) return valueOf(children[0] as NlcstNode)
  // A word of several parts ("U.S", "don’t"): rare enough for the generic walk.
  return nlcstToString(node as Parameters<typeof nlcstToString>[0])
}

/**
 * Repairs the boundaries parse-english gets wrong on news copy. The drafts are taken over:
 * the result holds them (a joined one with new token and node arrays), not copies.
 */
export function fixBoundaries(sentences: DraftSentence[]): DraftSentence[] {
  const merged: DraftSentence[] = []
  // The one sentence of `merged` whose arrays were copied, hence may be added to in place.
  const owned: { sentence?: DraftSentence } = {}
  // Most sentences have no missed boundary and no run-on to cut: those go on as they are,
  // without a list of one part made for each.
  for (let i = 0; i < sentences.length; i++) {
    const draft = sentences[i] as DraftSentence
    const parts = splitMissed(draft)
    if (parts === undefined) appendOrJoin(merged, draft, owned)
    else for (const part of parts) appendOrJoin(merged, part, owned)
  }
  const out: DraftSentence[] = []
  for (let i = 0; i < merged.length; i++) {
    const sentence = merged[i] as DraftSentence
    const parts = splitRunOn(sentence)
    if (parts === undefined) pushTrimmed(out, sentence)
    else for (const part of parts) pushTrimmed(out, part)
  }
  return out
}

/** Adds `sentence` to `merged`, or to the last sentence there when the two are one. */
function appendOrJoin(
  merged: DraftSentence[],
  sentence: DraftSentence,
  owned: { sentence?: DraftSentence },
): void {
  const previous = merged[merged.length - 1]
  if (previous === undefined || !shouldJoin(previous.tokens, sentence.tokens)) {
    merged.push(sentence)
    return
  }
  // Copy before the first change: the drafts share token arrays with their parts.
  if (previous !== owned.sentence) {
    previous.tokens = [...previous.tokens]
    previous.nodes = [...previous.nodes]
    owned.sentence = previous
  }
  for (const token of sentence.tokens) previous.tokens.push(token)
  for (const node of sentence.nodes) if (!previous.nodes.includes(node)) previous.nodes.push(node)
}

function pushTrimmed(out: DraftSentence[], sentence: DraftSentence): void {
  const trimmed = trimWhitespace(sentence)
  if (trimmed.tokens.length > 0) out.push(trimmed)
}

/**
 * The most words a sentence may have. The longest sentence in 1,900 news articles of the
 * research corpus has 148; a longer run with no sentence end (a scraped page without
 * punctuation, a list flattened into one line) is split after this many words, at the next
 * white space. Every analysis of a sentence looks at its words and the clauses between them,
 * so an unbounded sentence would make the analysis — and the report, whose attributions each
 * carry their content — grow with the square of its length.
 */
export const maxSentenceWords = 250

/**
 * A run of more than `maxSentenceWords` words cut at white space into sentences that fit;
 * undefined when the sentence fits as it is.
 */
function splitRunOn(sentence: DraftSentence): DraftSentence[] | undefined {
  const tokens = sentence.tokens
  if (tokens.length <= maxSentenceWords) return undefined
  const parts: DraftSentence[] = []
  let from = 0
  let words = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'word') words++
    // At white space; failing that (words joined by marks only), before any mark.
    else if (
      (words >= maxSentenceWords && token.kind === 'whitespace') ||
      words >= maxSentenceWords + 50
    ) {
      parts.push({ tokens: tokens.slice(from, i), nodes: sentence.nodes })
      from = token.kind === 'whitespace' ? i + 1 : i
      words = 0
    }
  }
  if (from === 0) return undefined
  if (from < tokens.length) parts.push({ tokens: tokens.slice(from), nodes: sentence.nodes })
  return parts
}

type Decision = 'break' | 'join' | 'keep'

/**
 * What a full stop after the word `bare` means when `next` is the first word after it:
 * `break` (the sentence ends), `join` (it does not), or `keep` (leave parse-english's call).
 * (`bare` is the word without that full stop, whether the tokenizer put the stop in the
 * word, "U.S.", or after it.)
 */
function afterFullStop(
  bare: string,
  next: string,
  firstOfSentence: boolean,
  /** The word before `bare`, if any. */
  previous?: string,
): Decision {
  // The stem and the looks of `next` are worked out as each check needs them, from the
  // cheapest: most words before a full stop are in no list and reach the end.
  // "have weighed in. Ortiz said": a plain word the tokenizer took for a unit or a day.
  // ("a 3 in. pipe": after a number it is the unit.)
  if (wordAbbreviations.has(bare))
    return startsWithCapital(next) && !startsWithDigit(previous ?? '') ? 'break' : 'keep'
  const stem = bare.toLowerCase()
  // "Mr. Smith", "Gen. Lee", "Sen. Warren", "Roe v. Wade": a title never ends a sentence.
  if (titles.has(stem)) return 'join'
  // "No. 5", "Fig. 3", "Jan. 5", "Sept. 14".
  if (numberMarkers.has(stem) || months.has(stem)) return startsWithDigit(next) ? 'join' : 'keep'
  // "at 9 a.m. Police arrived" but "at 9 a.m. Tuesday", "8 p.m. ET".
  if (stem === 'a.m' || stem === 'p.m') {
    if (!startsWithCapital(next)) return 'keep'
    return timeFollowers.has(next.replace(/\.$/, '').toLowerCase()) ? 'join' : 'break'
  }
  // "lives in the U.S. He said" but "the U.S. Capitol".
  if (terminalAbbreviations.has(stem))
    return startsWithCapital(next) && starters.has(next.toLowerCase()) ? 'break' : 'keep'
  // "rose 30. Officials said" (a numbered line, "1. Introduction", stays as it is).
  if (!firstOfSentence && startsWithDigit(stem) && /^\d[\d,]*$/.test(stem))
    return startsWithCapital(next) ? 'break' : 'keep'
  return 'keep'
}

function startsWithCapital(value: string): boolean {
  return /^\p{Lu}/u.test(value)
}

/** An ASCII digit first, as `/^\d/` has it. */
function startsWithDigit(value: string): boolean {
  const code = value.charCodeAt(0)
  return code >= 48 && code <= 57
}

/**
 * Splits where parse-english kept a full stop inside a word ("30.", "a.m.", "U.S."); undefined
 * when there is no such place.
 */
function splitMissed(sentence: DraftSentence): DraftSentence[] | undefined {
  // Made at the first split only: most sentences have none.
  let parts: DraftSentence[] | undefined
  let from = 0
  const tokens = sentence.tokens
  let words = 0
  for (let i = 0; i < tokens.length - 2; i++) {
    const token = tokens[i] as Token
    if (token.kind !== 'word') continue
    words++
    if (token.value.length < 2 || !token.value.endsWith('.')) continue
    if ((tokens[i + 1] as Token).kind !== 'whitespace') continue
    const next = firstWordFrom(tokens, i + 2)
    if (!next) continue
    const previous = previousWord(tokens, i)
    const stem = token.value.slice(0, -1)
    if (afterFullStop(stem, next.value, words === 1, previous?.value) !== 'break') continue
    parts ??= []
    parts.push({ tokens: tokens.slice(from, i + 1), nodes: sentence.nodes })
    from = i + 1
    words = 0
  }
  if (parts === undefined) return undefined
  parts.push({ tokens: tokens.slice(from), nodes: sentence.nodes })
  return parts
}

function shouldJoin(previous: Token[], next: Token[]): boolean {
  let lastIndex = previous.length - 1
  while (lastIndex >= 0 && isBlank(previous[lastIndex] as Token)) lastIndex--
  let beforeIndex = lastIndex - 1
  while (beforeIndex >= 0 && isBlank(previous[beforeIndex] as Token)) beforeIndex--
  const last = previous[lastIndex]
  const beforeLast = previous[beforeIndex]
  const first = firstNotBlank(next)
  if (!last || !first) return false
  // “…,” said X. / “…?” she asked. / “…!” Smith shouted. — a quote and its attribution
  // are one unit for the rules.
  if (isClosingQuote(last.value) && beforeLast) {
    // (“She asked, ‘Can we help?’” Ortiz said: the mark before a nested quote's closing one.)
    let markIndex = beforeIndex
    while (
      markIndex > 0 &&
      (isClosingQuote((previous[markIndex] as Token).value) ||
        isBlank(previous[markIndex] as Token))
    )
      markIndex--
    const mark = previous[markIndex] as Token
    if (mark.value === ',') return true
    if (
      (mark.value === '?' || mark.value === '!') &&
      (/^\p{Ll}/u.test(first.value) || opensWithAttribution(next))
    )
      return true
  }
  // A full stop that parse-english took for the end of a sentence (in the word or after it):
  // the word without it. Only when the next sentence opens with a word.
  if (first.kind !== 'word' || firstWord(next) !== first) return false
  const bare =
    last.kind === 'word' && last.value.endsWith('.')
      ? last.value.slice(0, -1)
      : last.value === '.' && beforeLast?.kind === 'word'
        ? beforeLast.value
        : undefined
  if (bare === undefined) return false
  let words = 0
  for (const token of previous) if (token.kind === 'word' && ++words > 1) break
  return afterFullStop(bare, first.value, words === 1) === 'join'
}

/** The first word of `tokens` (a word that is only white space to a reader counts too). */
function firstWord(tokens: Token[]): Token | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'word') return token
  }
  return undefined
}

function firstNotBlank(tokens: Token[]): Token | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (!isBlank(token)) return token
  }
  return undefined
}

/** "Smith asked.", "Prime Minister Ivo Raskin said": a few capitalised words, then a verb of saying. */
function opensWithAttribution(tokens: Token[]): boolean {
  let names = 0
  for (const token of tokens) {
    if (token.kind === 'whitespace') continue
    if (token.kind !== 'word') return false
    if (speechVerbs.has(token.value.toLowerCase())) return names > 0
    if (!/^\p{Lu}/u.test(token.value) || ++names > 4) return false
  }
  return false
}

function isClosingQuote(value: string): boolean {
  return value === '”' || value === '"' || value === '’' || value === "'" || value === '»'
}

/** The word token before `index`, across white space only. */
function previousWord(tokens: Token[], index: number): Token | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i] as Token
    if (token.kind === 'word') return token
    if (token.kind !== 'whitespace') return undefined
  }
  return undefined
}

function firstWordFrom(tokens: Token[], index: number): Token | undefined {
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'word') return token
    if (token.kind === 'whitespace') return undefined
  }
  return undefined
}

/** White space, or a symbol that is only white space to a reader (a BOM, a no-break space). */
function isBlank(token: Token): boolean {
  if (token.kind === 'whitespace') return true
  const code = token.value.charCodeAt(0)
  // Fast path: a letter, digit or mark of ASCII is never blank.
  if (code > 32 && code < 127) return false
  return !/\S/.test(token.value)
}

function trimWhitespace(sentence: DraftSentence): DraftSentence {
  let start = 0
  let end = sentence.tokens.length
  while (start < end && isBlank(sentence.tokens[start] as Token)) start++
  while (end > start && isBlank(sentence.tokens[end - 1] as Token)) end--
  if (start === 0 && end === sentence.tokens.length) return sentence
  return { tokens: sentence.tokens.slice(start, end), nodes: sentence.nodes }
}

/**
 * The source range of each sentence: from its first to its last token, widened over inline
 * markup that opens just before it or closes just after it, so that `**VARNA —** Talks
 * began.` starts at the `**` and `see [the report](https://…)` ends after the link. Markup
 * never moves a sentence into its neighbour: a wrapper counts only when it starts in the
 * gap before the sentence (or ends in the gap after it).
 */
export function sentenceSpans(
  sentences: DraftSentence[],
  wrappers: Wrapper[],
  blockStart: number,
  blockEnd: number,
): Array<{ start: number; end: number }> {
  const spans = sentences.map((sentence) => ({
    start: (sentence.tokens[0] as Token).start.offset,
    end: (sentence.tokens.at(-1) as Token).end.offset,
  }))
  if (wrappers.length === 0) return spans
  // Wrappers come in document order, so sorted by start; a copy sorted by end.
  const byEnd = [...wrappers].sort((a, b) => a.end - b.end)
  return spans.map((span, i) => {
    const gapBefore = i === 0 ? blockStart : (spans[i - 1] as { end: number }).end
    const gapAfter = i === spans.length - 1 ? blockEnd : (spans[i + 1] as { start: number }).start
    let start = span.start
    let end = span.end
    for (let k = firstAtLeast(wrappers, gapBefore, 'start'); k < wrappers.length; k++) {
      const wrapper = wrappers[k] as Wrapper
      if (wrapper.start >= span.start) break
      if (wrapper.end > span.start && wrapper.start < start) start = wrapper.start
    }
    for (let k = firstAtLeast(byEnd, span.end + 1, 'end'); k < byEnd.length; k++) {
      const wrapper = byEnd[k] as Wrapper
      if (wrapper.end > gapAfter) break
      if (wrapper.start < span.end) end = wrapper.end
    }
    return { start, end }
  })
}

/** Index of the first wrapper whose `key` is at least `value` (the list sorted by `key`). */
function firstAtLeast(list: Wrapper[], value: number, key: 'start' | 'end'): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((list[mid] as Wrapper)[key] < value) low = mid + 1
    else high = mid
  }
  return low
}
