import { type LintConfig, normalizeSeverity, rules, validateLintConfig } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'
import { lintText } from './helpers.js'

describe('validateLintConfig', () => {
  it('accepts severities by name and by ESLint number, with options', () => {
    expect(
      validateLintConfig(
        {
          rules: {
            hedge: 'error',
            hearsay: 1,
            'scare-quotes': 0,
            'anonymous-source': ['info'],
            'unattributed-claim': ['warn', { background: 'info' }],
            'quote-without-speaker': [2, { minWords: 6 }],
            'loaded-cue': ['warn', { add: ['spin|spins|spun'], remove: ['allege'] }],
          },
        },
        'onrecord.json',
      ),
    ).toEqual([])
    expect(validateLintConfig({}, 'onrecord.json')).toEqual([])
  })

  it('names the file, the key and the allowed values for an unknown rule', () => {
    const [problem, ...rest] = validateLintConfig({ rules: { hedges: 'warn' } }, 'onrecord.json')
    expect(rest).toEqual([])
    expect(problem?.key).toBe('rules.hedges')
    expect(problem?.message).toMatch(
      /^onrecord\.json: rules\.hedges: unknown rule \(did you mean "hedge"\?\)/,
    )
    expect(problem?.message).toContain('"anonymous-without-reason"')
    expect(problem?.allowed).toEqual(rules.map((rule) => rule.id))
  })

  it('rejects bad severities, listing the allowed ones', () => {
    const problems = validateLintConfig(
      { rules: { hedge: 'warning', hearsay: 3, 'scare-quotes': ['loud', {}] } },
      'cfg.json',
    )
    expect(problems.map((p) => p.key)).toEqual([
      'rules.hedge',
      'rules.hearsay',
      'rules.scare-quotes[0]',
    ])
    for (const problem of problems) {
      expect(problem.message).toContain(
        'is not a severity; expected one of "off", "info", "warn", "error", "0", "1", "2"',
      )
      expect(problem.allowed).toContain('warn')
    }
  })

  it('rejects unknown options and ill-typed values', () => {
    const problems = validateLintConfig(
      {
        rules: {
          'unattributed-claim': ['warn', { background: 'warn' }],
          'quote-without-speaker': ['warn', { minWords: 0 }],
          hedge: ['warn', { kinds: ['epistemic', 'gossip'], verbose: true }],
          hearsay: ['warn', { anything: 1 }],
        },
        extends: 'x',
      },
      'cfg.json',
    )
    expect(problems.map((p) => p.message)).toEqual([
      'cfg.json: extends: unknown key; expected "rules"',
      'cfg.json: rules.unattributed-claim[1].background: "warn" is not allowed; expected one of "off", "info"',
      'cfg.json: rules.quote-without-speaker[1].minWords: 0 is not allowed; expected a whole number ≥ 1',
      'cfg.json: rules.hedge[1].kinds: "gossip" is not allowed; expected items from "epistemic", "doxastic", "agentless", "hearsay"',
      'cfg.json: rules.hedge[1].verbose: unknown option; expected one of "kinds", "paraphrase"',
      'cfg.json: rules.hearsay[1].anything: unknown option; rule "hearsay" takes no options',
    ])
  })

  it('rejects a value that is not an object', () => {
    expect(validateLintConfig('warn', 'cfg.json')[0]?.message).toMatch(
      /^cfg\.json: expected an object/,
    )
    expect(validateLintConfig({ rules: [] }, 'cfg.json')[0]?.key).toBe('rules')
  })
})

describe('severities', () => {
  it('maps numbers as ESLint does', () => {
    expect([0, 1, 2, 'info', 'nope'].map(normalizeSeverity)).toEqual([
      'off',
      'warn',
      'error',
      'info',
      null,
    ])
  })

  const text = 'The bridge will possibly reopen in the spring.\n'
  const hedgeOnly = (severity: unknown) => ({
    rules: {
      ...Object.fromEntries(rules.map((rule) => [rule.id, 'off'])),
      hedge: severity,
    },
  })

  it('maps error, warn and info onto vfile fatal', () => {
    const fatal = (severity: unknown) =>
      lintText(text, { config: hedgeOnly(severity) as LintConfig }).messages.map((m) => m.fatal)
    expect(fatal('error')).toEqual([true])
    expect(fatal(2)).toEqual([true])
    expect(fatal('warn')).toEqual([false])
    expect(fatal(1)).toEqual([false])
    expect(fatal('info')).toEqual([undefined])
    expect(fatal('off')).toEqual([])
    expect(fatal(0)).toEqual([])
  })

  it('runs the rules at their default severity when not configured', () => {
    const { messages } = lintText('A source said the plan had been approved in May.\n')
    const byRule = Object.fromEntries(messages.map((m) => [m.ruleId, m.fatal]))
    expect(byRule['anonymous-source']).toBeUndefined()
    expect('anonymous-source' in byRule).toBe(true)
    expect(byRule['anonymous-without-reason']).toBe(false)
  })

  it('throws on an invalid configuration, listing its problems', () => {
    expect(() => lintText(text, { config: { rules: { hedgee: 'warn' } } })).toThrow(
      /rules\.hedgee: unknown rule \(did you mean "hedge"\?\)/,
    )
  })

  it('caps background claims at info even when the rule is an error', () => {
    const { messages } = lintText('The library opened in a converted warehouse on the river.\n', {
      only: 'unattributed-claim',
      options: { background: 'info' },
      severity: 'error',
    })
    expect(messages.map((m) => [m.ruleId, m.fatal])).toEqual([['unattributed-claim', undefined]])
  })
})
