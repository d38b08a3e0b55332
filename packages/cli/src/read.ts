import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { type DecodedText, decodeText } from './decode.js'
import { describeFsError, FileError } from './errors.js'
import { formatBytes } from './size.js'

/**
 * Reads one input file as text, opened read-only: the size limit is checked before reading,
 * and a binary or undecodable file is a `FileError` naming the file, never an exception that
 * stops the run.
 */
export async function readText(
  path: string,
  label: string,
  maxFileSize: number,
): Promise<DecodedText> {
  // Synchronous calls on purpose: a worker has nothing else to do meanwhile, and for articles
  // (kilobytes) the promise-based API costs more in scheduling than the read itself.
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    throw new FileError(label, describeFsError(error))
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new FileError(label, 'is a directory')
    if (!stat.isFile()) throw new FileError(label, 'not a regular file')
    if (stat.size > maxFileSize) throw tooLarge(label, stat.size, maxFileSize)
    const bytes = readOpenFile(fd, stat.size)
    // The file may have grown between the stat and the read (when it gave no size).
    if (bytes.length > maxFileSize) throw tooLarge(label, bytes.length, maxFileSize)
    const decoded = decodeText(bytes)
    if (!decoded.ok) throw new FileError(label, decoded.reason)
    return decoded.value
  } catch (error) {
    if (error instanceof FileError) throw error
    throw new FileError(label, describeFsError(error))
  } finally {
    try {
      closeSync(fd)
    } catch {}
  }
}

/**
 * The bytes of an open regular file of `size` bytes (by its `fstat`), read as `readFileSync(fd)`
 * reads them but without the second `fstat` it makes of its own: at most `size` bytes, fewer if
 * the file has shrunk since. A file that gives no size (0: some virtual files) is left to
 * `readFileSync`, which reads such a file to its end.
 */
export function readOpenFile(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd)
  const bytes = Buffer.allocUnsafe(size)
  let length = 0
  while (length < size) {
    const read = readSync(fd, bytes, length, size - length, null)
    if (read === 0) break
    length += read
  }
  return length < size ? bytes.subarray(0, length) : bytes
}

export function tooLarge(label: string, size: number, limit: number): FileError {
  return new FileError(
    label,
    `file too large (${formatBytes(size)}; the limit is ${formatBytes(limit)} — raise it with --max-file-size or maxFileSize)`,
  )
}

/** Reads standard input to the end, with the same size limit and decoding as files. */
export async function readStdin(
  stream: NodeJS.ReadableStream,
  label: string,
  maxFileSize: number,
): Promise<DecodedText> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > maxFileSize) throw tooLarge(label, size, maxFileSize)
    chunks.push(buffer)
  }
  const decoded = decodeText(Buffer.concat(chunks))
  if (!decoded.ok) throw new FileError(label, decoded.reason)
  return decoded.value
}
