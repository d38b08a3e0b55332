import type { Report } from '@onrecord/reporter'
import { RequestType } from 'vscode-languageserver'

/** Parameters of `onrecord/report`: the document, open or on disk. */
export interface ReportParams {
  textDocument: { uri: string }
}

/**
 * `onrecord/report`: the full sourcing report of a document — the same JSON as
 * `onrecord report --format json` — for the open buffer's current text, or the file on disk.
 */
export const reportRequest = new RequestType<ReportParams, Report, void>('onrecord/report')

/** What `onrecord/status` answers: enough to watch the server's work and memory. */
export interface ServerStatus {
  /** Documents open in the client. */
  documents: number
  /** Documents with a stored result. */
  checked: number
  /** Checks waiting (debounce timers, queue, running). */
  pending: number
  /** Jobs run, ended because their document changed, and finished but dropped as stale. */
  jobs: { run: number; cancelled: number; stale: number }
  /** Times the analysis thread was ended and started again. */
  restarts: number
  /** Heap in use on the server's thread, after a collection when `--expose-gc` is on. */
  heapUsed: number
  /** Heap in use on the analysis thread, likewise (equal to `heapUsed` with `--no-worker`). */
  analysisHeapUsed: number
}

/** `onrecord/status`: counters and memory, for tests, benchmarks and bug reports. */
export const statusRequest = new RequestType<void, ServerStatus, void>('onrecord/status')

/** The section of the client's settings the server reads (`onrecord.enable` …). */
export const settingsSection = 'onrecord'
