import {
  type Closer,
  contentEndOf,
  type FrontMatterSource,
  markdownBlocks,
  markdownSegment,
  type RawBlock,
} from './blocks-markdown.js'
import { textBlocks } from './blocks-text.js'
import type { LineIndex } from './position.js'
import { moveProse, type ProseBlock, pointsOf, proseBlock } from './prose.js'
import type { InputFormat, Point } from './types.js'

/**
 * What `parse` keeps between versions of one document, to redo only the parts an edit
 * touched: give the same cache to each parse of successive versions of a file (an editor
 * buffer) and unchanged stretches are neither parsed nor tokenised again. A parse with a
 * cache gives exactly the `Doc` a parse without one gives.
 *
 * The new `Doc` shares the tokens, points and nlcst nodes of unchanged stretches with the
 * last one, and a stretch that an edit moved is moved in place: **a `Doc` parsed with a cache
 * is right until the next parse with the same cache**. Finish with one version before
 * parsing the next (or parse without the cache).
 *
 * It holds the prose of the last version parsed only. Markdown and plain text are reused;
 * HTML is parsed whole each time, and so is Markdown with a link reference definition
 * (`[id]: url`), which changes how text anywhere in the file reads.
 */
export class ParseCache {
  constructor() {
    states.set(this, { format: null, first: new Map(), rest: new Map() })
  }

  /** Forgets what was kept: the next parse does all the work. */
  clear(): void {
    states.set(this, { format: null, first: new Map(), rest: new Map() })
  }
}

/** The prose of one stretch of a file: a Markdown segment or a plain-text paragraph. */
interface Entry {
  /** Where the stretch began in the version it was made (or last moved) for. */
  at: Point
  blocks: ProseBlock[]
  /** Markdown: the segment may be followed by a cut (see `markdownSegment`). */
  closed: boolean
  /** Markdown, when not `closed`: what the line that ends its open block looks like. */
  closer: Closer | 'next' | null
  frontMatter: FrontMatterSource | null
  /** Every point of `blocks`, once the entry has had to move. */
  points?: Point[]
}

interface State {
  format: InputFormat | null
  /** Entries by their stretch's text: the one at the start of the file, and all others. */
  first: Map<string, Entry[]>
  rest: Map<string, Entry[]>
}

const states = new WeakMap<ParseCache, State>()

export interface CachedBlocks {
  blocks: ProseBlock[]
  frontMatter: FrontMatterSource | null
}

/**
 * The prose blocks of `text` (and its front matter), reusing what `cache` kept of the last
 * version; null when the cache does not apply (HTML, or Markdown with link definitions).
 */
