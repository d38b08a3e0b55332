import { check } from '@onrecord/cli'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  CodeAction,
  DocumentSymbol,
  Hover,
  InlayHint,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver-protocol'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { at, bridge, library, museum, rangeOf } from './articles.js'
import { Client, workspace } from './client.js'

const ws = workspace()
let client: Client

beforeAll(async () => {
  client = new Client()
  await client.start(ws.uri)
})

afterAll(async () => {
  await client.stop()
  ws.remove()
})

const hoverText = (hover: Hover | null) =>
  (hover?.contents as MarkupContent | undefined)?.value ?? ''

describe('initialize', () => {
  it('answers with the capabilities and the server name', async () => {
    const other = new Client()
    const result = await other.initialize(null)
    expect(result.serverInfo?.name).toBe('onrecord-language-server')
    expect(result.capabilities).toMatchObject({
      positionEncoding: 'utf-16',
      hoverProvider: true,
      documentSymbolProvider: { label: 'Sources' },
      inlayHintProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      textDocumentSync: { openClose: true, change: 2 },
    })
    expect(await other.stop()).toBe(0)
  })

  it('asks to watch configuration files and settings', async () => {
    await client.request('onrecord/status')
    const methods = client.registrations.map((r) => r.method)
    expect(methods).toContain('workspace/didChangeWatchedFiles')
    expect(methods).toContain('workspace/didChangeConfiguration')
    const watchers = client.registrations.find(
      (r) => r.method === 'workspace/didChangeWatchedFiles',
    )?.registerOptions as { watchers: Array<{ globPattern: string }> }
    expect(watchers.watchers.map((w) => w.globPattern)).toContain('**/.onrecordrc')
  })
})

describe('diagnostics', () => {
  const uri = ws.file('bridge.md')
  let published: Awaited<ReturnType<Client['diagnostics']>>

  beforeAll(async () => {
    const next = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    published = await next
  })

  it('come on open, with the rule id as code and a link to its docs', () => {
    const codes = published.diagnostics.map((d) => d.code)
    expect(codes).toEqual(
      expect.arrayContaining(['loaded-cue', 'anonymous-without-reason', 'hedge']),
    )
    for (const d of published.diagnostics) {
      expect(d.source).toBe('onrecord')
      expect(d.codeDescription?.href).toMatch(new RegExp(`/rules/${String(d.code)}\\.md$`))
    }
  })

  it('have ranges in lines and UTF-16 characters', () => {
    const cue = published.diagnostics.find((d) => d.code === 'loaded-cue')
    expect(cue?.range).toEqual(rangeOf(bridge, 'claimed'))
    const hedge = published.diagnostics.find((d) => d.code === 'hedge')
    // “The 🌉 project will probably”: the emoji is two UTF-16 code units.
    expect(hedge?.range).toEqual({
      start: { line: 10, character: 20 },
      end: { line: 10, character: 28 },
    })
    expect(hedge?.range).toEqual(rangeOf(bridge, 'probably'))
    const anonymous = published.diagnostics.find((d) => d.code === 'anonymous-without-reason')
    expect(anonymous?.range).toEqual(rangeOf(bridge, 'A senior official'))
  })

  it('take their severity from the rules (warn → Warning, info → Information)', () => {
    expect(published.diagnostics.find((d) => d.code === 'loaded-cue')?.severity).toBe(2)
    expect(published.diagnostics.find((d) => d.code === 'anonymous-source')?.severity).toBe(3)
  })

  it('point at the source a pronoun stands for with relatedInformation', () => {
    const cue = published.diagnostics.find((d) => d.code === 'loaded-cue')
    expect(cue?.relatedInformation).toEqual([
      {
        location: { uri, range: rangeOf(bridge, 'Mayor Dana Whitfield') },
        message: expect.stringContaining('“she” stands for “Mayor Dana Whitfield”'),
      },
    ])
  })

  it('match the lint messages of the command line', async () => {
    const { messages } = await check({ path: 'bridge.md', value: bridge }, { cwd: ws.dir })
    expect(published.diagnostics.map((d) => [d.code, d.message])).toEqual(
      messages.map((m) => [m.ruleId, m.reason]),
    )
  })

  it('are checked for plain text and HTML too, with ranges into the original markup', async () => {
    const textUri = ws.file('library.txt')
    const htmlUri = ws.file('museum.html')
    const textNext = client.diagnosticsFor(textUri, 1)
    const htmlNext = client.diagnosticsFor(htmlUri, 1)
    await client.open(textUri, library, 'plaintext')
    await client.open(htmlUri, museum, 'html')
    const text = await textNext
    expect(text.diagnostics.find((d) => d.code === 'hearsay')?.range).toEqual(
      rangeOf(library, 'reportedly'),
    )
    const html = await htmlNext
    expect(html.diagnostics.find((d) => d.code === 'loaded-cue')?.range).toEqual(
      rangeOf(museum, 'insisted'),
    )
    // After “&amp;” on an earlier line: still the offsets of the original markup.
    expect(html.diagnostics.find((d) => d.code === 'plural-anonymous')?.range).toEqual(
      rangeOf(museum, 'officials'),
    )
  })

  it('count lines the same with CRLF line breaks', async () => {
    const crlf = ws.file('crlf.md')
    const next = client.diagnosticsFor(crlf, 1)
    await client.open(crlf, bridge.replace(/\n/g, '\r\n'))
    const windows = await next
    expect(windows.diagnostics.map((d) => [d.code, d.range])).toEqual(
      published.diagnostics.map((d) => [d.code, d.range]),
    )
  })

  it('are the same when checked on the server’s own thread (--no-worker)', async () => {
    const inline = new Client(['--no-worker'])
    await inline.start(ws.uri)
    const next = inline.diagnosticsFor(uri, 1)
    await inline.open(uri, bridge)
    expect((await next).diagnostics).toEqual(published.diagnostics)
    expect(await inline.stop()).toBe(0)
  })

  it('clear when an edit fixes the issue', async () => {
    const next = client.diagnosticsFor(uri, 2)
    await client.change(uri, 2, [{ range: rangeOf(bridge, 'claimed'), text: 'said' }])
    const after = await next
    expect(after.diagnostics.map((d) => d.code)).not.toContain('loaded-cue')
    expect(after.diagnostics.map((d) => d.code)).toContain('hedge')
    // Put it back for the tests below.
    const back = client.diagnosticsFor(uri, 3)
    await client.change(uri, 3, [
      {
        range: {
          start: at(bridge, 'claimed'),
          end: { line: at(bridge, 'claimed').line, character: at(bridge, 'claimed').character + 4 },
        },
        text: 'claimed',
      },
    ])
    expect((await back).diagnostics.map((d) => d.code)).toContain('loaded-cue')
  })

  it('are cleared when the document is closed', async () => {
    const other = ws.file('closing.md')
    const first = client.diagnosticsFor(other, 1)
    await client.open(other, bridge)
    expect((await first).diagnostics.length).toBeGreaterThan(0)
    const cleared = client.diagnostics(other, (p) => p.diagnostics.length === 0)
    await client.connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: other },
    })
    expect((await cleared).version).toBeUndefined()
  })
})

