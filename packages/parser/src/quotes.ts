import type { LineIndex } from './position.js'
import type {
  BlockKind,
  Point,
  Quote,
  QuoteMarkStyle,
  Span,
  Token,
  UnbalancedMark,
} from './types.js'

/**
 * What a quotation mark does where it stands: opens or closes a quote, may do either (a
 * straight mark whose neighbours do not tell), or is an apostrophe (don’t, the ’90s, James’).
 */
type Role = 'open' | 'close' | 'either' | 'apostrophe'

/** Marks pair only within a family: “ with ”, ‘ with ’, « with », ‹ with ›. */
type Family = 'double' | 'single' | 'guillemet' | 'single-guillemet'

interface Mark {
  token: Token
  family: Family
  role: Role
  block: number
  /** Index of the token in its block's token list. */
  index: number
}

/** One block's tokens, for matching its quotation marks. */
export interface BlockMarks {
  block: number
  kind: BlockKind
  depth: number
  /** Every token of the block in order, the white space between sentences included. */
  tokens: Token[]
}

export interface QuoteResult {
  quotes: Quote[]
  unbalanced: UnbalancedMark[]
  /** Matched quotes left out for nesting deeper than `maxQuoteDepth`, the first of them. */
  tooDeep: { count: number; first: Span } | null
}

/**
 * The deepest nesting kept (0 is an outermost quote). News copy nests two deep at most (a
 * quote within a quote within a quote); every quote's span holds all the quotes inside it,
 * so unbounded nesting (“ ‘ “ ‘ … ’ ” ’ ”) would make the quotes' text — and the report —
 * grow with the square of the article. Deeper pairs are matched but left out, and said so.
 */
export const maxQuoteDepth = 5

const families: Record<string, Family> = {
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '"': 'double',
  // Typeset and archived copy writes a double mark as two straight apostrophes ('').
  "''": 'double',
  '‘': 'single',
  '’': 'single',
  "'": 'single',
  '«': 'guillemet',
  '»': 'guillemet',
  '‹': 'single-guillemet',
  '›': 'single-guillemet',
}

const styles: Record<Family, QuoteMarkStyle> = {
  double: 'double',
  single: 'single',
  guillemet: 'guillemet',
  'single-guillemet': 'guillemet',
}

/** An open quote; by the newspaper convention it may carry on into the next paragraphs. */
interface Open {
  mark: Mark
  /** The marks that re-opened it at the start of each later paragraph. */
  reopened: Mark[]
  /** Where the quote's part in the current paragraph begins (its opening or re-opening mark). */
  from: number
  /** The parts in earlier paragraphs, each up to its paragraph's end. */
  segments: Array<{ start: number; end: number; block: number }>
}

/**
 * Matches quotation marks into quotes, nesting included, and carries a quote over paragraph
 * breaks by the newspaper convention: a paragraph that leaves its quote open, followed by a
 * paragraph of the same kind that begins with an opening mark of the same family. Marks are
 * read in prose order with markup invisible, so `**“Go,”** he said` reads as `“Go,” he said`.
 * Apostrophes are told apart from single quotes by their neighbours; marks that find no
 * partner are reported as unbalanced rather than guessed into a long span.
 */
