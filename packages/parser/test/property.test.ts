import { type Doc, type InputFormat, parse, type Quote, type Span } from '@onrecord/parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkPositions } from './helpers.js'

/**
 * Random articles made of the things that trip parsers on news copy: prose, quotation marks
 * of every kind, apostrophes, abbreviations, Markdown and HTML markup, entities, escapes,
 * every kind of line ending, emoji. Whatever the mix, the parser must not throw, and what it
 * gives must be well formed.
 */
const piece = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom('the', 'council', 'said', 'Smith', 'voted', 'it', 'A', 'x'),
  },
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', '  ', '\t') },
  { weight: 4, arbitrary: fc.constantFrom('.', ',', '?', '!', ':', ';', '—', '-', '…', '(', ')') },
  {
    weight: 6,
    arbitrary: fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', '‹', '›', '„'),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "don't",
      'don’t',
      'the ’90s',
      "'90s",
      'James’',
      "James'",
      'rock ’n’ roll',
      '’tis',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom('Mr.', 'Dr.', 'U.S.', 'a.m.', 'No.', 'Jan.', '30.', '5', 'Inc.'),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '**',
      '*',
      '_',
      '`',
      '[',
      ']',
      '](http://x.org)',
      '![',
      '> ',
      '- ',
      '1. ',
      '# ',
      '## ',
      '|',
      '---',
      '```',
      '    ',
      '\\',
      '\\*',
      '<',
      '>',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('&amp;', '&ldquo;', '&rdquo;', '&#8217;', '&#x1F600;', '&copy', '&'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<p>',
      '</p>',
      '<em>',
      '</em>',
      '<br>',
      '<blockquote>',
      '<li>',
      '<script>',
      '</script>',
      '<code>',
      '</code>',
      '<article>',
      '<h2>',
    ),
  },
  {
    weight: 5,
    arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n> ', '\n- '),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('😀', '👍🏽', '👨‍👩‍👧', '🇺🇸', '𝒜', '\u00a0', '\u200b', '\ufeff'),
  },
  { weight: 1, arbitrary: fc.constantFrom('---\ntitle: [x\n---\n', '---\ntitle: T\n---\n') },
)

const article = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''))
const format = fc.constantFrom<InputFormat>('markdown', 'text', 'html')

function wellFormed(doc: Doc): string[] {
  const problems = checkPositions(doc)
  const inRange = (what: string, span: Span) => {
    if (!(span.start.offset >= 0 && span.start.offset <= span.end.offset))
      problems.push(`${what}: start after end`)
    if (span.end.offset > doc.text.length) problems.push(`${what}: past the end of the text`)
  }
  doc.blocks.forEach((block, i) => {
    inRange(`block ${i}`, block)
    const previous = doc.blocks[i - 1]
    if (previous && previous.end.offset > block.start.offset) problems.push(`block ${i} overlaps`)
    for (const index of block.sentences) {
      const sentence = doc.sentences[index]
      if (!sentence || sentence.block !== i)
        problems.push(`block ${i}: sentence ${index} not its own`)
      else if (sentence.start.offset < block.start.offset || sentence.end.offset > block.end.offset)
        problems.push(`sentence ${index} outside block ${i}`)
    }
  })
  doc.sentences.forEach((sentence, i) => {
    inRange(`sentence ${i}`, sentence)
    if (sentence.index !== i) problems.push(`sentence ${i}: wrong index`)
    if (!/\S/.test(sentence.text)) problems.push(`sentence ${i}: blank`)
    const previous = doc.sentences[i - 1]
    if (previous && previous.end.offset > sentence.start.offset)
      problems.push(`sentence ${i} overlaps or is out of order`)
    sentence.tokens.forEach((token, k) => {
      const before = sentence.tokens[k - 1]
      if (token.start.offset > token.end.offset) problems.push(`sentence ${i} token ${k}: reversed`)
      if (before && before.end.offset > token.start.offset)
        problems.push(`sentence ${i} token ${k}: overlaps the one before`)
    })
  })
  doc.quotes.forEach((quote, i) => {
    problems.push(...quoteProblems(doc, quote, i))
  })
  // Any two quotes are nested or apart, never crossing.
  for (const a of doc.quotes)
    for (const b of doc.quotes) {
      if (a === b) continue
      const crosses =
        a.start.offset < b.start.offset &&
        b.start.offset < a.end.offset &&
        a.end.offset < b.end.offset
      if (crosses) problems.push(`quotes ${a.index} and ${b.index} cross`)
    }
  doc.unbalancedMarks.forEach((mark, i) => {
    inRange(`unbalanced ${i}`, mark)
    const previous = doc.unbalancedMarks[i - 1]
    if (previous && previous.start.offset >= mark.start.offset)
      problems.push(`unbalanced ${i}: out of order`)
    for (const quote of doc.quotes)
      if (
        mark.start.offset === quote.open.start.offset ||
        mark.start.offset === quote.close.start.offset
      )
        problems.push(`unbalanced ${i} is also a mark of quote ${quote.index}`)
  })
  return problems
}

