import { readFileSync } from 'node:fs'
import { parse } from '@onrecord/parser'
import { analyze, type LintConfig, lintWithSuppressed } from '@onrecord/rules'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'

/**
 * The whole pipeline — parse, analyze, lint at the default configuration — on every sample in
 * `samples/`, checked against the findings `samples/README.md` lists for it. A finding is a
 * rule id and a snippet of the text at the message's place.
 */

const samples = new URL('../../../../samples/', import.meta.url)

function run(name: string, config: LintConfig = {}) {
  const text = readFileSync(new URL(name, samples), 'utf8')
  const file = new VFile({ path: `samples/${name}`, value: text })
  const analysis = analyze(parse(file))
  const { messages } = lintWithSuppressed(analysis, config)
  const at = (message: VFileMessage) => {
    const place = message.place
    if (!place || !('start' in place)) return ''
    return text.slice(place.start.offset ?? 0, place.end.offset ?? 0)
  }
  const found = (ruleId: string, snippet?: string) =>
    messages.filter(
      (m) => m.ruleId === ruleId && (snippet === undefined || at(m).includes(snippet)),
    )
  const listed = (ruleId: string) => messages.filter((m) => m.ruleId === ruleId).map(at)
  return { text, messages, found, listed }
}

describe('samples/envoy-talks.md', () => {
  const { found, listed } = run('envoy-talks.md')
  const source = 'a diplomatic source familiar with the matter'

  it('lists the anonymous diplomatic source, with its reason and basis, in the lede', () => {
    expect(found('anonymous-source', source)).toHaveLength(1)
    expect(found('lede-anonymous', source)).toHaveLength(1)
    // The reason is in the next sentence; the basis is "familiar with the matter".
    expect(found('anonymous-without-reason', source)).toEqual([])
    expect(found('anonymous-without-basis', source)).toEqual([])
  })

  it('flags the reporter’s hedges', () => {
    expect(listed('hedge')).toEqual(['expected to', 'possibly'])
    expect(listed('hearsay')).toEqual(['reportedly'])
  })

  it('flags the vague and agentless attributions', () => {
    expect(found('vague-attribution', 'Observers have noted')).toHaveLength(1)
    expect(listed('agentless-attribution')).toEqual(['is seen as', 'It is believed'])
  })

  it('flags the unsourced figures and the superlative', () => {
    expect(found('unattributed-claim', 'closed since March 2021')).toHaveLength(1)
    expect(found('unattributed-claim', 'fell by about 38 percent')).toHaveLength(1)
    expect(found('unattributed-claim', 'roughly **1.2 million tonnes**')).toHaveLength(1)
  })

  it('has no loaded cues and no scare quotes', () => {
    expect(listed('loaded-cue')).toEqual([])
    expect(listed('scare-quotes')).toEqual([])
  })
})

describe('samples/tech-leak.md', () => {
  const { found, listed } = run('tech-leak.md')

  it('puts the lede on people familiar with the plans', () => {
    expect(found('anonymous-source', 'people familiar with the plans')).toHaveLength(1)
    expect(found('lede-anonymous', 'people familiar with the plans')).toHaveLength(1)
  })

  it('flags the senior executive and the bare source: no reason, no basis', () => {
    for (const source of ['A senior executive', 'A source']) {
      expect(found('anonymous-source', source)).toHaveLength(1)
      expect(found('anonymous-without-reason', source)).toHaveLength(1)
      expect(found('anonymous-without-basis', source)).toHaveLength(1)
    }
  })

  it('flags the vague analysts, the hearsay and the hedge', () => {
    expect(listed('vague-attribution')).toEqual(['Analysts say'])
    expect(listed('hearsay')).toEqual(['reportedly', 'allegedly'])
    expect(found('hedge', 'expected to')).toHaveLength(1)
  })

  it('flags the loaded verbs, with “said” as the fix', () => {
    const loaded = found('loaded-cue')
    expect(loaded.map((m) => m.actual)).toEqual(['insisted', 'claimed', 'admitted'])
    for (const message of loaded) expect(message.expected).toEqual(['said'])
    // "he claimed": the pronoun stands for Chinedu Okafor.
    expect((loaded[1]?.cause as VFileMessage | undefined)?.reason).toMatch(/Chinedu Okafor/)
  })

  it('flags the scare quote around “turnaround”', () => {
    expect(listed('scare-quotes')).toEqual(['“turnaround”'])
  })

  it('flags Okafor, cited before his introduction, and points at it', () => {
    const [message, ...rest] = found('speaker-not-introduced')
    expect(rest).toEqual([])
    expect([message?.line, message?.column, message?.actual]).toEqual([7, 1, 'Okafor'])
    expect(message?.expected).toEqual(['Chinedu Okafor'])
    expect((message?.cause as VFileMessage | undefined)?.line).toBe(19)
  })

  it('gives every quote a speaker, the floating one included', () => {
    expect(listed('quote-without-speaker')).toEqual([])
  })

  it('flags the unsourced figures', () => {
    expect(found('unattributed-claim', 'shares fell 4.1 percent')).toHaveLength(1)
    expect(found('unattributed-claim', 'cloud revenue grew 6 percent')).toHaveLength(1)
  })

  it('reports unsourced background with background: "info"', () => {
    const { found } = run('tech-leak.md', {
      rules: { 'unattributed-claim': ['warn', { background: 'info' }] },
    })
    for (const snippet of ['struggled to keep pace', 'Morale inside the division']) {
      const [message] = found('unattributed-claim', snippet)
      expect(message?.fatal).toBeUndefined()
    }
  })
})

