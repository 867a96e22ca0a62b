import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * `npm run dev` only: React Fast Refresh injects an inline preamble script and Vite's HMR talks
 * over a WebSocket, both of which the production CSP in index.html rightly forbids. Built output
 * (what `npm start` and the tests load) keeps the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'mpsim-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:* ws://localhost:*"),
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          // Electron main process: the only entry that imports 'electron'.
          index: resolve('src/main/index.ts'),
          // Plain-Node CLI (`mpsim serve`, browser mode): must never import 'electron'.
          cli: resolve('src/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be ESM: emit CommonJS (toolchain.md).
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    plugins: [react(), devServerCsp()],
    // Relative asset paths: the core serves the renderer over HTTP on any port.
    base: './',
    build: { minify: true, chunkSizeWarningLimit: 8000 },
    // `npm run dev`: the Vite dev server forwards API calls to the core in the Electron main process.
    server: { proxy: { '/api': 'http://127.0.0.1:5174' } },
  },
})
