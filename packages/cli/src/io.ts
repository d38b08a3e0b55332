/** What a command reads from and writes to: the process's, or stand-ins in tests. */
export interface IO {
  cwd: string
  env: NodeJS.ProcessEnv
  stdin: NodeJS.ReadableStream & { isTTY?: boolean | undefined }
  stdout: NodeJS.WritableStream & { isTTY?: boolean | undefined; columns?: number | undefined }
  stderr: NodeJS.WritableStream & { isTTY?: boolean | undefined; columns?: number | undefined }
}

export function processIO(): IO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  }
}
