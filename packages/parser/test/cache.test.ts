import { isDeepStrictEqual } from 'node:util'
import { type Doc, type InputFormat, ParseCache, parse } from '@onrecord/parser'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'

/**
 * `parse(text, { cache })` must give exactly what `parse(text)` gives, for every version of a
 * document edited one change after another: every block, sentence, token (with its points),
 * nlcst node, quote, unbalanced mark, the front matter and the file's messages.
 */
function comparable(doc: Doc) {
  return {
    format: doc.format,
    text: doc.text,
    blocks: doc.blocks,
    sentences: doc.sentences,
    quotes: doc.quotes,
    unbalancedMarks: doc.unbalancedMarks,
    frontMatter: doc.frontMatter,
    messages: doc.file.messages.map((m) => ({
      reason: m.reason,
      ruleId: m.ruleId,
      line: m.line,
      column: m.column,
      place: m.place,
    })),
  }
}

const fileName: Record<InputFormat, string> = {
  markdown: 'a.md',
  text: 'a.txt',
  html: 'a.html',
}

/** Parses each version with and without the cache; returns the versions that differ. */
function differences(format: InputFormat, versions: readonly string[], cache = new ParseCache()) {
  const out: Array<{ version: number; text: string }> = []
  versions.forEach((text, version) => {
    const path = fileName[format]
    const full = comparable(parse(new VFile({ path, value: text }), { format }))
    const cached = comparable(parse(new VFile({ path, value: text }), { format, cache }))
    if (!isDeepStrictEqual(full, cached)) {
      // A readable diff for the first one.
      if (out.length === 0) expect(cached).toEqual(full)
      out.push({ version, text })
    }
  })
  return out
}

/** Lines of the things that decide where Markdown blocks begin and end. */
const line = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .array(
        fc.constantFrom(
          'the',
          'council',
          'said',
          'Smith',
          'Mr.',
          'U.S.',
          'reportedly',
          '“We',
          'will”',
          '“Go,”',
          'she',
          'added.',
          '‘no’',
          'don’t',
          '**VARNA —**',
          '*x*',
          '`code`',
          '[link](http://x.org)',
          '&amp;',
          '😀',
          '|',
        ),
        { minLength: 1, maxLength: 10 },
      )
      .map((words) => words.join(' ')),
  },
  { weight: 6, arbitrary: fc.constantFrom('', '', '', '  ', '\t') },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '```',
      '~~~',
      '````',
      '```js',
      '   ```',
      '<!-- onrecord ignore hedge -->',
      '<!--',
      '-->',
      '<div>',
      '</div>',
      '<script>',
      '</script>',
      '<?php',
      '?>',
      '---',
      'title: “A title”',
      'title: [broken',
      '***',
      '===',
      '# Heading “one',
      '## Heading',
      '> “Go,” she said.',
      '> ```',
      '>',
      '- item “one',
      '- item two”',
      '  continued item',
      '* star item',
      '1. first',
      '2) second',
      '    indented code',
      '\tTabbed',
      '| a | b |',
      '| --- | --- |',
      '| “x | y” |',
      '“Every week counts.',
      '“We will get there,” she added.',
      '\ufeffBOM',
      '\u00a0no-break',
    ),
  },
)

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')

const document = fc
  .array(fc.tuple(line, eol), { maxLength: 30 })
  .map((lines) => lines.map(([text, end]) => text + end).join(''))

