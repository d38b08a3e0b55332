import { getHeapStatistics } from 'node:v8'
import { parentPort } from 'node:worker_threads'
import type { AnalysisJob, AnalysisResult } from './job.js'
import { runJob } from './run-job.js'

/** What the server sends the analysis thread. */
export type WorkerRequest =
  | { id: number; type: 'job'; job: AnalysisJob }
  | { id: number; type: 'memory' }

/** What the analysis thread answers. */
export type WorkerReply =
  | { id: number; result: AnalysisResult }
  | { id: number; error: { message: string; stack: string | null } }
  | { id: number; heapUsed: number }

/**
 * The analysis thread: runs one job at a time, so the server's thread stays free to answer
 * the editor while a long article is checked, and a stale job can be stopped by ending it.
 */
const port = parentPort
if (port) {
  port.on('message', async (message: WorkerRequest) => {
    if (message.type === 'memory') {
      globalThis.gc?.()
      port.postMessage({ id: message.id, heapUsed: getHeapStatistics().used_heap_size })
      return
    }
    let reply: WorkerReply
    try {
      reply = { id: message.id, result: await runJob(message.job) }
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error))
      reply = { id: message.id, error: { message: err.message, stack: err.stack ?? null } }
    }
    port.postMessage(reply)
  })
}
