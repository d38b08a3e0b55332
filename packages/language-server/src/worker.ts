import { getHeapStatistics } from 'node:v8'
import { parentPort } from 'node:worker_threads'
import type { Report } from '@onrecord/reporter'
import type { AnalysisJob, AnalysisResult } from './job.js'
import { forget, reportOf, runJob } from './run-job.js'

/** What the server sends the analysis thread. */
export type WorkerRequest =
  | { id: number; type: 'job'; job: AnalysisJob }
  | { id: number; type: 'report'; uri: string; version: number; generation: number }
  | { id: number; type: 'forget'; uri: string }
  | { id: number; type: 'memory' }

/** What the analysis thread answers. */
export type WorkerReply =
  | { id: number; result: AnalysisResult }
  | { id: number; error: { message: string; stack: string | null } }
  | { id: number; heapUsed: number }
  | { id: number; report: Report | null; held: boolean }
  | { id: number; forgotten: true }

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
    if (message.type === 'forget') {
      forget(message.uri)
      port.postMessage({ id: message.id, forgotten: true })
      return
    }
    if (message.type === 'report') {
      let reply: WorkerReply
      try {
        const report = reportOf(message.uri, message.version, message.generation)
        reply = { id: message.id, report: report ?? null, held: report !== undefined }
      } catch (error) {
        const err = error instanceof Error ? error : new Error(String(error))
        reply = { id: message.id, error: { message: err.message, stack: err.stack ?? null } }
      }
      port.postMessage(reply)
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
