import { commands, type ExtensionContext, window, workspace } from 'vscode'
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node'

/** The languages the server checks. */
export const languages = ['markdown', 'plaintext', 'html'] as const

let client: LanguageClient | undefined

/**
 * Starts the onrecord language server (bundled as `dist/server/server.js`) for Markdown,
 * plain-text and HTML documents. Settings (`onrecord.*`) are read by the server itself through
 * `workspace/configuration`, and configuration files are watched by its own registration.
 */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server/server.js')
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6019'] } },
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    diagnosticCollectionName: 'onrecord',
  }
  client = new LanguageClient('onrecord', 'onrecord', serverOptions, clientOptions)
  context.subscriptions.push(
    commands.registerCommand('onrecord.showReport', async () => {
      const editor = window.activeTextEditor
      if (!editor || !client) {
        void window.showInformationMessage('onrecord: open a Markdown, text or HTML article first.')
        return
      }
      try {
        const report = await client.sendRequest('onrecord/report', {
          textDocument: { uri: editor.document.uri.toString() },
        })
        const document = await workspace.openTextDocument({
          language: 'json',
          content: `${JSON.stringify(report, null, 2)}\n`,
        })
        await window.showTextDocument(document, { preview: false })
      } catch (error) {
        void window.showErrorMessage(`onrecord: ${(error as Error).message}`)
      }
    }),
    commands.registerCommand('onrecord.restartServer', async () => {
      await client?.restart()
    }),
  )
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
