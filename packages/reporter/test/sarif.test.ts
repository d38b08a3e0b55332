import { readFileSync } from 'node:fs'
import AjvDraft04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formats } from '../src/formats/index.js'
import { type Report, type RuleDescriptor, report } from '../src/index.js'
import { allCases, countyCourt, harbourBridge } from './cases.js'

/** The SARIF 2.1.0 JSON schema (draft-04), vendored with its licence in test/sarif/. */
const schema = JSON.parse(
  readFileSync(new URL('./sarif/sarif-2.1.0-rtm.5.schema.json', import.meta.url), 'utf8'),
)
// unicodeRegExp: false — one `pattern` in the schema is not valid under the `u` flag.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validate = ajv.compile(schema)

function valid(text: string) {
  const log = JSON.parse(text)
  const ok = validate(log)
  expect(ok ? '' : ajv.errorsText(validate.errors, { separator: '\n' })).toBe('')
  return log
}

const descriptors: RuleDescriptor[] = [
  {
    id: 'hearsay',
    description: '“Reportedly” and friends with no named original report.',
    url: 'https://example.org/onrecord/rules/hearsay',
    defaultSeverity: 'warning',
  },
  {
    id: 'unattributed-claim',
    description: 'A claim of news in the reporter’s voice with no source.',
    url: 'https://example.org/onrecord/rules/unattributed-claim',
    defaultSeverity: 'error',
  },
  {
    id: 'scare-quotes',
    description: 'A quoted word with no speaker.',
    url: 'https://example.org/onrecord/rules/scare-quotes',
    defaultSeverity: 'off',
  },
]

