import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

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
    plugins: [react()],
    // Relative asset paths: the core serves the renderer over HTTP on any port.
    base: './',
    build: { minify: true, chunkSizeWarningLimit: 8000 },
    // `npm run dev`: the Vite dev server forwards API calls to the core in the Electron main process.
    server: { proxy: { '/api': 'http://127.0.0.1:5174' } },
  },
})
