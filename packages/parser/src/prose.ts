import type { Sentence as NlcstSentence } from 'nlcst'
import type { RawBlock } from './blocks-markdown.js'
import { blockToNlcst } from './bridge.js'
import type { LineIndex } from './position.js'
import { draftSentences, sentenceSpans } from './sentences.js'
import type { BlockKind, Point, Token } from './types.js'

/** A sentence of a block before it is numbered in its document. */
export interface ProseSentence {
  text: string
  start: Point
  end: Point
  tokens: Token[]
  nodes: NlcstSentence[]
}

/**
 * What one block of a format reader yields: its kind, its span and its sentences, every
 * position one of the file. Blocks and sentences get their indices when the document is put
 * together, so a block's prose does not depend on the blocks around it.
 */
export interface ProseBlock {
  kind: BlockKind
  depth: number
  start: number
  end: number
  sentences: ProseSentence[]
  /** Every token of the block in order, the white space between sentences included. */
  tokens: Token[]
}

/** Bridges a raw block to nlcst and makes its sentences; null for a block with no prose. */
export function proseBlock(raw: RawBlock, text: string, lines: LineIndex): ProseBlock | null {
  const { root, wrappers } = blockToNlcst(raw.tree, text, raw.start, raw.end, lines)
  const prose = draftSentences(root)
  if (prose.sentences.length === 0) return null
  const spans = sentenceSpans(prose.sentences, wrappers, raw.start, raw.end)
  // A block always covers its sentences (a format reader may trim what the tokeniser keeps).
  const start = Math.min(raw.start, (spans[0] as { start: number }).start)
  const end = Math.max(raw.end, (spans.at(-1) as { end: number }).end)
  const sentences = prose.sentences.map((draft, i): ProseSentence => {
    const span = spans[i] as { start: number; end: number }
    const first = draft.tokens[0] as Token
    const last = draft.tokens.at(-1) as Token
    return {
      text: text.slice(span.start, span.end),
      // The tokens' own points, unless markup widened the sentence.
      start: span.start === first.start.offset ? first.start : lines.pointAt(span.start),
      end: span.end === last.end.offset ? last.end : lines.pointAt(span.end),
      tokens: draft.tokens,
      nodes: draft.nodes,
    }
  })
  return { kind: raw.kind, depth: raw.depth, start, end, sentences, tokens: prose.tokens }
}

/** How far a stretch of blocks moved between two versions of a file. */
export interface Move {
  /** Added to every offset. */
  offset: number
  /** Added to every line. */
  line: number
  /** The line (before the move) whose columns change, by `column`: the stretch's first line. */
  firstLine: number
  column: number
}

type Positioned = { position?: { start: Point; end: Point }; children?: Positioned[] }

/** Every point of some blocks' prose, each once (tokens, sentences and nlcst nodes share them). */
export function pointsOf(blocks: readonly ProseBlock[]): Point[] {
  const seen = new Set<Point>()
  const visit = (node: Positioned): void => {
    if (node.position) {
      seen.add(node.position.start)
      seen.add(node.position.end)
    }
    if (node.children) for (const child of node.children) visit(child)
  }
  const nodes = new Set<unknown>()
  for (const block of blocks) {
    for (const token of block.tokens) {
      seen.add(token.start)
      seen.add(token.end)
    }
    for (const sentence of block.sentences) {
      seen.add(sentence.start)
      seen.add(sentence.end)
      for (const node of sentence.nodes) {
        if (nodes.has(node)) continue
        nodes.add(node)
        visit(node as Positioned)
      }
    }
  }
  return [...seen]
}

/**
 * Moves blocks' prose to another place in the file, in place: their spans and every point
 * (`points`, from `pointsOf`). Whatever shares those points moves with them.
 */
export function moveProse(
  blocks: readonly ProseBlock[],
  points: readonly Point[],
  move: Move,
): void {
  for (const block of blocks) {
    block.start += move.offset
    block.end += move.offset
  }
  for (const point of points) {
    if (point.line === move.firstLine) point.column += move.column
    point.line += move.line
    point.offset += move.offset
  }
}
