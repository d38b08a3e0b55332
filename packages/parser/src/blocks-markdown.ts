import type { Nodes, Parent, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Position } from 'unist'
import type { BlockTree } from './bridge.js'
import { shiftOffsets } from './shift.js'
import { tableParts } from './tables-markdown.js'
import type { BlockKind } from './types.js'

/** A block as a format reader finds it, before sentences are made. */
export interface RawBlock {
  kind: BlockKind
  depth: number
  start: number
  end: number
  tree: BlockTree
}

export interface MarkdownBlocks {
  blocks: RawBlock[]
  /** The YAML front matter, when there is one. */
  frontMatter: FrontMatterSource | null
}

export interface FrontMatterSource {
  /** The YAML between the `---` fences. */
  value: string
  /** Where the front matter (fences included) stands in the file. */
  position: Position | undefined
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** The blocks of a whole Markdown file, and the spans of its top-level nodes. */
export interface MarkdownDocument extends MarkdownBlocks {
  /** `indented`: an indented code block, after which the next block does not start afresh. */
  children: Array<{ start: number; end: number; indented: boolean }>
}

export function markdownBlocks(text: string): MarkdownDocument {
  // micromark drops a byte order mark (one: a second is text), and every offset after it
  // would be one short.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const root = processor.parse(text) as Root
  if (bom) shiftOffsets(root, bom)
  const children = root.children.map((child) => ({
    start: child.position?.start.offset ?? 0,
    end: child.position?.end.offset ?? Number.POSITIVE_INFINITY,
    indented: isIndentedCode(child, text),
  }))
  return { ...blocksOf(root, text), children }
}

/** The blocks of one stretch of a Markdown file, and whether it ends the way a cut needs. */
export interface MarkdownSegment extends MarkdownBlocks {
  /**
   * Every block of the stretch ended before the blank lines that close it (and front matter
   * that opens the file was closed in it): a parse of the whole file would start afresh
   * after it. An unclosed fence or HTML block (`<!--` …) runs on to the stretch's end.
   */
  closed: boolean
  /**
   * When not `closed`: what the line that would end the open block looks like — a fence's
   * closing fence, an HTML block's end marker, the `---` that closes front matter —, `next`
   * when the stretch ends with an indented code block (micromark reads a list item after one
   * as if it interrupted a paragraph: `2) x` is text there), or null when that is not known.
   * A hint of where the next cut may be, nothing more.
   */
  closer: Closer | 'next' | null
}

/** Where the first line that may end an open block, at or after `from`, ends; -1 if none. */
export type Closer = (text: string, from: number) => number

/**
 * The blocks of `text.slice(from, to)` parsed on its own, every offset one of the whole file.
 * `from` is 0 or the start of a line after a blank line; `to` is the end of the file or the
 * start of a line after a blank line. When `closed` is true and `to` starts a line whose
 * first character is not white space, a parse of the whole file gives the same blocks up to
 * `to` and is in its starting state there: no block is open (see `parse-cache.ts`).
 */
export function markdownSegment(text: string, from: number, to: number): MarkdownSegment {
  // As in `markdownBlocks`; a segment after the first never starts with a byte order mark.
  const bom = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0
  const root = processor.parse(text.slice(from, to)) as Root
  if (from + bom) shiftOffsets(root, from + bom)
  const { blocks, frontMatter } = blocksOf(root, text)
  const contentEnd = contentEndOf(text, from, to)
  const open = root.children.find(
    (child) => (child.position?.end.offset ?? Number.POSITIVE_INFINITY) > contentEnd,
  )
  // Front matter whose closing fence lies beyond `to` would make the opening `---` a thematic
  // break here.
  if (from === 0 && frontMatter === null && text.startsWith('---', bom))
    return { blocks, frontMatter, closed: false, closer: fenceCloser('-', 3) }
  if (!open) {
    const last = root.children.at(-1)
    return last && isIndentedCode(last, text)
      ? { blocks, frontMatter, closed: false, closer: 'next' }
      : { blocks, frontMatter, closed: true, closer: null }
  }
  const start = open.position?.start.offset ?? from
  const lineEnd = text.slice(start, to).search(/[\r\n]|$/)
  return {
    blocks,
    frontMatter,
    closed: false,
    closer: closerOf(text.slice(start, start + lineEnd)),
  }
}

/** Whether a top-level node is an indented (not a fenced) code block. */
function isIndentedCode(node: Nodes, text: string): boolean {
  if (node.type !== 'code') return false
  const start = node.position?.start.offset ?? 0
  return !/^ {0,3}(?:`{3,}|~{3,})/.test(text.slice(start, start + 12))
}

/** What ends a block that starts with `line`, if it is a fence or an HTML block of kinds 1–5. */
function closerOf(line: string): Closer | null {
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
  if (fence) return fenceCloser(fence[0] as string, fence.length)
  if (/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(line))
    return (text, from) => {
      const end = /<\/(?:script|pre|style|textarea)>/gi
      end.lastIndex = from
      const found = end.exec(text)
      return found ? found.index + found[0].length : -1
    }
  const marker = /^ {0,3}<!--/.test(line)
    ? '-->'
    : /^ {0,3}<\?/.test(line)
      ? '?>'
      : /^ {0,3}<!\[CDATA\[/.test(line)
        ? ']]>'
        : /^ {0,3}<![A-Za-z]/.test(line)
          ? '>'
          : null
  if (marker === null) return null
  return (text, from) => {
    const at = text.indexOf(marker, from)
    return at === -1 ? -1 : at + marker.length
  }
}

/** A line of up to three spaces, at least `length` times `mark`, then only white space. */
function fenceCloser(mark: string, length: number): Closer {
  return (text, from) => {
    let start = from
    while (start < text.length) {
      let end = start
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++
      let i = start
      while (i < end && i - start < 3 && text[i] === ' ') i++
      let run = 0
      while (i < end && text[i] === mark) {
        i++
        run++
      }
      while (i < end && (text[i] === ' ' || text[i] === '\t')) i++
      if (run >= length && i === end) return end
      start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1)
    }
    return -1
  }
}

/**
 * The end of the last line of `text[from, to)` that is not blank: a block that is still open
 * at `to` runs past it (into the blank lines), one that ended does not.
 */
export function contentEndOf(text: string, from: number, to: number): number {
  let end = to
  while (end > from && isBlankCode(text.charCodeAt(end - 1))) end--
  while (end < to && isSpaceOrTab(text.charCodeAt(end))) end++
  return end
}

const isSpaceOrTab = (code: number) => code === 32 || code === 9
const isBlankCode = (code: number) => code === 32 || code === 9 || code === 10 || code === 13

function blocksOf(root: Root, text: string): MarkdownBlocks {
  const blocks: RawBlock[] = []
  let frontMatter: FrontMatterSource | null = null
  const visit = (node: Nodes, container: BlockKind, depth: number): void => {
    switch (node.type) {
      case 'yaml':
        frontMatter = { value: node.value, position: node.position }
        return
      case 'heading':
        push(node, 'heading', node.depth)
        return
      case 'paragraph': {
        const table = tableParts(node, text)
        if (!table) push(node, container, depth)
        else
          for (const part of table)
            push(part.node, part.kind === 'paragraph' ? container : part.kind, depth)
        return
      }
      case 'tableCell':
        push(node, 'table-cell', depth)
        return
      case 'blockquote':
        all(node, 'blockquote', container === 'blockquote' ? depth + 1 : 0)
        return
      case 'listItem':
        all(node, 'list-item', container === 'list-item' ? depth + 1 : depth)
        return
      case 'list':
        all(node, container, depth)
        return
      case 'table':
      case 'tableRow':
      case 'root':
        all(node, container, depth)
        return
      default:
        // code, html (comments), thematic breaks, definitions: not prose.
        return
    }
  }
  const all = (node: Parent, container: BlockKind, depth: number): void => {
    for (const child of node.children) visit(child as Nodes, container, depth)
  }
  const push = (node: Nodes, kind: BlockKind, depth: number): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || end <= start) return
    blocks.push({ kind, depth, start, end, tree: { kind: 'mdast', node } })
  }
  visit(root, 'paragraph', 0)
  return { blocks, frontMatter }
}
