import { randomBytes } from 'node:crypto'
import { fstatSync, type WriteStream, writeSync } from 'node:fs'
import { mkdir, open, realpath, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { isatty } from 'node:tty'
import { describeFsError, UserError } from './errors.js'

/** Somewhere output goes, chunk by chunk, with backpressure. */
export interface Sink {
  write(chunk: string): Promise<void>
  /** Finishes the output: for a file, moves the complete file into place. */
  close(): Promise<void>
  /** Gives up: for a file, removes the partial temporary file. */
  abort(): Promise<void>
}

/** Writes to a stream such as standard output, waiting for `drain` when the reader is slow. */
export class StreamSink implements Sink {
  private readonly stream: NodeJS.WritableStream
  private readonly before: (() => void) | undefined
  private readonly after: (() => void) | undefined

  constructor(
    stream: NodeJS.WritableStream,
    hooks: { before?: () => void; after?: () => void } = {},
  ) {
    this.stream = stream
    this.before = hooks.before
    this.after = hooks.after
  }

  async write(chunk: string): Promise<void> {
    if (chunk === '') return
    this.before?.()
    const ok = this.stream.write(chunk)
    this.after?.()
    if (!ok) await new Promise<void>((done) => this.stream.once('drain', done))
  }

  async close(): Promise<void> {}
  async abort(): Promise<void> {}
}

/**
 * Writes straight to a descriptor that Node writes to synchronously anyway: standard output
 * redirected to a file or to a device such as `/dev/null`. `writeSync` with the string encodes
 * it to UTF-8 natively, where the `SyncWriteStream` Node gives standard output there first
 * copies each chunk into a new Buffer — three times the cost of the write itself for `report
 * --format jsonl` (60 MB for 1,000 articles), and garbage for the collector. Such a write
 * never waits, so there is no backpressure to keep.
 */
export class DescriptorSink implements Sink {
  private readonly fd: number
  private readonly label: string
  private readonly before: (() => void) | undefined

  constructor(fd: number, label: string, hooks: { before?: () => void } = {}) {
    this.fd = fd
    this.label = label
    this.before = hooks.before
  }

  async write(chunk: string): Promise<void> {
    if (chunk === '') return
    this.before?.()
    try {
      writeSync(this.fd, chunk)
    } catch (error) {
      throw new UserError(`${this.label}: cannot write: ${describeFsError(error)}`)
    }
  }

  async close(): Promise<void> {}
  async abort(): Promise<void> {}
}

/**
 * The sink for a stream such as standard output: straight to its descriptor when Node would
 * write there synchronously anyway (see `DescriptorSink`), else through the stream (a
 * terminal, a pipe, a test's stand-in).
 */
export function streamSink(
  stream: NodeJS.WritableStream,
  label: string,
  hooks: { before?: () => void } = {},
): Sink {
  const fd = (stream as { fd?: unknown }).fd
  if (typeof fd === 'number' && writesSynchronously(fd)) return new DescriptorSink(fd, label, hooks)
  return new StreamSink(stream, hooks)
}

/** Node's own choice of a `SyncWriteStream`: a regular file, or a device that is no terminal. */
function writesSynchronously(fd: number): boolean {
  try {
    // `bigint`: the plain form leaves its result in a buffer that Node 20's `realpathSync`
    // also reads for paths it has cached, and after the stat of a pipe it stops resolving
    // there — every later `import` of a package through a pnpm link then fails.
    const stat = fstatSync(fd, { bigint: true })
    return stat.isFile() || (stat.isCharacterDevice() && !isatty(fd))
  } catch {
    return false
  }
}

/** Temporary files not yet renamed into place, removed if the process is interrupted. */
export const pendingTemporaryFiles = new Set<string>()

function temporaryPath(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
}

/**
 * Writes a file atomically: into a temporary file beside it, then a rename, so a reader never
 * sees half a report and an interrupted run leaves the old file as it was. Refuses to write
 * over one of the inputs.
 */
export class AtomicFileSink implements Sink {
  private readonly target: string
  private readonly temporary: string
  private stream: WriteStream | null = null
  private failed: Error | null = null

  private constructor(target: string) {
    this.target = target
    this.temporary = temporaryPath(target)
  }

  static async create(
    target: string,
    label: string,
    inputs: ReadonlySet<string>,
  ): Promise<AtomicFileSink> {
    const absolute = resolve(target)
    await refuseInput(absolute, label, inputs)
    try {
      await mkdir(dirname(absolute), { recursive: true })
      const info = await stat(absolute).catch(() => null)
      if (info?.isDirectory())
        throw new UserError(`${label}: is a directory; give a file name to --out`)
    } catch (error) {
      if (error instanceof UserError) throw error
      throw new UserError(`${label}: cannot write: ${describeFsError(error)}`)
    }
    const sink = new AtomicFileSink(absolute)
    try {
      // `wx`: never through an existing file or link of the same (random) name.
      const handle = await open(sink.temporary, 'wx', 0o644)
      pendingTemporaryFiles.add(sink.temporary)
      sink.stream = handle.createWriteStream({ encoding: 'utf8' })
      sink.stream.on('error', (error) => {
        sink.failed = error
      })
    } catch (error) {
      throw new UserError(`${label}: cannot write: ${describeFsError(error)}`)
    }
    return sink
  }

  async write(chunk: string): Promise<void> {
    if (this.failed)
      throw new UserError(`${this.target}: cannot write: ${describeFsError(this.failed)}`)
    if (chunk === '' || !this.stream) return
    if (!this.stream.write(chunk))
      await new Promise<void>((done) => this.stream?.once('drain', done))
  }

  async close(): Promise<void> {
    const stream = this.stream
    if (!stream) return
    this.stream = null
    await new Promise<void>((done, fail) => {
      stream.once('error', fail)
      stream.end(() => done())
    }).catch((error) => {
      this.failed = error as Error
    })
    if (this.failed) {
      await this.abort()
      throw new UserError(`${this.target}: cannot write: ${describeFsError(this.failed)}`)
    }
    try {
      await rename(this.temporary, this.target)
      pendingTemporaryFiles.delete(this.temporary)
    } catch (error) {
      await this.abort()
      throw new UserError(`${this.target}: cannot write: ${describeFsError(error)}`)
    }
  }

  async abort(): Promise<void> {
    this.stream?.destroy()
    this.stream = null
    await unlink(this.temporary).catch(() => {})
    pendingTemporaryFiles.delete(this.temporary)
  }
}

/** Writes a whole file atomically (temporary file and rename). */
export async function writeFileAtomic(
  target: string,
  content: string,
  inputs: ReadonlySet<string>,
): Promise<void> {
  const sink = await AtomicFileSink.create(target, target, inputs)
  try {
    await sink.write(content)
    await sink.close()
  } catch (error) {
    await sink.abort()
    throw error
  }
}

/** Throws when `target` is, or links to, one of the input files: onrecord never writes to an input. */
async function refuseInput(
  target: string,
  label: string,
  inputs: ReadonlySet<string>,
): Promise<void> {
  const real = await realpath(target).catch(() => target)
  if (inputs.has(target) || inputs.has(real))
    throw new UserError(`${label}: refusing to write over an input file`)
}

/** Removes temporary files left by an interrupted run (called on SIGINT/SIGTERM). */
export function removePendingSync(unlinkSync: (path: string) => void): void {
  for (const path of pendingTemporaryFiles) {
    try {
      unlinkSync(path)
    } catch {}
  }
  pendingTemporaryFiles.clear()
}

const reservedWindowsNames = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i

/** One path segment made safe: no control characters, separators or characters Windows forbids. */
function safeSegment(segment: string): string {
  // Control and bidirectional-override characters too: a name must read as it is.
  let safe = segment
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*\\/]/g, '_')
    .slice(0, 200)
  let end = safe.length
  while (end > 0 && (safe[end - 1] === '.' || safe[end - 1] === ' ')) end--
  safe = safe.slice(0, end)
  if (safe === '' || safe === '.' || safe === '..') safe = '_'
  if (reservedWindowsNames.test(safe)) safe = `_${safe}`
  return safe
}

