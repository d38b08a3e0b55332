import type { Nodes as HastNodes } from 'hast'
import { toNlcst as hastToNlcst } from 'hast-util-to-nlcst'
import type { Nodes as MdastNodes } from 'mdast'
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst'
import type { Node as NlcstNode, Root as NlcstRoot } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import type { Point as UnistPoint } from 'unist'
import type { VFile } from 'vfile'
import { alignValue, startBeforeReferences, type ValueMap } from './align.js'
import type { LineIndex } from './position.js'
import { TableParseEnglish } from './tokenizer.js'
import type { Point } from './types.js'

/**
 * Bridges one block of mdast or hast to nlcst with the English parser
 * (mdast-util-to-nlcst / hast-util-to-nlcst with `ParseEnglish`), then puts every nlcst node
 * at its true place in the original file.
 *
 * Two things stand in the way of using the utilities' positions as they come:
 *
 * - they index the *whole* file on every call, which makes block-by-block conversion
 *   quadratic on long documents; so each block is converted against a file that holds only
 *   the block's own text, with the tree's positions moved to match;
 * - they count offsets in a text node's *value*, which is not its source wherever markup was
 *   dropped inside the node (`> ` on every line of a blockquote, list indentation, `\*`,
 *   `&amp;`). So each leaf is traced back to the text node it came from and mapped through
 *   that node's value-to-source alignment (`align.ts`).
 *
 * For mdast the utility is not even asked for offsets: its text nodes go in with lines and
 * columns only (it compares lines to see line endings between inline nodes), so it spends no
 * time on positions that would be thrown away, and the leaves are matched to their text
 * nodes in order — the tokeniser is lossless, so a text node's leaves spell its value. For
 * hast, whose utility finds a text node's offset from its line and column, each leaf is
 * matched by the offset the utility gives it.
 */
const parser = new ParseEnglish()
/** The same parser with a table-driven tokenizer, for mdast only (see `tokenizer.ts`). */
const mdastParser = new TableParseEnglish()

export type BlockTree = { kind: 'mdast'; node: MdastNodes } | { kind: 'hast'; node: HastNodes }

/** Source range of inline markup inside a block: emphasis, a link, an HTML element. */
export interface Wrapper {
  start: number
  end: number
}

export interface BridgedBlock {
  /** nlcst tree of the block, every position a point of the original file. */
  root: NlcstRoot
  /** Inline markup of the block, in document order (outer before inner). */
  wrappers: Wrapper[]
}

/** A run of prose the utilities tokenise: a text node, an image's alt, inline code. */
interface Piece {
  /** Block-relative offset of the piece's first character, as the utility counts it. */
  rel: number
  value: string
  /** Source range in the file. */
  start: number
  end: number
  /** One token standing for its whole source (inline code). */
  atomic: boolean
  map?: ValueMap
}

interface Context {
  text: string
  lines: LineIndex
  blockStart: number
  first: UnistPoint
  pieces: Piece[]
  wrappers: Wrapper[]
}

/** A unist point whose offset may be left out. */
interface LoosePoint {
  line: number
  column: number
  offset?: number | undefined
}

interface Positioned {
  type: string
  position?: { start: LoosePoint; end: LoosePoint } | undefined
  children?: Positioned[]
}

export function blockToNlcst(
  tree: BlockTree,
  text: string,
  start: number,
  end: number,
  lines: LineIndex,
): BridgedBlock {
  // The tree may reach past the block's span (white space around an HTML run).
  const position = (tree.node as Positioned).position
  start = Math.min(start, position?.start.offset ?? start)
  end = Math.max(end, position?.end.offset ?? end)
  const context: Context = {
    text,
    lines,
    blockStart: start,
    first: lines.pointAt(start),
    pieces: [],
    wrappers: [],
  }
  const blockFile = { messages: [], value: text.slice(start, end), toString: blockValue }
  const copy =
    tree.kind === 'mdast' ? copyMdast(tree.node, context, true) : copyHast(tree.node, context, true)
  const convert = (part: Positioned): NlcstRoot => {
    if (tree.kind === 'hast')
      return hastToNlcst(part as never, blockFile as unknown as VFile, parser) as NlcstRoot
    // A paragraph or heading of one run of text (every plain-text paragraph, most Markdown
    // ones): the utility would tokenize that text and run the parser's plugins over it as
    // `parse` does, then spend a third of its time on positions the bridge replaces anyway.
    const text = onlyText(part)
    if (text !== null) return mdastParser.parse(text)
    return mdastToNlcst(part as never, blockFile as unknown as VFile, mdastParser) as NlcstRoot
  }
  let root: NlcstRoot
  const parts = partsOf(copy, tree.kind, context)
  if (parts.length === 1) root = convert(parts[0] as Positioned)
  else {
    root = { type: 'RootNode', children: [] }
    for (const part of parts) for (const child of convert(part).children) root.children.push(child)
  }
  const run =
    parts.length === 1 && tree.kind === 'mdast' ? runOf(parts[0] as Positioned, context) : null
  if (run === null || !placeRun(root, run, lines))
    realign(root, context, end, tree.kind === 'mdast' ? 'order' : 'offset')
  return { root, wrappers: context.wrappers }
}

