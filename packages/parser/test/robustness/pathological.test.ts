import { type InputFormat, inputFormats, parse } from '@onrecord/parser'
import { describe, expect, it } from 'vitest'
import { independentPoint } from '../helpers.js'
import { positionProblems as checkPositions } from './positions.js'

/**
 * The parser on inputs no editor would write and every scraper eventually does. Each case
 * must finish (the time bounds are generous: they catch a hang, not a slow machine) and give
 * exact positions: every span's text is its slice of the file, and every line/column agrees
 * with a count made from scratch, whatever the line endings, tabs, BOM, scripts or emoji.
 */
const bound = (ms: number) => ms * Number(process.env.ROBUSTNESS_TIME_FACTOR ?? 1)

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

const sentence = (i: number) =>
  `Officials in district ${i} said the council would vote on the plan, according to a memo`

describe('pathological inputs: the parser', () => {
  it('reads empty, blank and whitespace-only text as no blocks', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\t\t', '\ufeff', '\u200b\u200b', '\r'])
      for (const format of inputFormats) {
        const doc = parse(text, { format })
        expect(doc.text).toBe(text)
        expect(
          doc.sentences.filter((s) => /\S/.test(s.text.replace(/[\u200b\ufeff]/g, ''))),
        ).toEqual([])
        expect(checkPositions(doc)).toEqual([])
      }
  })

  it('splits a 200,000-character paragraph with no sentence end into bounded sentences', () => {
    let text = ''
    for (let i = 0; text.length < 200_000; i++) text += `${sentence(i)} and `
    for (const format of inputFormats) {
      const { value: doc, ms } = timed(() => parse(text, { format }))
      expect(ms).toBeLessThan(bound(10_000))
      expect(doc.blocks).toHaveLength(1)
      // At most 250 words a sentence: the analysis of a sentence is bounded, so is the whole.
      expect(doc.sentences.length).toBeGreaterThan(100)
      for (const s of doc.sentences)
        expect(s.tokens.filter((t) => t.kind === 'word').length).toBeLessThanOrEqual(250)
      // Nothing is lost: the sentences cover every word, in order, without overlap.
      const words = doc.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word'))
      expect(words.length).toBe(text.split(/\s+/).filter((w) => /\w/.test(w)).length)
      expect(checkPositions(doc)).toEqual([])
    }
  })

  it('splits a run of words joined by marks only (no white space) too', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(',')
    const doc = parse(text, { format: 'text' })
    expect(doc.sentences.length).toBeGreaterThan(4)
    for (const s of doc.sentences)
      expect(s.tokens.filter((t) => t.kind === 'word').length).toBeLessThanOrEqual(300)
    expect(checkPositions(doc)).toEqual([])
  })

  it('reads 100-deep nested blockquotes and lists, Markdown and HTML', () => {
    const depth = 100
    const cases: Array<[string, InputFormat, string]> = [
      [
        'markdown blockquotes',
        'markdown',
        Array.from(
          { length: depth },
          (_, i) => `${'>'.repeat(i + 1)} Level ${i} “quote” said.`,
        ).join('\n'),
      ],
      ['markdown one line', 'markdown', `${'> '.repeat(depth)}Deep text, officials said.`],
      [
        'markdown lists',
        'markdown',
        Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- Item ${i}, she said.`).join(
          '\n',
        ),
      ],
      [
        'markdown mixed',
        'markdown',
        Array.from(
          { length: depth },
          (_, i) => `${'  '.repeat(i)}${i % 2 ? '> ' : '- '}x${i}.`,
        ).join('\n'),
      ],
      [
        'html blockquotes',
        'html',
        `${'<blockquote>'.repeat(depth)}<p>Deep “quote”, he said.</p>${'</blockquote>'.repeat(depth)}`,
      ],
      [
        'html lists',
        'html',
        `${'<ul><li>'.repeat(depth)}Deep item, she said.${'</li></ul>'.repeat(depth)}`,
      ],
      ['html unclosed', 'html', `${'<blockquote><ul><li><p>'.repeat(depth)}Never closed.`],
    ]
    for (const [name, format, text] of cases) {
      const { value: doc, ms } = timed(() => parse(text, { format }))
      expect(ms, name).toBeLessThan(bound(5_000))
      expect(doc.sentences.length, name).toBeGreaterThan(0)
      expect(checkPositions(doc), name).toEqual([])
    }
  })

  it('reports 5,000 unmatched quotation marks without guessing spans', () => {
    const cases = [
      '"'.repeat(5_000),
      '“'.repeat(5_000),
      '”'.repeat(5_000),
      'He said “ '.repeat(5_000),
      Array.from({ length: 5_000 }, (_, i) => (i % 2 ? '“word' : '‘x')).join(' '),
      `“${'a ‘b “c '.repeat(1_700)}`,
    ]
    for (const text of cases)
      for (const format of inputFormats) {
        const { value: doc, ms } = timed(() => parse(text, { format }))
        expect(ms).toBeLessThan(bound(5_000))
        expect(doc.quotes.length).toBeLessThan(10)
        expect(checkPositions(doc)).toEqual([])
      }
  })

  it('keeps quotes nested six deep and says so when marks nest deeper', () => {
    let open = ''
    let close = ''
    for (let i = 0; i < 2_000; i++) {
      open += i % 2 ? '‘a ' : '“a '
      close = (i % 2 ? ' b’' : ' b”') + close
    }
    const { value: doc, ms } = timed(() => parse(`He said ${open}x${close}.`, { format: 'text' }))
    expect(ms).toBeLessThan(bound(5_000))
    expect(doc.quotes).toHaveLength(6)
    expect(Math.max(...doc.quotes.map((q) => q.depth))).toBe(5)
    expect(doc.file.messages.map((m) => m.ruleId)).toEqual(['quote-nesting'])
    expect(checkPositions(doc)).toEqual([])
    // News copy nests two or three deep: nothing changes there.
    const normal = parse('He said, “She told me, ‘They said “no” to it.’”', { format: 'text' })
    expect(normal.quotes.map((q) => q.depth)).toEqual([0, 1, 2])
    expect(normal.file.messages).toEqual([])
  })

  it('gives exact points over CRLF, lone CR, tabs, BOM, RTL script and emoji', () => {
    const pieces = [
      '\ufeffHeadline\r\n\r\n',
      'Officials\tsaid “the 👨‍👩‍👧 plan 🇺🇸 works,” she said.\r',
      '\rשלום, אמר השר, “זה עובד”.\n\n',
      'مرحبا بكم, said the envoy. 𝒜lice said “𝒵”.\r\n',
      '\t\tIndented\ttext\u200b with\u200d zero-width and \u202ebidi\u202c marks.\r\r',
      'Last line without an end',
    ]
    const text = pieces.join('')
    for (const format of inputFormats) {
      const doc = parse(text, { format })
      expect(checkPositions(doc)).toEqual([])
      // UTF-16 offsets: no token starts or ends inside an emoji's surrogate pair (checked by
      // positionProblems), and the tokens cover the emoji exactly.
      const family = text.indexOf('👨‍👩‍👧')
      const covering = doc.sentences
        .flatMap((s) => s.tokens)
        .filter((t) => t.end.offset > family && t.start.offset < family + '👨‍👩‍👧'.length)
      expect(covering[0]?.start.offset).toBe(family)
      expect(covering.at(-1)?.end.offset).toBe(family + '👨‍👩‍👧'.length)
      for (const s of doc.sentences) {
        const point = independentPoint(text, s.start.offset)
        expect([s.start.line, s.start.column]).toEqual([point.line, point.column])
      }
    }
  })

  it('reads a long word (200,000 letters, no space) in linear time', () => {
    for (const word of ['A'.repeat(200_000), 'aA'.repeat(100_000), '😀'.repeat(100_000)]) {
      const { value: doc, ms } = timed(() =>
        parse(`Officials said ${word} is fine.`, { format: 'text' }),
      )
      expect(ms).toBeLessThan(bound(5_000))
      expect(checkPositions(doc)).toEqual([])
    }
  })
})
