// Loads the native binding built by node-gyp (build/Release) or a prebuild, plus the node types for queries.
const root = require('path').join(__dirname, '..', '..');

module.exports = require('node-gyp-build')(root);

try {
  module.exports.nodeTypeInfo = require('../../src/node-types.json');
} catch (_) {
  // node-types.json is optional at runtime.
}