function quoteProblems(doc: Doc, quote: Quote, i: number): string[] {
  const problems: string[] = []
  const what = `quote ${i}`
  if (quote.index !== i) problems.push(`${what}: wrong index`)
  if (quote.open.start.offset !== quote.start.offset) problems.push(`${what}: open not at start`)
  if (quote.close.end.offset !== quote.end.offset) problems.push(`${what}: close not at end`)
  if (quote.open.end.offset > quote.close.start.offset) problems.push(`${what}: open after close`)
  if (quote.inner.start.offset !== quote.open.end.offset) problems.push(`${what}: inner start`)
  if (quote.inner.end.offset !== quote.close.start.offset) problems.push(`${what}: inner end`)
  if (quote.segments.length !== quote.blocks.length || quote.segments.length === 0)
    problems.push(`${what}: one segment per block`)
  if (quote.segments[0]?.start.offset !== quote.start.offset)
    problems.push(`${what}: first segment`)
  if (quote.segments.at(-1)?.end.offset !== quote.end.offset) problems.push(`${what}: last segment`)
  quote.segments.forEach((segment, k) => {
    const before = quote.segments[k - 1]
    if (before && before.end.offset > segment.start.offset)
      problems.push(`${what} segment ${k}: overlaps`)
    const block = doc.blocks[quote.blocks[k] as number]
    if (
      !block ||
      segment.start.offset < block.start.offset ||
      segment.end.offset > block.end.offset
    )
      problems.push(`${what} segment ${k}: outside its block`)
  })
  if (quote.parent === null) {
    if (quote.depth !== 0) problems.push(`${what}: depth without parent`)
  } else {
    const parent = doc.quotes[quote.parent]
    if (!parent || parent.index >= i) problems.push(`${what}: parent comes after it`)
    else {
      if (parent.start.offset > quote.start.offset || parent.end.offset < quote.end.offset)
        problems.push(`${what}: not inside its parent`)
      if (quote.depth !== parent.depth + 1) problems.push(`${what}: depth is not parent's + 1`)
    }
  }
  return problems
}

describe('parse on random articles', () => {
  it('never throws and gives well-formed positions, sentences and quotes', () => {
    fc.assert(
      fc.property(article, format, (text, as) => {
        const doc = parse(text, { format: as })
        expect(wellFormed(doc)).toEqual([])
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1500) },
    )
  })

  it('reads the same text the same way twice', () => {
    fc.assert(
      fc.property(article, format, (text, as) => {
        const a = parse(text, { format: as })
        const b = parse(text, { format: as })
        expect(b.sentences.map((s) => s.text)).toEqual(a.sentences.map((s) => s.text))
        expect(b.quotes.map((q) => q.text)).toEqual(a.quotes.map((q) => q.text))
      }),
      { numRuns: 100 },
    )
  })
})
