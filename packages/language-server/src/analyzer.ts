import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getHeapStatistics } from 'node:v8'
import { Worker } from 'node:worker_threads'
import type { Report } from '@onrecord/reporter'
import type { AnalysisJob, AnalysisResult } from './job.js'
import { forget, reportOf, runJob } from './run-job.js'
import type { WorkerReply, WorkerRequest } from './worker.js'

/** Runs analysis jobs, one at a time. */
export interface Analyzer {
  run(job: AnalysisJob): Promise<AnalysisResult>
  /**
   * The report of a document's last check, made now from the analysis the analysis thread
   * kept; `undefined` when it no longer holds that version (see `reportOf` in `run-job.ts`).
   */
  report(uri: string, version: number, generation: number): Promise<Report | null | undefined>
  /** The document was closed: the analysis thread lets go of what it kept of it. */
  forget(uri: string): void
  /** Stops the job that is running, if any: its promise rejects with a `CancelledError`. */
  cancel(): void
  /** Heap in use by the analysis (after a collection when `--expose-gc` is on), in bytes. */
  heapUsed(): Promise<number>
  /** How many times the analysis thread was ended and started again. */
  readonly restarts: number
  dispose(): Promise<void>
}

/** The job was stopped because a newer version of its document arrived. */
export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled: the document changed')
    this.name = 'CancelledError'
  }
}

/** Runs jobs on the server's own thread (`--no-worker`): simplest, but blocks while it runs. */
export class InlineAnalyzer implements Analyzer {
  readonly restarts = 0
  run(job: AnalysisJob): Promise<AnalysisResult> {
    return runJob(job)
  }
  async report(uri: string, version: number, generation: number): Promise<Report | undefined> {
    return reportOf(uri, version, generation)
  }
  forget(uri: string): void {
    forget(uri)
  }
  cancel(): void {}
  async heapUsed(): Promise<number> {
    globalThis.gc?.()
    return getHeapStatistics().used_heap_size
  }
  async dispose(): Promise<void> {}
}

/** `Omit` over each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

interface Waiting {
  resolve(value: WorkerReply): void
  reject(error: Error): void
}

/** The worker module beside this one (`worker.js`, or `worker.mjs` in a bundle of `.mjs` files). */
function workerUrl(): URL {
  const extension = extname(fileURLToPath(import.meta.url)) || '.js'
  return new URL(`./worker${extension}`, import.meta.url)
}

/**
 * Runs jobs on a worker thread. `cancel` ends the thread (a long analysis cannot be
 * interrupted any other way) and the next job starts a fresh one.
 */
export class WorkerAnalyzer implements Analyzer {
  private worker: Worker | null = null
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 1
  private ended = 0

  constructor(private readonly url: URL = workerUrl()) {}

  get restarts(): number {
    return this.ended
  }

  private thread(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.url)
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.waiting.get(reply.id)
      if (!waiting) return
      this.waiting.delete(reply.id)
      waiting.resolve(reply)
    })
    worker.on('error', (error) => this.fail(worker, error))
    worker.on('exit', (code) =>
      this.fail(worker, new Error(`the analysis thread stopped (exit code ${code})`)),
    )
    this.worker = worker
    return worker
  }

  /** Rejects everything waiting on `worker`, once it has failed or been ended. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return
    this.worker = null
    const waiting = [...this.waiting.values()]
    this.waiting.clear()
    for (const w of waiting) w.reject(error)
  }

  private request(message: DistributiveOmit<WorkerRequest, 'id'>): Promise<WorkerReply> {
    const worker = this.thread()
    const id = this.nextId++
    return new Promise<WorkerReply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      worker.postMessage({ ...message, id } as WorkerRequest)
    })
  }

  async run(job: AnalysisJob): Promise<AnalysisResult> {
    const reply = await this.request({ type: 'job', job })
    if ('result' in reply) return reply.result
    if ('error' in reply) {
      const error = new Error(reply.error.message)
      if (reply.error.stack) error.stack = reply.error.stack
      throw error
    }
    throw new Error('unexpected answer from the analysis thread')
  }

  async report(
    uri: string,
    version: number,
    generation: number,
  ): Promise<Report | null | undefined> {
    // A thread that is not running holds nothing: do not start one to ask.
    if (!this.worker) return undefined
    const reply = await this.request({ type: 'report', uri, version, generation })
    if ('report' in reply) return reply.held ? reply.report : undefined
    if ('error' in reply) {
      const error = new Error(reply.error.message)
      if (reply.error.stack) error.stack = reply.error.stack
      throw error
    }
    return undefined
  }

  forget(uri: string): void {
    if (this.worker) void this.request({ type: 'forget', uri }).catch(() => undefined)
  }

  cancel(): void {
    const worker = this.worker
    if (!worker || this.waiting.size === 0) return
    this.fail(worker, new CancelledError())
    this.ended++
    void worker.terminate()
    // Start the next thread now: it loads while the edit that ended this one is debounced.
    this.thread()
  }

  async heapUsed(): Promise<number> {
    const reply = await this.request({ type: 'memory' })
    return 'heapUsed' in reply ? reply.heapUsed : 0
  }

  async dispose(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }
}
