import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from '@onrecord/parser'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { describeDoc, fixtureCases } from './helpers.js'

/**
 * Fixture folders: `fixtures/<case>/input.{md,txt,html}` → `expected.json`. The format comes
 * from the extension, as it does for a real file. `UPDATE_FIXTURES=1 pnpm vitest run` writes
 * what the parser gives now; read every changed expected.json before keeping it.
 */
const update = process.env.UPDATE_FIXTURES === '1'

describe('fixtures', () => {
  for (const fixture of fixtureCases()) {
    it(fixture.name, () => {
      const doc = parse(
        new VFile({ path: fixture.input, value: readFileSync(fixture.input, 'utf8') }),
      )
      const actual = describeDoc(doc)
      if (update) {
        writeFileSync(fixture.expected, `${JSON.stringify(actual, null, 2)}\n`)
        return
      }
      const expected = JSON.parse(readFileSync(fixture.expected, 'utf8'))
      expect(actual).toEqual(expected)
    })
  }
})