const reportOf = (c: ReturnType<typeof harbourBridge>): Report =>
  report(c.analysis, { messages: c.messages })

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema for every fixture, alone and together', () => {
    const reports = allCases().map(reportOf)
    for (const r of reports) valid(formats.sarif([r]))
    valid(formats.sarif(reports))
    valid(formats.sarif(reports, { ruleDescriptors: descriptors, toolVersion: '0.1.0' }))
    valid(formats.sarif([]))
    valid(formats.sarif(reports.map((r) => ({ ...r, article: null }))))
  })

  it('has a validator that does reject broken logs', () => {
    const log = JSON.parse(formats.sarif([reportOf(harbourBridge())]))
    log.runs[0].results[0].level = 'fatal'
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0
    delete log.runs[0].tool.driver.name
    expect(validate(log)).toBe(false)
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n')
    expect(paths).toMatch(/results\/0\/level/)
    expect(paths).toMatch(/region\/startLine/)
    expect(paths).toMatch(/name/)
  })

  it('emits one rule descriptor per rule, from the descriptors given, with help and URL', () => {
    const log = valid(formats.sarif([reportOf(harbourBridge())], { ruleDescriptors: descriptors }))
    const rules = log.runs[0].tool.driver.rules
    expect(rules.map((r: { id: string }) => r.id)).toEqual([
      'hearsay',
      'unattributed-claim',
      'scare-quotes',
      // Rules seen in messages but not described come after, made from the messages.
      'vague-attribution',
      'loaded-cue',
      'agentless-attribution',
    ])
    expect(rules[0]).toMatchObject({
      id: 'hearsay',
      name: 'Hearsay',
      shortDescription: { text: descriptors[0]?.description },
      helpUri: 'https://example.org/onrecord/rules/hearsay',
      defaultConfiguration: { level: 'warning', enabled: true },
    })
    expect(rules[0].help.text).toContain('https://example.org/onrecord/rules/hearsay')
    expect(rules[1].defaultConfiguration.level).toBe('error')
    expect(rules[2].defaultConfiguration).toEqual({ level: 'none', enabled: false })
    expect(rules[5].defaultConfiguration.level).toBe('note')
    expect(new Set(rules.map((r: { id: string }) => r.id)).size).toBe(rules.length)
  })

  it('gives each message a result with its rule, level and region on the article’s lines', () => {
    const c = harbourBridge()
    const r = reportOf(c)
    const log = valid(formats.sarif([r], { ruleDescriptors: descriptors }))
    const run = log.runs[0]
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.results).toHaveLength(r.messages.length)
    r.messages.forEach((m, i) => {
      const result = run.results[i]
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(m.ruleId)
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[m.severity])
      expect(result.message.text).toBe(m.reason)
      const location = result.locations[0].physicalLocation
      expect(location.artifactLocation).toEqual({
        uri: 'test/fixtures/harbour-bridge/input.md',
        uriBaseId: '%SRCROOT%',
        index: 0,
      })
      expect(location.region).toMatchObject({
        startLine: m.start?.line,
        startColumn: m.start?.column,
        endLine: m.end?.line,
        endColumn: m.end?.column,
        charOffset: m.start?.offset,
        charLength: (m.end?.offset ?? 0) - (m.start?.offset ?? 0),
      })
      expect(location.region.snippet.text).toBe(
        c.analysis.doc.text.slice(m.start?.offset, m.end?.offset),
      )
    })
    expect(run.artifacts[0]).toMatchObject({
      sourceLanguage: 'markdown',
      properties: { sourcingScore: r.score.value, sourcingGrade: r.score.grade },
    })
    const fix = run.results.find((x: { ruleId: string }) => x.ruleId === 'loaded-cue').fixes[0]
    expect(fix.artifactChanges[0].replacements[0].insertedContent.text).toBe('said')
    const hearsay = run.results.find((x: { ruleId: string }) => x.ruleId === 'hearsay')
    expect(hearsay.properties.note).toMatch(/AP/)
  })

  it('fingerprints results stably and distinctly', () => {
    const r = reportOf(harbourBridge())
    const one = JSON.parse(formats.sarif([r])).runs[0].results
    const two = JSON.parse(formats.sarif([r])).runs[0].results
    const prints = one.map(
      (x: { partialFingerprints: Record<string, string> }) =>
        x.partialFingerprints['onrecordMessage/v1'],
    )
    expect(prints).toEqual(
      two.map(
        (x: { partialFingerprints: Record<string, string> }) =>
          x.partialFingerprints['onrecordMessage/v1'],
      ),
    )
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('locates files as relative URIs, file: URLs or stdin', () => {
    const { analysis } = countyCourt()
    const message = [{ reason: 'x', ruleId: 'r', fatal: false, place: { line: 3, column: 1 } }]
    const at = (file: string | null) =>
      valid(formats.sarif([report(analysis, { file, messages: message })])).runs[0].results[0]
        .locations[0].physicalLocation.artifactLocation
    expect(at('news/a story #1.md')).toMatchObject({
      uri: 'news/a%20story%20%231.md',
      uriBaseId: '%SRCROOT%',
    })
    expect(at('./news\\b.txt')).toMatchObject({ uri: 'news/b.txt' })
    expect(at('/srv/news/c.html')).toMatchObject({ uri: 'file:///srv/news/c.html' })
    expect(at(null)).toMatchObject({ uri: 'stdin' })
  })

  it('stays valid for any messages (fuzzed)', () => {
    const { analysis } = harbourBridge()
    const length = analysis.doc.text.length
    const point = fc.record({ offset: fc.integer({ min: 0, max: length }) })
    const message = fc.record({
      reason: fc.string(),
      ruleId: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      fatal: fc.constantFrom(true, false, null, undefined),
      url: fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: undefined }),
      note: fc.option(fc.string(), { nil: undefined }),
      place: fc.option(fc.oneof(point, fc.record({ start: point, end: point })), {
        nil: undefined,
      }),
      actual: fc.option(fc.string(), { nil: undefined }),
      expected: fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: undefined }),
    })
    fc.assert(
      fc.property(fc.array(message, { maxLength: 8 }), fc.string(), (messages, file) => {
        valid(formats.sarif([report(analysis, { messages, file })]))
      }),
      { seed: 11, numRuns: 80 },
    )
  })
})
