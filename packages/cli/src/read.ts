import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
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
    const bytes = readFileSync(fd)
    // The file may have grown between the stat and the read.
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
