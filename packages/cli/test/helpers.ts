import { spawn } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

/** The built command, as a user runs it (`pnpm test` builds it with `tsc -b` first). */
export const bin = fileURLToPath(new URL('../bin/onrecord.js', import.meta.url))

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  /** Piped to standard input (standard input is closed, i.e. empty and not a terminal, otherwise). */
  input?: string | Buffer
  env?: Record<string, string | undefined>
}

/** Runs `node bin/onrecord.js …args` and collects its output. Colour variables are cleared. */
export function onrecord(args: readonly string[], options: RunOptions): Promise<RunResult> {
  return runNode([bin, ...args], options)
}

/** Runs `node …argv` with the colour variables cleared, and collects its output. */
export function runNode(argv: readonly string[], options: RunOptions): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.FORCE_COLOR
  delete env.NO_COLOR
  delete env.ONRECORD_DEBUG
  Object.assign(env, options.env ?? {})
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...argv], { cwd: options.cwd, env, stdio: 'pipe' })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    )
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ?? '')
  })
}

const created: string[] = []
// Every folder a test file made is removed when its tests are done.
afterAll(() => {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** A fresh folder under the system's temporary folder with the given files (paths with `/`). */
export function project(files: Record<string, string | Buffer> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'onrecord-cli-')))
  created.push(root)
  write(root, files)
  return root
}

export function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
}

/** Every file below `root`, relative, sorted. */
export function listFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(relative(root, path).split('\\').join('/'))
    }
  }
  walk(root)
  return out.sort()
}

/** Lines of stderr that look like a stack trace: there must never be any for user errors. */
export function stackLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => /^\s+at .+[(:]\d+/.test(line))
}

// Test articles, written for these tests (invented people and places).

/** A hedge in the reporter's voice ("is expected to", "reportedly") and a named, quoted source. */
export const hedged = `# Harbour authority approves dredging plan

The Pellham harbour authority voted on Monday to approve a dredging plan for the inner basin, its chair Mara Lindqvist said.

"This keeps the port open for the next twenty years," Lindqvist said at a news conference.

The work is expected to begin in April and will reportedly cost more than the first estimate.
`

/** An anonymous source with no reason and no basis, and a vague one. */
export const anonymous = `Council delays vote on transit levy

The city council postponed a vote on the proposed transit levy, officials said on Thursday.

Councillor Idris Okonjo, who chairs the finance committee, said the delay would give residents more time to comment. "We owe people a real hearing," Okonjo said.

Critics say the levy is too large.
`

/** A short, plainly sourced paragraph. */
export const plain = `The library will open on Sundays from next month, head librarian Rosa Almeida said on Tuesday.
`

/** The same news as HTML. */
export const htmlArticle = `<!doctype html><html><head><title>Ferry timetable</title></head><body>
<article><h1>Ferry timetable changes</h1>
<p>The island ferry will run every forty minutes from May, operator spokesman Tomas Feld said on Wednesday.</p>
<p>Some residents are expected to welcome the change.</p>
</article></body></html>
`

/**
 * A configuration with every rule at `severity`: exit-code tests do not depend on the rules'
 * default severities, which the rules package may tune.
 */
export async function everyRule(severity: 'off' | 'info' | 'warn' | 'error'): Promise<string> {
  const { rules } = await import('@onrecord/rules')
  return JSON.stringify(
    { rules: Object.fromEntries(rules.map((rule) => [rule.id, severity])) },
    null,
    2,
  )
}