describe('hover', () => {
  const uri = ws.file('hover.md')
  beforeAll(async () => {
    const next = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    await next
  })
  const hover = (needle: string, nth = 0, shift = 1) => {
    const position = at(bridge, needle, nth)
    position.character += shift
    return client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position,
    })
  }

  it('on a source mention: the full name, kind, claims and where it is introduced', async () => {
    const result = await hover('Whitfield', 1)
    const text = hoverText(result)
    expect(text).toContain('**Mayor Dana Whitfield** · named source')
    expect(text).toMatch(/carries \d+ claims/)
    expect(text).toContain('introduced on line 3')
    expect(result?.range).toEqual(rangeOf(bridge, 'Whitfield', 1))
  })

  it('on a pronoun cue: who the pronoun stands for', async () => {
    const text = hoverText(await hover('claimed'))
    expect(text).toContain('**Cue** “claimed”')
    expect(text).toContain('“she” stands for **Mayor Dana Whitfield**')
  })

  it('on an anonymous source: which standards it meets', async () => {
    const text = hoverText(await hover('senior official'))
    expect(text).toContain('anonymous source')
    expect(text).toContain('✗ no reason given for the anonymity')
    expect(text).toContain('✗ no basis of knowledge given')
  })

  it('on a hedge: its kind and voice', async () => {
    const result = await hover('probably')
    expect(hoverText(result)).toContain('**Hedge** “probably” · epistemic hedge')
    expect(hoverText(result)).toContain('the reporter’s own voice')
    expect(result?.range).toEqual(rangeOf(bridge, 'probably'))
  })

  it('on a quote: who speaks it', async () => {
    const text = hoverText(await hover('We are not going'))
    expect(text).toContain('**Quote**')
    expect(text).toContain('spoken by **Mayor Dana Whitfield**')
  })

  it('on plain reporting: nothing', async () => {
    expect(await hover('vote delayed', 0, 2)).toBeNull()
  })
})

