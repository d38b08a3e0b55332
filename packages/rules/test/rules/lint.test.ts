import { parse } from '@onrecord/parser'
import { analyze, lint, rules } from '@onrecord/rules'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { lintText } from './helpers.js'

const causeOf = (message: VFileMessage | undefined) => message?.cause as VFileMessage | undefined

describe('rules', () => {
  it('read the word lists the analysis read, with the user’s changes', () => {
    const text = 'Nearly half said they would not ride the ferry again.'
    const vague = (lexicons: Parameters<typeof analyze>[1]) =>
      lint(analyze(parse(new VFile({ path: 'a.txt', value: text })), lexicons)).filter(
        (m) => m.ruleId === 'vague-attribution',
      )
    expect(vague({})).toHaveLength(0)
    expect(vague({ lexicons: { 'share-words': { remove: ['half'] } } })).toHaveLength(1)
  })

  it('describes every rule: id, one-line description, docs url, origin, severity, standard', () => {
    expect(rules.map((rule) => rule.id)).toEqual([
      'anonymous-source',
      'anonymous-without-reason',
      'anonymous-without-basis',
      'plural-anonymous',
      'anonymous-opinion',
      'lede-anonymous',
      'vague-attribution',
      'agentless-attribution',
      'hedge',
      'hearsay',
      'unattributed-claim',
      'quote-without-speaker',
      'speaker-not-introduced',
      'loaded-cue',
      'scare-quotes',
    ])
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.description).not.toMatch(/\n/)
      expect(rule.standard).not.toMatch(/\n/)
      expect(rule.url).toBe(
        `https://github.com/onrecord/onrecord/blob/main/packages/rules/docs/rules/${rule.id}.md`,
      )
      expect(rule.origin).toBe(`onrecord:${rule.id}`)
      expect(['off', 'info', 'warn', 'error']).toContain(rule.defaultSeverity)
    }
  })
})

describe('lint', () => {
  it('gives each message ruleId, source, url, reason, place, actual, expected and note', () => {
    const { messages } = lintText(
      'Senator Ruth Alden claimed that the bill would lower prices.\n',
      {
        only: 'loaded-cue',
      },
    )
    const [message, ...rest] = messages
    expect(rest).toEqual([])
    expect(message?.ruleId).toBe('loaded-cue')
    expect(message?.source).toBe('onrecord')
    expect(message?.url).toBe(rules.find((rule) => rule.id === 'loaded-cue')?.url)
    expect(message?.reason).toMatch(
      /^Loaded attribution verb “claimed” .*; use the neutral “said”$/,
    )
    expect(message?.place).toEqual({
      start: { line: 1, column: 20, offset: 19 },
      end: { line: 1, column: 27, offset: 26 },
    })
    expect([message?.line, message?.column]).toEqual([1, 20])
    expect(message?.actual).toBe('claimed')
    expect(message?.expected).toEqual(['said'])
    expect(message?.note).toContain('AP Stylebook')
    expect(message?.fatal).toBe(false)
  })

  it('keeps the verb form in the replacement', () => {
    const expected = (text: string) =>
      lintText(text, { only: 'loaded-cue' }).messages.map((m) => [m.actual, m.expected])
    expect(expected('The governor insists the budget is balanced.\n')).toEqual([
      ['insists', ['says']],
    ])
  })

  it('points a pronoun source at the person it stands for (cause)', () => {
    const text =
      'Finance Minister Omar Haddad said the deficit had halved. He conceded that taxes would rise.\n'
    const [message] = lintText(text, { only: 'loaded-cue' }).messages
    const cause = causeOf(message)
    expect(message?.actual).toBe('conceded')
    expect(cause?.reason).toMatch(/^“He” stands for “.*Haddad”/)
    expect(cause?.line).toBe(1)
    expect(cause?.column).toBe(1)
  })

  it('points a surname-first speaker at the later full introduction (cause, expected)', () => {
    const text =
      'Brandt said the vaccine would be available by March.\n\nHelga Brandt, the chief medical officer, said 40 pharmacies had signed up.\n'
    const [message] = lintText(text, { only: 'speaker-not-introduced' }).messages
    expect(message?.actual).toBe('Brandt')
    expect(message?.expected).toEqual(['Helga Brandt'])
    expect(causeOf(message)?.line).toBe(3)
  })

  it('offers insertion templates for anonymous sources', () => {
    const { messages } = lintText('A source said the plan had been approved in May.\n', {
      config: {},
    })
    const expected = Object.fromEntries(messages.map((m) => [m.ruleId, m.expected]))
    expect(expected['anonymous-without-reason']).toEqual([
      'A source, who spoke on condition of anonymity because [reason],',
    ])
    expect(expected['anonymous-without-basis']).toEqual([
      'A source with direct knowledge of [the matter]',
    ])
  })

  it('returns messages sorted by position and puts them on the file', () => {
    const file = new VFile({
      path: 'story.md',
      value:
        'The bridge will possibly reopen in the spring. Critics say the cost is too high.\n\nThe company reportedly paid $2 million.\n',
    })
    const analysis = analyze(parse(file))
    const messages = lint(analysis)
    const offsets = messages.map((m) => m.place && 'start' in m.place && m.place.start.offset)
    expect(offsets).toEqual([...offsets].sort((a, b) => Number(a) - Number(b)))
    expect(messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['hedge', 'vague-attribution', 'hearsay']),
    )
    expect(file.messages).toEqual(messages)
    expect(messages[0]?.file).toBe('story.md')
    expect(messages[0]?.name).toMatch(/^story\.md:1:/)
    // Linting again replaces the messages instead of adding to them.
    lint(analysis)
    expect(file.messages.length).toBe(messages.length)
  })

  it('keeps messages other tools put on the file', () => {
    const file = new VFile({ value: 'The bridge will possibly reopen in the spring.\n' })
    file.message('from the parser')
    const messages = lint(analyze(parse(file, { format: 'markdown' })))
    expect(file.messages.map((m) => m.reason)).toEqual([
      'from the parser',
      ...messages.map((m) => m.reason),
    ])
  })

  it('notes the standard each rule rests on', () => {
    const { messages } = lintText(
      'Sources said the merger would be announced on Monday. It is believed that the board agreed.\n',
    )
    for (const message of messages) {
      expect(message.note).toBe(rules.find((rule) => rule.id === message.ruleId)?.standard)
    }
  })
})
