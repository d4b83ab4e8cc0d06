// Preloaded into the server process (`node --require ./lib/config/client-address.cjs`, see scripts/lib/next-start.mjs)
// by every launcher of `next start`. It appends the address of the connection to X-Forwarded-For, as every proxy
// hop does, before Next sees the request. Next itself only fills the header in when the request has none, so
// without this the app could not tell a header the client wrote from one a proxy wrote. With it, the last entry is
// always the app's own view of the connection, and lib/core/client-ip.ts counts TRUSTED_PROXY_HOPS back from there.
const http = require('node:http')

const emit = http.Server.prototype.emit
http.Server.prototype.emit = function (event, request, ...rest) {
  if (event === 'request') {
    const address = request.socket.remoteAddress ?? 'unknown'
    const forwarded = request.headers['x-forwarded-for']
    request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${address}` : address
  }
  return emit.call(this, event, request, ...rest)
}

// lib/core/client-ip.ts refuses to guess an address in a process started without this file.
globalThis[Symbol.for('insights.client-address')] = true
