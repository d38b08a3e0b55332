import type { Paragraph } from 'mdast'
import type { RawBlock } from './blocks-markdown.js'
import type { LineIndex } from './position.js'

/**
 * Plain text: paragraphs split by blank lines, or by single line breaks where the text has
 * no blank line at all (as much wire copy is filed). Markup characters are just characters.
 */
export function textBlocks(text: string, lines: LineIndex): RawBlock[] {
  // A line ending is `\r\n`, `\n` or a lone `\r`: the `\r` of a `\r\n` is not a line of its own.
  const hasBlankLine = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/.test(text)
  const separator = hasBlankLine
    ? /(?:\r\n|\r(?!\n)|\n)(?:[ \t]*(?:\r\n|\r(?!\n)|\n))+/g
    : /\r\n|\r|\n/g
  const blocks: RawBlock[] = []
  let from = 0
  const add = (start: number, end: number): void => {
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (end <= start) return
    const position = { start: lines.pointAt(start), end: lines.pointAt(end) }
    const node: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: text.slice(start, end), position }],
      position,
    }
    blocks.push({ kind: 'paragraph', depth: 0, start, end, tree: { kind: 'mdast', node } })
  }
  for (const match of text.matchAll(separator)) {
    add(from, match.index)
    from = match.index + match[0].length
  }
  add(from, text.length)
  const first = blocks[0]
  if (first && blocks.length > 1 && isHeadline(text.slice(first.start, first.end))) {
    first.kind = 'heading'
    first.depth = 1
  }
  return blocks
}

/**
 * A plain-text story usually opens with its headline: one short line with no sentence-ending
 * punctuation. It is a heading, not the lede.
 */
function isHeadline(line: string): boolean {
  if (/[\r\n]/.test(line)) return false
  const words = line.split(/\s+/).filter(Boolean)
  return words.length > 0 && words.length <= 16 && !/[.!?:;,…"”’']$/.test(line)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff
}
