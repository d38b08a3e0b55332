import { VFile } from 'vfile'
import { htmlBlocks } from './blocks-html.js'
import { type FrontMatterSource, markdownBlocks, type RawBlock } from './blocks-markdown.js'
import { textBlocks } from './blocks-text.js'
import { formatFromPath } from './format.js'
import { readFrontMatter } from './front-matter.js'
import { cachedBlocks } from './parse-cache.js'
import { LineIndex } from './position.js'
import { type ProseBlock, proseBlock } from './prose.js'
import { type BlockMarks, matchQuotes, maxQuoteDepth } from './quotes.js'
import type { Block, Doc, FrontMatter, InputFormat, ParseOptions, Sentence } from './types.js'

/**
 * Parses an article into the document model the rules read: blocks in order, sentences
 * within blocks, and quotation spans, every position an offset into the original text.
 */
export function parse(input: string | VFile, options: ParseOptions = {}): Doc {
  const file = typeof input === 'string' ? new VFile({ value: input }) : input
  const text =
    typeof file.value === 'string'
      ? file.value
      : file.value
        ? new TextDecoder().decode(file.value)
        : ''
  const format: InputFormat = options.format ?? formatFromPath(file.path)
  const lines = new LineIndex(text)

  let prose: ProseBlock[] | null = null
  let frontMatterSource: FrontMatterSource | null = null
  if (options.cache) {
    const cached = cachedBlocks(options.cache, text, format, lines)
    if (cached) {
      prose = cached.blocks
      frontMatterSource = cached.frontMatter
    }
  }
  if (!prose) {
    let raw: RawBlock[]
    if (format === 'markdown') {
      const result = markdownBlocks(text)
      raw = result.blocks
      frontMatterSource = result.frontMatter
    } else if (format === 'html') {
      raw = htmlBlocks(text)
    } else {
      raw = textBlocks(text, lines)
    }
    prose = []
    for (let index = 0; index < raw.length; index++) {
      const rawBlock = raw[index] as RawBlock
      // Let the block's mdast or hast go once it is bridged: a long document never holds both
      // whole trees at once.
      raw[index] = undefined as unknown as RawBlock
      const block = proseBlock(rawBlock, text, lines)
      if (block) prose.push(block)
    }
  }
  const frontMatter: FrontMatter | null =
    frontMatterSource === null ? null : readFrontMatter(frontMatterSource, file)

  const blocks: Block[] = []
  const sentences: Sentence[] = []
  const blockMarks: BlockMarks[] = []
  for (const made of prose) {
    // Field by field: V8 builds spread-then-extend objects much more slowly.
    const block: Block = {
      text: text.slice(made.start, made.end),
      start: lines.pointAt(made.start),
      end: lines.pointAt(made.end),
      index: blocks.length,
      kind: made.kind,
      depth: made.depth,
      sentences: [],
    }
    for (const sentence of made.sentences) {
      block.sentences.push(sentences.length)
      sentences.push({
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        index: sentences.length,
        block: block.index,
        tokens: sentence.tokens,
        nodes: sentence.nodes,
      })
    }
    blocks.push(block)
    blockMarks.push({
      block: block.index,
      kind: block.kind,
      depth: block.depth,
      tokens: made.tokens,
    })
  }

  const { quotes, unbalanced, tooDeep } = matchQuotes(blockMarks, lines)
  if (tooDeep)
    file.message(
      `Quotation marks nested more than ${maxQuoteDepth + 1} deep: the ${tooDeep.count} innermost ${tooDeep.count === 1 ? 'quote is' : 'quotes are'} not analysed`,
      {
        place: { start: tooDeep.first.start, end: tooDeep.first.end },
        ruleId: 'quote-nesting',
        source: 'onrecord',
      },
    )

  return {
    file,
    format,
    text,
    blocks,
    sentences,
    quotes,
    unbalancedMarks: unbalanced,
    frontMatter,
    pointAt: (offset) => lines.pointAt(offset),
    spanOf: (start, end) => lines.spanOf(start, end),
  }
}
