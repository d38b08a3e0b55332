import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSettings } from '@onrecord/language-server'
import { rules } from '@onrecord/rules'
import { afterAll, describe, expect, it } from 'vitest'
import { bridge } from '../../language-server/test/articles.js'
import { Client, workspace } from '../../language-server/test/client.js'

const here = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const manifest = JSON.parse(readFileSync(here('package.json'), 'utf8'))
const properties = manifest.contributes.configuration.properties as Record<
  string,
  { default: unknown; properties?: Record<string, unknown> }
>

describe('the extension manifest', () => {
  it('activates for Markdown, plain text and HTML', () => {
    expect(manifest.activationEvents).toEqual([
      'onLanguage:markdown',
      'onLanguage:plaintext',
      'onLanguage:html',
    ])
    expect(manifest.main).toBe('./dist/extension.cjs')
  })

  it('offers a severity setting for every rule', () => {
    expect(Object.keys(properties['onrecord.rules']?.properties ?? {})).toEqual(
      rules.map((rule) => rule.id),
    )
  })

  it('declares settings the server reads, with the server’s defaults', () => {
    // The settings as VS Code sends them: `onrecord.inlayHints.enable` → { inlayHints: { enable } }.
    const sent: Record<string, unknown> = {}
    for (const [key, spec] of Object.entries(properties)) {
      if (key === 'onrecord.trace.server') continue
      const path = key.split('.').slice(1)
      let at = sent
      for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>
      at[path.at(-1) as string] = spec.default
    }
    const problems: string[] = []
    expect(readSettings(sent, undefined, problems)).toEqual(readSettings({}))
    expect(problems).toEqual([])
  })
})

describe('the bundle', () => {
  const out = mkdtempSync(join(tmpdir(), 'onrecord-vscode-'))
  const ws = workspace()
  afterAll(() => {
    rmSync(out, { recursive: true, force: true })
    ws.remove()
  })

  it('builds, and its server checks a document with a YAML configuration', async () => {
    execFileSync(process.execPath, [here('build.mjs'), '--out', out], { stdio: 'pipe' })
    const extension = readFileSync(join(out, 'extension.cjs'), 'utf8')
    const required = new Set(
      [...extension.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string),
    )
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
    expect([...required].filter((name) => !builtins.has(name))).toEqual(['vscode'])

    writeFileSync(join(ws.dir, '.onrecordrc.yaml'), 'rules:\n  hedge: error\n')
    const client = new Client([], [], join(out, 'server', 'server.js'))
    const init = await client.start(ws.uri)
    expect(init.serverInfo?.version).toBe(manifest.version)
    const uri = ws.file('bridge.md')
    const next = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    const published = await next
    expect(published.diagnostics.find((d) => d.code === 'hedge')?.severity).toBe(1)
    expect(published.diagnostics.map((d) => d.code)).toContain('loaded-cue')
    expect(await client.stop()).toBe(0)
  }, 120_000)
})
