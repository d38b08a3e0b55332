import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../bin/onrecord.js', import.meta.url))

/** One JSON-RPC message with LSP's Content-Length framing. */
function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message })
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
}

describe('onrecord lsp', () => {
  it('starts the language server over stdio, answers initialize and exits on request', async () => {
    const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    const waitFor = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${text}" in: ${output.slice(0, 500)}`)),
          20_000,
        )
        const poll = setInterval(() => {
          if (output.includes(text)) {
            clearInterval(poll)
            clearTimeout(timer)
            resolve()
          }
        }, 20)
      })
    child.stdin.write(
      frame({
        id: 1,
        method: 'initialize',
        params: { processId: null, rootUri: null, capabilities: {} },
      }),
    )
    await waitFor('"capabilities"')
    expect(output).toContain('hoverProvider')
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.stdin.write(frame({ method: 'initialized', params: {} }))
    child.stdin.write(frame({ id: 2, method: 'shutdown' }))
    await waitFor('"id":2')
    child.stdin.write(frame({ method: 'exit' }))
    expect(await exited).toBe(0)
  }, 30_000)
})
