import { formatFromPath, LineIndex, parse, readWordList } from '@onrecord/parser'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'

describe('parse(input, options)', () => {
  it('takes a string (plain text by default) or a VFile (format from its extension)', () => {
    expect(parse('# Not a heading').format).toBe('text')
    expect(parse(new VFile({ path: 'story.md', value: '# A heading' })).blocks[0]?.kind).toBe(
      'heading',
    )
    expect(parse(new VFile({ path: 'story.htm', value: '<p>Hi.</p>' })).format).toBe('html')
  })

  it('lets an option override the extension', () => {
    const doc = parse(new VFile({ path: 'story.txt', value: '# A heading' }), {
      format: 'markdown',
    })
    expect(doc.format).toBe('markdown')
    expect(doc.sentences[0]?.text).toBe('A heading')
  })

  it('reads a VFile whose value is bytes', () => {
    const value = new TextEncoder().encode('“Bytes,” she said.')
    const doc = parse(new VFile({ path: 'a.txt', value }))
    expect(doc.text).toBe('“Bytes,” she said.')
    expect(doc.quotes[0]?.text).toBe('“Bytes,”')
  })

  it('returns the same VFile, for messages', () => {
    const file = new VFile({ path: 'a.md', value: '---\ntitle: [\n---\nText.' })
    const doc = parse(file)
    expect(doc.file).toBe(file)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.ruleId).toBe('front-matter')
    expect(doc.frontMatter).toBeNull()
    expect(doc.sentences.map((s) => s.text)).toEqual(['Text.'])
  })

  it('handles the empty file and a file of white space', () => {
    for (const format of ['markdown', 'text', 'html'] as const) {
      expect(parse('', { format }).blocks).toEqual([])
      expect(parse(' \n\r\n\t ', { format }).sentences).toEqual([])
    }
  })

  it('skips a byte order mark without moving any offset', () => {
    const doc = parse('\ufeff# Head\n\nText here.', { format: 'markdown' })
    expect(doc.sentences.map((s) => [s.text, s.start.offset])).toEqual([
      ['Head', 3],
      ['Text here.', 9],
    ])
    // Only the first is a byte order mark: a second one is text, and moves nothing either.
    const two = parse('\ufeff\ufeffLede.\n\nText here.', { format: 'markdown' })
    for (const sentence of two.sentences)
      expect(two.text.slice(sentence.start.offset, sentence.end.offset)).toBe(sentence.text)
    expect(two.sentences.at(-1)?.text).toBe('Text here.')
  })
})

