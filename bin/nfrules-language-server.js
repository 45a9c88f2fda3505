#!/usr/bin/env node
'use strict';
// Standalone language server for Neovim, Helix, Emacs…: `nfrules-language-server --stdio`.
require('../dist/server.js');
