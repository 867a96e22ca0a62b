/**
 * The composition root (style.md "Engine habits"): builds the runtime, the control API and the
 * listeners, and returns their URLs, the per-launch token and stop(). The Electron shell, the CLI
 * (`mpsim serve`) and the tests all start the core through this one function.
 */
import { randomBytes } from 'node:crypto'
import { createControlApp } from './control/create-control-app'
import { labHandlers } from './control/handlers/lab'
import { listenLoopback } from './runtime/listen'
import { secureRandom, seededRandom } from './runtime/random'

export interface StartCoreOptions {
  /** Control API port. @default 5174 (moves to a free port when taken); use 0 in tests. */
  controlPort?: number
  /** Folder of the built renderer to serve. */
  rendererDir?: string
  /** Which host runs the core. */
  host: 'electron' | 'node'
  version: string
  /** Makes every random value reproducible (deterministic mode). */
  seed?: string
  /** Fixed token (tests); a fresh random one per launch otherwise. */
  token?: string
  /** Extra origins allowed to call the API (the Vite dev server in `npm run dev`). */
  extraOrigins?: readonly string[]
}

export interface RunningCore {
  /** Base URL of the control API and the UI, e.g. http://127.0.0.1:5174 */
  url: string
  /** The UI URL with the token in the fragment (never sent to a server). */
  uiUrl: string
  token: string
  /** True when the default port was taken and the core moved to another one. */
  portMoved: boolean
  stop(): Promise<void>
}

export const DEFAULT_CONTROL_PORT = 5174

export async function startCore(options: StartCoreOptions): Promise<RunningCore> {
  const random = options.seed === undefined ? secureRandom : seededRandom(options.seed)
  const token = options.token ?? randomBytes(24).toString('base64url')
  let origins: string[] = [...(options.extraOrigins ?? [])]
  const app = createControlApp({
    token,
    rendererDir: options.rendererDir,
    allowedOrigins: () => origins,
    handlers: {
      getInfo: () =>
        Promise.resolve({ name: 'mpsim' as const, version: options.version, host: options.host }),
      ...labHandlers(random),
    },
  })
  const listening = await listenLoopback(app, options.controlPort ?? DEFAULT_CONTROL_PORT)
  const url = `http://127.0.0.1:${listening.port}`
  origins = [...origins, url, `http://localhost:${listening.port}`]
  return {
    url,
    uiUrl: `${url}/#token=${token}`,
    token,
    portMoved: listening.moved,
    stop: () => listening.close(),
  }
}
