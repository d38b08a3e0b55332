import { afterAll, describe, expect, it } from 'vitest'
import type {
  Diagnostic,
  DocumentSymbol,
  Hover,
  InlayHint,
  Position,
} from 'vscode-languageserver-protocol'
import { bridge, longArticle } from './articles.js'
import { Client, workspace } from './client.js'

/**
 * The server reuses the parse of what an edit did not touch and makes a document's report
 * only when a feature asks for it. Whatever it reuses, every version of an edited document
 * must get exactly what a check of the same text from scratch gets: diagnostics, hovers, the
 * outline and the speaker hints.
 */

const ws = workspace()
afterAll(() => ws.remove())

/** The position of an offset, counted here (LSP: lines split at `\n`, UTF-16 characters). */
function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length - 1, character: (before.at(-1) as string).length }
}

/** One edit: replace `text[from, to)` by `insert`. */
interface Edit {
  from: number
  to: number
  insert: string
}

const insertAt = (text: string, needle: string, insert: string, after = false): Edit => {
  const at = text.indexOf(needle)
  if (at === -1) throw new Error(`“${needle}” not found`)
  const from = after ? at + needle.length : at
  return { from, to: from, insert }
}

const remove = (text: string, needle: string): Edit => {
  const at = text.indexOf(needle)
  if (at === -1) throw new Error(`“${needle}” not found`)
  return { from: at, to: at + needle.length, insert: '' }
}

/** Edits an editor sends while someone writes: each a function of the text it applies to. */
const edits: Array<(text: string) => Edit> = [
  (t) => insertAt(t, 'A senior official', 'Reportedly, '),
  (t) => remove(t, 'Reportedly, '),
  (t) => insertAt(t, '\n\n', '\n\n“We will see,” she said. “Not before spring.”', true),
  (t) => insertAt(t, 'A senior official', '```\n'),
  (t) => insertAt(t, 'The 🌉 project', '```\n\n'),
  (t) => remove(t, '```\n\n'),
  (t) => remove(t, '```\n'),
  (t) => insertAt(t, 'The numbers', 'x'),
  (t) => insertAt(t, 'The numbers', 'y'),
  (t) => remove(t, 'xy'),
  (t) => remove(t, '\n\nA senior official said the engineering report had found cracks'),
  (t) => insertAt(t, '# Harbour', '<!-- a comment\n\nthat runs on -->\n\n'),
  (t) => ({ from: 0, to: t.length, insert: `${t}\n\n${bridge}` }),
  (t) => insertAt(t, 'Mayor Dana Whitfield', '> '),
]

/** Places to hover in a version: words the features have something to say about. */
const hoverNeedles = ['Whitfield', 'she claimed', 'probably', '“We are not', 'A senior', 'told']

const normalise = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({
    ...d,
    relatedInformation: d.relatedInformation?.map((r) => ({
      ...r,
      location: { ...r.location, uri: '' },
    })),
  }))

async function features(client: Client, uri: string, text: string) {
  const hovers: Array<Hover | null> = []
  for (const needle of hoverNeedles) {
    const at = text.indexOf(needle)
    if (at === -1) continue
    hovers.push(
      await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: positionOf(text, at + 1),
      }),
    )
  }
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
    textDocument: { uri },
  })
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: positionOf(text, text.length) },
  })
  return { hovers, symbols, hints }
}

async function editAndCompare(args: string[]) {
  const client = new Client(args)
  await client.start(ws.uri)
  const uri = ws.file(`edited${args.join('')}.md`)
  let text = `${bridge}\n${longArticle(400)}`
  let version = 1
  const opened = client.diagnosticsFor(uri, version)
  await client.open(uri, text)
  await opened
  for (const [i, make] of edits.entries()) {
    const { from, to, insert } = make(text)
    version++
    const published = client.diagnosticsFor(uri, version)
    await client.change(uri, version, [
      { range: { start: positionOf(text, from), end: positionOf(text, to) }, text: insert },
    ])
    text = text.slice(0, from) + insert + text.slice(to)
    const edited = await published

    // The same text, opened as a document of its own, is checked from scratch.
    const fresh = ws.file(`fresh-${i}${args.join('')}.md`)
    const freshPublished = client.diagnosticsFor(fresh, 1)
    await client.open(fresh, text)
    const scratch = await freshPublished
    expect(normalise(edited.diagnostics), `diagnostics after edit ${i}`).toEqual(
      normalise(scratch.diagnostics),
    )
    expect(await features(client, uri, text), `features after edit ${i}`).toEqual(
      await features(client, fresh, text),
    )
    await client.connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: fresh },
    })
  }
  expect(await client.stop()).toBe(0)
}

describe('an edited document', () => {
  it('gets what a check of its text from scratch gets, edit after edit', async () => {
    await editAndCompare([])
  }, 120_000)

  it('gets the same on the server’s own thread (--no-worker)', async () => {
    await editAndCompare(['--no-worker'])
  }, 120_000)
})

describe('a report made later', () => {
  it('is made again when the analysis thread no longer holds the check', async () => {
    const client = new Client()
    await client.start(ws.uri)
    const small = ws.file('small.md')
    const long = ws.file('long.md')
    const smallFirst = client.diagnosticsFor(small, 1)
    await client.open(small, bridge)
    await smallFirst
    // A long check ended by an edit starts a fresh analysis thread, which holds nothing of
    // the small document: its report is made by checking it again.
    // The analysis thread is busy from here to the last check of the long document, so the
    // small document's report is not fetched ahead of the hover.
    let text = longArticle(40_000)
    const last = client.diagnosticsFor(long, 4)
    await client.open(long, text)
    for (let version = 2; version <= 4; version++) {
      await new Promise((resolve) => setTimeout(resolve, 300))
      const end = positionOf(text, text.length)
      await client.change(long, version, [{ range: { start: end, end }, text: ' y' }])
      text += ' y'
    }
    await last
    const status = await client.request<{ restarts: number }>('onrecord/status')
    expect(status.restarts).toBeGreaterThan(0)
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: small },
      position: positionOf(bridge, bridge.indexOf('Whitfield told') + 1),
    })
    expect(JSON.stringify(hover?.contents)).toContain('Dana Whitfield')
    expect(await client.stop()).toBe(0)
  }, 120_000)
})
