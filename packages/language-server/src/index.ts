export { reasonPlaceholder } from './code-actions.js'
export { languageIds } from './format.js'
export {
  type ReportParams,
  reportRequest,
  type ServerStatus,
  settingsSection,
  statusRequest,
} from './protocol.js'
export { createServer, type ServerOptions } from './server.js'
export { defaultSettings, readSettings, type Settings, type SeverityName } from './settings.js'
export { main, type StartOptions, startServer, usage } from './start.js'
export { serverName, serverVersion } from './version.js'
