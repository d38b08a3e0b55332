import { describe, expect, it } from 'vitest'
import { loadLexicons, startWords } from '../src/lexicons.js'

describe('startWords', () => {
  it('holds the first word of every entry of the lists, and of entries users add', () => {
    const lexicons = loadLexicons({ 'cue-verbs': { add: ['rang up to say'] } })
    const starts = startWords(lexicons, ['cue-verbs', 'agentless-cues'])
    expect(starts.has('said')).toBe(true)
    expect(starts.has('rang')).toBe(true)
    expect(starts.has('up')).toBe(false)
    for (const word of lexicons['agentless-cues'].firstWords()) expect(starts.has(word)).toBe(true)
    expect(starts.has('harbour')).toBe(false)
  })

  it('forgets a first word users remove', () => {
    const lexicons = loadLexicons({ 'cue-verbs': { remove: ['said'] } })
    expect(startWords(lexicons, ['cue-verbs']).has('said')).toBe(false)
  })
})

describe('loadLexicons', () => {
  it('builds the lists once for every analysis without changes', () => {
    expect(loadLexicons({})).toBe(loadLexicons())
  })

  it('builds them once per configuration, with its changes applied', () => {
    const changes = { 'cue-verbs': { add: ['harrumphed'] } }
    const lexicons = loadLexicons(changes)
    expect(loadLexicons(changes)).toBe(lexicons)
    expect(lexicons['cue-verbs'].has('harrumphed')).toBe(true)
    expect(loadLexicons({ 'cue-verbs': { add: ['tutted'] } })['cue-verbs'].has('harrumphed')).toBe(
      false,
    )
    expect(loadLexicons()['cue-verbs'].has('harrumphed')).toBe(false)
  })
})
