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
