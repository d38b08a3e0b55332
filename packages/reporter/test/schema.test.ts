import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { report, reportSchemaUrl } from '../src/index.js'
import { allCases } from './cases.js'
import { articleSpec, buildArticle } from './generate.js'

const schema = JSON.parse(readFileSync(reportSchemaUrl, 'utf8'))
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true })
const validate = ajv.compile(schema)

function errors(value: unknown): string {
  return validate(value) ? '' : ajv.errorsText(validate.errors, { separator: '\n' })
}

describe('schema/report.schema.json', () => {
  it('is where the package says it is and describes version 1', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.properties.version.const).toBe(1)
  })

  it('accepts the reports of every fixture, with and without the article text', () => {
    for (const c of allCases()) {
      for (const text of [true, false]) {
        const r = report(c.analysis, { messages: c.messages, text })
        expect(errors(JSON.parse(JSON.stringify(r))), `${c.name} text=${text}`).toBe('')
      }
    }
  })

  it('accepts the reports of generated articles', () => {
    fc.assert(
      fc.property(articleSpec, (specs) => {
        expect(errors(report(buildArticle(specs)))).toBe('')
      }),
      { seed: 7, numRuns: 60 },
    )
  })

  it('rejects a report that breaks the contract', () => {
    const r = JSON.parse(JSON.stringify(report(allCases()[0]?.analysis as never)))
    expect(errors({ ...r, version: 2 })).toMatch(/version/)
    expect(errors({ ...r, extra: true })).toMatch(/additional/)
    const badSpan = structuredClone(r)
    badSpan.claims[0].start.line = 0
    expect(errors(badSpan)).toMatch(/line/)
    const noSentences = structuredClone(r)
    noSentences.score.deductions[0].sentences = []
    expect(errors(noSentences)).toMatch(/fewer than 1/)
    const badKind = structuredClone(r)
    badKind.attributions[0].kind = 'rumour'
    expect(errors(badKind)).toMatch(/allowed values/)
  })
})
