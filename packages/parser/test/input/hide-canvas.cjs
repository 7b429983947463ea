// Preloaded with `node --require`: `@napi-rs/canvas` cannot be found, as after `npm install --omit=optional`.
const Module = require('node:module')

const resolveFilename = Module._resolveFilename
Module._resolveFilename = function hideCanvas(request, ...rest) {
  if (request === '@napi-rs/canvas' || request.startsWith('@napi-rs/canvas/')) {
    const error = new Error(`Cannot find module '${request}'`)
    error.code = 'MODULE_NOT_FOUND'
    throw error
  }
  return resolveFilename.call(this, request, ...rest)
}
