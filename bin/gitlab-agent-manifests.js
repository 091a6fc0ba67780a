#!/usr/bin/env node
// The CLI lives in dist/cli (built by `npm run build`); this shim only connects it to the process.
import { createProcessIo, run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2), createProcessIo());
