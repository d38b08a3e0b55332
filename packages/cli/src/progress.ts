/** The smallest run that gets a progress bar. */
export const PROGRESS_MIN_FILES = 6

interface TerminalStream {
  isTTY?: boolean | undefined
  columns?: number | undefined
  write(chunk: string): boolean
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--'
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

/**
 * A one-line progress bar on standard error — files done, rate and time left — drawn only when
 * standard error is a terminal, so piped and redirected output never contains it. Redrawn at
 * most ten times a second; `clear()` removes it before other output is written to the terminal.
 */
export class Progress {
  private readonly stream: TerminalStream
  private readonly total: number
  private readonly started = Date.now()
  private done = 0
  private lastDraw = 0
  private visible = false
  readonly enabled: boolean

  constructor(stream: TerminalStream, total: number, enabled: boolean) {
    this.stream = stream
    this.total = total
    this.enabled = enabled && stream.isTTY === true && total >= PROGRESS_MIN_FILES
  }

  tick(): void {
    this.done++
    if (!this.enabled) return
    const now = Date.now()
    if (now - this.lastDraw < 100 && this.done < this.total) return
    this.lastDraw = now
    this.draw()
  }

  line(): string {
    const elapsed = (Date.now() - this.started) / 1000
    const rate = elapsed > 0 ? this.done / elapsed : 0
    const left = rate > 0 ? (this.total - this.done) / rate : Number.NaN
    const info = ` ${this.done}/${this.total} files · ${rate.toFixed(1)} files/s · ${clock(left)} left`
    const columns = (this.stream.columns || 80) - 1
    const barWidth = Math.min(40, columns - info.length - 2)
    if (barWidth < 10) return info.trimStart().slice(0, Math.max(20, columns))
    const filled = Math.round((this.done / Math.max(1, this.total)) * barWidth)
    return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${info}`
  }

  draw(): void {
    if (!this.enabled) return
    this.stream.write(`\r\u001b[2K${this.line()}`)
    this.visible = true
  }

  /** Removes the bar from the terminal (before other output, and at the end). */
  clear(): void {
    if (!this.visible) return
    this.stream.write('\r\u001b[2K')
    this.visible = false
  }
}
