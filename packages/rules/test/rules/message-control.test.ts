import { rules } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'
import { lintText } from './helpers.js'

const hedgeAndHearsay = {
  rules: {
    ...Object.fromEntries(rules.map((rule) => [rule.id, 'off' as const])),
    hedge: 'warn' as const,
    hearsay: 'warn' as const,
  },
}
const run = (text: string) => lintText(text, { config: hedgeAndHearsay })
const kept = (text: string) => run(text).messages.map((m) => `${m.ruleId}@${m.line}`)

const two = (comment: string) =>
  `${comment}\nThe ferry will possibly resume. It reportedly needs repairs.\n\nThe tunnel will possibly close.\n`

describe('ignore comments', () => {
  it('ignore: the named rule in the next paragraph only', () => {
    expect(kept(two('<!-- onrecord ignore hedge -->'))).toEqual(['hearsay@2', 'hedge@4'])
  })

  it('ignore with no rule id: every rule in the next paragraph', () => {
    expect(kept(two('<!-- onrecord ignore -->'))).toEqual(['hedge@4'])
  })

  it('several ids, spaces or commas, with or without the onrecord: prefix', () => {
    expect(kept(two('<!-- onrecord ignore hedge, onrecord:hearsay -->'))).toEqual(['hedge@4'])
    expect(kept(two('<!-- onrecord ignore hedge hearsay -->'))).toEqual(['hedge@4'])
  })

  it('keeps the reason, after an optional separator', () => {
    for (const comment of [
      '<!-- onrecord ignore hedge the timetable is the ministry’s -->',
      '<!-- onrecord ignore hedge: the timetable is the ministry’s -->',
      '<!-- onrecord ignore hedge -- the timetable is the ministry’s -->',
    ]) {
      const { suppressed } = run(two(comment))
      expect(suppressed.map((s) => [s.message.ruleId, s.reason])).toEqual([
        ['hedge', 'the timetable is the ministry’s'],
      ])
      expect(suppressed[0]?.comment.kind).toBe('ignore')
      expect(suppressed[0]?.comment.ruleIds).toEqual(['hedge'])
    }
  })

  it('reads words that are not rule ids as the reason of an all-rules ignore', () => {
    const { messages, suppressed } = run(
      two('<!-- onrecord ignore because the ministry confirmed it -->'),
    )
    expect(messages.map((m) => m.line)).toEqual([4])
    expect(suppressed.map((s) => s.reason)).toEqual([
      'because the ministry confirmed it',
      'because the ministry confirmed it',
    ])
  })

  it('an inline comment covers the rest of its paragraph', () => {
    expect(
      kept(
        'The ferry will possibly resume. <!-- onrecord ignore hearsay --> It reportedly needs repairs.\n\nThe tunnel reportedly needs work.\n',
      ),
    ).toEqual(['hedge@1', 'hearsay@3'])
  })

  it('disable … enable: a region; enable names what it ends', () => {
    const text = [
      '<!-- onrecord disable -->',
      '',
      'The ferry will possibly resume. It reportedly needs repairs.',
      '',
      '<!-- onrecord enable hearsay -->',
      '',
      'The tunnel will possibly close. It reportedly needs work.',
      '',
      '<!-- onrecord enable -->',
      '',
      'The bridge will possibly reopen.',
      '',
    ].join('\n')
    expect(kept(text)).toEqual(['hearsay@7', 'hedge@11'])
  })

  it('disable without enable runs to the end of the file', () => {
    expect(
      kept(
        'The ferry will possibly resume.\n\n<!-- onrecord disable hedge -->\n\nThe tunnel will possibly close.\n\nThe bridge will possibly reopen.\n',
      ),
    ).toEqual(['hedge@1'])
  })

  it('takes suppressed messages off the file', () => {
    const { file, messages, suppressed } = run(two('<!-- onrecord ignore hedge -->'))
    expect(suppressed.length).toBe(1)
    expect(file.messages).toEqual(messages)
  })

  it('reports a misspelt rule id instead of ignoring everything', () => {
    for (const typo of ['hedges', 'hedge-words']) {
      const { messages, suppressed } = run(two(`<!-- onrecord ignore ${typo} -->`))
      expect(suppressed).toEqual([])
      const [problem] = messages
      expect(problem?.ruleId).toBe('ignore-comment')
      expect(problem?.source).toBe('onrecord')
      expect(problem?.reason).toContain(`Unknown rule “${typo}”`)
      expect(problem?.fatal).toBe(false)
      expect(messages.slice(1).map((m) => m.ruleId)).toEqual(['hedge', 'hearsay', 'hedge'])
    }
  })

  it('ignores other comments and unclosed ones', () => {
    expect(kept('<!-- TODO: check -->\nThe ferry will possibly resume.\n')).toEqual(['hedge@2'])
    expect(kept('The ferry will possibly resume. <!-- onrecord ignore\n')).toEqual(['hedge@1'])
  })

  it('scans in linear time', () => {
    const text = `${'<!-- '.repeat(50_000)}\nThe ferry will possibly resume.\n`
    const start = performance.now()
    run(text)
    expect(performance.now() - start).toBeLessThan(5_000)
  })

  it('works in plain text and HTML', () => {
    const text =
      'Ferry to resume\n\nThe ferry will possibly resume.\n\n<!-- onrecord ignore hedge -->\n\nThe tunnel will possibly close.\n'
    expect(
      lintText(text, { format: 'text', config: hedgeAndHearsay }).messages.map((m) => m.line),
    ).toEqual([3])
    const html =
      '<html><body><article><p>The ferry will possibly resume.</p>\n<!-- onrecord ignore hedge -->\n<p>The tunnel will possibly close.</p></article></body></html>\n'
    expect(
      lintText(html, { format: 'html', config: hedgeAndHearsay }).messages.map((m) => m.line),
    ).toEqual([1])
  })
})
