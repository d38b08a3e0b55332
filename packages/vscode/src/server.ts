import { main } from '@onrecord/language-server'

// The language server, bundled into the extension: VS Code forks this file with `--node-ipc`.
main(process.argv.slice(2))
