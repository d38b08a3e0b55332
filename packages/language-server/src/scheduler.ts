import { type Analyzer, CancelledError } from './analyzer.js'
import type { AnalysisJob, AnalysisResult } from './job.js'

/** What the scheduler asks of the server. */
export interface SchedulerHost {
  /** The current version of an open document that should be checked, or null. */
  versionOf(uri: string): number | null
  /** The version the stored result is for, or null when there is none. */
  checkedVersion(uri: string): number | null
  /** The job for the current version, or null to skip the document. */
  jobFor(uri: string): Promise<AnalysisJob | null>
  /** How long the last check of the document took, in ms (null when never checked). */
  lastDuration(uri: string): number | null
  /**
   * Milliseconds to wait after an edit before checking; `idle` says that nothing is being
   * checked or waiting, so a quick check can start at once.
   */
  delayFor(uri: string, idle: boolean): number
  /** A result: the host keeps it only when it is for the document's current version. */
  deliver(result: AnalysisResult): void
  /** The check of a version failed (a bug): the host keeps a result that says so. */
  failed(job: AnalysisJob, error: Error): void
  /** The document is not to be checked (disabled in settings): the host keeps an empty result. */
  skipped(uri: string, version: number): void
}

interface Running {
  uri: string
  version: number
  started: number
  /** Text length, to estimate how long a job never measured will take. */
  size: number
}

/**
 * Decides when documents are checked: after a pause in editing (debounce), one job at a time,
 * always the latest version of each document, never a version already checked. A job whose
 * document changes while it runs is ended when finishing it would cost more than starting
 * over (`cancelAfter` ms of expected remaining work); otherwise its result is dropped.
 */
export class Scheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>()
  /** Documents waiting to be checked, in order. */
  private readonly queue = new Set<string>()
  private running: Running | null = null
  private readonly waiters = new Map<string, Set<() => void>>()
  private pumping = false
  /** Jobs run, cancelled and dropped as stale: for `onrecord/status`. */
  readonly counts = { run: 0, cancelled: 0, stale: 0 }

  constructor(
    private readonly analyzer: Analyzer,
    private readonly host: SchedulerHost,
    /** About what starting a fresh analysis thread costs (ms): ending a job must save more. */
    private readonly cancelAfter = 250,
  ) {}

  /** The document changed: check it after the debounce delay. */
  changed(uri: string): void {
    this.clearTimer(uri)
    const running = this.running
    if (running?.uri === uri && running.version !== this.host.versionOf(uri)) {
      const expected = this.host.lastDuration(uri) ?? running.size / 200
      if (expected - (performance.now() - running.started) > this.cancelAfter) {
        this.counts.cancelled++
        this.analyzer.cancel()
      }
    }
    const idle = this.running === null && this.queue.size === 0 && this.timers.size === 0
    const delay = this.host.delayFor(uri, idle)
    if (delay <= 0) this.enqueue(uri)
    else
      this.timers.set(
        uri,
        setTimeout(() => {
          this.timers.delete(uri)
          this.enqueue(uri)
        }, delay),
      )
  }

  /** Check the document now (opened, or its configuration changed). */
  now(uri: string): void {
    this.clearTimer(uri)
    this.enqueue(uri)
  }

  /** The document was closed: drop what is waiting for it. */
  forget(uri: string): void {
    this.clearTimer(uri)
    this.queue.delete(uri)
    this.notify(uri)
  }

  /** Pending timers and queued documents, for `onrecord/status`. */
  get pending(): number {
    return this.timers.size + this.queue.size + (this.running ? 1 : 0)
  }

  /**
   * Resolves once the stored result is for the document's current version (skipping the
   * debounce if a check is waiting for it), or once the document is closed.
   */
  whenFresh(uri: string): Promise<void> {
    if (this.isSettled(uri)) return Promise.resolve()
    return new Promise<void>((resolve) => {
      let set = this.waiters.get(uri)
      if (!set) {
        set = new Set()
        this.waiters.set(uri, set)
      }
      set.add(resolve)
      if (this.timers.has(uri) || (!this.queue.has(uri) && this.running?.uri !== uri)) this.now(uri)
    })
  }

  private isSettled(uri: string): boolean {
    const version = this.host.versionOf(uri)
    return version === null || this.host.checkedVersion(uri) === version
  }

  private notify(uri: string): void {
    const set = this.waiters.get(uri)
    if (!set || !this.isSettled(uri)) return
    this.waiters.delete(uri)
    for (const resolve of set) resolve()
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri)
    if (timer !== undefined) clearTimeout(timer)
    this.timers.delete(uri)
  }

  private enqueue(uri: string): void {
    this.queue.add(uri)
    void this.pump()
  }

  private async pump(): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    try {
      for (;;) {
        const uri = this.queue.values().next().value as string | undefined
        if (uri === undefined) break
        this.queue.delete(uri)
        await this.runOne(uri)
        this.notify(uri)
      }
    } finally {
      this.pumping = false
    }
  }

  private async runOne(uri: string): Promise<void> {
    const version = this.host.versionOf(uri)
    if (version === null || this.host.checkedVersion(uri) === version) return
    const job = await this.host.jobFor(uri)
    if (!job) {
      this.host.skipped(uri, version)
      return
    }
    this.running = { uri, version: job.version, started: performance.now(), size: job.text.length }
    try {
      const result = await this.analyzer.run(job)
      this.counts.run++
      if (result.version !== this.host.versionOf(uri)) this.counts.stale++
      this.host.deliver(result)
    } catch (error) {
      if (!(error instanceof CancelledError))
        this.host.failed(job, error instanceof Error ? error : new Error(String(error)))
    } finally {
      this.running = null
    }
  }
}
