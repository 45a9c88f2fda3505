// Loads the native parser built by node-gyp-build and attaches node-types.json for typed consumers.
const root = require('path').join(__dirname, '..', '..');

module.exports = require('node-gyp-build')(root);

try {
  module.exports.nodeTypeInfo = require('../../src/node-types.json');
} catch (_) {
  // node-types.json is optional at run time.
}
