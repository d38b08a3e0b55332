import type { Worker } from 'node:worker_threads'
import type { ResolvedConfig } from './config.js'
import { failedOutcome, internalError, type JobSpec, type Outcome, type Task } from './outcome.js'
import type { FromWorker, ToWorker } from './worker.js'

export interface RunOptions {
  /** Worker threads; 1 runs every file in this thread. */
  jobs: number
  spec: JobSpec
  /** Configurations by key (`Task.configKey`). */
  configs: ReadonlyMap<string, ResolvedConfig>
  /** Per-file time limit in milliseconds (worker threads only), or 0 for none. */
  timeout: number
  /** Called once per task, in task order, each call awaited before the next. */
  onOutcome: (outcome: Outcome) => Promise<void>
}

/**
 * Runs tasks and hands their outcomes over in input order. With more than one job, files are
 * checked in worker threads; at most `4 × jobs` files are ever ahead of the output, so memory
 * stays flat however many files there are.
 */
export async function runTasks(tasks: readonly Task[], options: RunOptions): Promise<void> {
  if (options.jobs <= 1 || tasks.length <= 1) return runInThread(tasks, options)
  // Loaded here, not at the top: a run in this thread never needs worker threads.
  const { Worker } = await import('node:worker_threads')
  return new WorkerPool(tasks, options, Worker).run()
}

async function runInThread(tasks: readonly Task[], options: RunOptions): Promise<void> {
  // Loaded here, not at the top: with worker threads the main thread never needs the pipeline.
  const { runTask } = await import('./task.js')
  for (const task of tasks) {
    const config = options.configs.get(task.configKey) as ResolvedConfig
    let outcome: Outcome
    try {
      outcome = await runTask(task, config, options.spec)
    } catch (error) {
      if (process.env.ONRECORD_DEBUG) console.error(error)
      outcome = failedOutcome(task, internalError(error))
    }
    await options.onOutcome(outcome)
  }
}

interface Slot {
  worker: Worker
  task: Task | null
  timer: NodeJS.Timeout | null
  configs: Set<string>
  /** Loaded and listening: tasks go only to ready workers, so a time limit never counts start-up. */
  listening: boolean
  /** Finished at least one task (a worker that dies before that may be unable to start at all). */
  proven: boolean
  retired: boolean
}

const workerUrl = new URL('./worker.js', import.meta.url)

class WorkerPool {
  private readonly tasks: readonly Task[]
  private readonly options: RunOptions
  private readonly slots: Slot[] = []
  private readonly ready = new Map<number, Outcome>()
  private readonly window: number
  private nextDispatch = 0
  private nextEmit = 0
  private emitting = false
  private startupFailures = 0
  private resolve!: () => void
  private reject!: (error: Error) => void
  private finished = false
  private readonly WorkerClass: typeof Worker

  constructor(tasks: readonly Task[], options: RunOptions, WorkerClass: typeof Worker) {
    this.tasks = tasks
    this.options = options
    this.WorkerClass = WorkerClass
    this.window = Math.max(8, options.jobs * 4)
  }

  run(): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
    })
    const count = Math.min(this.options.jobs, this.tasks.length)
    for (let i = 0; i < count; i++) this.slots.push(this.spawn())
    this.pump()
    return done.finally(() => this.shutdown())
  }

  private spawn(): Slot {
    const worker = new this.WorkerClass(workerUrl, {
      workerData: { spec: this.options.spec },
      // A smaller young generation than V8's default for this machine's memory: each worker
      // scavenges more often but no slower overall, and two workers' peak stays near 255 MB
      // instead of 280–490 MB over 1,000 articles (scripts/bench.mjs, report -j 2).
      resourceLimits: { maxYoungGenerationSizeMb: 24 },
      stdout: false,
      stderr: false,
    })
    const slot: Slot = {
      worker,
      task: null,
      timer: null,
      configs: new Set(),
      listening: false,
      proven: false,
      retired: false,
    }
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message))
    worker.on('error', (error) =>
      this.onDeath(slot, `worker stopped: ${error.message.split('\n')[0]}`),
    )
    worker.on('exit', (code) => {
      if (!slot.retired) this.onDeath(slot, `worker exited with code ${code}`)
    })
    return slot
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.listening = true
      this.pump()
      return
    }
    if (slot.task === null) return
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    slot.task = null
    slot.proven = true
    this.startupFailures = 0
    this.accept(message.outcome)
  }

  /** A worker crashed or was stopped: its file fails, a new worker takes its place. */
  private onDeath(slot: Slot, reason: string): void {
    if (slot.retired) return
    slot.retired = true
    if (slot.timer) clearTimeout(slot.timer)
    void slot.worker.terminate()
    const index = this.slots.indexOf(slot)
    if (!slot.proven && ++this.startupFailures > 3) {
      this.fail(new Error(`cannot start worker threads (${reason}); try --jobs 1`))
      return
    }
    const task = slot.task
    slot.task = null
    if (index !== -1 && !this.finished) this.slots[index] = this.spawn()
    if (task) this.accept(failedOutcome(task, internalError(new Error(reason))))
    this.pump()
  }

  private accept(outcome: Outcome): void {
    this.ready.set(outcome.seq, outcome)
    void this.emit()
    this.pump()
  }

  private async emit(): Promise<void> {
    if (this.emitting || this.finished) return
    this.emitting = true
    try {
      while (this.ready.has(this.nextEmit)) {
        const outcome = this.ready.get(this.nextEmit) as Outcome
        this.ready.delete(this.nextEmit)
        this.nextEmit++
        await this.options.onOutcome(outcome)
        this.pump()
      }
    } catch (error) {
      this.fail(error as Error)
      return
    } finally {
      this.emitting = false
    }
    if (this.nextEmit === this.tasks.length) {
      this.finished = true
      this.resolve()
    }
  }

  private pump(): void {
    if (this.finished) return
    for (const slot of this.slots) {
      if (slot.task !== null || slot.retired || !slot.listening) continue
      if (this.nextDispatch >= this.tasks.length) return
      if (this.nextDispatch >= this.nextEmit + this.window) return
      const task = this.tasks[this.nextDispatch++] as Task
      this.dispatch(slot, task)
    }
  }

  private dispatch(slot: Slot, task: Task): void {
    slot.task = task
    if (!slot.configs.has(task.configKey)) {
      const config = this.options.configs.get(task.configKey) as ResolvedConfig
      slot.worker.postMessage({ type: 'config', key: task.configKey, config } satisfies ToWorker)
      slot.configs.add(task.configKey)
    }
    slot.worker.postMessage({ type: 'task', task } satisfies ToWorker)
    const limit = this.options.timeout
    if (limit > 0) {
      slot.timer = setTimeout(() => {
        const shown = limit < 1000 ? `${limit} ms` : `${Math.round(limit / 100) / 10} s`
        const current = slot.task
        if (!current) return
        slot.task = null
        // It started and ran; it is only slow on this file.
        slot.proven = true
        this.onDeath(slot, 'stopped after the time limit')
        this.accept(failedOutcome(current, `took longer than ${shown} (--timeout), stopped`))
      }, limit)
      slot.timer.unref()
    }
  }

  private fail(error: Error): void {
    if (this.finished) return
    this.finished = true
    this.reject(error)
  }

  private async shutdown(): Promise<void> {
    await Promise.all(
      this.slots.map((slot) => {
        slot.retired = true
        if (slot.timer) clearTimeout(slot.timer)
        return slot.worker.terminate().catch(() => 0)
      }),
    )
  }
}
