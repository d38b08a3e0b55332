import { createRequire } from 'node:module'
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast'
import { unified } from 'unified'
import type { RawBlock } from './blocks-markdown.js'
import type { BlockKind } from './types.js'

let processor: ReturnType<typeof htmlProcessor> | undefined

/**
 * The HTML parser (rehype-parse, parse5 and ~50 modules more), loaded the first time an HTML
 * article is parsed: synchronously, with `require` of an ES module (Node ≥ 20.19).
 */
function htmlProcessor() {
  // On one line: packages/vscode/build.mjs turns this call into an import to bundle it.
  const loaded = createRequire(import.meta.url)('rehype-parse') as typeof import('rehype-parse')
  return unified().use(loaded.default)
}

/** Page furniture and code blocks: never article prose, never searched for the body. */
const furniture = new Set([
  'head',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'dialog',
  'menu',
  'pre',
])

/**
 * Elements with no prose in them (scripts, styles, embeds, controls): dropped where they
 * stand, without breaking the paragraph around them.
 */
const invisible = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'input',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'map',
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
  'dd',
  'dt',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'caption',
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
  'hr',
  'address',
  'details',
  'summary',
  'hgroup',
  'center',
  'fieldset',
])

/**
 * The article body only — `<article>`, else `<main>`, else `<body>` — as blocks: headings,
 * paragraphs, list items, blockquotes, table cells and captions (`<figcaption>`, a table's
 * `<caption>`). Page furniture (`nav`, `header`, `footer`, `aside`, scripts, styles, forms)
 * and code blocks are skipped.
 */
export function htmlBlocks(text: string): RawBlock[] {
  processor ??= htmlProcessor()
  const root = processor.parse(text) as Root
  tidyPositions(root, 0, text.length)
  const body = find(root, 'article') ?? find(root, 'main') ?? find(root, 'body') ?? root
  const blocks: RawBlock[] = []
  walk(body, { kind: 'paragraph', quoteDepth: -1, listDepth: -1 }, text, blocks)
  return blocks
}

/**
 * Keeps every node inside its parent and after its previous sibling. On broken markup the
 * HTML parser rebuilds elements (`<p>a<code><p>b` gets a second `<code>`) and gives the copy
 * the position of the original, which would put one block's text inside another's.
 */
function tidyPositions(node: Root | Element, from: number, to: number): void {
  let floor = from
  for (const child of node.children) {
    const position = child.position
    let start = from
    let end = to
    if (position?.start.offset !== undefined && position.end.offset !== undefined) {
      start = Math.min(Math.max(position.start.offset, floor), to)
      end = Math.min(Math.max(position.end.offset, start), to)
      position.start = { ...position.start, offset: start }
      position.end = { ...position.end, offset: end }
      floor = end
    }
    if ('children' in child) tidyPositions(child, start, end)
  }
}

function find(node: Root | Element, tag: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element' || furniture.has(child.tagName) || isInvisible(child)) continue
    if (child.tagName === tag) return child
    const found = find(child, tag)
    if (found) return found
  }
  return undefined
}

function isInvisible(element: Element): boolean {
  return (
    invisible.has(element.tagName) ||
    element.properties.hidden === true ||
    element.properties.ariaHidden === 'true'
  )
}

interface Container {
  kind: BlockKind
  /** Nesting of blockquotes and lists: -1 outside any. */
  quoteDepth: number
  listDepth: number
}

function enter(tag: string, container: Container): Container {
  if (/^h[1-6]$/.test(tag)) return { ...container, kind: 'heading' }
  if (tag === 'figcaption' || tag === 'caption') return { ...container, kind: 'caption' }
  if (tag === 'td' || tag === 'th') return { ...container, kind: 'table-cell' }
  if (tag === 'li' || tag === 'dd' || tag === 'dt')
    return { ...container, kind: 'list-item', listDepth: container.listDepth + 1 }
  if (tag === 'blockquote')
    return { ...container, kind: 'blockquote', quoteDepth: container.quoteDepth + 1 }
  return container
}

function depthOf(tag: string, container: Container): number {
  if (/^h[1-6]$/.test(tag)) return Number(tag.slice(1))
  if (container.kind === 'blockquote') return Math.max(0, container.quoteDepth)
  if (container.kind === 'list-item') return Math.max(0, container.listDepth)
  return 0
}

function walk(node: Root | Element, outer: Container, text: string, out: RawBlock[]): void {
  const tag = node.type === 'element' ? node.tagName : 'root'
  const container = node.type === 'element' ? enter(tag, outer) : outer
  let run: ElementContent[] = []
  let breaks = 0
  const flush = (): void => {
    pushRun(run, container, depthOf(tag, container), text, out)
    run = []
    breaks = 0
  }
  for (const child of node.children as RootContent[]) {
    if (child.type === 'comment' || child.type === 'doctype') continue
    if (child.type === 'element') {
      if (isInvisible(child)) continue
      if (furniture.has(child.tagName)) {
        flush()
        continue
      }
      if (flow.has(child.tagName)) {
        flush()
        walk(child, container, text, out)
        continue
      }
      // Two line breaks in a row end a paragraph, as in `<div>One.<br><br>Two.</div>`.
      if (child.tagName === 'br') {
        if (++breaks === 2) {
          flush()
          continue
        }
      } else {
        breaks = 0
      }
    } else if (child.type === 'text' && /\S/.test(child.value)) {
      breaks = 0
    }
    run.push(child as ElementContent)
  }
  flush()
}

/** A run of phrasing content (text, links, emphasis) becomes one block. */
function pushRun(
  run: ElementContent[],
  container: Container,
  depth: number,
  text: string,
  out: RawBlock[],
): void {
  if (!run.some(hasText)) return
  // Line breaks and white space at the edges of a run belong to no block.
  let from = 0
  let to = run.length
  while (from < to && isEdge(run[from] as ElementContent)) from++
  while (to > from && isEdge(run[to - 1] as ElementContent)) to--
  run = run.slice(from, to)
  const first = run.find((n) => n.position)?.position
  const last = run.findLast((n) => n.position)?.position
  if (first?.start.offset === undefined || last?.end.offset === undefined) return
  // The block spans the run's source without the white space around it.
  let start = first.start.offset
  let end = last.end.offset
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  if (end <= start) return
  const node: Element = {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: run,
    position: { start: first.start, end: last.end },
  }
  out.push({ kind: container.kind, depth, start, end, tree: { kind: 'hast', node } })
}

function isEdge(node: ElementContent): boolean {
  if (node.type === 'text') return !/\S/.test(node.value)
  return node.type === 'element' && !hasText(node)
}

function hasText(node: Nodes): boolean {
  if (node.type === 'text') return /\S/.test(node.value)
  if (node.type === 'element') return !isInvisible(node) && node.children.some(hasText)
  return false
}