/** A block's one run of text, standing in the file exactly as its value reads. */
interface Run {
  start: number
  length: number
}

/**
 * The run of a paragraph or heading whose one text node is exactly its source slice (every
 * plain-text paragraph, most Markdown ones), else null.
 */
function runOf(part: Positioned, context: Context): Run | null {
  const value = onlyText(part)
  const piece = context.pieces[0]
  if (value === null || context.pieces.length !== 1 || piece?.value !== value) return null
  piece.map ??= alignValue(piece.value, context.text, piece.start, piece.end)
  const start = piece.map.identityStart
  return start === null ? null : { start, length: value.length }
}

/**
 * Places the nlcst of a block that is one run of text (see `runOf`) in one walk: parse-english
 * is lossless, so the leaves spell the run in order, each beginning where the one before it
 * ends, and every parent spans its children. `realign` finds the same places by collecting the
 * leaves, matching each to the text and filling offset tables, then walks the tree again to
 * span the parents: here there is nothing to match. False when the leaves do not add up to the
 * run (never seen); `realign` then places every node afresh.
 */
function placeRun(root: NlcstRoot, run: Run, lines: LineIndex): boolean {
  let offset = run.start
  let point = lines.pointAt(offset)
  const placeLeaf = (leaf: NlcstNode & { value: string }): void => {
    const end = offset + leaf.value.length
    const endPoint = end === offset ? point : lines.pointAt(end)
    leaf.position = { start: point, end: endPoint }
    offset = end
    point = endPoint
  }
  const place = (parent: NlcstParent): void => {
    for (const child of parent.children) {
      if (!('children' in child)) placeLeaf(child as NlcstNode & { value: string })
      else {
        const children = (child as NlcstParent).children
        // A word of one text node (most words) shares its position, as `spanChildren` has it.
        const only = children.length === 1 ? (children[0] as NlcstNode) : undefined
        if (only && !('children' in only)) {
          placeLeaf(only as NlcstNode & { value: string })
          child.position = only.position
        } else place(child as NlcstParent)
      }
    }
    spanOwnChildren(parent as NlcstNode)
  }
  place(root)
  return offset === run.start + run.length
}

/** The value of a paragraph or heading whose only child is a non-empty text node, else null. */
function onlyText(part: Positioned): string | null {
  if (part.type !== 'paragraph' && part.type !== 'heading') return null
  const only = part.children?.length === 1 ? (part.children[0] as Leaf) : undefined
  return only?.type === 'text' && only.value ? only.value : null
}

/**
 * The most characters of prose the utilities are given at once. They gather a block's tokens
 * with `push(...tokens)`, which overflows the call stack at about 120,000 tokens (a 300 KB
 * paragraph of short words): a longer block is converted in parts of about this size, cut at
 * white space, and the parts' nlcst joined. A sentence that runs across a cut is split there.
 */
const maxPart = 20_000

type Leaf = Positioned & { value?: string }

/**
 * The copy of a block, in parts of at most about `maxPart` characters of text: each part a
 * copy of the block holding only its share of the leaves, a text leaf cut at white space
 * when it is too long. The parts' leaves, in order, spell the block's text nodes, so the
 * positions are found as for a block converted whole. Most blocks are one part: the copy.
 */