describe('code actions', () => {
  const uri = ws.file('actions.md')
  beforeAll(async () => {
    const next = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    await next
  })
  const actions = (needle: string) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: rangeOf(bridge, needle),
      context: { diagnostics: [] },
    })
  const edits = (action: CodeAction | undefined) => action?.edit?.changes?.[uri] as TextEdit[]

  it('apply the rule’s expected replacement', async () => {
    const list = await actions('claimed')
    const replace = list.find((a) => a.title === 'Replace “claimed” with “said”')
    expect(replace?.kind).toBe('quickfix')
    expect(replace?.isPreferred).toBe(true)
    expect(replace?.diagnostics?.[0]?.code).toBe('loaded-cue')
    expect(edits(replace)).toEqual([{ range: rangeOf(bridge, 'claimed'), newText: 'said' }])
  })

  it('insert the anonymity template for an anonymous source without a reason', async () => {
    const list = await actions('A senior official')
    const template = list.find((a) => a.title.startsWith('Say why the source is anonymous'))
    expect(edits(template)).toEqual([
      {
        range: rangeOf(bridge, 'A senior official'),
        newText: 'A senior official, who spoke on condition of anonymity because [reason],',
      },
    ])
  })

  it('insert an ignore comment with a reason placeholder, which silences the rule', async () => {
    const list = await actions('probably')
    const ignore = list.find((a) => a.title.startsWith('Ignore “hedge”'))
    const [edit] = edits(ignore)
    expect(edit).toEqual({
      range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } },
      newText: '<!-- onrecord ignore hedge -- [reason] -->\n',
    })
    // Apply it as an editor would: the hedge diagnostic goes, the others stay.
    const document = TextDocument.create(uri, 'markdown', 1, bridge)
    const next = client.diagnosticsFor(uri, 2)
    await client.change(uri, 2, [{ range: edit?.range, text: edit?.newText ?? '' }])
    const after = await next
    expect(TextDocument.applyEdits(document, [edit as TextEdit])).toContain(
      '<!-- onrecord ignore hedge -- [reason] -->\nThe 🌉 project',
    )
    expect(after.diagnostics.map((d) => d.code)).not.toContain('hedge')
    expect(after.diagnostics.map((d) => d.code)).toContain('loaded-cue')
  })

  it('honour context.only', async () => {
    const list = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: rangeOf(bridge, 'claimed'),
      context: { diagnostics: [], only: ['refactor'] },
    })
    expect(list).toEqual([])
  })
})

describe('document symbols', () => {
  it('list the source ledger, each source with its quotes under it', async () => {
    const uri = ws.file('symbols.md')
    const next = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    await next
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    })
    expect(symbols.map((s) => s.name)).toEqual(['Mayor Dana Whitfield', 'A senior official'])
    const [mayor, official] = symbols as [DocumentSymbol, DocumentSymbol]
    expect(mayor.detail).toMatch(/^named · \d+ claims$/)
    expect(mayor.selectionRange).toEqual(rangeOf(bridge, 'Mayor Dana Whitfield'))
    const children = mayor.children?.map((c) => c.name) ?? []
    expect(children).toContain('“We are not going to rush a decision this big,”')
    expect(children).toContain('“We owe people the truth.”')
    expect(official.detail).toBe('anonymous · 1 claim · no-reason, no-basis')
    expect(official.children?.[0]?.detail).toBe('paraphrase · “said”')
    // Every child lies inside its parent, as outline views expect.
    for (const symbol of symbols)
      for (const child of symbol.children ?? []) {
        expect(child.range.start.line).toBeGreaterThanOrEqual(symbol.range.start.line)
        expect(child.range.end.line).toBeLessThanOrEqual(symbol.range.end.line)
      }
  })
})

describe('inlay hints', () => {
  it('name the resolved speaker after a quote whose speaker is not named in its sentence', async () => {
    const uri = ws.file('hints.md')
    const next = client.diagnosticsFor(uri, 1)
    await client.open(uri, bridge)
    await next
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    })
    const end = (needle: string) => {
      const start = at(bridge, needle)
      return { line: start.line, character: start.character + needle.length }
    }
    expect(hints).toContainEqual(
      expect.objectContaining({
        position: end('“The numbers simply do not add up,”'),
        label: '— Mayor Dana Whitfield',
        paddingLeft: true,
      }),
    )
    // “…,” Whitfield told reporters: the speaker is named in the sentence, no hint.
    expect(hints.map((h) => h.position)).not.toContainEqual(
      end('“We are not going to rush a decision this big,”'),
    )
    // Only hints in the requested range.
    const none = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    })
    expect(none).toEqual([])
  })
})

describe('onrecord/report', () => {
  it('returns the same report as `onrecord report --format json`', async () => {
    const uri = ws.file('report.md')
    await client.open(uri, bridge)
    const report = await client.request<Record<string, unknown>>('onrecord/report', {
      textDocument: { uri },
    })
    const { report: expected } = await check({ path: 'report.md', value: bridge }, { cwd: ws.dir })
    expect(report).toEqual(JSON.parse(JSON.stringify(expected)))
  })

  it('reads a file that is not open', async () => {
    const { writeFileSync } = await import('node:fs')
    writeFileSync(new URL(ws.file('on-disk.txt')), library)
    const report = await client.request<{ file: string; sources: Array<{ name: string }> }>(
      'onrecord/report',
      { textDocument: { uri: ws.file('on-disk.txt') } },
    )
    expect(report.file).toBe('on-disk.txt')
    expect(report.sources.map((s) => s.name)).toContain('Librarian Omar Haddad')
  })
})

describe('shutdown', () => {
  it('exits cleanly after shutdown and exit', async () => {
    const other = new Client()
    await other.start(null)
    await other.connection.sendRequest('shutdown')
    await other.connection.sendNotification('exit')
    expect(await other.exited).toBe(0)
  })

  it('exits with 1 on exit without shutdown, as the protocol says', async () => {
    const other = new Client()
    await other.start(null)
    await other.connection.sendNotification('exit')
    expect(await other.exited).toBe(1)
  })
})
