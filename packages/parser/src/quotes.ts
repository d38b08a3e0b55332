import type { LineIndex } from './position.js'
import type { Quote, QuoteMarkStyle, Token, UnbalancedMark } from './types.js'

type Role = 'open' | 'close' | 'either' | 'apostrophe'

interface Mark {
  token: Token
  style: QuoteMarkStyle
  role: Role
  block: number
}

/** The quotation marks of one block, in order, with the index of the block. */
export interface BlockMarks {
  block: number
  /** Paragraph-like blocks can continue a quote into the next one. */
  continuable: boolean
  /** Offset where the block's text begins. */
  start: number
  end: number
  tokens: Token[]
}

export interface QuoteResult {
  quotes: Quote[]
  unbalanced: UnbalancedMark[]
}

const styles: Record<string, QuoteMarkStyle> = {
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '"': 'double',
  "''": 'double',
  '‘': 'single',
  '’': 'single',
  "'": 'single',
  '«': 'guillemet',
  '»': 'guillemet',
  '‹': 'guillemet',
  '›': 'guillemet',
}

interface Open {
  mark: Mark
  /** Segments already closed off in earlier paragraphs (a quote continued by convention). */
  segments: Array<{ start: number; end: number; block: number }>
}

/**
 * Matches quotation marks into quotes, nesting included, and carries a quote over paragraph
 * breaks by the newspaper convention. Apostrophes (don’t, the ’90s, James’) are told apart
 * from single quotes by their neighbours; marks that find no partner are reported as
 * unbalanced rather than guessed into a long span.
 */
export function matchQuotes(text: string, blocks: BlockMarks[], lines: LineIndex): QuoteResult {
  const quotes: Array<Omit<Quote, 'index' | 'parent' | 'depth'>> = []
  const unbalanced: UnbalancedMark[] = []
  let carried: Open | null = null

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as BlockMarks
    const marks = pairDoubledApostrophes(
      block.tokens.filter((token) => token.kind === 'punctuation' && styles[token.value] !== undefined),
    ).map((token) => classify(text, token, block.block))
    const stack: Open[] = []
    let first = true
    for (const mark of marks) {
      const isFirst = first && mark.token.start.offset <= firstTextOffset(text, block)
      first = false
      if (mark.role === 'apostrophe') continue
      if (carried && isFirst && mark.style === carried.mark.style && mark.role !== 'close') {
        // The paragraph re-opens the quote carried from the one before.
        stack.push(carried)
        carried = null
        continue
      }
      const openIndex = findOpen(stack, mark.style)
      const closes =
        mark.role === 'close' ||
        (mark.role === 'either' && openIndex !== -1 && !opensHere(text, mark))
      if (closes && openIndex !== -1) {
        for (const orphan of stack.splice(openIndex + 1))
          unbalanced.push(asUnbalanced(orphan.mark, 'open', lines))
        const open = stack.pop() as Open
        quotes.push(makeQuote(text, open, mark, block.block, lines))
      } else if (mark.style === 'single' && mark.role !== 'open') {
        // A single mark after a word with no single quote open: an apostrophe (James’).
      } else if (mark.role === 'close') {
        unbalanced.push(asUnbalanced(mark, 'close', lines))
      } else {
        stack.push({ mark, segments: [] })
      }
    }
    if (carried) {
      unbalanced.push(asUnbalanced(carried.mark, 'open', lines))
      carried = null
    }
    // An outermost double quote left open carries over when the next paragraph re-opens it.
    const next = blocks[b + 1]
    const outer = stack[0]
    if (
      outer &&
      stack.length === 1 &&
      block.continuable &&
      next?.continuable &&
      startsWithOpening(text, next, outer.mark.style)
    ) {
      outer.segments.push({
        start: outer.segments.length ? block.start : outer.mark.token.start.offset,
        end: block.end,
        block: block.block,
      })
      carried = outer
      stack.length = 0
    }
    for (const open of stack) unbalanced.push(asUnbalanced(open.mark, 'open', lines))
  }
  if (carried) unbalanced.push(asUnbalanced(carried.mark, 'open', lines))

  quotes.sort((a, b) => a.start.offset - b.start.offset || b.end.offset - a.end.offset)
  const result: Quote[] = []
  const enclosing: Quote[] = []
  for (const quote of quotes) {
    while (enclosing.length && (enclosing.at(-1) as Quote).end.offset <= quote.start.offset)
      enclosing.pop()
    const parent = enclosing.at(-1) ?? null
    const full: Quote = {
      ...quote,
      index: result.length,
      depth: enclosing.length,
      parent: parent ? parent.index : null,
    }
    result.push(full)
    enclosing.push(full)
  }
  unbalanced.sort((a, b) => a.start.offset - b.start.offset)
  return { quotes: result, unbalanced }
}

