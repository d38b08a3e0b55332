/**
 * Errors a user can cause and fix. The command line prints them as one line,
 * `onrecord: <message>`, never with a stack trace; anything else is a bug.
 */
export class UserError extends Error {
  /** The exit code the command line ends with. */
  readonly exitCode: number

  constructor(message: string, exitCode = 2) {
    super(message)
    this.name = 'UserError'
    this.exitCode = exitCode
  }
}

/** Bad command-line usage: an unknown flag, a missing value, flags that contradict each other. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2)
    this.name = 'UsageError'
  }
}

/** A configuration file that cannot be read, parsed or validated. Names the file and the key. */
export class ConfigError extends UserError {
  /** The configuration file, or null for options given on the command line or in code. */
  readonly file: string | null
  /** Where in the configuration the problem is (`rules.hedge`), or null for the whole file. */
  readonly key: string | null
  /** What is wrong, without the file and key. */
  readonly problem: string

  constructor(file: string | null, key: string | null, problem: string) {
    const where = [file, key].filter((part) => part !== null && part !== '').join(': ')
    super(where ? `${where}: ${problem}` : problem, 2)
    this.name = 'ConfigError'
    this.file = file
    this.key = key
    this.problem = problem
  }
}

/** One input that cannot be checked: missing, unreadable, not text, too large. The run goes on. */
export class FileError extends UserError {
  readonly file: string
  readonly reason: string

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`, 2)
    this.name = 'FileError'
    this.file = file
    this.reason = reason
  }
}

/** A one-line description of a Node.js file-system error, without the syscall noise. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ELOOP':
      return 'too many symbolic links'
    case 'ENAMETOOLONG':
      return 'file name too long'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
    case 'EIO':
      return 'input/output error'
    default:
      return error instanceof Error
        ? error.message.split('\n')[0] || 'unknown error'
        : String(error)
  }
}
