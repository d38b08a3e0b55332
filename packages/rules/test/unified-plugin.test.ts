import { readFileSync } from 'node:fs'
import { onrecord } from '@onrecord/rules'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'

describe('onrecord as a unified plugin', () => {
  it('puts the lint messages on the vfile of a remark pipeline', async () => {
    const file = new VFile({
      path: 'draft.md',
      value: 'The plan is expected to pass, sources said.\n',
    })
    const processor = unified()
      .use(remarkParse)
      .use(onrecord, { rules: { 'anonymous-source': 'off' } })
    await processor.run(processor.parse(file), file)
    const ids = file.messages.map((m) => m.ruleId)
    expect(ids).toContain('plural-anonymous')
    expect(ids).not.toContain('anonymous-source')
    const plural = file.messages.find((m) => m.ruleId === 'plural-anonymous')
    expect(plural?.source).toBe('onrecord')
    expect(plural?.line).toBe(1)
    expect(plural?.column).toBe(31)
  })

  it('runs the README example as written', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const example = /## As a unified plugin[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(example).toContain('.use(onrecord')
    // The example's own lines, with imports bound to the same modules.
    const body = example
      .split('\n')
      .filter((line) => !line.startsWith('import '))
      .join('\n')
      .replace(/console\.log/g, 'logs.push')
    const logs: string[] = []
    const run = new Function(
      'remarkParse',
      'unified',
      'VFile',
      'onrecord',
      'logs',
      `return (async () => {\n${body}\n})()`,
    )
    await run(remarkParse, unified, VFile, onrecord, logs)
    expect(logs.some((line) => line.endsWith('plural-anonymous'))).toBe(true)
  })
})
