import fc from 'fast-check'
import { toNlcst } from 'mdast-util-to-nlcst'
import { ParseEnglish } from 'parse-english'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { TableParseEnglish } from '../src/tokenizer.js'

/** A tree without positions: the table tokenizer leaves them to mdast-util-to-nlcst. */
function shape(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)))
}

/** The positions of the leaves, in order: mdast-util-to-nlcst places those itself. */
function leafPositions(node: unknown, out: unknown[] = []): unknown[] {
  const { children, position } = node as { children?: unknown[]; position?: unknown }
  if (children) for (const child of children) leafPositions(child, out)
  else out.push(position)
  return out
}

/** Text rich in what the tokenizer must cut right: runs, repeats, surrogates, odd spaces. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom('Smith', 'said', 'a', '3', '30.5', 'don’t', "it's", 'U.S.', 'e-mail'),
      // What the sentence transforms join: inner marks, initialisms, elisions, and/or, w/.
      fc.constantFrom(
        '/',
        '-',
        '_',
        '__',
        '&',
        '@',
        ':',
        '\u00b7',
        'w',
        'a.b.c',
        'ya',
        '’n’',
        "'s",
      ),
      fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\r', '\n\r\n', '\u00a0', '\u2009', '\u3000'),
      fc.constantFrom('.', '...', '!!', '?!', ',', '“', '”', '"', "'", '’’', '—', '--', '(', ')'),
      fc.constantFrom('$', '%', '&', '#', '+', '€', '©', '😀', '😀😀', '👍🏽', '\ud800', '\udc00'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

describe('TableParseEnglish', () => {
  it('cuts tokens exactly where parse-english does', () => {
    const original = new ParseEnglish()
    const table = new TableParseEnglish()
    fc.assert(
      fc.property(text, (value) => {
        expect(shape(table.tokenize(value))).toEqual(shape(original.tokenize(value)))
      }),
      { numRuns: 2000 },
    )
  })

  it('gives the same nlcst through mdast-util-to-nlcst, plugins and all', () => {
    const markdown = unified().use(remarkParse)
    fc.assert(
      fc.property(text, (value) => {
        const file = new VFile(value)
        const mdast = markdown.parse(file)
        const expected = toNlcst(mdast, file, ParseEnglish)
        const actual = toNlcst(mdast, file, new TableParseEnglish())
        // The same tree; the leaves get the utility's own positions, patched after tokenizing.
        // Parents get none here (the bridge spans them over their leaves, see bridge.ts).
        expect(shape(actual)).toEqual(shape(expected))
        expect(leafPositions(actual)).toEqual(leafPositions(expected))
      }),
      { numRuns: 500 },
    )
  })

  it('parses one run of text as mdast-util-to-nlcst converts a paragraph of it', () => {
    // The bridge parses a paragraph or heading of one text node directly (see bridge.ts).
    const table = new TableParseEnglish()
    fc.assert(
      fc.property(
        text.filter((value) => value !== ''),
        (value) => {
          const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
          const paragraph = {
            type: 'paragraph',
            children: [{ type: 'text', value, position }],
            position,
          }
          const file = { messages: [], value, toString: () => value }
          const converted = toNlcst(paragraph as never, file as unknown as VFile, table)
          expect(shape(table.parse(value))).toEqual(shape(converted))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('gives no tokens for empty input', () => {
    expect(new TableParseEnglish().tokenize('')).toEqual([])
    expect(new TableParseEnglish().tokenize(undefined)).toEqual([])
  })
})
