import type { Nodes, Parent, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { BlockTree } from './bridge.js'
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
  /** The YAML front matter's source, when there is one. */
  frontMatter: string | null
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

export function markdownBlocks(text: string): MarkdownBlocks {
  const root = processor.parse(text) as Root
  const blocks: RawBlock[] = []
  let frontMatter: string | null = null
  const visit = (node: Nodes, container: BlockKind, depth: number): void => {
    switch (node.type) {
      case 'yaml':
        frontMatter = node.value
        return
      case 'heading':
        push(node, 'heading', node.depth)
        return
      case 'paragraph':
        push(node, container, depth)
        return
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
