#!/usr/bin/env node
// The `edgepy` command. The CLI itself is built into dist/ by `npm run build` (run by `npm ci`).
import '../dist/cli.js';
