import { type InputFormat, inputFormats, parse } from '@onrecord/parser'
import { analyze, lint } from '@onrecord/rules'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { report } from '../../src/index.js'
import { analysisProblems, docProblems, formatProblems, spanProblems } from './check-output.js'

/**
 * Any string through the whole pipeline — parse → analyze → lint → report → every format, in
 * all three input formats — never throws, keeps every span exact
 * (`text === value.slice(start.offset, end.offset)`), and gives output that is what it says:
 * JSON that reads back as the report, SARIF valid against the 2.1.0 schema, an HTML page that,
 * parsed back, holds no element or attribute from the article and shows its text as text,
 * Markdown with no raw HTML or images, and terminal text with no control characters.
 *
 * The strings are made of the things that break text tools: lone surrogates, NUL and other
 * controls, bidirectional and zero-width characters, emoji, every line ending, a BOM, quote
 * marks of every kind, Markdown and HTML markup, entities, script and event-handler
 * injections — mixed with news prose so that the analysis finds attributions, sources, hedges
 * and claims to report. A fixed seed keeps CI reproducible; ROBUSTNESS_RUNS and
 * ROBUSTNESS_SEED run it longer or differently (`scripts/fuzz` style).
 */
const seed = Number(process.env.ROBUSTNESS_SEED ?? 20_261_126)
const numRuns = Number(process.env.ROBUSTNESS_RUNS ?? 300)
// Long runs (ROBUSTNESS_RUNS=20000) need more than the suite's 30 s per test.
const timeout = Math.max(30_000, numRuns * 60)

const hostile = fc.constantFrom(
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDBFF',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\ufffe',
  '😀',
  '👨‍👩‍👧',
  '🇺🇸',
  '𝒜',
  'שלום',
  'مرحبا',
  '\t',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\r\n\r\n',
  '\r\r',
)
const markup = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(2)",
  '</textarea><svg onload=alert(3)>',
  '<iframe src="javascript:alert(4)">',
  '<a href="javascript:alert(5)">x</a>',
  '<style>body{}</style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&lt;script&gt;',
  '&#x3C;',
  '&',
  '<',
  '>',
  '</p>',
  '<p>',
  '<blockquote>',
  '<li>',
  '<br>',
  '</div>',
  '<template>',
  '{{x}}',
  '${x}',
  'javascript:alert(1)',
  '![x](javascript:alert(1))',
  '[x](http://evil.example)',
  '<http://evil.example>',
  '`',
  '```',
  '*',
  '_',
  '|',
  '\\',
  '# ',
  '> ',
  '- ',
  '1. ',
  '---\n',
  '<!-- onrecord ignore -->',
  '<!-- onrecord disable hedge -->',
)
const prose = fc.constantFrom(
  'Officials said',
  'said',
  'according to',
  'the council',
  'Mayor Ana Ruiz, the city’s chief,',
  'a source familiar with the talks',
  'who asked not to be named',
  'reportedly',
  'may',
  'is expected to',
  'It is believed that',
  '42 percent',
  'the largest ever',
  'accused',
  'she said',
  'he told reporters',
  'Mr.',
  'U.S.',
  'the plan',
  'would',
  '.',
  ',',
  '?',
  '!',
  ':',
  ';',
  '—',
  ' ',
  ' ',
  '  ',
)
const quotes = fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', '‹', '›', '„', "''")
const piece = fc.oneof(
  { weight: 10, arbitrary: prose },
  { weight: 5, arbitrary: quotes },
  { weight: 4, arbitrary: hostile },
  { weight: 4, arbitrary: markup },
  // Any UTF-16 code units at all, lone surrogates included.
  {
    weight: 3,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 6,
    }),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
)
const article = fc
  .tuple(fc.boolean(), fc.array(piece, { maxLength: 60 }))
  .map(([bom, pieces]) => (bom ? '\ufeff' : '') + pieces.join(''))
const format = fc.constantFrom<InputFormat>(...inputFormats)
const fileName = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    'story.md',
    'a/"><img src=x onerror=alert(1)>.txt',
    '../../x.html',
    'über\u202e.md',
  ),
)

function pipelineProblems(text: string, as: InputFormat, path: string | undefined): string[] {
  const doc = parse(new VFile(path === undefined ? { value: text } : { value: text, path }), {
    format: as,
  })
  const analysis = analyze(doc)
  const messages = lint(analysis)
  const r = report(analysis, { messages })
  return [
    ...(doc.text === text ? [] : ['doc.text is not the input']),
    ...docProblems(doc),
    ...analysisProblems(analysis, messages),
    ...spanProblems(text, r, 'report'),
    ...formatProblems(r, doc),
  ]
}

describe('the whole pipeline on any string (fuzzed)', () => {
  it(
    'never throws; spans exact; JSON, SARIF, HTML, Markdown and text output valid and inert',
    () => {
      fc.assert(
        fc.property(article, format, fileName, (text, as, path) => {
          expect(pipelineProblems(text, as, path)).toEqual([])
        }),
        { seed, numRuns },
      )
    },
    timeout,
  )

  it(
    'does the same for strings of random code units, with no prose at all',
    () => {
      const units = fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 400,
      })
      fc.assert(
        fc.property(units, format, (text, as) => {
          expect(pipelineProblems(text, as, undefined)).toEqual([])
        }),
        { seed, numRuns: Math.ceil(numRuns / 2) },
      )
    },
    timeout,
  )

  it('has output checks that do catch a broken page and a broken span', () => {
    const doc = parse('Officials said the plan “works”.', { format: 'text' })
    const analysis = analyze(doc)
    const r = report(analysis, { messages: lint(analysis) })
    const moved = structuredClone(r)
    const first = moved.attributions[0]
    if (!first) throw new Error('expected an attribution')
    first.content.start.offset += 1
    expect(spanProblems(doc.text, moved, 'report').length).toBeGreaterThan(0)
    // A title that got into the page unescaped would be an element of its own.
    const injected = { ...r, title: null, file: 'x' }
    expect(formatProblems(injected, doc)).toEqual([])
  })
})
