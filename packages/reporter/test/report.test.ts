import { parse } from '@onrecord/parser'
import type { Analysis } from '@onrecord/rules'
import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { report } from '../src/index.js'
import { allCases, countyCourt, harbourBridge } from './cases.js'
import { spansIn } from './helpers.js'

describe('report()', () => {
  it('is plain, serialisable data: a JSON round trip gives the same object', () => {
    for (const c of allCases()) {
      const r = report(c.analysis, { messages: c.messages })
      expect(JSON.parse(JSON.stringify(r))).toEqual(r)
    }
  })

  it('holds version, file, title and front-matter meta', () => {
    const c = harbourBridge()
    const r = report(c.analysis)
    expect(r.version).toBe(1)
    expect(r.file).toBe(c.path)
    expect(r.title).toBe('Harbour bridge to reopen in April, official says')
    expect(r.meta).toEqual({ format: 'markdown', author: 'Onrecord Test Desk', date: '2026-03-02' })
    expect(r.words).toBe(c.analysis.words)
    expect(report(c.analysis, { file: 'other/name.md' }).file).toBe('other/name.md')
    expect(report(c.analysis, { file: null }).file).toBeNull()
  })

  it('takes the title from the first heading when there is no front matter', () => {
    const doc = parse('# The *real* title\n\nBody text here.\n', { format: 'markdown' })
    const analysis: Analysis = {
      doc,
      attributions: [],
      entities: [],
      hedges: [],
      claims: [],
      lede: null,
      words: 5,
    }
    expect(report(analysis).title).toBe('The real title')
    expect(report(analysis).file).toBeNull()
  })

  it('gives every span exactly as the file has it: text === slice(start.offset, end.offset)', () => {
    for (const c of allCases()) {
      const r = report(c.analysis, { messages: c.messages })
      const text = c.analysis.doc.text
      let count = 0
      for (const { path, span } of spansIn(r)) {
        count++
        expect(text.slice(span.start.offset, span.end.offset), path).toBe(span.text)
        const start = c.analysis.doc.pointAt(span.start.offset)
        expect(span.start, path).toEqual({
          line: start.line,
          column: start.column,
          offset: start.offset,
        })
      }
      expect(count).toBeGreaterThan(0)
    }
  })

  it('maps attributions, sources, hedges, claims and quotes from the analysis', () => {
    const c = harbourBridge()
    const r = report(c.analysis)
    expect(r.attributions.map((a) => [a.id, a.kind, a.source?.kind ?? null])).toEqual([
      ['a1', 'indirect', 'anonymous'],
      ['a2', 'direct', 'named'],
      ['a3', 'indirect', 'named'],
      ['a4', 'indirect', 'document'],
      ['a5', 'indirect', 'vague'],
      ['a6', 'agentless', null],
    ])
    const a2 = r.attributions[1]
    expect(a2?.source).toMatchObject({
      text: "Ines Calder, the council's chief engineer",
      entity: 'e2',
      reference: false,
    })
    expect(a2?.quotes).toEqual(['q0'])
    expect(r.attributions[2]?.source?.reference).toBe(true)
    expect(r.quotes).toHaveLength(1)
    expect(r.quotes[0]).toMatchObject({
      id: 'q0',
      text: '“We are on budget and nearly on time,”',
      attribution: 'a2',
      speaker: 'e2',
      depth: 0,
      parent: null,
    })
    expect(r.sources.map((s) => [s.id, s.kind, s.claims, s.quoted, s.breaches])).toEqual([
      ['e1', 'anonymous', 1, false, []],
      ['e2', 'named', 2, true, []],
      ['e3', 'document', 1, false, []],
      ['e4', 'vague', 1, false, []],
    ])
    expect(r.sources[0]?.anonymity).toMatchObject({
      reason: { text: 'because the timetable has not been announced' },
      basis: { text: 'familiar with the repair schedule' },
      specificity: 1,
    })
    expect(r.hedges.map((h) => [h.text, h.kind, h.voice])).toEqual([
      ['could', 'epistemic', 'reporter'],
      ['reportedly', 'hearsay', 'reporter'],
    ])
    expect(r.claims.map((c) => c.status)).toEqual([
      'anonymous-qualified',
      'unattributed',
      'named-quote',
      'named-paraphrase',
      'document',
      'vague',
      'agentless',
      'unattributed',
    ])
    expect(r.claims.filter((c) => c.main).map((c) => c.sentence)).toEqual([1])
  })

  it('turns vfile messages into report messages with full points and severities', () => {
    const c = harbourBridge()
    const r = report(c.analysis, { messages: c.messages })
    expect(r.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['vague-attribution', 'warning'],
      ['loaded-cue', 'warning'],
      ['agentless-attribution', 'info'],
      ['unattributed-claim', 'error'],
      ['hearsay', 'warning'],
    ])
    const text = c.analysis.doc.text
    for (const m of r.messages) {
      expect(m.start).not.toBeNull()
      expect(m.end).not.toBeNull()
      expect(m.source).toBe('onrecord')
    }
    const hearsay = r.messages.find((m) => m.ruleId === 'hearsay')
    expect(
      hearsay?.start && hearsay.end && text.slice(hearsay.start.offset, hearsay.end.offset),
    ).toBe('reportedly')
    expect(hearsay).toMatchObject({
      url: 'https://example.org/onrecord/rules/hearsay',
      note: 'AP: name the news organization whose report is relayed',
      actual: null,
      expected: null,
    })
    expect(r.messages.find((m) => m.ruleId === 'loaded-cue')).toMatchObject({
      actual: 'say the contractor',
      expected: ['said'],
    })
  })

  it('reads message places given as a point, as line/column only, or not at all', () => {
    const c = countyCourt()
    const point = new VFileMessage('at a point', { place: { line: 3, column: 2 }, ruleId: 'x' })
    const offsetOnly = new VFileMessage('by offset', {
      place: { line: 1, column: 1, offset: 2 },
      ruleId: 'y',
    })
    const nowhere = new VFileMessage('nowhere', { ruleId: 'z' })
    const r = report(c.analysis, { messages: [nowhere, point, offsetOnly] })
    expect(r.messages.map((m) => m.ruleId)).toEqual(['y', 'x', 'z'])
    const at = (offset: number) => c.analysis.doc.pointAt(offset)
    expect(r.messages[0]?.start).toEqual({ ...at(2) })
    expect(r.messages[1]?.start?.line).toBe(3)
    expect(r.messages[1]?.start?.column).toBe(2)
    expect(r.messages[1]?.start?.offset).toBe(at(r.messages[1]?.start?.offset ?? 0).offset)
    expect(r.messages[1]?.end).toEqual(r.messages[1]?.start)
    expect(r.messages[2]).toMatchObject({ start: null, end: null, severity: 'info' })
  })

  it('keeps the article text and prose of each block, or leaves them out with text: false', () => {
    const c = harbourBridge()
    const r = report(c.analysis)
    expect(r.article?.text).toBe(c.analysis.doc.text)
    expect(r.article?.blocks).toHaveLength(c.analysis.doc.blocks.length)
    const heading = r.article?.blocks[0]
    const text = c.analysis.doc.text
    const prose = heading?.prose.map((p) => (p.length === 3 ? p[2] : text.slice(p[0], p[1])))
    expect(prose?.join('')).toBe('Harbour bridge to reopen in April')
    expect(report(c.analysis, { text: false }).article).toBeNull()
  })

  it('leaves markup out of the prose of Markdown and HTML blocks, and decodes entities', () => {
    const md = parse('**DOVER —** A [linked](https://x.test) _word_ here.\n', {
      format: 'markdown',
    })
    const html = parse('<p>Fish &amp; chips at <b>noon</b>.</p>', { format: 'html' })
    const prose = (doc: typeof md) => {
      const r = report({
        doc,
        attributions: [],
        entities: [],
        hedges: [],
        claims: [],
        lede: null,
        words: 0,
      })
      return r.article?.blocks
        .map((b) =>
          b.prose.map((p) => (p.length === 3 ? p[2] : doc.text.slice(p[0], p[1]))).join(''),
        )
        .join('|')
    }
    expect(prose(md)).toBe('DOVER — A linked word here.')
    expect(prose(html)).toBe('Fish & chips at noon.')
  })

  it('is deterministic: the same analysis gives the same JSON', () => {
    for (const c of allCases()) {
      const one = JSON.stringify(report(c.analysis, { messages: c.messages }))
      const two = JSON.stringify(report(c.analysis, { messages: c.messages }))
      expect(two).toBe(one)
    }
  })

  it('rejects bad scoring options with a message naming the key', () => {
    const { analysis } = countyCourt()
    expect(() => report(analysis, { scoring: { sourcing: { max: -1 } } })).toThrow(
      /scoring\.sourcing\.max: expected a number ≥ 0/,
    )
    expect(() => report(analysis, { scoring: { nope: 1 } as never })).toThrow(
      /scoring\.nope: unknown scoring option/,
    )
    expect(() => report(analysis, { scoring: { sourcing: { shortfall: { vague: 2 } } } })).toThrow(
      /between 0 and 1/,
    )
    expect(() =>
      report(analysis, {
        scoring: {
          grades: [
            { grade: 'P', min: 50 },
            { grade: 'Q', min: 60 },
          ],
        },
      }),
    ).toThrow(/falling minimums/)
    expect(() => report(analysis, { scoring: { grades: [{ grade: 'P', min: 50 }] } })).toThrow(
      /min 0/,
    )
  })
})
