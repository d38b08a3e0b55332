import type { Paragraph, PhrasingContent, Root, Text } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { alignValue } from './align.js'
import { shiftOffsets } from './shift.js'

/**
 * GitHub-flavoured Markdown tables. remark-parse reads CommonMark, where a table is just a
 * paragraph of `|`-separated lines; articles written in Markdown use GFM tables, so a
 * paragraph with a GFM header row and delimiter row (`| --- | :-: |`) is taken apart into
 * its cells here, each cell's content parsed on its own as GFM does.
 */
const inline = unified().use(remarkParse)

export interface TablePart {
  kind: 'paragraph' | 'table-cell'
  node: Paragraph
  start: number
  end: number
}

const delimiterCell = /^[ \t]*:?-+:?[ \t]*$/

/** The parts of a paragraph that holds a GFM table, or `null` when it holds none. */
export function tableParts(paragraph: Paragraph, text: string): TablePart[] | null {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return null
  // Most paragraphs have no pipe at all. Look within the paragraph only: `indexOf` from its
  // start would run on to the next pipe anywhere in the file, quadratic in a long article.
  if (!hasPipe(text, start, end)) return null
  const rows = linesOf(text, start, end)
  let header = -1
  for (let i = 1; i < rows.length; i++) {
    const delimiter = cellsOf(text, rows[i] as Line)
    if (
      !delimiter.pipes ||
      !delimiter.cells.every((cell) => delimiterCell.test(text.slice(cell.start, cell.end)))
    )
      continue
    if (cellsOf(text, rows[i - 1] as Line).cells.length !== delimiter.cells.length) continue
    header = i - 1
    break
  }
  if (header === -1) return null

  const parts: TablePart[] = []
  if (header > 0) {
    // Lines before the header row stay a paragraph.
    const before = truncate(paragraph, (rows[header - 1] as Line).end, text)
    if (before) parts.push(before)
  }
  for (let i = header; i < rows.length; i++) {
    if (i === header + 1) continue
    for (const cell of cellsOf(text, rows[i] as Line).cells) {
      let from = cell.start
      let to = cell.end
      while (from < to && /\s/.test(text[from] as string)) from++
      while (to > from && /\s/.test(text[to - 1] as string)) to--
      if (to > from)
        parts.push({
          kind: 'table-cell',
          node: cellParagraph(text, from, to),
          start: from,
          end: to,
        })
    }
  }
  return parts
}

function hasPipe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 124) return true
  return false
}

interface Line {
  /** Where the row's content begins (after any blockquote marker or indentation). */
  start: number
  end: number
}

function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = []
  let from = start
  let first = true
  while (from <= end) {
    let to = from
    while (to < end && text[to] !== '\n' && text[to] !== '\r') to++
    let content = from
    // Continuation lines keep their container's prefix (`> `, list indentation).
    if (!first) while (content < to && /[ \t>]/.test(text[content] as string)) content++
    lines.push({ start: content, end: to })
    first = false
    if (to >= end) break
    from = to + (text[to] === '\r' && text[to + 1] === '\n' ? 2 : 1)
  }
  return lines
}

/** Cells of a row: split at pipes not escaped, the outer pipes optional. */
function cellsOf(text: string, line: Line): { cells: Line[]; pipes: boolean } {
  const cells: Line[] = []
  let from = line.start
  let pipes = false
  for (let i = line.start; i < line.end; i++) {
    const char = text[i]
    if (char === '\\') {
      i++
      continue
    }
    if (char !== '|') continue
    pipes = true
    cells.push({ start: from, end: i })
    from = i + 1
  }
  cells.push({ start: from, end: line.end })
  // A leading or trailing pipe has nothing outside it.
  const blank = (cell: Line | undefined) => cell && !/\S/.test(text.slice(cell.start, cell.end))
  if (pipes && blank(cells[0]) && /^[ \t]*\|/.test(text.slice(line.start, line.end))) cells.shift()
  if (pipes && blank(cells.at(-1)) && /\|[ \t]*$/.test(text.slice(line.start, line.end)))
    cells.pop()
  return { cells, pipes }
}

/** A cell's content parsed as inline Markdown, or as plain text when it reads as a block. */
function cellParagraph(text: string, start: number, end: number): Paragraph {
  const root = inline.parse(text.slice(start, end)) as Root
  const only = root.children[0]
  if (root.children.length === 1 && only?.type === 'paragraph') return shiftOffsets(only, start)
  const position = {
    start: { line: 1, column: 1, offset: start },
    end: { line: 1, column: 1, offset: end },
  }
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text.slice(start, end), position }],
    position,
  }
}

/** The part of a paragraph before `cut`, a text node straddling it cut through its value. */
function truncate(paragraph: Paragraph, cut: number, text: string): TablePart | null {
  const start = paragraph.position?.start.offset as number
  const children: PhrasingContent[] = []
  for (const child of paragraph.children) {
    const from = child.position?.start.offset
    const to = child.position?.end.offset
    if (from === undefined || to === undefined || from >= cut) break
    if (to <= cut) {
      children.push(child)
      continue
    }
    if (child.type !== 'text') break
    const map = alignValue(child.value, text, from, to)
    let length = 0
    while (length < child.value.length && map.endOf(length) <= cut) length++
    const value = child.value.slice(0, length).trimEnd()
    if (!value) break
    const end = map.endOf(value.length - 1)
    const cutText: Text = {
      type: 'text',
      value,
      position: {
        start: child.position?.start ?? { line: 1, column: 1 },
        end: { line: 1, column: 1, offset: end },
      },
    }
    children.push(cutText)
  }
  const last = children.at(-1)?.position?.end.offset
  if (last === undefined || last <= start) return null
  const node: Paragraph = {
    type: 'paragraph',
    children,
    position: {
      start: paragraph.position?.start ?? { line: 1, column: 1 },
      end: { line: 1, column: 1, offset: last },
    },
  }
  return { kind: 'paragraph', node, start, end: last }
}
