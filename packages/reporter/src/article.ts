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
  let run: [number, number] | null = null
  // Whether the prose so far ends in whitespace, so a stand-in space is not doubled.
  let endsInSpace = true
  const flush = () => {
    if (run && run[1] > run[0]) pieces.push(run)
    run = null
  }
  const standIn = (from: number, to: number, next: string) => {
    if (hasSpace(text, from, to) && !endsInSpace && !/^\s/.test(next)) {
      pieces.push([from, to, ' '])
      endsInSpace = true
    }
  }
  let previousEnd = -1
  // Token by token, comparing in place: slicing the file for every token and gap made this
  // the reporter's largest allocation.
  const visit = (token: Token) => {
    const start = token.start.offset
    const end = token.end.offset
    if (end < start || start < previousEnd) return
    const verbatim = token.value.length === end - start && text.startsWith(token.value, start)
    if (run !== null) {
      if (onlySpace(text, run[1], start)) run[1] = start
      else {
        flush()
        standIn(previousEnd, start, token.value)
      }
    } else if (previousEnd >= 0 && start > previousEnd) standIn(previousEnd, start, token.value)
    if (verbatim) {
      if (run === null) run = [start, end]
      else run[1] = end
    } else {
      flush()
      pieces.push([start, end, token.value])
    }
    if (token.value !== '') endsInSpace = isSpace(token.value.charCodeAt(token.value.length - 1))
    previousEnd = end
  }
  for (const index of block.sentences) {
    const sentence = doc.sentences[index]
    if (sentence) for (const token of sentence.tokens) visit(token)
  }
  flush()
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