describe('the document model', () => {
  it('gives points and spans of the original file', () => {
    const doc = parse('One.\r\nTwo “three”.', { format: 'text' })
    expect(doc.pointAt(6)).toEqual({ line: 2, column: 1, offset: 6 })
    expect(doc.spanOf(10, 17).text).toBe('“three”')
  })

  it('puts the nlcst nodes of a sentence at their place in the file', () => {
    const text = '> A quoted\n> line. And *more*.'
    const doc = parse(text, { format: 'markdown' })
    const second = doc.sentences[1]
    expect(second?.text).toBe('And *more*.')
    const node = second?.nodes[0]
    expect(node?.position?.start.offset).toBe(text.indexOf('And'))
    expect(node?.position?.start.line).toBe(2)
    expect(doc.sentences[0]?.nodes[0]?.position?.end.offset).toBe(text.indexOf(' And'))
    expect(second?.tokens.map((t) => t.value)).toEqual(['And', ' ', 'more', '.'])
    expect(second?.tokens.map((t) => text.slice(t.start.offset, t.end.offset))).toEqual([
      'And',
      ' ',
      'more',
      '.',
    ])
  })

  it('keeps a token’s prose value apart from its source', () => {
    const doc = parse('Smith \\& Sons &amp; co.', { format: 'markdown' })
    const tokens = doc.sentences[0]?.tokens ?? []
    const pairs = tokens.map((t) => [t.value, doc.text.slice(t.start.offset, t.end.offset)])
    expect(pairs).toContainEqual(['&', '\\&'])
    expect(pairs).toContainEqual(['&', '&amp;'])
  })

  it('gives quotes their marks, inside, nesting and blocks', () => {
    const doc = parse('“He said ‘no’ twice,” she said.', { format: 'text' })
    const [outer, inner] = doc.quotes
    expect(outer?.open.text).toBe('“')
    expect(outer?.close.text).toBe('”')
    expect(outer?.inner.text).toBe('He said ‘no’ twice,')
    expect(outer?.blocks).toEqual([0])
    expect(inner).toMatchObject({ text: '‘no’', depth: 1, parent: 0, style: 'single' })
  })

  it('keeps a quote ending in a nested one with its attribution, as a plain one is', () => {
    const sentences = (text: string) => parse(text, { format: 'text' }).sentences.map((s) => s.text)
    expect(sentences('“She asked, ‘Can we help?’” Ortiz told reporters on the call.')).toEqual([
      '“She asked, ‘Can we help?’” Ortiz told reporters on the call.',
    ])
    expect(sentences('“He said, ‘We will win,’” she recalled.')).toEqual([
      '“He said, ‘We will win,’” she recalled.',
    ])
    expect(sentences('“Too forced?” Dana Ortiz tweeted after the debate.')).toEqual([
      '“Too forced?” Dana Ortiz tweeted after the debate.',
    ])
    // (A question closing before a new sentence still ends its own.)
    expect(sentences('“She asked, ‘Can we help?’” Then the call ended.')).toEqual([
      '“She asked, ‘Can we help?’”',
      'Then the call ended.',
    ])
  })

  it('closes a quote with a straight mark spaced off a nested quote', () => {
    const doc = parse(`"I never liked the word 'fair,' " she said.`, { format: 'text' })
    expect(doc.quotes.map((q) => q.text)).toEqual([`"I never liked the word 'fair,' "`, "'fair,'"])
  })

  it("reads three apostrophes as a single mark and a doubled one ('' … 'x,''')", () => {
    const text =
      "''Then she told me, 'Keep the lamp on,''' Mr. Voss said. '''Night Shift,''' he replied."
    const doc = parse(text, { format: 'text' })
    expect(doc.quotes.map((q) => q.text)).toEqual([
      "''Then she told me, 'Keep the lamp on,'''",
      "'Keep the lamp on,'",
      "'''Night Shift,'''",
      "'Night Shift,'",
    ])
    const [outer, inner] = doc.quotes
    expect(outer?.close).toMatchObject({ text: "''", start: { offset: 39, column: 40 } })
    expect(inner?.close.text).toBe("'")
    expect(doc.quotes[2]?.open.text).toBe("''")
    expect(doc.unbalancedMarks).toEqual([])
  })
})

describe('quotation marks at scale', () => {
  const cases: Array<[string, string]> = [
    ['5,000 opening marks', '“a '.repeat(5000)],
    ['5,000 closing marks', 'a” '.repeat(5000)],
    ['5,000 straight marks with spaces round them', 'a " '.repeat(5000)],
    ['5,000 single opening marks', '‘a '.repeat(5000)],
    ['5,000 paragraphs that each re-open a quote', '“Still open\n\n'.repeat(5000)],
  ]
  for (const [name, text] of cases) {
    it(`${name}: reported, fast, never one giant span`, () => {
      const started = performance.now()
      const doc = parse(text, { format: 'text' })
      const elapsed = performance.now() - started
      expect(elapsed).toBeLessThan(3000)
      expect(doc.quotes).toEqual([])
      expect(doc.unbalancedMarks.length).toBe(5000)
    })
  }

  it('still pairs marks around the unmatched ones', () => {
    const doc = parse(`${'” '.repeat(2000)}“Paired.” ${'“ '.repeat(2000)}`, { format: 'text' })
    expect(doc.quotes.map((q) => q.text)).toEqual(['“Paired.”'])
    expect(doc.unbalancedMarks.length).toBe(4000)
  })
})

describe('helpers', () => {
  it('detects the format from a path', () => {
    expect(formatFromPath('a/b.MD')).toBe('markdown')
    expect(formatFromPath('a.markdown')).toBe('markdown')
    expect(formatFromPath('a.html')).toBe('html')
    expect(formatFromPath('a.txt')).toBe('text')
    expect(formatFromPath('a.json')).toBe('text')
    expect(formatFromPath('dir.md/file')).toBe('text')
    expect(formatFromPath(undefined)).toBe('text')
  })

  it('counts lines the way unist does', () => {
    const lines = new LineIndex('a\r\nb\rc\nd')
    expect([0, 3, 5, 7].map((offset) => lines.pointAt(offset).line)).toEqual([1, 2, 3, 4])
    expect(lines.pointAt(99)).toEqual({ line: 4, column: 2, offset: 8 })
  })

  it('reads word lists from data/', () => {
    const titles = readWordList('titles')
    expect(titles.has('gen')).toBe(true)
    expect([...titles].some((entry) => entry.includes('#'))).toBe(false)
  })
})
