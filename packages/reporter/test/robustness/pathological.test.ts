import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Doc, type InputFormat, inputFormats, parse } from '@onrecord/parser'
import { analyze, lint } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'
import { formats } from '../../src/formats/index.js'
import { report } from '../../src/index.js'
import { analysisProblems, formatProblems, spanProblems } from './check-output.js'

/**
 * Pathological articles through the whole pipeline: parse → analyze → lint → report → every
 * format. Each finishes within a generous bound (set to catch a hang, not to benchmark;
 * ROBUSTNESS_TIME_FACTOR scales them on a slow machine), keeps every span exact, and gives
 * valid, inert output. Where the cost could grow faster than the input, a doubling test
 * checks that the output (a deterministic measure) grows linearly too.
 */
const factor = Number(process.env.ROBUSTNESS_TIME_FACTOR ?? 1)

interface Run {
  doc: Doc
  json: string
  ms: number
  problems: string[]
}

function pipeline(text: string, format: InputFormat, checkFormats = true): Run {
  const started = performance.now()
  const doc = parse(text, { format })
  const analysis = analyze(doc)
  const messages = lint(analysis)
  const r = report(analysis, { messages })
  const json = formats.json([r])
  const ms = performance.now() - started
  const problems = [...analysisProblems(analysis, messages), ...spanProblems(text, r, 'report')]
  if (checkFormats) problems.push(...formatProblems(r, doc))
  else for (const name of ['text', 'markdown', 'sarif', 'html'] as const) formats[name]([r])
  return { doc, json, ms, problems: problems.slice(0, 10) }
}

function runOn(text: string) {
  let out = ''
  for (let i = 0; out.length < text.length; i++) out += `${text.replace(/\{i\}/g, String(i))} `
  return out
}

const cases: Array<{ name: string; text: () => string; ms: number }> = [
  {
    name: 'a 200,000-character paragraph with no sentence end',
    text: () =>
      runOn('officials in ward {i} said that the plan would go ahead and').padEnd(200_000, ' x'),
    ms: 20_000,
  },
  {
    name: 'a paragraph of 3,000 pronoun attributions (“He said “ …”)',
    text: () => 'He said “ '.repeat(3_000),
    ms: 20_000,
  },
  {
    name: '“X said that” nested 2,000 times',
    text: () => `${'Officials said that '.repeat(2_000)}it works.`,
    ms: 20_000,
  },
  { name: '5,000 unmatched straight quotes', text: () => '"'.repeat(5_000), ms: 5_000 },
  {
    name: '5,000 unmatched curly quotes in prose',
    text: () => `Ana said ${'“so '.repeat(5_000)}`,
    ms: 20_000,
  },
  {
    name: 'quotes nested 2,000 deep',
    text: () => {
      let open = ''
      let close = ''
      for (let i = 0; i < 2_000; i++) {
        open += i % 2 ? '‘a ' : '“a '
        close = (i % 2 ? ' b’' : ' b”') + close
      }
      return `He said ${open}x${close}.`
    },
    ms: 10_000,
  },
  {
    name: 'one word of 200,000 capitals',
    text: () => `Officials said ${'A'.repeat(200_000)} is fine.`,
    ms: 5_000,
  },
  {
    name: '100-deep nested blockquotes and lists',
    text: () =>
      Array.from(
        { length: 100 },
        (_, i) => `${'  '.repeat(i)}${i % 2 ? '> ' : '- '}Level ${i}, “a quote,” she said.`,
      ).join('\n'),
    ms: 10_000,
  },
  {
    name: '2,000 onrecord ignore comments',
    text: () =>
      Array.from(
        { length: 2_000 },
        (_, i) => `<!-- onrecord ignore hedge -->\n\nOfficials ${i} may have said it.`,
      ).join('\n\n'),
    ms: 20_000,
  },
  {
    name: 'tabs, CRLF, lone CR, BOM, RTL, bidi controls and emoji',
    text: () =>
      '\ufeffשלום\tעולם, said the envoy 👨‍👩‍👧.\r\n\r\n“مرحبا” 🇺🇸 \u202eevil\u202c said Ana.\r\r'.repeat(
        200,
      ),
    ms: 10_000,
  },
]

describe('pathological articles through the whole pipeline', () => {
  for (const c of cases)
    it(c.name, () => {
      const text = c.text()
      for (const format of inputFormats) {
        // The output checks parse every format back (the HTML page of an attribution-dense
        // article runs to megabytes): for one input format in full, for the others the spans.
        const full = format === 'markdown' || text.length < 10_000
        const run = pipeline(text, format, full)
        expect(run.problems, format).toEqual([])
        expect(run.ms, `${format}: ${Math.round(run.ms)} ms`).toBeLessThan(c.ms * factor)
      }
    }, 120_000)

  it('a 600 KB article of real paragraphs (the samples, repeated) in linear time', () => {
    const dir = fileURLToPath(new URL('../../../../samples/', import.meta.url))
    const paragraphs = readdirSync(dir)
      .filter((name) => /\.(md|txt)$/.test(name) && name !== 'README.md')
      .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/))
      .filter((p) => p.trim() && !p.startsWith('#') && !p.startsWith('---'))
    const article = (size: number) => {
      const out: string[] = []
      let length = 0
      for (let i = 0; length < size; i++) {
        const p = paragraphs[i % paragraphs.length] as string
        out.push(p)
        length += p.length + 2
      }
      return out.join('\n\n')
    }
    const half = pipeline(article(300_000), 'markdown', false)
    const full = pipeline(article(600_000), 'markdown', false)
    expect(full.problems).toEqual([])
    expect(full.ms, `${Math.round(full.ms)} ms`).toBeLessThan(30_000 * factor)
    // Twice the article, twice the report (a deterministic measure of linear cost).
    expect(full.json.length / half.json.length).toBeLessThan(2.2)
  }, 120_000)

  it('grows linearly where it used to grow with the square (output size per doubling)', () => {
    const shapes: Array<[string, (n: number) => string]> = [
      ['run-on sentence', (n) => 'the council said that the plan would go ahead and '.repeat(n)],
      ['pronoun quotes', (n) => 'He said “ '.repeat(n)],
      ['nested that-clauses', (n) => `${'X said that '.repeat(n)}it works.`],
      [
        'nested quotes',
        (n) => {
          let open = ''
          let close = ''
          for (let i = 0; i < n; i++) {
            open += i % 2 ? '‘a ' : '“a '
            close = (i % 2 ? ' b’' : ' b”') + close
          }
          return `He said ${open}x${close}.`
        },
      ],
    ]
    for (const [name, make] of shapes) {
      const small = pipeline(make(1_000), 'text', false).json.length
      const large = pipeline(make(2_000), 'text', false).json.length
      expect(large / small, name).toBeLessThan(2.2)
    }
  }, 120_000)
})
