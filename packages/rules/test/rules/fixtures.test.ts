import { readdirSync, readFileSync } from 'node:fs'
import type { InputFormat } from '@onrecord/parser'
import { rules } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'
import { lintText } from './helpers.js'

/**
 * Fixture folders: `test/fixtures/<rule-id>/<case>/input.{md,txt,html}` with `expected.json`:
 *
 *     { "messages": [{ "ruleId", "line", "column", "reason" }],   // reason: a prefix
 *       "suppressed": [{ "ruleId", "line", "column", "reason" }], // reason: the comment's
 *       "rules": ["hedge"],                                        // rules to run (default: the folder's)
 *       "options": { … } }                                         // options of the only rule
 *
 * Only the listed rules run, at `warn`; `message-control/` cases list theirs.
 */

interface Expected {
  rules?: string[]
  options?: Record<string, unknown>
  messages: { ruleId: string; line: number; column: number; reason: string }[]
  suppressed?: { ruleId: string; line: number; column: number; reason: string | null }[]
}

const root = new URL('../fixtures/', import.meta.url)
const formats: Record<string, InputFormat> = { md: 'markdown', txt: 'text', html: 'html' }
const ids = rules.map((rule) => rule.id)

describe('fixtures', () => {
  for (const group of readdirSync(root).sort()) {
    describe(group, () => {
      for (const name of readdirSync(new URL(`${group}/`, root)).sort()) {
        it(name, () => {
          const folder = new URL(`${group}/${name}/`, root)
          const files = readdirSync(folder)
          const input = files.find((file) => file.startsWith('input.'))
          if (!input) throw new Error(`${group}/${name}: no input file`)
          const format = formats[input.slice('input.'.length)]
          if (!format) throw new Error(`${group}/${name}: unknown input format ${input}`)
          const expected = JSON.parse(
            readFileSync(new URL('expected.json', folder), 'utf8'),
          ) as Expected
          const enabled = expected.rules ?? [group]
          for (const id of enabled) expect(ids).toContain(id)
          const only = enabled.length === 1 ? (enabled[0] as string) : undefined
          const { messages, suppressed } = lintText(readFileSync(new URL(input, folder), 'utf8'), {
            format,
            ...(only
              ? { only, ...(expected.options ? { options: expected.options } : {}) }
              : {
                  config: {
                    rules: Object.fromEntries(
                      ids.map((id) => [id, enabled.includes(id) ? 'warn' : 'off']),
                    ),
                  },
                }),
          })
          expect(
            messages.map((m) => ({
              ruleId: m.ruleId,
              line: m.line,
              column: m.column,
              reason: m.reason,
            })),
          ).toEqual(
            expected.messages.map((m) => ({
              ...m,
              reason: expect.stringMatching(prefix(m.reason)),
            })),
          )
          expect(
            suppressed.map((s) => ({
              ruleId: s.message.ruleId,
              line: s.message.line,
              column: s.message.column,
              reason: s.reason,
            })),
          ).toEqual(expected.suppressed ?? [])
        })
      }
    })
  }
})

function prefix(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
}
