import { describe, expect, it } from 'vitest'
import { quoted } from '../src/rule.js'

describe('quoted (the snippet in a message)', () => {
  it('folds white space and quotes a short text whole', () => {
    expect(quoted('  the  council\n voted ')).toBe('“the council voted”')
  })

  it('cuts a long text at the limit with an ellipsis, folding only what it shows', () => {
    const long = `The council voted ${'again and again '.repeat(200)}to close the depot.`
    expect(quoted(long, 30)).toBe('“The council voted again and a…”')
  })

  it('looks past a long run of white space to fill the snippet', () => {
    const spaced = `Officials${' '.repeat(500)}said the depot would close next spring.`
    expect(quoted(spaced, 30)).toBe('“Officials said the depot woul…”')
  })
})
