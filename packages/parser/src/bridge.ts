import type { Nodes as HastNodes } from 'hast'
import { toNlcst as hastToNlcst } from 'hast-util-to-nlcst'
import type { Nodes as MdastNodes } from 'mdast'
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst'
import type { Root as NlcstRoot } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import type { VFile } from 'vfile'

/**
 * Bridges one block of mdast or hast to nlcst with the English parser.
 *
 * The utilities index the *whole* file for every call, which makes block-by-block
 * conversion quadratic on long documents. So each block is converted against a file that
 * holds only the block's own text, with the block's offsets shifted to match; the caller
 * shifts the resulting offsets back (lines stay as in the original, so soft line breaks are
 * still seen as such).
 */
const parser = new ParseEnglish()

export type BlockTree = { kind: 'mdast'; node: MdastNodes } | { kind: 'hast'; node: HastNodes }

export function blockToNlcst(tree: BlockTree, text: string, start: number, end: number): NlcstRoot {
  const blockFile = { messages: [], value: text.slice(start, end), toString: blockValue }
  const shifted = shift(tree.node as Positioned, start) as never
  return tree.kind === 'mdast'
    ? (mdastToNlcst(shifted, blockFile as unknown as VFile, parser) as NlcstRoot)
    : (hastToNlcst(shifted, blockFile as unknown as VFile, parser) as NlcstRoot)
}

function blockValue(this: { value: string }): string {
  return this.value
}

interface Positioned {
  position?:
    | { start: { offset?: number | undefined }; end: { offset?: number | undefined } }
    | undefined
  children?: Positioned[] | undefined
}

/** Copy of a tree with every offset moved back by `delta` (lines and columns kept). */
function shift<T extends Positioned>(node: T, delta: number): T {
  const copy = { ...node }
  if (node.position) {
    copy.position = {
      start: { ...node.position.start, offset: (node.position.start.offset ?? 0) - delta },
      end: { ...node.position.end, offset: (node.position.end.offset ?? 0) - delta },
    }
  }
  if (node.children) copy.children = node.children.map((child) => shift(child, delta))
  return copy
}
