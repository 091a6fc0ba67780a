#!/usr/bin/env node
// The CLI is bundled into dist/cli by `npm run build`; this shim only connects it to the process.
// CommonJS (bin/package.json): starting from an ES module would cost Node its ES module loader.
'use strict';
const { loadCli } = require('./load-cli.cjs');

const { cli } = loadCli();
cli.run(process.argv.slice(2), cli.createProcessIo()).then(cli.exitProcess);