export function matchQuotes(blocks: BlockMarks[], lines: LineIndex): QuoteResult {
  const quotes: Array<Omit<Quote, 'index' | 'parent' | 'depth'>> = []
  const unbalanced: UnbalancedMark[] = []
  const report = (open: Open): void => {
    for (const mark of [open.mark, ...open.reopened])
      unbalanced.push(asUnbalanced(mark, 'open', lines))
  }
  const marksOf = blocks.map(findMarks)
  let carried: Open | null = null

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as BlockMarks
    const marks = marksOf[b] as Mark[]
    if (marks.length === 0) {
      // Most blocks hold no quotation mark: nothing to match, and a quote carried into one
      // is not re-opened there (as the loop below would find, after setting up its state).
      if (carried) report(carried)
      carried = null
      continue
    }
    const firstContent = firstContentIndex(block.tokens)
    const stack: Open[] = []
    const openCount: Record<Family, number> = {
      double: 0,
      single: 0,
      guillemet: 0,
      'single-guillemet': 0,
    }
    const push = (open: Open): void => {
      stack.push(open)
      openCount[open.mark.family]++
    }
    // How many single marks that could close a quote are still to come in the block.
    let singleClosersLeft = marks.filter(
      (mark) => mark.family === 'single' && (mark.role === 'close' || mark.role === 'either'),
    ).length

    for (const mark of marks) {
      const canClose = mark.role === 'close' || mark.role === 'either'
      if (mark.family === 'single' && canClose) singleClosersLeft--
      if (mark.role === 'apostrophe') continue
      if (carried && mark.index === firstContent) {
        // The paragraph re-opens the quote carried over from the one before.
        carried.reopened.push(mark)
        carried.from = mark.token.start.offset
        push(carried)
        carried = null
        continue
      }
      const openIndex = openCount[mark.family] > 0 ? findOpen(stack, mark.family) : -1
      let closes = openIndex !== -1 && canClose
      // `'fair,' " she said`: a mark spaced off a nested quote's close closes the outer one.
      if (
        closes &&
        mark.role === 'either' &&
        opensHere(block.tokens, mark.index) &&
        !closesAfterNested(block.tokens, mark.index)
      )
        closes = false
      // ‘… James’ car …’: a possessive inside a single quote that closes later.
      if (
        closes &&
        mark.family === 'single' &&
        singleClosersLeft > 0 &&
        isPossessive(block.tokens, mark.index)
      )
        closes = false
      if (closes) {
        for (const orphan of stack.splice(openIndex + 1)) {
          openCount[orphan.mark.family]--
          report(orphan)
        }
        const open = stack.pop() as Open
        openCount[open.mark.family]--
        quotes.push(makeQuote(open, mark, lines))
      } else if (mark.family === 'single' && mark.role !== 'open') {
        // A single mark after a word with no single quote to close: an apostrophe (James’).
      } else if (mark.role === 'close') {
        unbalanced.push(asUnbalanced(mark, 'close', lines))
      } else {
        push({ mark, reopened: [], from: mark.token.start.offset, segments: [] })
      }
    }
    if (carried) {
      // Carried over, but the paragraph did not re-open it after all.
      report(carried)
      carried = null
    }
    const next = blocks[b + 1]
    const outer = stack[0]
    if (
      outer &&
      stack.length === 1 &&
      !isFollowedBySpace(block.tokens, outer.reopened.at(-1) ?? outer.mark) &&
      next &&
      continues(block, next) &&
      reopens(marksOf[b + 1] as Mark[], next.tokens, outer.mark)
    ) {
      outer.segments.push({ start: outer.from, end: contentEnd(block.tokens), block: block.block })
      carried = outer
    } else {
      for (const open of stack) report(open)
    }
  }
  if (carried) report(carried)

  quotes.sort((a, b) => a.start.offset - b.start.offset || b.end.offset - a.end.offset)
  const result: Quote[] = []
  // The quotes enclosing the current one; null for one left out as too deep.
  const enclosing: Array<{ end: number; quote: Quote | null }> = []
  let tooDeep: QuoteResult['tooDeep'] = null
  for (const quote of quotes) {
    while (enclosing.length && (enclosing.at(-1) as { end: number }).end <= quote.start.offset)
      enclosing.pop()
    if (enclosing.length > maxQuoteDepth) {
      enclosing.push({ end: quote.end.offset, quote: null })
      if (tooDeep) tooDeep.count++
      else tooDeep = { count: 1, first: quote }
      continue
    }
    const parent = enclosing.at(-1)?.quote ?? null
    // Fields written out: V8 (Node 20) builds `{...quote, more}` objects many times slower.
    const full: Quote = {
      text: quote.text,
      start: quote.start,
      end: quote.end,
      style: quote.style,
      open: quote.open,
      close: quote.close,
      inner: quote.inner,
      blocks: quote.blocks,
      segments: quote.segments,
      index: result.length,
      depth: enclosing.length,
      parent: parent ? parent.index : null,
    }
    result.push(full)
    enclosing.push({ end: full.end.offset, quote: full })
  }
  unbalanced.sort((a, b) => a.start.offset - b.start.offset)
  return { quotes: result, unbalanced, tooDeep }
}

