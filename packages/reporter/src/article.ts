import type { Block, Doc, Token } from '@onrecord/parser'
import { toPoint } from './spans.js'
import type { ReportArticle, ReportBlock } from './types.js'

type Piece = ReportBlock['prose'][number]

/**
 * The prose of a block as stretches of the file: runs of tokens whose text is their slice of
 * the file, joined over whitespace; markup between tokens is left out (a space stands in for it
 * when it held whitespace), and a token whose prose differs from the file (an HTML entity, a
 * Markdown escape) carries its own text.
 */
export function proseOf(doc: Doc, block: Block): Piece[] {
  const text = doc.text
  const pieces: Piece[] = []
  // The run of verbatim tokens being gathered, `[runStart, runEnd)` of the file; none while
  // `runStart` is -1.
  let runStart = -1
  let runEnd = -1
  // The last text the prose gained (a token's value or a stand-in space): whether it ends in
  // whitespace decides whether a stand-in space is needed, asked only at a gap of markup, so
  // it is kept rather than tested at every token.
  let lastText = ' '
  let previousEnd = -1
  // Token by token, comparing in place, in one loop with its state in locals: slicing the
  // file for every token and gap made this the reporter's largest allocation, and calling
  // closures for every token of the article (visit, flush, stand-in) its largest cost after.
  for (const index of block.sentences) {
    const sentence = doc.sentences[index]
    if (!sentence) continue
    const tokens = sentence.tokens
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token
      const start = token.start.offset
      const end = token.end.offset
      if (end < start || start < previousEnd) continue
      const value = token.value
      const verbatim = value.length === end - start && text.startsWith(value, start)
      // The gap before the token: whitespace inside a run joins it; anything else ends the run,
      // and markup that held whitespace leaves a space in its stead.
      let standInFrom = -1
      if (runStart >= 0) {
        // (tokens mostly abut: the gap is then empty, answered without a call)
        if (start === runEnd || onlySpace(text, runEnd, start)) runEnd = start
        else {
          if (runEnd > runStart) pieces.push([runStart, runEnd])
          runStart = -1
          standInFrom = previousEnd
        }
      } else if (previousEnd >= 0 && start > previousEnd) standInFrom = previousEnd
      if (
        standInFrom >= 0 &&
        !isSpace(lastText.charCodeAt(lastText.length - 1)) &&
        hasSpace(text, standInFrom, start) &&
        !(value !== '' && isSpace(value.charCodeAt(0)))
      ) {
        pieces.push([standInFrom, start, ' '])
        lastText = ' '
      }
      if (verbatim) {
        if (runStart < 0) runStart = start
        runEnd = end
      } else {
        if (runStart >= 0 && runEnd > runStart) pieces.push([runStart, runEnd])
        runStart = -1
        pieces.push([start, end, value])
      }
      if (value !== '') lastText = value
      previousEnd = end
    }
  }
  if (runStart >= 0 && runEnd > runStart) pieces.push([runStart, runEnd])
  return pieces
}

/** Whether `text[from, to)` holds any white space (`/\s/`), without slicing it. */
function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return true
  return false
}

/** Whether `text[from, to)` is all white space (or empty), without slicing it. */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/** `/\s/` for one UTF-16 code unit: ASCII answered directly, the rest by the expression. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return /\s/.test(String.fromCharCode(code))
}

/** The prose of a block as one string. */
export function proseText(doc: Doc, pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.length === 3 ? p[2] : doc.text.slice(p[0], p[1]))).join('')
}

export function articleOf(doc: Doc): ReportArticle {
  return {
    text: doc.text,
    blocks: doc.blocks.map((block) => ({
      kind: block.kind,
      depth: block.depth,
      start: toPoint(block.start),
      end: toPoint(block.end),
      prose: proseOf(doc, block),
    })),
  }
}

/** The title: front matter's, else the first top-level heading's prose. */
export function titleOf(doc: Doc): string | null {
  if (doc.frontMatter?.title) return doc.frontMatter.title
  const heading =
    doc.blocks.find((b) => b.kind === 'heading' && b.depth === 1) ??
    doc.blocks.find((b) => b.kind === 'heading')
  if (!heading) return null
  const text = proseText(doc, proseOf(doc, heading)).replace(/\s+/g, ' ').trim()
  return text === '' ? null : text
}
