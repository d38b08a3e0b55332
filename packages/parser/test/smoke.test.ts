import { parse } from '@onrecord/parser'
import { describe, expect, it } from 'vitest'

describe('parse', () => {
  it('gives sentences whose text is their slice of the file', () => {
    const doc = parse('He left. “We go,” she said.', { format: 'text' })
    expect(doc.sentences.map((s) => s.text)).toEqual(['He left.', '“We go,” she said.'])
    for (const s of doc.sentences) expect(doc.text.slice(s.start.offset, s.end.offset)).toBe(s.text)
    expect(doc.quotes.map((q) => q.text)).toEqual(['“We go,”'])
  })
})