function partsOf(copy: Positioned, kind: BlockTree['kind'], context: Context): Positioned[] {
  // Counted before any leaf list or range table is made: nearly every block is one part.
  if (textLength(copy) <= 2 * maxPart) return [copy]
  // Leaves in document order.
  const leaves: Leaf[] = []
  // The leaves each node holds: [first, last + 1).
  const ranges = new Map<Positioned, [number, number]>()
  const collect = (node: Positioned): void => {
    const first = leaves.length
    if (node.children) for (const child of node.children) collect(child)
    else leaves.push(node)
    ranges.set(node, [first, leaves.length])
  }
  collect(copy)

  // Cuts: [leaf, index into its value] where a part begins.
  const cuts: Array<[number, number]> = [[0, 0]]
  let size = 0
  leaves.forEach((leaf, i) => {
    const value = leaf.value
    if (value === undefined) {
      size += 1
      return
    }
    let from = 0
    while (size + value.length - from > maxPart) {
      const cut = cutAt(value, from + Math.max(1, maxPart - size))
      if (cut >= value.length) break
      cuts.push([i, cut])
      from = cut
      size = 0
    }
    size += value.length - from
  })
  cuts.push([leaves.length, 0])

  const leafIndex = new Map(leaves.map((leaf, i) => [leaf, i]))
  const parts: Positioned[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [firstLeaf, firstAt] = cuts[k] as [number, number]
    const [endLeaf, endAt] = cuts[k + 1] as [number, number]
    const build = (node: Positioned): Positioned | null => {
      if (node.children) {
        const children: Positioned[] = []
        const all = node.children
        // The first child that reaches the part (binary search: a paragraph may have a
        // great many inline children, and every part would otherwise walk them all).
        let low = 0
        let high = all.length
        while (low < high) {
          const mid = (low + high) >> 1
          if ((ranges.get(all[mid] as Positioned) as [number, number])[1] <= firstLeaf)
            low = mid + 1
          else high = mid
        }
        for (let c = low; c < all.length; c++) {
          const child = all[c] as Positioned
          if ((ranges.get(child) as [number, number])[0] > endLeaf) break
          const part = build(child)
          if (part) children.push(part)
        }
        return children.length > 0 || node === copy ? { ...node, children } : null
      }
      const i = leafIndex.get(node) as number
      if (i < firstLeaf || i > endLeaf || (i === endLeaf && endAt === 0)) return null
      const value = (node as Leaf).value
      if (value === undefined || (i !== firstLeaf && i !== endLeaf)) return node
      const from = i === firstLeaf ? firstAt : 0
      const to = i === endLeaf ? endAt : value.length
      if (from === 0 && to === value.length) return node
      const piece: Leaf = { ...node, value: value.slice(from, to) }
      // hast-util-to-nlcst counts a text node's offsets from its start point: the piece
      // starts where its first character sits in the node's value (see `matchByOffset`).
      const start = node.position?.start
      if (kind === 'hast' && start?.offset !== undefined)
        piece.position = {
          start: relative(context.blockStart + start.offset + from, context),
          end: node.position?.end as LoosePoint,
        }
      return piece
    }
    parts.push(build(copy) as Positioned)
  }
  return parts
}

/** The text length of a copy's leaves, 1 for a leaf without text (as `partsOf` counts). */
function textLength(node: Positioned): number {
  const children = node.children
  if (!children) return (node as Leaf).value?.length ?? 1
  let total = 0
  for (let i = 0; i < children.length; i++) total += textLength(children[i] as Positioned)
  return total
}

/** Where to cut a value at or after `at`: before white space, else before a mark, else at `at`. */
function cutAt(value: string, at: number): number {
  const limit = Math.min(value.length, at + 2_000)
  for (let i = at; i < limit; i++) if (/\s/.test(value[i] as string)) return i
  for (let i = at; i < limit; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0xdc00 && code <= 0xdfff) continue
    if (!/[\p{L}\p{N}\p{M}]/u.test(value[i] as string)) return i
  }
  // No break in sight: cut anyway, but never inside a surrogate pair.
  const code = value.charCodeAt(at)
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at
}

function blockValue(this: { value: string }): string {
  return this.value
}

/** A point of the block's own file for a file offset. */
function relative(offset: number, context: Context): UnistPoint {
  const point = context.lines.pointAt(offset)
  const first = context.first
  return {
    line: point.line - first.line + 1,
    column: point.line === first.line ? point.column - first.column + 1 : point.column,
    offset: offset - context.blockStart,
  }
}

function range(node: Positioned): [number, number] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

/**
 * The copy of an mdast node that mdast-util-to-nlcst needs: offsets moved into the block's
 * file; lines and columns kept (the utility compares lines only, to see line endings).
 */