function findMarks(block: BlockMarks): Mark[] {
  const marks: Mark[] = []
  const tokens = block.tokens
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.kind !== 'punctuation' && token.kind !== 'symbol') continue
    const family = families[token.value]
    // Most marks are commas and full stops: no family, so their neighbours are never read.
    if (!family && token.value !== "'''") continue
    const before = tokens[index - 1]?.value.at(-1) ?? ''
    const after = tokens[index + 1]?.value[0] ?? ''
    if (!family) {
      // `'''`: a single and a double mark in one token.
      pushTripleMarks(marks, token, roleOf("''", before, after), block.block, index)
      continue
    }
    marks.push({
      token,
      family,
      role: roleOf(token.value, before, after),
      block: block.block,
      index,
    })
  }
  return marks
}

/**
 * `''Go,'' she said, 'now,'''`: copy that writes double marks as two apostrophes closes a
 * quote within a quote with three, read as the single mark then the double one (and opens
 * one as the double then the single). The token is split into the two marks it stands for.
 */
function pushTripleMarks(
  marks: Mark[],
  token: Token,
  role: Role,
  block: number,
  index: number,
): void {
  const opens = role === 'open'
  const doubleFirst = subToken(token, 0, 2)
  const singleLast = subToken(token, 2, 3)
  const singleFirst = subToken(token, 0, 1)
  const doubleLast = subToken(token, 1, 3)
  if (opens) {
    marks.push({ token: doubleFirst, family: 'double', role, block, index })
    marks.push({ token: singleLast, family: 'single', role, block, index })
  } else {
    marks.push({ token: singleFirst, family: 'single', role, block, index })
    marks.push({ token: doubleLast, family: 'double', role, block, index })
  }
}

/** The part of a one-line token from `from` to `to` (offsets within it). */
function subToken(token: Token, from: number, to: number): Token {
  const start = token.start
  return {
    kind: token.kind,
    value: token.value.slice(from, to),
    start: { line: start.line, column: start.column + from, offset: start.offset + from },
    end: { line: start.line, column: start.column + to, offset: start.offset + to },
  }
}

/** The role of a mark from the characters either side of it (markup unseen). */
function roleOf(value: string, before: string, after: string): Role {
  const wordBefore = isWordChar(before)
  const wordAfter = isWordChar(after)
  const closingBefore = wordBefore || isClosingPunctuation(before)
  switch (value) {
    case '“':
    case '„':
      // Shaped to open; after a word and before a space it is a misplaced closer.
      return closingBefore && !wordAfter ? 'either' : 'open'
    case '”':
      // Shaped to close; before a word and after a space it is a misplaced opener.
      return !closingBefore && wordAfter ? 'either' : 'close'
    case '«':
    case '‹':
      return 'open'
    case '»':
    case '›':
      return 'close'
    case '‘':
      if (!wordBefore && isDigit(after)) return 'apostrophe' // ‘90s, typed the wrong way
      if (wordBefore && wordAfter) return 'apostrophe'
      return closingBefore && !wordAfter ? 'either' : 'open'
    case '’':
    case "'":
      if (wordBefore && wordAfter) return 'apostrophe' // don’t
      if (!wordBefore && isDigit(after)) return 'apostrophe' // the ’90s
      if (closingBefore) return value === '’' ? 'close' : 'either' // James’ / a closing mark
      if (wordAfter) return value === '’' ? 'apostrophe' : 'open' // ’em / an opening '
      return 'apostrophe'
    default:
      // The straight double quote: its direction comes from its neighbours.
      if (!closingBefore && (wordAfter || isOpeningContext(after))) return 'open'
      if (closingBefore && !wordAfter) return 'close'
      return 'either'
  }
}

function findOpen(stack: Open[], family: Family): number {
  for (let i = stack.length - 1; i >= 0; i--)
    if ((stack[i] as Open).mark.family === family) return i
  return -1
}

