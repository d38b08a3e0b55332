/** The default limit on the size of one input file: 10 MB. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

const units: Record<string, number> = {
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
  g: 1024 ** 3,
}

/**
 * A size in bytes from a number of bytes or a string such as `"500KB"`, `"10 MB"`, `"1.5mb"`
 * (binary units: 1 KB = 1024 bytes). Null when the value is not a size.
 */
export function parseSize(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null
  if (typeof value !== 'string') return null
  // Trimmed first, so the pattern has no two adjacent runs that can share characters.
  const match = /^(\d+(?:\.\d+)?) ?([a-z]*)$/i.exec(value.trim())
  if (!match) return null
  const unit = units[(match[2] || 'b').toLowerCase()]
  if (unit === undefined) return null
  const bytes = Math.floor(Number(match[1]) * unit)
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 ** 2) return `${trim(bytes / 1024)} KB`
  if (bytes < 1024 ** 3) return `${trim(bytes / 1024 ** 2)} MB`
  return `${trim(bytes / 1024 ** 3)} GB`
}

function trim(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '')
}
