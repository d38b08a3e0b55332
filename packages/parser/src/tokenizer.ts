import type { Paragraph, SentenceContent } from 'nlcst'
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
      // The table read here, the call only for a code unit not seen yet: this runs for every
      // character of the text, and the CLI's V8 does not inline calls.
      const known = kinds[code] as number
      const kind = known !== 0 ? known : kindOf(code)
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

type Plugin = (node: never) => void

/**
 * The parse-english transforms, less what only makes positions, and with parse-latin's
 * `breakImplicitSentences` replaced by a loop that counts line breaks instead of splitting
 * every white space's text into a new array (41 MB per 300 articles in an allocation profile).
 * Positions are not wanted here: the bridge places every node itself, after the transforms
 * (see `TableParseEnglish`). Each list is checked against the shape this was written for; if
 * parse-english ever changes it, the original list is kept.
 */
function withoutPositionPlugins(prototype: ParseEnglish): void {
  const root = prototype.tokenizeRootPlugins as Plugin[]
  const paragraph = prototype.tokenizeParagraphPlugins as Plugin[]
  const sentence = prototype.tokenizeSentencePlugins as Plugin[]
  const patchPosition = root.at(-1)
  const removeEmptyNodes = root.at(-2)
  const breakAt = paragraph.length - 3
  const shaped =
    root.length === 4 &&
    paragraph.at(-1) === patchPosition &&
    paragraph.at(-2) === removeEmptyNodes &&
    sentence.at(-1) === patchPosition &&
    sentence.length === sentenceGuards.length + 1
  if (!shaped) return
  const own = TableParseEnglish.prototype
  own.tokenizeRootPlugins = root.slice(0, -1) as typeof own.tokenizeRootPlugins
  own.tokenizeSentencePlugins = sentence
    .slice(0, -1)
    .map((plugin, index) =>
      guarded(plugin, sentenceGuards[index] as SentenceGuard),
    ) as typeof own.tokenizeSentencePlugins
  const paragraphPlugins = paragraph.slice(0, -1)
  paragraphPlugins[breakAt] = breakImplicitSentences as Plugin
  own.tokenizeParagraphPlugins = paragraphPlugins as typeof own.tokenizeParagraphPlugins
}

type Leaf = { type: string; value?: string; children?: unknown[] }
type SentenceGuard = (children: readonly Leaf[]) => boolean

/**
 * parse-english runs six transforms over every sentence, each a walk over its tokens through
 * unist-util-modify-children (a call per token through shared, hence unoptimisable, call
 * sites): half of parse-english's time on news copy. Each transform only ever changes a
 * sentence that holds a particular mark in a particular place, so a sentence is first scanned
 * for that mark, in a loop of our own, and the transform runs only when it is there. Each
 * guard is a necessary condition for its transform to act, never a sufficient one: when in
 * doubt a guard says yes. In parse-english 7's order:
 */
const sentenceGuards: readonly SentenceGuard[] = [
  // English elisions: an apostrophe ("rock ’n’ roll") or the slash of "w/".
  (children) => hasMark(children, '’', "'", '/'),
  // "&" joined to the word after it.
  (children) => hasMark(children, '&'),
  // "-" joined to the word before it.
  (children) => hasMark(children, '-'),
  // Symbols inside a word ("U.S", "don’t", "e-mail", "30.5"): word, inner marks, word.
  hasInnerWordMarks,
  // "/" between short words ("and/or").
  (children) => hasMark(children, '/'),
  // The full stop of an initialism ("U.S" + "."): a word of three or more parts before it.
  hasInitialismStop,
]

function guarded(plugin: Plugin, guard: SentenceGuard): Plugin {
  return ((sentence: { children: Leaf[] }) => {
    if (guard(sentence.children)) plugin(sentence as never)
  }) as Plugin
}

function isMark(node: Leaf | undefined): node is Leaf & { value: string } {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode')
}

/** Whether a punctuation or symbol child is one of the marks (up to three) given. */
function hasMark(children: readonly Leaf[], mark: string, other = mark, third = mark): boolean {
  // The type and value compared here, not through `isMark` or a test function: four guards
  // scan every sentence, and a call per token (V8 runs without inlining in the CLI) cost
  // more than the scan itself.
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Leaf
    if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') continue
    const value = child.value
    if (value === mark || value === other || value === third) return true
  }
  return false
}

/** Marks parse-latin lets stand inside a word: one of these characters, or a run of `_`. */
const innerWordCharacters = new Set([
  '&',
  "'",
  '-',
  '.',
  ':',
  '=',
  '?',
  '@',
  '\u00ad',
  '\u00b7',
  '\u2010',
  '\u2011',
  '\u2019',
  '\u2027',
])

function isInnerWordMark(value: string): boolean {
  if (value.length === 1) return innerWordCharacters.has(value) || value === '_'
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) !== 95) return false
  return value.length > 0
}

function hasInnerWordMarks(children: readonly Leaf[]): boolean {
  for (let i = 1; i < children.length; i++) {
    if (children[i - 1]?.type !== 'WordNode') continue
    let j = i
    while (j < children.length) {
      const node = children[j]
      if (!isMark(node) || !isInnerWordMark(node.value)) break
      j++
    }
    if (j > i && children[j]?.type === 'WordNode') return true
  }
  return false
}

function hasInitialismStop(children: readonly Leaf[]): boolean {
  for (let i = 1; i < children.length; i++) {
    const node = children[i] as Leaf
    if (node.type !== 'PunctuationNode' || node.value !== '.') continue
    const previous = children[i - 1] as Leaf
    if (previous.type === 'WordNode' && (previous.children?.length ?? 0) >= 3) return true
  }
  return false
}

/** parse-latin's rule: a white space holding two or more line breaks ends a sentence. */
function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]
    if (child?.type !== 'SentenceNode') continue
    const children = child.children
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      if (node?.type !== 'WhiteSpaceNode' || !twoLineBreaks(node.value)) continue
      child.children = children.slice(0, position)
      siblings.splice(index + 1, 0, node, {
        type: 'SentenceNode',
        children: children.slice(position + 1),
      })
      // The white space is the next sibling; the new sentence after it is looked at in turn.
      break
    }
  }
}

/** Whether `value` holds two line breaks (CR LF counting as one, as in parse-latin). */
function twoLineBreaks(value: string): boolean {
  let breaks = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 13) {
      if (value.charCodeAt(i + 1) === 10) i++
    } else if (code !== 10) continue
    if (++breaks === 2) return true
  }
  return false
}

withoutPositionPlugins(ParseEnglish.prototype)

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

/**
 * A token's node, with its `position` slot made empty: every node is placed afterwards (by
 * the bridge or mdast-util-to-nlcst), and a property added to an object made without it
 * costs a second allocation (a property store beside the object) for every node of the tree.
 */
function leaf(kind: number, value: string): SentenceContent {
  const type = leafTypes[kind] as LeafType
  return type === 'WordNode'
    ? {
        type,
        children: [{ type: 'TextNode', value, position: undefined }],
        position: undefined,
      }
    : ({ type, value, position: undefined } as SentenceContent)
}
