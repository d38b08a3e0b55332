import { parentPort, workerData } from 'node:worker_threads'
import type { ResolvedConfig } from './config.js'
import { failedOutcome, internalError, type JobSpec, type Outcome, type Task } from './outcome.js'
import { runTask } from './task.js'

/**
 * A worker thread of the pool: receives configurations (once each) and tasks, answers with the
 * outcome of each task. Workers read their own files, so reading and decoding run in parallel
 * too; only file names go in and formatted output comes back.
 */
export type ToWorker =
  | { type: 'config'; key: string; config: ResolvedConfig }
  | { type: 'task'; task: Task }
export type FromWorker = { type: 'ready' } | { type: 'done'; outcome: Outcome }

const port = parentPort
if (port) {
  const spec = (workerData as { spec: JobSpec }).spec
  const configs = new Map<string, ResolvedConfig>()
  port.on('message', (message: ToWorker) => {
    if (message.type === 'config') {
      configs.set(message.key, message.config)
      return
    }
    const { task } = message
    const config = configs.get(task.configKey)
    const done = (outcome: Outcome) =>
      port.postMessage({ type: 'done', outcome } satisfies FromWorker)
    if (!config) {
      done(failedOutcome(task, 'internal error: no configuration sent for this file'))
      return
    }
    runTask(task, config, spec).then(done, (error: unknown) =>
      done(failedOutcome(task, internalError(error))),
    )
  })
  // Loaded and listening: from now on a file's time limit measures the file, not the start-up
  // (which takes seconds on a busy machine).
  port.postMessage({ type: 'ready' } satisfies FromWorker)
}
