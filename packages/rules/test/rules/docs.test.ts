import { existsSync, readFileSync } from 'node:fs'
import { rules } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'
import { lintText } from './helpers.js'

const docs = new URL('../../docs/rules/', import.meta.url)

interface Example {
  kind: 'bad' | 'good'
  options: Record<string, unknown> | undefined
  code: string
  line: number
}

/** Fenced ```markdown blocks, each after a `<!-- bad -->` or `<!-- good {options} -->` marker. */
function examples(markdown: string): Example[] {
  const lines = markdown.split('\n')
  const out: Example[] = []
  let marker: Pick<Example, 'kind' | 'options'> | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const found = /^<!--\s*(bad|good)\s*(\{.*\})?\s*-->$/.exec(line.trim())
    if (found) {
      marker = {
        kind: found[1] as Example['kind'],
        options: found[2] ? JSON.parse(found[2]) : undefined,
      }
      continue
    }
    if (marker && /^```markdown\s*$/.test(line)) {
      const body: string[] = []
      let j = i + 1
      while (j < lines.length && !/^```\s*$/.test(lines[j] as string))
        body.push(lines[j++] as string)
      out.push({ ...marker, code: `${body.join('\n')}\n`, line: i + 1 })
      marker = null
      i = j
      continue
    }
    if (marker && line.trim() !== '') marker = null
  }
  return out
}

describe('rule docs', () => {
  it('has a README listing every rule with its default severity', () => {
    const readme = readFileSync(new URL('README.md', docs), 'utf8')
    for (const rule of rules) {
      expect(readme).toContain(`[\`${rule.id}\`](${rule.id}.md) | ${rule.defaultSeverity} |`)
    }
  })

  for (const rule of rules) {
    describe(rule.id, () => {
      const path = new URL(`${rule.id}.md`, docs)
      it('has a page, linked from its url, stating its severity, standard and options', () => {
        expect(existsSync(path)).toBe(true)
        expect(rule.url.endsWith(`/packages/rules/docs/rules/${rule.id}.md`)).toBe(true)
        const page = readFileSync(path, 'utf8')
        expect(page.startsWith(`# \`${rule.id}\`\n\n${rule.description}.`)).toBe(true)
        expect(page).toContain(`**Default severity:** ${rule.defaultSeverity}`)
        expect(page).toContain('## What it flags')
        expect(page).toContain('## Why')
        expect(page.replace(/\s+/g, ' ')).toContain(
          `**Standard:** ${rule.standard.replace(/\s+/g, ' ')}`,
        )
        for (const name of Object.keys(rule.options)) expect(page).toContain(`| \`${name}\` |`)
      })

      const found = existsSync(path) ? examples(readFileSync(path, 'utf8')) : []
      it('has bad and good examples', () => {
        expect(found.some((example) => example.kind === 'bad')).toBe(true)
        expect(found.some((example) => example.kind === 'good')).toBe(true)
      })

      for (const example of found) {
        it(`${example.kind} example at line ${example.line} ${
          example.kind === 'bad' ? 'is flagged' : 'passes'
        }`, () => {
          const { messages } = lintText(example.code, {
            only: rule.id,
            ...(example.options ? { options: example.options } : {}),
          })
          const own = messages.filter((message) => message.ruleId === rule.id)
          if (example.kind === 'bad') expect(own.length).toBeGreaterThan(0)
          else expect(own.map((message) => message.reason)).toEqual([])
        })
      }
    })
  }
})
