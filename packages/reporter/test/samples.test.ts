import { readdirSync, readFileSync } from 'node:fs'
import { parse } from '@onrecord/parser'
import type { Analysis } from '@onrecord/rules'
import * as rules from '@onrecord/rules'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { formats } from '../src/formats/index.js'
import { type Report, report, reportSchemaUrl } from '../src/index.js'

/**
 * The samples through the real pipeline, parse → analyze → report, once @onrecord/rules has
 * an analyze(): every report fits the contract, every deduction points at sentences, every
 * format renders, and the score ranks the samples as an editor would at the ends.
 */
const analyze = (rules as { analyze?: (doc: ReturnType<typeof parse>) => Analysis }).analyze
const samplesDir = new URL('../../../samples/', import.meta.url)
const samples = readdirSync(samplesDir).filter(
  (f) => /\.(md|txt|html)$/.test(f) && f !== 'README.md',
)

if (!analyze) console.warn('[samples.test] SKIPPED: @onrecord/rules has no analyze() yet')

describe.skipIf(!analyze)('samples through parse → analyze → report', () => {
  const reports = new Map<string, Report>()
  for (const name of samples) {
    const path = `samples/${name}`
    const doc = parse(new VFile({ path, value: readFileSync(new URL(name, samplesDir), 'utf8') }))
    reports.set(name, report((analyze as NonNullable<typeof analyze>)(doc)))
  }
  const validate = new Ajv2020({ allowUnionTypes: true }).compile(
    JSON.parse(readFileSync(reportSchemaUrl, 'utf8')),
  )

  it('gives reports that fit the schema, with every deduction pointing at sentences', () => {
    expect(reports.size).toBeGreaterThanOrEqual(6)
    for (const [name, r] of reports) {
      expect(
        validate(JSON.parse(JSON.stringify(r))),
        `${name}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true)
      for (const d of r.score.deductions)
        expect(d.sentences.length, `${name}: ${d.reason}`).toBeGreaterThan(0)
    }
  })

  it('renders every format', () => {
    const all = [...reports.values()]
    for (const name of ['json', 'jsonl', 'text', 'markdown', 'sarif', 'html'] as const)
      expect(formats[name](all).length).toBeGreaterThan(100)
  })

  it('ranks the well-sourced court story above the anonymously sourced tech leak', () => {
    const court = reports.get('court-ruling.md')?.score.value ?? 0
    const leak = reports.get('tech-leak.md')?.score.value ?? 100
    expect(court).toBeGreaterThan(leak)
  })
})
