import { VFile } from 'vfile'
import { htmlBlocks } from './blocks-html.js'
import { markdownBlocks, type RawBlock } from './blocks-markdown.js'
import { textBlocks } from './blocks-text.js'
import { blockToNlcst } from './bridge.js'
import { formatFromPath } from './format.js'
import { readFrontMatter } from './front-matter.js'
import { LineIndex } from './position.js'
import { type BlockMarks, matchQuotes, maxQuoteDepth } from './quotes.js'
import { draftSentences, sentenceSpans } from './sentences.js'
import type {
  Block,
  Doc,
  FrontMatter,
  InputFormat,
  ParseOptions,
  Sentence,
  Token,
} from './types.js'

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

  let raw: RawBlock[]
  let frontMatter: FrontMatter | null = null
  if (format === 'markdown') {
    const result = markdownBlocks(text)
    raw = result.blocks
    if (result.frontMatter !== null) frontMatter = readFrontMatter(result.frontMatter, file)
  } else if (format === 'html') {
    raw = htmlBlocks(text)
  } else {
    raw = textBlocks(text, lines)
  }

  const blocks: Block[] = []
  const sentences: Sentence[] = []
  const blockMarks: BlockMarks[] = []
  for (let index = 0; index < raw.length; index++) {
    const rawBlock = raw[index] as RawBlock
    // Let the block's mdast or hast go once it is bridged: a long document never holds both
    // whole trees at once.
    raw[index] = undefined as unknown as RawBlock
    const { root, wrappers } = blockToNlcst(
      rawBlock.tree,
      text,
      rawBlock.start,
      rawBlock.end,
      lines,
    )
    const prose = draftSentences(root)
    if (prose.sentences.length === 0) continue
    const spans = sentenceSpans(prose.sentences, wrappers, rawBlock.start, rawBlock.end)
    // A block always covers its sentences (a format reader may trim what the tokeniser keeps).
    const start = Math.min(rawBlock.start, (spans[0] as { start: number }).start)
    const end = Math.max(rawBlock.end, (spans.at(-1) as { end: number }).end)
    const block: Block = {
      ...lines.spanOf(start, end),
      index: blocks.length,
      kind: rawBlock.kind,
      depth: rawBlock.depth,
      sentences: [],
    }
    prose.sentences.forEach((draft, i) => {
      const span = spans[i] as { start: number; end: number }
      const first = draft.tokens[0] as Token
      const last = draft.tokens.at(-1) as Token
      block.sentences.push(sentences.length)
      sentences.push({
        text: text.slice(span.start, span.end),
        // The tokens' own points, unless markup widened the sentence.
        start: span.start === first.start.offset ? first.start : lines.pointAt(span.start),
        end: span.end === last.end.offset ? last.end : lines.pointAt(span.end),
        index: sentences.length,
        block: block.index,
        tokens: draft.tokens,
        nodes: draft.nodes,
      })
    })
    blocks.push(block)
    blockMarks.push({
      block: block.index,
      kind: block.kind,
      depth: block.depth,
      tokens: prose.tokens,
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