/**
 * Two straight apostrophes in a row ('') stand for a double quotation mark in much typeset
 * and archived news copy; they are matched as one double mark.
 */
function pairDoubledApostrophes(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const next = tokens[i + 1]
    if (token.value === "'" && next?.value === "'" && next.start.offset === token.end.offset) {
      out.push({ ...token, value: "''", end: next.end })
      i++
    } else {
      out.push(token)
    }
  }
  return out
}

function classify(text: string, token: Token, block: number): Mark {
  const value = token.value
  const style = styles[value] as QuoteMarkStyle
  const before = text[token.start.offset - 1] ?? ''
  const after = text[token.end.offset] ?? ''
  const wordBefore = isWordChar(before)
  const wordAfter = isWordChar(after)
  let role: Role
  switch (value) {
    case '“':
    case '„':
    case '«':
    case '‹':
      role = 'open'
      break
    case '”':
    case '»':
    case '›':
      role = 'close'
      break
    case '‘':
      role = /\d/.test(after) && !wordBefore ? 'apostrophe' : 'open'
      break
    case '’':
    case "'":
      if (wordBefore && wordAfter) role = 'apostrophe'
      else if (/\d/.test(after)) role = 'apostrophe'
      else if (wordBefore || isClosingPunctuation(before)) role = value === '’' ? 'close' : 'either'
      else if (wordAfter) role = value === '’' ? 'apostrophe' : 'open'
      else role = 'apostrophe'
      break
    case "''":
    default:
      // The straight double quote (or a doubled apostrophe): direction from its neighbours.
      if (!wordBefore && !isClosingPunctuation(before) && (wordAfter || isOpeningContext(after)))
        role = 'open'
      else if ((wordBefore || isClosingPunctuation(before)) && !wordAfter) role = 'close'
      else role = 'either'
  }
  return { token, style, role, block }
}

function findOpen(stack: Open[], style: QuoteMarkStyle): number {
  for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as Open).mark.style === style) return i
  return -1
}

function opensHere(text: string, mark: Mark): boolean {
  const before = text[mark.token.start.offset - 1] ?? ''
  return before === '' || /\s|[([{—–-]/.test(before)
}

function firstTextOffset(text: string, block: BlockMarks): number {
  let offset = block.start
  // Skip markup that may stand before the first word: emphasis, list and quote markers.
  while (offset < block.end && /[\s*_>#\-+[(]/.test(text[offset] as string)) offset++
  return offset
}

function startsWithOpening(text: string, block: BlockMarks, style: QuoteMarkStyle): boolean {
  const offset = firstTextOffset(text, block)
  const char = text[offset] ?? ''
  if (style === 'double') return char === '“' || char === '"' || char === '„' || text.startsWith("''", offset)
  if (style === 'guillemet') return char === '«'
  return char === '‘' || char === "'"
}

function makeQuote(text: string, open: Open, close: Mark, block: number, lines: LineIndex) {
  const start = open.mark.token.start.offset
  const end = close.token.end.offset
  const segments = open.segments.map((segment) => lines.spanOf(segment.start, segment.end))
  const blocks = open.segments.map((segment) => segment.block)
  const lastStart = open.segments.length ? lastSegmentStart(text, close) : start
  segments.push(lines.spanOf(lastStart, end))
  blocks.push(block)
  return {
    ...lines.spanOf(start, end),
    style: open.mark.style,
    open: lines.spanOf(start, open.mark.token.end.offset),
    close: lines.spanOf(close.token.start.offset, end),
    inner: lines.spanOf(open.mark.token.end.offset, close.token.start.offset),
    blocks,
    segments,
  }
}

/** Start of the paragraph that closes a continued quote: back to its re-opening mark. */
function lastSegmentStart(text: string, close: Mark): number {
  let offset = close.token.start.offset
  while (offset > 0 && text[offset - 1] !== '\n' && text[offset - 1] !== '\r') offset--
  while (offset < close.token.start.offset && !/[“"„«‘']/.test(text[offset] as string)) offset++
  return offset
}

function asUnbalanced(mark: Mark, role: 'open' | 'close', lines: LineIndex): UnbalancedMark {
  return {
    ...lines.spanOf(mark.token.start.offset, mark.token.end.offset),
    role,
    style: mark.style,
    block: mark.block,
  }
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char)
}

function isClosingPunctuation(char: string): boolean {
  return /[.,;:!?…)\]’”—–-]/.test(char)
}

function isOpeningContext(char: string): boolean {
  return /[‘'([…]/.test(char)
}
