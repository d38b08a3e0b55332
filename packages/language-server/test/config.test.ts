import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InlayHint, PublishDiagnosticsParams } from 'vscode-languageserver-protocol'
import { bridge } from './articles.js'
import { Client, workspace } from './client.js'

const ws = workspace()
let client: Client

const codes = (params: PublishDiagnosticsParams) => params.diagnostics.map((d) => d.code)
const severityOf = (params: PublishDiagnosticsParams, code: string) =>
  params.diagnostics.find((d) => d.code === code)?.severity

const writeConfig = (name: string, content: unknown) =>
  writeFileSync(join(ws.dir, name), typeof content === 'string' ? content : JSON.stringify(content))

const watched = (name: string, type: 1 | 2 | 3 = 2) =>
  client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: ws.file(name), type }],
  })

beforeAll(async () => {
  writeConfig('.onrecordrc.json', { rules: { hedge: 'error' } })
  mkdirSync(join(ws.dir, 'desk'))
  writeFileSync(join(ws.dir, 'desk', '.onrecordrc.yaml'), 'rules:\n  loaded-cue: off\n')
  client = new Client()
  await client.start(ws.uri)
})

afterAll(async () => {
  await client.stop()
  ws.remove()
})

describe('configuration files', () => {
  const uri = ws.file('story.md')

  it('set each document’s severities from the nearest .onrecordrc', async () => {
    const nested = ws.file('desk/story.md')
    const top = client.diagnosticsFor(uri, 1)
    const desk = client.diagnosticsFor(nested, 1)
    await client.open(uri, bridge)
    await client.open(nested, bridge)
    const topLevel = await top
    expect(severityOf(topLevel, 'hedge')).toBe(1) // error, from .onrecordrc.json
    expect(codes(topLevel)).toContain('loaded-cue')
    const inDesk = await desk
    expect(codes(inDesk)).not.toContain('loaded-cue') // off, from desk/.onrecordrc.yaml
    expect(severityOf(inDesk, 'hedge')).toBe(2) // the nearest file wins; no merging upwards
  })

  it('re-lint open documents when a configuration file changes', async () => {
    writeConfig('.onrecordrc.json', { rules: { hedge: 'off' } })
    const next = client.diagnostics(uri, (p) => !codes(p).includes('hedge'))
    await watched('.onrecordrc.json')
    const after = await next
    expect(after.version).toBe(1)
    expect(codes(after)).toContain('loaded-cue')
  })

  it('ignore changes to files that are not configuration', async () => {
    await client.idle()
    const before = client.published.length
    await watched('notes.md')
    await new Promise((resolve) => setTimeout(resolve, 100))
    await client.idle()
    expect(client.published.length).toBe(before)
  })

  it('report a broken configuration on the document, pointing at the file and key', async () => {
    writeConfig('.onrecordrc.json', '{\n  "rules": {\n    "hedgee": "warn"\n  }\n}\n')
    const next = client.diagnostics(uri, (p) => codes(p).includes('config'))
    await watched('.onrecordrc.json')
    const broken = await next
    expect(broken.diagnostics).toHaveLength(1)
    const [problem] = broken.diagnostics
    expect(problem?.severity).toBe(1)
    expect(problem?.message).toContain('.onrecordrc.json: rules.hedgee: unknown rule')
    expect(problem?.message).toContain('did you mean "hedge"')
    expect(problem?.relatedInformation?.[0]?.location).toEqual({
      uri: ws.file('.onrecordrc.json'),
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
    })
    // Fixed again: checking resumes.
    writeConfig('.onrecordrc.json', { rules: { hedge: 'warn' } })
    const fixed = client.diagnostics(uri, (p) => codes(p).includes('hedge'))
    await watched('.onrecordrc.json')
    expect(severityOf(await fixed, 'hedge')).toBe(2)
  })

  it('pick up a configuration file created after the document was opened', async () => {
    const nested = ws.file('desk/sub/late.md')
    mkdirSync(join(ws.dir, 'desk', 'sub'))
    const first = client.diagnosticsFor(nested, 1)
    await client.open(nested, bridge)
    expect(codes(await first)).not.toContain('loaded-cue')
    writeFileSync(join(ws.dir, 'desk', 'sub', '.onrecordrc'), 'rules:\n  loaded-cue: error\n')
    const next = client.diagnostics(nested, (p) => severityOf(p, 'loaded-cue') === 1)
    await watched('desk/sub/.onrecordrc', 1)
    await next
  })
})

describe('editor settings', () => {
  const uri = ws.file('settings.md')

  beforeAll(async () => {
    writeConfig('.onrecordrc.json', {})
    const first = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    await first
  })

  const changeSettings = async (settings: Record<string, unknown>) => {
    client.settings = settings
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: null,
    })
  }

  it('override rule severities (over the configuration file) and re-lint', async () => {
    const next = client.diagnostics(uri, (p) => !codes(p).includes('loaded-cue'))
    await changeSettings({ rules: { 'loaded-cue': 'off', hedge: 'error' } })
    expect(severityOf(await next, 'hedge')).toBe(1)
  })

  it('choose a preset', async () => {
    const next = client.diagnostics(uri, (p) => severityOf(p, 'anonymous-without-reason') === 1)
    await changeSettings({ preset: 'strict' })
    await next
  })

  it('turn inlay hints off', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }
    await changeSettings({})
    const on = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range,
    })
    expect(on.length).toBeGreaterThan(0)
    await changeSettings({ inlayHints: { enable: false } })
    const off = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range,
    })
    expect(off).toEqual([])
  })

  it('turn checking off, and on again', async () => {
    const cleared = client.diagnostics(uri, (p) => p.diagnostics.length === 0)
    await changeSettings({ enable: false })
    await cleared
    const back = client.diagnostics(uri, (p) => p.diagnostics.length > 0)
    await changeSettings({ enable: true })
    await back
  })

  it('leave out unknown rules and bad values instead of failing', async () => {
    const next = client.diagnostics(uri, (p) => !codes(p).includes('hedge'))
    await changeSettings({
      rules: { hedgee: 'off', hedge: 'off', 'loaded-cue': 'loud' },
      debounce: 'x',
    })
    const after = await next
    expect(codes(after)).toContain('loaded-cue')
  })
})