export function cachedBlocks(
  cache: ParseCache,
  text: string,
  format: InputFormat,
  lines: LineIndex,
): CachedBlocks | null {
  const state = states.get(cache) as State
  if (format === 'html') return null
  // A link reference definition anywhere changes what `[text][ref]` is everywhere: Markdown
  // that might hold one is parsed whole.
  if (format === 'markdown' && text.includes(']:')) return null
  const old = state.format === format ? state : { first: new Map(), rest: new Map() }
  const next: State = { format, first: new Map(), rest: new Map() }
  states.set(cache, next)

  /** What the last version kept for the stretch at `from` with this text, if anything. */
  const take = (from: number, key: string): Entry | undefined =>
    (from === 0 ? old.first : old.rest).get(key)?.shift()
  /** Keeps an entry for the next version. */
  const keep = (from: number, key: string, entry: Entry): void => {
    const map = from === 0 ? next.first : next.rest
    const list = map.get(key)
    if (list) list.push(entry)
    else map.set(key, [entry])
  }
  /** The entry with its prose moved (in place) to `from` in this version, if it moved. */
  const place = (entry: Entry, from: number): Entry => {
    const at = lines.pointAt(from)
    // The same offset on the same line is the same column.
    if (entry.at.offset === at.offset && entry.at.line === at.line) return entry
    entry.points ??= pointsOf(entry.blocks)
    moveProse(entry.blocks, entry.points, {
      offset: at.offset - entry.at.offset,
      line: at.line - entry.at.line,
      firstLine: entry.at.line,
      column: at.column - entry.at.column,
    })
    entry.at = at
    return entry
  }

  const blocks: ProseBlock[] = []
  let frontMatter: FrontMatterSource | null = null
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (
    format === 'markdown' &&
    old.first.size === 0 &&
    old.rest.size === 0 &&
    !text.startsWith('---', bom)
  ) {
    // Nothing to reuse: one parse of the whole file is quicker than one parse per segment.
    // Its blocks between two cuts where no top-level node is open are the blocks of that
    // segment parsed on its own, and are kept as such.
    const whole = markdownBlocks(text)
    const all = prose(whole.blocks, text, lines)
    const { children } = whole
    let piece = 0
    let child = 0
    let block = 0
    for (const cut of segmentCuts(text)) {
      while (child < children.length && (children[child] as { start: number }).start < cut) child++
      const last = children[child - 1]
      if (last && (last.indented || last.end > contentEndOf(text, piece, cut))) continue
      const own: ProseBlock[] = []
      while (block < all.length && (all[block] as ProseBlock).start < cut)
        own.push(all[block++] as ProseBlock)
      keep(piece, text.slice(piece, cut), {
        at: lines.pointAt(piece),
        blocks: own,
        closed: true,
        closer: null,
        frontMatter: piece === 0 ? whole.frontMatter : null,
      })
      piece = cut
    }
    return { blocks: all, frontMatter: whole.frontMatter }
  }
  if (format === 'markdown') {
    const cuts = segmentCuts(text)
    let from = 0
    let j = 0
    while (from < text.length) {
      // The segment runs to the next cut where no block is open: the next candidate cut; if a
      // block is open there (a fence, an HTML comment), the first cut after the line that
      // looks like its end; failing that, the end of the file. After an indented code block,
      // the cut after the next block.
      let k = j
      let searched = false
      for (;;) {
        const to = cuts[k] as number
        const key = text.slice(from, to)
        let entry = take(from, key)
        if (!entry) {
          const segment = markdownSegment(text, from, to)
          entry = {
            at: lines.pointAt(from),
            blocks: prose(segment.blocks, text, lines),
            closed: segment.closed,
            closer: segment.closer,
            frontMatter: segment.frontMatter,
          }
        }
        const used = entry.closed || k === cuts.length - 1
        if (used) entry = place(entry, from)
        keep(from, key, entry)
        if (used) {
          if (entry.frontMatter) frontMatter = entry.frontMatter
          for (const block of entry.blocks) blocks.push(block)
          from = to
          j = k + 1
          break
        }
        const hint = entry.closer
        if (hint === 'next') k++
        else if (hint && !searched) {
          searched = true
          const end = hint(text, to)
          k = end === -1 ? cuts.length - 1 : firstCutAfter(cuts, end, j)
        } else k = cuts.length - 1
      }
    }
  } else {
    for (const raw of textBlocks(text, lines)) {
      const key = `${raw.kind} ${raw.depth} ${text.slice(raw.start, raw.end)}`
      let entry = take(raw.start, key)
      entry = entry
        ? place(entry, raw.start)
        : {
            at: lines.pointAt(raw.start),
            blocks: prose([raw], text, lines),
            closed: true,
            closer: null,
            frontMatter: null,
          }
      keep(raw.start, key, entry)
      for (const block of entry.blocks) blocks.push(block)
    }
  }
  return { blocks, frontMatter }
}

/** Index of the first cut after `offset` (the last one, the end of the file, at the latest). */
function firstCutAfter(cuts: readonly number[], offset: number, from: number): number {
  let low = from
  let high = cuts.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if ((cuts[mid] as number) > offset) high = mid
    else low = mid + 1
  }
  return low
}

function prose(raw: RawBlock[], text: string, lines: LineIndex): ProseBlock[] {
  const out: ProseBlock[] = []
  for (const block of raw) {
    const made = proseBlock(block, text, lines)
    if (made) out.push(made)
  }
  return out
}

/**
 * Where a Markdown file may be cut into segments parsed on their own: the start of every
 * line that follows a blank line and begins with a character that is not white space (nor a
 * byte order mark, nor `---`: what is only true at the start of a file must not be read into
 * a segment), then the end of the file. At such a line every container of CommonMark
 * has closed — a block quote needs its `>`, a list item its indent — and every leaf block has
 * ended, except a fenced code block, an HTML block of the kinds that run over blank lines and
 * front matter: `markdownSegment` says when one of those is still open, and the cut is not
 * taken. A list that goes on after the cut becomes two lists, which changes no block.
 */
export function segmentCuts(text: string): number[] {
  const cuts: number[] = []
  const length = text.length
  let start = 0
  let previousBlank = false
  for (;;) {
    let end = start
    let blank = true
    for (; end < length; end++) {
      const code = text.charCodeAt(end)
      if (code === 10 || code === 13) break
      if (code !== 32 && code !== 9) blank = false
    }
    if (previousBlank && !blank && start > 0) {
      const first = text.charCodeAt(start)
      // Not before `---` either: at the start of a segment it would be read as front matter.
      if (first > 32 && first !== 0xfeff && !text.startsWith('---', start)) cuts.push(start)
    }
    previousBlank = blank
    if (end >= length) break
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
  }
  cuts.push(length)
  return cuts
}
