import { readFileSync } from 'node:fs'

export const serverName = 'onrecord-language-server'

let version: string | undefined

/** This package's version, from its package.json (or the bundle's, in the VS Code extension). */
export function serverVersion(): string {
  if (version === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
      version = typeof pkg.version === 'string' ? pkg.version : '0.0.0'
    } catch {
      version = '0.0.0'
    }
  }
  return version as string
}