/**
 * Gives each input a file name under an output folder, derived from its path so that no input
 * name (`../../x`, an absolute path, control characters, a Windows device name) can point
 * outside the folder: `..`, `.`, the root and drive letters are dropped, every segment is
 * cleaned, and names that would collide get `-2`, `-3` … . The result is checked to lie inside
 * the folder before it is used.
 */
export class OutputNames {
  private readonly root: string
  private readonly used = new Set<string>()
  private readonly extension: string

  constructor(root: string, extension: string) {
    this.root = resolve(root)
    this.extension = extension
  }

  /** The output path for an input shown as `label`. */
  pathFor(label: string): string {
    const segments = label
      .replace(/^[A-Za-z]:/, '')
      .split(/[\\/]+/)
      .filter((s) => s !== '' && s !== '.' && s !== '..')
      .map(safeSegment)
    if (segments.length === 0) segments.push('stdin')
    const stem = segments.join('/')
    let candidate = `${stem}${this.extension}`
    for (let n = 2; this.used.has(candidate.toLowerCase()) || this.isReserved(candidate); n++)
      candidate = `${stem}-${n}${this.extension}`
    this.used.add(candidate.toLowerCase())
    const path = resolve(this.root, candidate)
    const rel = relative(this.root, path)
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
      throw new Error(`output path for ${JSON.stringify(label)} escapes the output folder`)
    return path
  }

  /** Names the run writes itself (`index.html`), never given to an article. */
  private isReserved(candidate: string): boolean {
    return candidate.toLowerCase() === `index${this.extension}`
  }

  /** A link from the output folder's index to `path`. */
  href(path: string): string {
    return relative(this.root, path)
      .split(sep)
      .map((s) => encodeURIComponent(s))
      .join('/')
  }
}
