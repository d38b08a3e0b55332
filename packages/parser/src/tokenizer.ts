import type { SentenceContent } from 'nlcst'
import { ParseEnglish } from 'parse-english'

type LeafType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode'

/** Kinds of UTF-16 code unit, in the table below: 0 is "not looked up yet". */
const leafTypes: readonly LeafType[] = [
  'SymbolNode',
  'WhiteSpaceNode',
  'PunctuationNode',
  'WordNode',
  'SymbolNode',
]

/**
 * parse-english with a faster `tokenize`, for the mdast bridge only.
 *
 * parse-latin's tokenizer tests every character against three large regular expressions and
 * gives every token three or four fresh position objects: the single biggest item in a
 * profile of `onrecord report` after the garbage collector (7 % of the run), and much of
 * that collector's work. Here each UTF-16 code unit is classified once, by asking the
 * original tokenizer what a one-character string is, and remembered in a table; the tokens
 * are cut by the same rule (a run of word or white-space characters continues, as does a run
 * of one repeated punctuation or symbol character, or a surrogate half), so the trees are
 * the original's, node for node (a property test holds the two to it).
 *
 * The tokens get no positions: mdast-util-to-nlcst overwrites every position the tokenizer
 * makes (the bridge hands it no offsets, so it sets them all to `undefined`) before the
 * parse-english plugins run, and the bridge then places every leaf itself. hast-util-to-nlcst
 * reads positions differently, so the HTML bridge keeps the original parser.
 */
export class TableParseEnglish extends ParseEnglish {
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let from = 0
    let previousKind = 0
    let previousCode = -1
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const kind = kindOf(code)
      if (
        index > from &&
        !(
          previousKind === kind &&
          (kind === wordKind ||
            kind === whiteSpaceKind ||
            code === previousCode ||
            (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        children.push(leaf(previousKind, value.slice(from, index)))
        from = index
      }
      previousKind = kind
      previousCode = code
    }
    if (from < value.length) children.push(leaf(previousKind, value.slice(from)))
    return children
  }
}

const whiteSpaceKind = 1
const wordKind = 3

const kinds = new Uint8Array(0x10000)
const original = new ParseEnglish()

/** The kind of one code unit, as the original tokenizer sees it on its own. */
function kindOf(code: number): number {
  const known = kinds[code] as number
  if (known !== 0) return known
  const type = (original.tokenize(String.fromCharCode(code))[0] as SentenceContent).type
  const kind =
    type === 'WhiteSpaceNode' ? 1 : type === 'PunctuationNode' ? 2 : type === 'WordNode' ? 3 : 4
  kinds[code] = kind
  return kind
}

function leaf(kind: number, value: string): SentenceContent {
  const type = leafTypes[kind] as LeafType
  return type === 'WordNode'
    ? { type, children: [{ type: 'TextNode', value }] }
    : ({ type, value } as SentenceContent)
}
