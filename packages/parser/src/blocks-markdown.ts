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

export function markdownBlocks(text: string): MarkdownBlocks {
  // micromark drops a byte order mark, and every offset after it would be one short.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const root = processor.parse(bom ? text.slice(bom) : text) as Root
  if (bom) shiftOffsets(root, bom)
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
