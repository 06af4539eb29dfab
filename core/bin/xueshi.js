#!/usr/bin/env node
// Runs the compiled CLI (`pnpm --filter @xueshi/core build` writes dist/).
import '../dist/cli.js';
