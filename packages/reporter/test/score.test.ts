import { parse } from '@onrecord/parser'
import type { Analysis } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'
import { defaultScoringOptions, type Report, report } from '../src/index.js'
import { countyCourt, harbourBridge, quarryMemo } from './cases.js'
import { buildArticle } from './generate.js'

const part = (r: Report, id: string) => r.score.parts.find((p) => p.id === id)
const deductionsOf = (r: Report, id: string) => r.score.deductions.filter((d) => d.part === id)

describe('the sourcing score', () => {
  it('ranks a well-sourced story above a mixed one above an anonymous one', () => {
    const court = report(countyCourt().analysis)
    const bridge = report(harbourBridge().analysis)
    const quarry = report(quarryMemo().analysis)
    expect(court.score.value).toBeGreaterThan(bridge.score.value)
    expect(bridge.score.value).toBeGreaterThan(quarry.score.value)
    expect(court.score.grade).toBe('A')
    expect(quarry.score.grade).toBe('F')
  })

  it('gives each part its own figure', () => {
    const r = report(harbourBridge().analysis)
    expect(r.score.parts.map((p) => p.id)).toEqual([
      'sourcing',
      'accusations',
      'lede',
      'anonymous-standards',
      'anonymous-share',
      'single-source',
      'named-sources',
      'direct-voices',
      'hedges',
    ])
    expect(part(r, 'sourcing')).toMatchObject({
      figure: 0.375,
      display: '3 of 8 claims named or documented (38%)',
    })
    expect(part(r, 'named-sources')).toMatchObject({
      figure: 1,
      display: '1 named source, 1 document',
    })
    expect(part(r, 'direct-voices')?.figure).toBe(1)
    expect(part(r, 'anonymous-share')).toMatchObject({
      figure: 0.2,
      display: '1 of 5 sourced attributions (20%)',
    })
    expect(part(r, 'lede')).toMatchObject({
      figure: true,
      display: 'yes: anonymous with reason and basis',
    })
    expect(part(r, 'single-source')?.figure).toBe(false)
    expect(part(r, 'anonymous-standards')?.figure).toBe(0)
    expect(part(r, 'hedges')?.figure).toBeCloseTo((2 * 1000) / r.words, 1)
    expect(r.score.profile.map((e) => [e.status, e.claims])).toEqual([
      ['named-quote', 1],
      ['named-paraphrase', 1],
      ['document', 1],
      ['anonymous-qualified', 1],
      ['anonymous-bare', 0],
      ['vague', 1],
      ['agentless', 1],
      ['unattributed', 2],
    ])
  })

  it('explains the deductions of the mixed story with rule, standard and sentences', () => {
    const r = report(harbourBridge().analysis)
    const accusation = deductionsOf(r, 'accusations')
    expect(accusation.map((d) => [d.points, d.ruleId])).toEqual([
      [12, 'unattributed-claim'],
      [6, 'anonymous-source'],
    ])
    expect(accusation[0]?.sentences.map((s) => s.text)).toEqual([
      "The mayor's office reportedly hid the original inspection results from the public.",
    ])
    expect(accusation[1]?.sentences.map((s) => s.text)).toEqual([
      'Critics say the contractor cut corners.',
    ])
    const lede = deductionsOf(r, 'lede')
    expect(lede).toHaveLength(1)
    expect(lede[0]).toMatchObject({ points: 5, ruleId: 'anonymous-source' })
    expect(lede[0]?.standard).toMatch(/lede/)
    const hearsay = r.score.deductions.find((d) => d.ruleId === 'hearsay')
    expect(hearsay?.points).toBe(2)
    for (const d of r.score.deductions) {
      expect(d.reason.length).toBeGreaterThan(10)
      expect(d.standard.length).toBeGreaterThan(10)
      expect(d.sentences.length).toBeGreaterThan(0)
    }
  })

  it('flags anonymous sources that break a standard, scaled to the cap', () => {
    const r = report(quarryMemo().analysis)
    const breaches = deductionsOf(r, 'anonymous-standards')
    const sum = Math.round(breaches.reduce((s, d) => s + d.points, 0) * 10) / 10
    expect(sum).toBe(defaultScoringOptions.anonymousStandards.max)
    expect(new Set(breaches.map((d) => d.ruleId))).toEqual(
      new Set([
        'anonymous-without-reason',
        'anonymous-without-basis',
        'anonymous-source',
        'plural-anonymous',
      ]),
    )
    expect(r.sources.map((s) => [s.id, s.breaches])).toEqual([
      ['sources', ['no-reason', 'no-basis', 'bare-description', 'uncounted-plural']],
      ['source', ['no-reason', 'no-basis', 'bare-description']],
      ['people', ['no-reason', 'uncounted-plural']],
      ['executive', ['no-reason', 'no-basis', 'opinion']],
    ])
    expect(part(r, 'anonymous-share')).toMatchObject({ figure: 1, points: 10 })
    expect(part(r, 'named-sources')?.points).toBe(defaultScoringOptions.namedSources.none)
    expect(part(r, 'direct-voices')?.points).toBe(defaultScoringOptions.directVoices.none)
    expect(r.score.value).toBe(0)
  })

  it('deducts for a story resting on one source, more when that source is anonymous', () => {
    const single = (kind: 'a-source' | 'named-paraphrase') =>
      report(
        buildArticle([
          { kind, who: 0, hedge: 'none', named: false },
          { kind, who: 0, hedge: 'none', named: false },
          { kind: 'unattributed-figure', who: 0, hedge: 'none', named: false },
          { kind: 'unattributed-figure', who: 1, hedge: 'none', named: false },
        ]),
      )
    const anonymous = deductionsOf(single('a-source'), 'single-source')
    const named = deductionsOf(single('named-paraphrase'), 'single-source')
    expect(anonymous.map((d) => d.points)).toEqual([
      defaultScoringOptions.singleSource.points.anonymous,
    ])
    expect(named.map((d) => d.points)).toEqual([defaultScoringOptions.singleSource.points.named])
    expect(anonymous[0]?.sentences).toHaveLength(2)
  })

  it('scores an article with nothing to source 100, and an empty one too', () => {
    const doc = parse('', { format: 'text' })
    const empty: Analysis = {
      doc,
      attributions: [],
      entities: [],
      hedges: [],
      claims: [],
      lede: null,
      words: 0,
    }
    expect(report(empty).score).toMatchObject({ value: 100, grade: 'A', deductions: [] })
    expect(report(empty).score.profile.every((e) => e.share === 0)).toBe(true)
  })

  it('takes weights and grade thresholds from options', () => {
    const { analysis } = harbourBridge()
    const base = report(analysis)
    const lenient = report(analysis, {
      scoring: {
        accusations: { unattributed: 0, unnamed: 0 },
        lede: { points: { 'anonymous-qualified': 0 } },
      },
    })
    expect(lenient.score.value).toBe(base.score.value + 12 + 6 + 5)
    expect(deductionsOf(lenient, 'accusations')).toEqual([])
    const passFail = report(analysis, {
      scoring: {
        grades: [
          { grade: 'pass', min: 30 },
          { grade: 'fail', min: 0 },
        ],
      },
    })
    expect(passFail.score.grade).toBe(base.score.value >= 30 ? 'pass' : 'fail')
    expect(defaultScoringOptions.grades.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D', 'F'])
    expect(Object.isFrozen(defaultScoringOptions.sourcing.shortfall)).toBe(true)
  })

  it('keeps an unattributed accusation heavier than anything a sentence can take off elsewhere', () => {
    // The "adding an accusation never raises the score" property rests on this.
    const o = defaultScoringOptions
    expect(o.accusations.unattributed).toBeGreaterThan(o.hedges.max)
    expect(o.sourcing.accusation).toBe(
      Math.max(
        ...Object.values(o.sourcing.shortfall),
        o.sourcing.background,
        o.sourcing.accusation,
      ),
    )
    expect(o.lede.accusation).toBe(Math.max(o.lede.accusation, ...Object.values(o.lede.points)))
    expect(o.sourcing.weights.accusation).toBe(
      Math.max(
        o.sourcing.weights.base,
        o.sourcing.weights.figures,
        o.sourcing.weights.superlative,
        o.sourcing.weights.accusation,
      ),
    )
  })
})