function copyMdast(node: MdastNodes, context: Context, isBlock: boolean): Positioned {
  const position = node.position
  const start = position?.start.offset
  const end = position?.end.offset
  if (!position || start === undefined || end === undefined) return { type: node.type }
  const base = context.blockStart
  const rel = start - base
  const copy: Positioned & { value?: string; alt?: string | null | undefined } = {
    type: node.type,
    // Offsets only where the utility slices the source (inline code); lines everywhere.
    position:
      node.type === 'inlineCode'
        ? {
            start: { line: position.start.line, column: position.start.column, offset: rel },
            end: { line: position.end.line, column: position.end.column, offset: end - base },
          }
        : {
            start: { line: position.start.line, column: position.start.column },
            end: { line: position.end.line, column: position.end.column },
          },
  }
  switch (node.type) {
    case 'text':
      copy.value = node.value
      context.pieces.push({ rel, value: node.value, start, end, atomic: false })
      break
    case 'inlineCode':
      // mdast-util-to-nlcst makes one source node of the code's whole source.
      context.pieces.push({ rel, value: context.text.slice(start, end), start, end, atomic: true })
      break
    case 'image':
    case 'imageReference':
      copy.alt = node.alt
      context.wrappers.push({ start, end })
      // The alt text is tokenised as if it began two characters in (after `![`).
      if (node.alt)
        context.pieces.push({ rel: rel + 2, value: node.alt, start: start + 2, end, atomic: false })
      break
    default:
      if ('children' in node) {
        if (!isBlock) context.wrappers.push({ start, end })
        const children = node.children as MdastNodes[]
        const copies: Positioned[] = new Array(children.length)
        for (let i = 0; i < children.length; i++)
          copies[i] = copyMdast(children[i] as MdastNodes, context, false)
        copy.children = copies
      }
  }
  return copy
}

/** Elements hast-util-to-nlcst leaves out, and those it turns into one source node. */
const hastIgnored = new Set(['script', 'style', 'svg', 'math', 'del'])

function copyHast(node: HastNodes, context: Context, isBlock: boolean): Positioned {
  const copy: Positioned = { ...(node as Positioned) }
  const at = range(node as Positioned)
  if (!at) return copy
  const [start, end] = at
  copy.position = { start: relative(start, context), end: relative(end, context) }
  const rel = start - context.blockStart
  if (node.type === 'text') {
    const from = startBeforeReferences(node.value, context.text, start)
    context.pieces.push({ rel, value: node.value, start: from, end, atomic: false })
  } else if (node.type === 'element') {
    const marker = node.properties?.dataNlcst
    if (hastIgnored.has(node.tagName) || marker === 'ignore') return copy
    if (node.tagName === 'code' || marker === 'source') {
      context.pieces.push({ rel, value: textContent(node), start, end, atomic: true })
      return copy
    }
    if (!isBlock) context.wrappers.push({ start, end })
    copy.children = node.children.map((child) => copyHast(child, context, false))
  } else if ('children' in node) {
    copy.children = node.children.map((child) => copyHast(child, context, false))
  }
  return copy
}

/** The text of an element as hast-util-to-string gives it (text and comments). */
function textContent(node: HastNodes): string {
  if ('children' in node) return node.children.map(textContent).join('')
  return 'value' in node ? node.value : ''
}

/**
 * Moves every nlcst node to its place in the file. Leaves that come from a piece map
 * through the piece's alignment; leaves the utilities made up (line endings between
 * inline nodes, `<br>`, hard breaks) take the gap between their neighbours.
 */
function realign(
  root: NlcstRoot,
  context: Context,
  blockEnd: number,
  match: 'order' | 'offset',
): void {
  const leaves: Array<NlcstNode & { value: string }> = []
  // Called for parents only: a call per leaf (one per token) cost more than the walk.
  const collect = (parent: { children: NlcstNode[] }): void => {
    for (const child of parent.children)
      if ('children' in child) collect(child as { children: NlcstNode[] })
      else leaves.push(child as NlcstNode & { value: string })
  }
  collect(root)

  const { pieces, text, lines } = context
  const { starts, ends, nextStart } = scratchFor(leaves.length)
  if (match === 'order') matchInOrder(leaves, pieces, text, starts, ends)
  else matchByOffset(leaves, pieces, text, starts, ends)

  // Made-up leaves fill the gap between their neighbours; everything stays in order.
  let following = blockEnd
  for (let i = leaves.length - 1; i >= 0; i--) {
    nextStart[i] = following
    if ((starts[i] as number) !== -1) following = starts[i] as number
  }
  // A piece may begin before the block's own start (see `startBeforeReferences`).
  let previousEnd = Math.min(context.blockStart, pieces[0]?.start ?? context.blockStart)
  // Leaves mostly touch: the end point of one is the start point of the next.
  let previousPoint: Point | undefined
  for (let i = 0; i < leaves.length; i++) {
    let start = starts[i] as number
    let end: number
    if (start === -1) {
      start = previousEnd
      end = Math.max(start, nextStart[i] as number)
    } else {
      end = ends[i] as number
      if (start < previousEnd) start = previousEnd
      if (end < start) end = start
    }
    const startPoint = previousPoint && start === previousEnd ? previousPoint : lines.pointAt(start)
    const endPoint = end === start ? startPoint : lines.pointAt(end)
    const leaf = leaves[i] as NlcstNode
    leaf.position = { start: startPoint, end: endPoint }
    previousEnd = end
    previousPoint = endPoint
  }
  spanChildren(root as unknown as NlcstNode)
}