describe('samples/council-budget.txt', () => {
  const { listed } = run('council-budget.txt')

  it('gives every quote a speaker, straight quotes included', () => {
    expect(listed('quote-without-speaker')).toEqual([])
    expect(listed('scare-quotes')).toEqual([])
  })

  it('finds no loaded cues or hedges in the reporter’s voice', () => {
    expect(listed('loaded-cue')).toEqual([])
    expect(listed('hedge')).toEqual([])
  })
})

describe('samples/wire-storm.txt', () => {
  const { found, messages } = run('wire-storm.txt')

  it('flags “Sources said”: plural, no count, no reason, no basis', () => {
    for (const rule of [
      'anonymous-source',
      'plural-anonymous',
      'anonymous-without-reason',
      'anonymous-without-basis',
    ])
      expect(found(rule, 'Sources')).toHaveLength(1)
    expect(found('plural-anonymous', 'Sources')[0]?.expected).toEqual(['[number] sources'])
  })

  it('flags the reporter’s hedge and the unsourced figures', () => {
    expect(found('hedge', 'expected to')).toHaveLength(1)
    expect(found('unattributed-claim', 'rose 30.')).toHaveLength(1)
    expect(
      found('unattributed-claim', "The storm was the region's largest since Feb. 2021"),
    ).toHaveLength(1)
  })

  it('gives every quote a speaker and reads “Police arrived” as no attribution', () => {
    expect(found('quote-without-speaker')).toEqual([])
    expect(messages.filter((m) => String(m.actual).startsWith('Police arrived'))).toEqual([])
  })
})

describe('samples/court-ruling.md', () => {
  const { listed } = run('court-ruling.md')

  it('has no anonymous sources', () => {
    for (const rule of [
      'anonymous-source',
      'anonymous-without-reason',
      'anonymous-without-basis',
      'plural-anonymous',
      'lede-anonymous',
    ])
      expect(listed(rule)).toEqual([])
  })

  it('gives every quote a speaker, the one after an em dash included', () => {
    expect(listed('quote-without-speaker')).toEqual([])
    expect(listed('scare-quotes')).toEqual([])
  })

  it('leaves the sourced “not expected” and the neutral verbs alone', () => {
    expect(listed('hedge')).toEqual([])
    expect(listed('loaded-cue')).toEqual([])
  })
})

describe('samples/festival.html', () => {
  const { text, found, listed, messages } = run('festival.html')

  it('lists the anonymous board member, who gives a reason', () => {
    expect(found('anonymous-source', 'A member of the festival’s board')).toHaveLength(1)
    expect(found('anonymous-without-reason', 'A member of the festival’s board')).toEqual([])
  })

  it('flags the vague residents and the reporter’s hedge', () => {
    expect(
      found('vague-attribution', 'Some residents of the streets around the harbour'),
    ).toHaveLength(1)
    expect(listed('hedge')).toEqual(['expected to'])
  })

  it('flags the unsourced figures', () => {
    expect(found('unattributed-claim', 'More than 9,000 people')).toHaveLength(1)
    expect(found('unattributed-claim', '46 acts on four stages')).toHaveLength(1)
  })

  it('finds nothing outside the article', () => {
    const article = text.indexOf('<article>')
    for (const message of messages) {
      const place = message.place
      const offset = place && 'start' in place ? place.start.offset : undefined
      expect(offset).toBeGreaterThan(article)
    }
  })

  it('gives every quote a speaker, the blockquote’s cite included', () => {
    expect(listed('quote-without-speaker')).toEqual([])
  })
})
