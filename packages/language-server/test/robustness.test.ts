import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Hover } from 'vscode-languageserver-protocol'
import { bridge, longArticle } from './articles.js'
import { Client, workspace } from './client.js'

interface Status {
  documents: number
  checked: number
  pending: number
  jobs: { run: number; cancelled: number; stale: number }
  restarts: number
  heapUsed: number
  analysisHeapUsed: number
}

const ws = workspace()
afterAll(() => ws.remove())

const endOf = (text: string) => {
  const lines = text.split('\n')
  return { line: lines.length - 1, character: (lines.at(-1) as string).length }
}

describe('malformed requests', () => {
  let client: Client
  const uri = ws.file('malformed.md')

  beforeAll(async () => {
    client = new Client()
    await client.start(ws.uri)
    const first = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    await first
  })
  afterAll(async () => {
    expect(await client.stop()).toBe(0)
  })

  const error = (method: string, params?: unknown) =>
    client.request(method, params).then(
      () => null,
      (e: { code: number; message: string }) => e,
    )

  it('get a JSON-RPC error, and the server stays up', async () => {
    expect((await error('textDocument/hover', {}))?.code).toBe(-32602)
    expect(
      (await error('textDocument/hover', { textDocument: { uri }, position: { line: 'a' } }))?.code,
    ).toBe(-32602)
    expect(
      (
        await error('textDocument/hover', {
          textDocument: { uri },
          position: { line: -1, character: 0 },
        })
      )?.code,
    ).toBe(-32602)
    expect((await error('textDocument/codeAction', { textDocument: { uri } }))?.code).toBe(-32602)
    expect((await error('textDocument/inlayHint', null))?.code).toBe(-32602)
    expect((await error('onrecord/report', { textDocument: { uri: 'untitled:nope' } }))?.code).toBe(
      -32602,
    )
    expect((await error('onrecord/no-such-request', {}))?.code).toBe(-32601)
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 8, character: 42 },
    })
    expect(hover).not.toBeNull()
  })

  it('answer for a position past the end of a line or of the document', async () => {
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 999, character: 999 },
    })
    expect(hover).toBeNull()
    const unknown = await client.request('textDocument/hover', {
      textDocument: { uri: ws.file('never-opened.md') },
      position: { line: 0, character: 0 },
    })
    expect(unknown).toBeNull()
  })

  it('survive bad notifications and bytes that are not JSON', async () => {
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: ws.file('never-opened.md'), version: 3 },
      contentChanges: [{ text: 'x' }],
    })
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: {} })
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 5 })
    await client.connection.sendNotification('workspace/didChangeConfiguration', 'nonsense')
    const junk = '{"jsonrpc": "2.0", "method": '
    client.process.stdin?.write(`Content-Length: ${Buffer.byteLength(junk)}\r\n\r\n${junk}`)
    const status = await client.request<Status>('onrecord/status')
    expect(status.documents).toBe(1)
    expect(client.process.exitCode).toBeNull()
  })
})

describe('stale work', () => {
  let client: Client
  beforeAll(async () => {
    client = new Client()
    await client.start(ws.uri)
  })
  afterAll(async () => {
    await client.stop()
  })

  it('checks the latest version only when edits come faster than checks', async () => {
    const uri = ws.file('typing.md')
    const first = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    await first
    const before = await client.request<Status>('onrecord/status')
    let text = bridge
    const last = client.diagnosticsFor(uri, 41)
    for (let version = 2; version <= 41; version++) {
      const position = endOf(text)
      await client.change(uri, version, [{ range: { start: position, end: position }, text: 'x' }])
      text += 'x'
    }
    await last
    await client.idle()
    const after = await client.request<Status>('onrecord/status')
    // 40 edits in a burst: a few checks at most, never one per keystroke.
    expect(after.jobs.run - before.jobs.run).toBeLessThan(5)
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version)
    expect(versions.at(-1)).toBe(41)
    expect(versions.filter((v) => v !== undefined && v > 1 && v < 41).length).toBeLessThan(4)
  })

  it('ends a long stale check, and stays responsive while a long article is checked', async () => {
    const big = longArticle(40_000)
    const uri = ws.file('long.md')
    const small = ws.file('small.md')
    const smallFirst = client.diagnosticsFor(small, 1)
    await client.open(small, bridge)
    await smallFirst
    const first = client.diagnosticsFor(uri, 1)
    await client.open(uri, big)
    // While the long article is checked, another document still gets answers.
    const started = performance.now()
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: small },
      position: { line: 8, character: 42 },
    })
    const hoverMs = performance.now() - started
    expect(hover).not.toBeNull()
    await first
    expect(hoverMs).toBeLessThan(500)
    // Edits while it is checked again: the stale check is ended, the last version wins.
    let text = big
    const last = client.diagnosticsFor(uri, 6)
    for (let version = 2; version <= 6; version++) {
      const position = endOf(text)
      await client.change(uri, version, [{ range: { start: position, end: position }, text: ' y' }])
      text += ' y'
      await new Promise((resolve) => setTimeout(resolve, 400))
    }
    const final = await last
    expect(final.diagnostics.length).toBeGreaterThan(0)
    const status = await client.request<Status>('onrecord/status')
    expect(status.jobs.cancelled).toBeGreaterThan(0)
    expect(status.restarts).toBeGreaterThan(0)
  }, 120_000)
})

describe('memory', () => {
  it('stays flat over thousands of edits', async () => {
    const client = new Client([], ['--expose-gc'])
    await client.start(ws.uri)
    const uri = ws.file('memory.md')
    const first = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    await first
    let version = 1
    let text = bridge
    // Bursts of edits that add a sentence, then take it away again.
    const burst = async () => {
      for (let i = 0; i < 10; i++) {
        version++
        const position = endOf(text)
        const added = `\nThe ferry will reportedly run late ${version}.`
        await client.change(uri, version, [
          { range: { start: position, end: position }, text: added },
        ])
        text += added
      }
      for (let i = 0; i < 10; i++) {
        version++
        const cut = text.lastIndexOf('\n')
        const start = endOf(text.slice(0, cut))
        await client.change(uri, version, [{ range: { start, end: endOf(text) }, text: '' }])
        text = text.slice(0, cut)
      }
      await client.diagnosticsFor(uri, version)
    }
    for (let i = 0; i < 10; i++) await burst()
    await client.idle()
    const warm = await client.request<Status>('onrecord/status')
    for (let i = 0; i < 100; i++) await burst()
    await client.idle()
    const after = await client.request<Status>('onrecord/status')
    expect(version).toBeGreaterThan(2000)
    expect(after.jobs.run - warm.jobs.run).toBeGreaterThanOrEqual(100)
    expect(after.checked).toBe(1)
    const mb = (n: number) => n / 1024 / 1024
    expect(mb(after.heapUsed - warm.heapUsed)).toBeLessThan(8)
    expect(mb(after.analysisHeapUsed - warm.analysisHeapUsed)).toBeLessThan(16)
    expect(await client.stop()).toBe(0)
  }, 120_000)
})