/** One edit: replace `remove` characters at `at` (taken modulo the length) by `insert`. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 30 })),
  insert: fc.oneof(
    fc.constantFrom(
      '',
      'x',
      'Reportedly ',
      '“',
      '”',
      '\n',
      '\n\n',
      '\r\n',
      '```\n',
      '\n```\n',
      '<!--',
      '-->',
      '\n\n<!-- x\n\n',
      '---\n',
      '\n\n# Head\n\n',
      '> ',
      '- ',
      '    ',
      '[x]: http://x.org\n',
      '\ufeff',
    ),
    line,
  ),
})

function applyEdits(
  text: string,
  edits: ReadonlyArray<{ at: number; remove: number; insert: string }>,
) {
  const versions = [text]
  let current = text
  for (const { at, remove, insert } of edits) {
    const from = at % (current.length + 1)
    current = current.slice(0, from) + insert + current.slice(from + remove)
    versions.push(current)
  }
  return versions
}

describe('parse with a ParseCache', () => {
  it('gives the Doc a parse without a cache gives, over random edits (Markdown)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          document,
          document.map((text) => `\ufeff${text}`),
        ),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (text, edits) => {
          expect(differences('markdown', applyEdits(text, edits))).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives the Doc a parse without a cache gives, over random edits (plain text, HTML)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<InputFormat>('text', 'html'),
        document,
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (format, text, edits) => {
          expect(differences(format, applyEdits(text, edits))).toEqual([])
        },
      ),
      { numRuns: 100 },
    )
  })

  it('follows blocks that run over blank lines: fences, HTML blocks, front matter', () => {
    const paragraphs = '“One,” she said.\n\nTwo, he said.\n\n“Three.\n\n“Four,” they said.\n'
    const versions = [
      paragraphs,
      `\`\`\`\n${paragraphs}`, // an unclosed fence swallows everything after it
      `\`\`\`\n${paragraphs.replace('Two', '```\n\nTwo')}`, // … until it is closed
      `<!-- x\n\n${paragraphs}`,
      `<!-- x\n\n${paragraphs.replace('Three', '-->\n\nThree')}`,
      // A line that looks like the end but is not: a shorter fence, `~~~` for a backtick one.
      `\`\`\`\`\n${paragraphs.replace('Two', '```\n\n~~~\n\nTwo').replace('Four', '````\n\nFour')}`,
      `<script>\n\n${paragraphs.replace('Three', '</script>\n\nThree')}`,
      `- \`\`\`\n\n${paragraphs.replace('Two', '  ```\n\nTwo')}`,
      `> <!-- x\n\n${paragraphs.replace('Three', '-->\n\nThree')}`,
      `---\ntitle: T\n\n${paragraphs}`, // front matter not closed: a thematic break
      `---\ntitle: T\n\n${paragraphs.replace('Two', '---\n\nTwo')}`, // closed: front matter
      `---\ntitle: [\n---\n\n${paragraphs}`, // broken front matter: a message
      `- a\n\n- b\n\n${paragraphs}\n- c\n\n  d\n\ne\n`,
      `> a\n\n> b\n\n${paragraphs}`,
      `[x]: http://x.org\n\n[x] ${paragraphs}`, // a definition: parsed whole
      `[x] ${paragraphs}`,
      paragraphs.replace(/\n/g, '\r\n'),
      paragraphs.replace(/\n/g, '\r'),
      `${paragraphs}${paragraphs}${paragraphs}`, // the same paragraphs more than once
      `Top.\n\n${paragraphs}${paragraphs}`,
      '',
      '\n\n\n',
      paragraphs,
    ]
    expect(differences('markdown', versions)).toEqual([])
    expect(differences('text', versions)).toEqual([])
  })

  it('cuts only where the next block starts afresh, for every pair of block kinds', () => {
    // Each kind of block, then a blank line, then each kind of line that may start a block:
    // the first version keeps the first block, the second reads the line after it on its own
    // (and, moved down by a new first paragraph, again).
    const before = [
      'Text.',
      '# Heading',
      'Title\n===',
      'Title\n---',
      '```\ncode\n```',
      '````\ncode\n```',
      '~~~\ncode',
      '    indented code',
      '\tindented code',
      'Text.\n\n    indented code\n\n    more',
      '<!-- comment -->',
      '<!-- comment',
      '<div>\nx\n</div>',
      '<span>',
      '<script>\nx\n</script>',
      '<?x?>',
      '<!X>',
      '<![CDATA[x]]>',
      '> Quote.',
      '> ```\n> code',
      '>     code',
      '- item',
      '- item\n  - nested',
      '- item\n\n      code',
      '- ```\n  code',
      '1. item',
      '2) item',
      '-',
      '1.',
      '***',
      '| a | b |\n| - | - |\n| c | d |',
      'Line  \nbreak',
      'Text\n    still text',
    ]
    const after = [
      'Text.',
      '2) x',
      '2. x',
      '10) x',
      '0. x',
      '1. x',
      '- x',
      '* x',
      '-',
      '1.',
      '<span>',
      '<div>',
      '<!-- c -->',
      '# h',
      '> q',
      '```\nx\n```',
      '***',
      '===',
      '| a | b |',
      'x\n===',
      '</div>',
    ]
    const problems: string[] = []
    for (const first of before)
      for (const next of after)
        for (const gap of ['\n\n', '\n \n', '\r\n\r\n']) {
          const text = `${first}${gap}${next}\n`
          const versions = [`${first}${gap}Seed.\n`, text, `Lede.\n\n${text}`]
          if (differences('markdown', versions).length > 0) problems.push(JSON.stringify(text))
        }
    expect(problems).toEqual([])
  })

  it('reuses the prose of what did not change, and moves what an edit moved', () => {
    const cache = new ParseCache()
    const text = '# Title\n\nFirst, she said.\n\nSecond, he said.\n\n“Third,” they said.\n'
    const before = parse(text, { format: 'markdown', cache })
    const firstToken = before.sentences[1]?.tokens[0]
    const lastToken = before.sentences[3]?.tokens[0]
    const lastOffset = lastToken?.start.offset as number

    const edited = text.replace('Second', 'The second')
    const after = parse(edited, { format: 'markdown', cache })
    // Unchanged and in place: the very same tokens.
    expect(after.sentences[1]?.tokens[0]).toBe(firstToken)
    // Unchanged but moved by the edit: the same tokens, moved (the old Doc is stale now).
    expect(after.sentences[3]?.tokens[0]).toBe(lastToken)
    expect(lastToken?.start.offset).toBe(lastOffset + 4)
    // Changed: parsed again.
    expect(after.sentences[2]?.text).toBe('The second, he said.')
    expect(comparable(after)).toEqual(comparable(parse(edited, { format: 'markdown' })))
  })

  it('keeps one cache per format: a document that changes format is parsed afresh', () => {
    const cache = new ParseCache()
    const text = '# Title\n\n“Quote,” she said.\n'
    for (const format of ['markdown', 'text', 'markdown', 'html', 'text'] as const)
      expect(comparable(parse(text, { format, cache }))).toEqual(
        comparable(parse(text, { format })),
      )
    cache.clear()
    expect(comparable(parse(text, { format: 'markdown', cache }))).toEqual(
      comparable(parse(text, { format: 'markdown' })),
    )
  })
})
