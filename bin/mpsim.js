#!/usr/bin/env node
// The published entry: the CLI bundled by `npm run build` (electron-vite main build, entry "cli").
import '../out/main/cli.js'
