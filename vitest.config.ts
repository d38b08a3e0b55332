import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const source = (name: string) =>
  fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url))

// Tests run against the TypeScript sources of every package, so a test never sees a stale build.
export default defineConfig({
  resolve: {
    alias: {
      '@onrecord/parser': source('parser'),
      '@onrecord/rules': source('rules'),
      '@onrecord/reporter': source('reporter'),
      '@onrecord/cli': source('cli'),
      '@onrecord/language-server': source('language-server'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
