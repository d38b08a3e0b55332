import { VFile } from 'vfile'
import { htmlBlocks } from './blocks-html.js'
import { markdownBlocks, type RawBlock } from './blocks-markdown.js'
import { textBlocks } from './blocks-text.js'
import { blockToNlcst } from './bridge.js'
import { formatFromPath } from './format.js'
import { readFrontMatter } from './front-matter.js'
import { LineIndex } from './position.js'
import { matchQuotes } from './quotes.js'
import { draftSentences } from './sentences.js'
import type { Block, Doc, FrontMatter, InputFormat, ParseOptions, Sentence } from './types.js'

/**
 * Parses an article into the document model the rules read: blocks in order, sentences
 * within blocks, and quotation spans, every position an offset into the original text.
 */
export function parse(input: string | VFile, options: ParseOptions = {}): Doc {
  const file = typeof input === 'string' ? new VFile({ value: input }) : input
  const text = String(file.value ?? '')
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
  for (const rawBlock of raw) {
    const root = blockToNlcst(rawBlock.tree, text, rawBlock.start, rawBlock.end)
    const drafts = draftSentences(root, rawBlock.start, lines)
    if (drafts.length === 0) continue
    const block: Block = {
      ...lines.spanOf(rawBlock.start, rawBlock.end),
      index: blocks.length,
      kind: rawBlock.kind,
      depth: rawBlock.depth,
      sentences: [],
    }
    for (const draft of drafts) {
      const first = draft.tokens[0]
      const last = draft.tokens.at(-1)
      if (!first || !last) continue
      block.sentences.push(sentences.length)
      sentences.push({
        ...lines.spanOf(first.start.offset, last.end.offset),
        index: sentences.length,
        block: block.index,
        tokens: draft.tokens,
        nodes: draft.nodes,
      })
    }
    blocks.push(block)
  }

  const { quotes, unbalanced } = matchQuotes(
    text,
    blocks.map((block) => ({
      block: block.index,
      continuable: block.kind === 'paragraph' || block.kind === 'blockquote',
      start: block.start.offset,
      end: block.end.offset,
      tokens: block.sentences.flatMap((index) => (sentences[index] as Sentence).tokens),
    })),
    lines,
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
