import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@onrecord/parser'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { checkPositions, fixtureCases } from './helpers.js'

/**
 * The position invariant, on every sample article and every fixture: each span's text is
 * exactly `text.slice(start.offset, end.offset)`, and its line/column agree with its offset
 * by a count made from scratch and by vfile-location (what every unist tool uses).
 */
const samplesDir = fileURLToPath(new URL('../../../samples/', import.meta.url))
const articleExtensions = /\.(md|markdown|txt|html|htm)$/

function inputs(): Array<{ name: string; path: string }> {
  // Samples are read at test time: other people add them while this suite exists.
  const samples = readdirSync(samplesDir)
    .filter((name) => articleExtensions.test(name) && name !== 'README.md')
    .map((name) => ({ name: `samples/${name}`, path: join(samplesDir, name) }))
  const fixtures = fixtureCases().map((fixture) => ({
    name: `fixtures/${fixture.name}`,
    path: fixture.input,
  }))
  return [...samples, ...fixtures]
}

describe('position invariant', () => {
  const all = inputs()

  it('finds the samples and fixtures', () => {
    expect(all.filter((input) => input.name.startsWith('samples/')).length).toBeGreaterThan(0)
    expect(all.filter((input) => input.name.startsWith('fixtures/')).length).toBeGreaterThan(0)
  })

  for (const input of all) {
    it(input.name, () => {
      const doc = parse(new VFile({ path: input.path, value: readFileSync(input.path, 'utf8') }))
      expect(doc.sentences.length).toBeGreaterThan(0)
      expect(checkPositions(doc)).toEqual([])
    })
  }

  it('catches a point that is off', () => {
    const doc = parse('One line.\nTwo “lines”.', { format: 'text' })
    const sentence = doc.sentences[1]
    if (!sentence) throw new Error('no second sentence')
    sentence.start = { ...sentence.start, column: sentence.start.column + 1 }
    expect(checkPositions(doc).length).toBeGreaterThan(0)
  })
})
