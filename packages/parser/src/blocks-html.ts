import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import type { RawBlock } from './blocks-markdown.js'
import type { BlockKind } from './types.js'

const processor = unified().use(rehypeParse)

/** Elements whose content is never article prose. */
const skipped = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'noscript',
  'template',
  'head',
  'svg',
  'form',
  'button',
  'iframe',
  'pre',
  'code',
])

/** Elements that hold blocks rather than phrasing content. */
const flow = new Set([
  'html',
  'body',
  'article',
  'main',
  'section',
  'div',
  'ul',
  'ol',
  'dl',
  'li',
  'blockquote',
  'figure',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'dd',
  'dt',
  'hr',
  'address',
  'details',
  'summary',
])

/** The article body only: `<article>`, else `<main>`, else `<body>`. */
export function htmlBlocks(text: string): RawBlock[] {
  const root = processor.parse(text) as Root
  const body = find(root, 'article') ?? find(root, 'main') ?? find(root, 'body') ?? root
  const blocks: RawBlock[] = []
  walk(body, 'paragraph', 0, blocks)
  return blocks
}

function find(node: Root | Element, tag: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tag) return child
    if (skipped.has(child.tagName)) continue
    const found = find(child, tag)
    if (found) return found
  }
  return undefined
}

function kindOf(tag: string, container: BlockKind): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading'
  if (tag === 'figcaption' || tag === 'caption') return 'caption'
  if (tag === 'td' || tag === 'th') return 'table-cell'
  if (tag === 'li') return 'list-item'
  if (tag === 'blockquote') return 'blockquote'
  return container
}

function walk(node: Root | Element, container: BlockKind, depth: number, out: RawBlock[]): void {
  const tag = node.type === 'element' ? node.tagName : 'root'
  const kind = kindOf(tag, container)
  const childDepth = tag === 'blockquote' && container === 'blockquote' ? depth + 1 : depth
  let run: ElementContent[] = []
  const flush = (): void => {
    if (run.length > 0 && run.some(hasText)) pushRun(run, kind, depth, tag, out)
    run = []
  }
  for (const child of node.children as RootContent[]) {
    if (child.type === 'element' && skipped.has(child.tagName)) {
      flush()
      continue
    }
    if (child.type === 'element' && flow.has(child.tagName)) {
      flush()
      walk(child, kind, childDepth, out)
      continue
    }
    if (child.type === 'comment' || child.type === 'doctype') continue
    run.push(child as ElementContent)
  }
  flush()
}

/** A run of phrasing content (text, links, emphasis) becomes one block. */
function pushRun(
  run: ElementContent[],
  kind: BlockKind,
  depth: number,
  tag: string,
  out: RawBlock[],
) {
  const first = run.find((n) => n.position)
  const last = [...run].reverse().find((n) => n.position)
  const start = first?.position?.start.offset
  const end = last?.position?.end.offset
  if (
    start === undefined ||
    end === undefined ||
    end <= start ||
    !first?.position ||
    !last?.position
  )
    return
  const node: Element = {
    type: 'element',
    tagName: tag === 'root' ? 'p' : 'p',
    properties: {},
    children: run,
    position: { start: first.position.start, end: last.position.end },
  }
  out.push({
    kind,
    depth: /^h([1-6])$/.test(tag) ? Number(tag.slice(1)) : depth,
    start,
    end,
    tree: { kind: 'hast', node },
  })
}

function hasText(node: Nodes): boolean {
  if (node.type === 'text') return /\S/.test(node.value)
  if (node.type === 'element') return node.children.some(hasText)
  return false
}
