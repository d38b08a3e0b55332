import type { Sentence as NlcstSentence } from 'nlcst'
import type { VFile } from 'vfile'
import type { ParseCache } from './parse-cache.js'

/**
 * A place in the original file: 1-based line and column, 0-based UTF-16 offset (as in unist).
 * Spans that begin or end at the same place may share one Point object: treat points as
 * read-only.
 */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A stretch of the original file. `text === file.value.slice(start.offset, end.offset)`. */
export interface Span {
  text: string
  start: Point
  end: Point
}

export type InputFormat = 'markdown' | 'text' | 'html'

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'blockquote'
  | 'table-cell'
  | 'caption'

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source'

/** One word, mark or space of prose, as parse-english saw it, with its place in the file. */
export interface Token {
  kind: TokenKind
  /** The token's prose value (markup removed; equals the source slice for plain text). */
  value: string
  start: Point
  end: Point
}

/** A sentence-level unit of a block: the rules read these. */
export interface Sentence extends Span {
  /** Index in `Doc.sentences`. */
  index: number
  /** Index of the block it belongs to in `Doc.blocks`. */
  block: number
  tokens: Token[]
  /** The nlcst sentence node(s) this sentence was built from. */
  nodes: NlcstSentence[]
}

export interface Block extends Span {
  index: number
  kind: BlockKind
  /** Heading depth (1–6) for headings; nesting depth of blockquotes/lists otherwise (0 = top). */
  depth: number
  /** Indices into `Doc.sentences`. */
  sentences: number[]
}

export type QuoteMarkStyle = 'double' | 'single' | 'guillemet'

/**
 * A matched pair of quotation marks. A quote may run over several paragraphs by the
 * newspaper convention (each continued paragraph re-opens the quote and the one before it has
 * no closing mark); then `segments` has one span per paragraph.
 */
export interface Quote extends Span {
  index: number
  style: QuoteMarkStyle
  /** The opening mark. */
  open: Span
  /** The closing mark. */
  close: Span
  /** What is inside the marks (the last segment's inside for multi-paragraph quotes starts at the first opening mark). */
  inner: Span
  /** Nesting depth: 0 for an outermost quote. */
  depth: number
  /** Index of the enclosing quote, when nested. */
  parent: number | null
  /** Blocks the quote covers, in order. */
  blocks: number[]
  /** One span per block the quote covers (a single one for a quote inside one paragraph). */
  segments: Span[]
}

/** A quotation mark that has no partner. Reported, never guessed into a span. */
export interface UnbalancedMark extends Span {
  role: 'open' | 'close'
  style: QuoteMarkStyle
  block: number
}

export interface FrontMatter {
  title?: string
  author?: string
  date?: string
  /** All keys of the front matter, as parsed. */
  data: Record<string, unknown>
}

/** The document model every rule reads. */
export interface Doc {
  file: VFile
  format: InputFormat
  /** The file text (`String(file.value)`), the string all offsets index into. */
  text: string
  blocks: Block[]
  sentences: Sentence[]
  quotes: Quote[]
  unbalancedMarks: UnbalancedMark[]
  frontMatter: FrontMatter | null
  /** Translate an offset into a point (line/column) of the original file. */
  pointAt(offset: number): Point
  /** A span of the original file between two offsets. */
  spanOf(start: number, end: number): Span
}

export interface ParseOptions {
  /** Overrides detection from the file extension. */
  format?: InputFormat
  /**
   * Reuse the work of the last parse with this cache for the parts of the text that did not
   * change (successive versions of one document, as an editor sends them). The `Doc` is the
   * same as without a cache.
   */
  cache?: ParseCache
}