/** A mark with a space or nothing before it opens, whatever its shape suggests. */
function opensHere(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]?.value.at(-1) ?? ''
  return before === '' || /[\s([{\u2014\u2013\-“‘«"]/u.test(before)
}

/** A straight mark between spaces right after a single closing mark: `'fair,' " she said`. */
function closesAfterNested(tokens: Token[], index: number): boolean {
  const space = tokens[index - 1]
  const before = tokens[index - 2]
  const after = tokens[index + 1]
  return (
    space?.kind === 'whitespace' &&
    (before?.value === "'" || before?.value === '’') &&
    (after === undefined || after.kind === 'whitespace')
  )
}

/** `James’ car`: a single mark after an -s word, then a space and a lower-case word. */
function isPossessive(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]
  const space = tokens[index + 1]
  const word = tokens[index + 2]
  return (
    before?.kind === 'word' &&
    /[sSzZxX]$/.test(before.value) &&
    space?.kind === 'whitespace' &&
    word?.kind === 'word' &&
    /^\p{Ll}/u.test(word.value)
  )
}

/** `“ ` with nothing after it: a stray mark, never the start of a quote that runs on. */
function isFollowedBySpace(tokens: Token[], mark: Mark): boolean {
  const token = tokens[mark.index]
  if (token === undefined) return true
  const within =
    mark.token === token ||
    (mark.token.start.offset >= token.start.offset && mark.token.end.offset <= token.end.offset)
  if (!within) return true
  // The first of the two marks a three-mark token stands for is followed by the second.
  if (mark.token.end.offset < token.end.offset) return false
  const next = tokens[mark.index + 1]
  return next === undefined || next.kind === 'whitespace'
}

/** A quote carries from one block into the next only between paragraphs of the same kind. */
function continues(block: BlockMarks, next: BlockMarks): boolean {
  return (
    (block.kind === 'paragraph' || block.kind === 'blockquote') &&
    next.kind === block.kind &&
    next.depth === block.depth
  )
}

/**
 * The block begins with an opening mark of the family, typed as the quote's own opening mark
 * was: a writer who re-opens a running quote uses the same key, so a curly “ after a straight
 * " (text pasted from two sources, or a stray " opening a paragraph) starts a new quote.
 */
function reopens(marks: Mark[], tokens: Token[], opening: Mark): boolean {
  const first = marks[0]
  return (
    first !== undefined &&
    first.index === firstContentIndex(tokens) &&
    first.family === opening.family &&
    (first.role === 'open' || first.role === 'either') &&
    isStraight(first) === isStraight(opening)
  )
}

function isStraight(mark: Mark): boolean {
  const value = mark.token.value
  return value === '"' || value === "'" || value === "''"
}

function firstContentIndex(tokens: Token[]): number {
  return tokens.findIndex((token) => token.kind !== 'whitespace')
}

function contentEnd(tokens: Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token
    if (token.kind !== 'whitespace') return token.end.offset
  }
  return tokens.at(-1)?.end.offset ?? 0
}

function makeQuote(open: Open, close: Mark, lines: LineIndex) {
  // The marks' own points: no line look-ups for the common single-paragraph quote.
  const first = open.mark.token
  const last = close.token
  const text = lines.text
  const span = (start: Point, end: Point): Span => ({
    text: text.slice(start.offset, end.offset),
    start,
    end,
  })
  const whole = span(first.start, last.end)
  let segments: Span[]
  let blocks: number[]
  if (open.segments.length === 0) {
    segments = [whole]
    blocks = [close.block]
  } else {
    segments = open.segments.map((segment) => lines.spanOf(segment.start, segment.end))
    blocks = open.segments.map((segment) => segment.block)
    segments.push(lines.spanOf(open.from, last.end.offset))
    blocks.push(close.block)
  }
  return {
    text: whole.text,
    start: whole.start,
    end: whole.end,
    style: styles[open.mark.family],
    open: span(first.start, first.end),
    close: span(last.start, last.end),
    inner: span(first.end, last.start),
    blocks,
    segments,
  }
}

function asUnbalanced(mark: Mark, role: 'open' | 'close', lines: LineIndex): UnbalancedMark {
  return {
    text: lines.text.slice(mark.token.start.offset, mark.token.end.offset),
    start: mark.token.start,
    end: mark.token.end,
    role,
    style: styles[mark.family],
    block: mark.block,
  }
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char)
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9'
}

function isClosingPunctuation(char: string): boolean {
  return /[.,;:!?…)\]’”»—–-]/.test(char)
}

function isOpeningContext(char: string): boolean {
  return /[‘'([…“«]/.test(char)
}
