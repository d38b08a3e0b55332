import { parse } from '@onrecord/parser'
import { type Analysis, analyze } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'

// Examples are invented: no names or sentences from the research corpus.

function run(text: string): Analysis {
  return analyze(parse(text, { format: 'text' }))
}

function summary(analysis: Analysis) {
  return analysis.attributions.map((a) => ({
    kind: a.kind,
    source: a.source?.text ?? null,
    cue: a.cue?.text ?? null,
    content: a.content.text,
  }))
}

describe('quoted fragments inside paraphrase', () => {
  it('reads a gerund of a reporting verb after a preposition with the sentence subject', () => {
    const result = summary(
      run('Okafor, a retired judge, opened the forum by saying the levy was “a tax on hope.”'),
    )
    expect(result).toContainEqual({
      kind: 'mixed',
      source: 'Okafor',
      cue: 'saying',
      content: 'the levy was “a tax on hope.”',
    })
  })

  it('takes a pronoun with a contracted "is" as the source, not a possessive', () => {
    const [a] = summary(run('She’s claiming that the audit is “a witch hunt.”'))
    expect(a).toMatchObject({ kind: 'mixed', cue: 'claiming' })
    expect(a?.content).toBe('that the audit is “a witch hunt.”')
  })

  it('takes any plain subject for a stance whose object opens a quotation', () => {
    const [a] = summary(run('One harbour spokesman has called the delay “a slow-motion wreck.”'))
    expect(a).toMatchObject({
      kind: 'mixed',
      source: 'One harbour spokesman',
      content: 'the delay “a slow-motion wreck.”',
    })
  })

  it('keeps a relative clause naming its antecedent in quoted words to the quotation', () => {
    const result = summary(
      run('The council voted to fund what the mayor called “a bridge to nowhere” and adjourned.'),
    )
    expect(result).toContainEqual({
      kind: 'mixed',
      source: 'the mayor',
      cue: 'called',
      content: 'what the mayor called “a bridge to nowhere”',
    })
  })

  it('reads a characterising verb with "as" and a quotation', () => {
    const [a] = summary(run('Lindqvist has gone after Varga as a “career grifter.”'))
    expect(a).toMatchObject({
      kind: 'mixed',
      source: 'Lindqvist',
      content: 'Varga as a “career grifter.”',
    })
  })

  it('reads a cue that closes a title-case headline after a comma', () => {
    const [a] = summary(run('Port Deal ‘Close,’ Harbour Chief Ana Lund Says.'))
    expect(a).toMatchObject({ source: 'Harbour Chief Ana Lund', content: 'Port Deal ‘Close,’' })
  })

  it('ends a report at a quoted exclamation followed by "and" and a verb', () => {
    const [a] = summary(run('The marchers chanted “No more tolls!” and kept walking until dusk.'))
    expect(a?.content).toBe('“No more tolls!”')
  })

  it('calls content with an unpaired quotation mark mixed', () => {
    const [a] = summary(run('Varga wrote ” … the plan has failed on every count.'))
    expect(a?.kind).toBe('mixed')
  })
})

describe('nested reports of the same words', () => {
  it('keeps the outer report when the inner one repeats it', () => {
    const result = summary(run('Okafor said she recalled thinking, “This is not my fight.”'))
    expect(result).toHaveLength(1)
    expect(result[0]).toMatchObject({ source: 'Okafor', cue: 'said' })
  })

  it('cuts the outer report where a coordinated second verb begins', () => {
    const result = summary(
      run('Lund says Varga promised to back the levy and said he would campaign for it.'),
    )
    expect(result).toContainEqual(
      expect.objectContaining({ source: 'Lund', content: 'Varga promised to back the levy' }),
    )
    expect(result).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'he would campaign for it' }),
    )
  })
})