/**
 * Offsets of one block's leaves, reused from block to block: a fresh typed array per block
 * cost more than the matching itself (a typed array's backing store is slow to allocate).
 * Only the first `length` entries of each are meaningful.
 */
let scratch = {
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  nextStart: new Int32Array(256),
}

function scratchFor(length: number): typeof scratch {
  if (scratch.starts.length < length) {
    const size = Math.max(length, scratch.starts.length * 2)
    scratch = {
      starts: new Int32Array(size),
      ends: new Int32Array(size),
      nextStart: new Int32Array(size),
    }
  }
  return scratch
}

/** Each leaf belongs to the piece whose value covers the offset the utility gave it. */
function matchByOffset(
  leaves: Array<NlcstNode & { value: string }>,
  pieces: Piece[],
  text: string,
  starts: Int32Array,
  ends: Int32Array,
): void {
  let k = 0
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as NlcstNode & { value: string }
    const rel = leaf.position?.start.offset
    starts[i] = -1
    if (rel === undefined) continue
    const length = leaf.value.length
    while (k < pieces.length) {
      const piece = pieces[k] as Piece
      if (piece.rel + piece.value.length > rel && piece.value.length > 0) break
      k++
    }
    const piece = pieces[k]
    if (!piece || piece.rel > rel || rel + length > piece.rel + piece.value.length) continue
    const at = rel - piece.rel
    if (piece.atomic) {
      if (at !== 0) continue
      starts[i] = piece.start
      ends[i] = piece.end
    } else if (length > 0 && piece.value.startsWith(leaf.value, at)) {
      piece.map ??= alignValue(piece.value, text, piece.start, piece.end)
      starts[i] = piece.map.startOf(at)
      ends[i] = piece.map.endOf(at + length - 1)
    }
  }
}

/**
 * The leaves of each piece come in order and spell its value; a leaf that does not go on
 * spelling the current piece is one the utility made up (a line ending, a hard break).
 */
function matchInOrder(
  leaves: Array<NlcstNode & { value: string }>,
  pieces: Piece[],
  text: string,
  starts: Int32Array,
  ends: Int32Array,
): void {
  let k = 0
  let at = 0
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as NlcstNode & { value: string }
    starts[i] = -1
    while (
      k < pieces.length &&
      at >= (pieces[k] as Piece).value.length &&
      !(pieces[k] as Piece).atomic
    ) {
      k++
      at = 0
    }
    const piece = pieces[k]
    if (!piece) continue
    if (piece.atomic) {
      if (leaf.type !== 'SourceNode') continue
      starts[i] = piece.start
      ends[i] = piece.end
      k++
      at = 0
      continue
    }
    const length = leaf.value.length
    if (length === 0 || !piece.value.startsWith(leaf.value, at)) continue
    piece.map ??= alignValue(piece.value, text, piece.start, piece.end)
    const identityStart = piece.map.identityStart
    if (identityStart !== null) {
      starts[i] = identityStart + at
      ends[i] = identityStart + at + length
    } else {
      starts[i] = piece.map.startOf(at)
      ends[i] = piece.map.endOf(at + length - 1)
    }
    at += length
  }
}

type NlcstParent = NlcstNode & { children: NlcstNode[] }

/** A parent spans from its first child's start to its last child's end. */
function spanChildren(node: NlcstNode): void {
  if (!('children' in node)) return
  const children = (node as NlcstParent).children
  // Leaves skipped here rather than by a call each: there is a leaf for every token.
  for (const child of children) if ('children' in child) spanChildren(child)
  spanOwnChildren(node)
}

/** Spans a parent whose children are placed. */
function spanOwnChildren(node: NlcstNode): void {
  const children = (node as NlcstParent).children
  const first = children[0]?.position
  const last = children.at(-1)?.position
  // A parent of one child (most words hold one text node) shares the child's position: the
  // same two points either way, and one object fewer per word for the collector.
  if (first && last) node.position = first === last ? first : { start: first.start, end: last.end }
  else delete node.position
}
