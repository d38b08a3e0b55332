// The server's analysis thread, bundled beside `server.js` (the server looks
// for `worker.js` next to itself).
import '@onrecord/language-server/worker'
