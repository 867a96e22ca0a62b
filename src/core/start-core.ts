/**
 * The composition root (docs/architecture.md): opens the workspace, builds the runtime, starts
 * the mock platform, the sample bot and the control API on 127.0.0.1, and returns their URLs, the
 * per-launch token, the engine and stop(). The Electron shell, the CLI (`mpsim serve`) and the
 * tests all start the core through this one function.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SetupProblem } from '../shared/control/engine-schemas'
import type { Account } from '../shared/model/account'
import type { EventBus } from './runtime/event-bus'
import { createControlApp } from './control/create-control-app'
import type { Handlers } from './control/mount-contract'
import { engineHandlers } from './control/handlers/engine'
import { labHandlers } from './control/handlers/lab'
import { loadHandlers } from './control/handlers/load'
import { logHandlers } from './control/handlers/log'
import { workspaceHandlers } from './control/handlers/workspace'
import { workspaceFolderHandlers } from './control/handlers/workspace-folder'
import { phoneBrowserHandlers } from './control/handlers/phone-browser'
import { oauthStepperHandlers } from './control/handlers/oauth-stepper'
import { replayHandlers } from './control/handlers/replay'
import { replayServices } from './control/handlers/replay-services'
import { audienceHandlers } from './control/handlers/audience'
import { imagesHandlers } from './control/handlers/images'
import { mediaHandlers } from './control/handlers/media'
import { messagingHandlers } from './control/handlers/messaging'
import { createSuiteStore } from './workspace/suites'
import { createPhoneBrowser } from './browser/phone-browser'
import type { RunningPhoneBrowser } from './browser/phone-browser'
import { createJssdkService } from './jssdk'
import { Engine } from './engine/engine'
import { createPlatformApp } from './platform/app'
import { createPlatformState } from './platform/state'
import { listenLoopback } from './runtime/listen'
import { expressServerOptions } from './platform/http/express-server'
import { PhoneLog } from './runtime/phone-log'
import type { PhoneMessage } from './runtime/event-bus'
import type { Listening } from './runtime/listen'
import { secureRandom, seededRandom } from './runtime/random'
import { createPlatformContext } from './context/create-context'
import { startSampleBot } from './sample-bot'
import { directorySaved } from './workspace/directory-sync'
import type { RunningSampleBot } from './sample-bot'
import { DEFAULT_PORTS, openWorkspace } from './workspace'
import { SUITES_DIR } from './workspace/layout'
import type { Workspace, WorkspaceProblem } from './workspace'

export interface StartCoreOptions {
  /** Control API port. @default 5174 (moves to a free port when taken); use 0 in tests. */
  controlPort?: number
  /** Mock WeChat port. @default the workspace setting (5175) */
  platformPort?: number
  /** Sample bot port. @default the workspace setting (5176) */
  botPort?: number
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
  /** Workspace folder. @default a temporary folder removed on stop (tests) */
  workspaceDir?: string
  /** Start the reference bot (the default push target). @default true */
  sampleBot?: boolean
  /** Approve OAuth consent as the phone's current user without a page (headless runs). */
  autoConsent?: boolean
  /** Flags laid over the stored account (CLI `--token` …), in memory only: never saved. */
  accountOverrides?: (account: Account) => Account
  /**
   * Push attempts and deadline for this run, over the workspace's settings (the CLI's `--attempts`
   * and `--timeout`); in memory only.
   */
  push?: { readonly attempts?: number; readonly timeoutMs?: number }
  /** How long the sample bot's slow demos take. @default 6000 */
  slowDelayMs?: number
  /** Lets the UI open another workspace folder: the host restarts the core on it. */
  onOpenWorkspace?: (dir: string) => void
}

export interface RunningCore {
  /** Base URL of the control API and the UI, e.g. http://127.0.0.1:5174 */
  url: string
  /** The UI URL with the token in the fragment (never sent to a server). */
  uiUrl: string
  token: string
  /** The mock WeChat base URL (/cgi-bin, /sns, /connect/oauth2). */
  platformUrl: string
  /** The sample bot's push URL, when started. */
  botUrl?: string
  /** True when the default control port was taken and the core moved to another one. */
  portMoved: boolean
  engine: Engine
  /** Engine events (Exchanges, phone messages, menu changes) for hosts and tests. */
  bus: EventBus
  workspace: Workspace
  /** The phone browser's gateways (docs/phone-browser.md); the Electron shell routes its frame. */
  phoneBrowser: RunningPhoneBrowser
  stop(): Promise<void>
}

export const DEFAULT_CONTROL_PORT = 5174

/**
 * A workspace problem as the app receives it with the setup, so a file moved aside at start is
 * shown at once; typed against the shared shape, so a new problem code must be added there too.
 */
function setupProblem(problem: WorkspaceProblem): SetupProblem {
  return problem
}

type RecordingCommands = Pick<Handlers, 'sendPush' | 'sendPushXml' | 'verifyBot' | 'scanQrCode'>

/**
 * A push, verification or scan is answered only once its Exchange has been handed to the
 * operating system, so an acknowledged exchange survives the core being killed
 * (docs/workspace.md "The exchange log"; the wait costs a fraction of a millisecond).
 */
function answerOnceWritten(
  handlers: RecordingCommands,
  written: () => Promise<void>,
): RecordingCommands {
  const after = async <T>(answer: Promise<T>): Promise<T> => {
    const output = await answer
    await written()
    return output
  }
  return {
    sendPush: (input) => after(handlers.sendPush(input)),
    sendPushXml: (input) => after(handlers.sendPushXml(input)),
    verifyBot: (input) => after(handlers.verifyBot(input)),
    scanQrCode: (input) => after(handlers.scanQrCode(input)),
  }
}

/**
 * What a push, verify or scan must have on disk before it answers: its exchange, and the follow
 * state a subscribe/unsubscribe changed in users.json. A users.json write that fails is already
 * reported as a workspace problem; the push itself happened, so it still answers.
 */
async function recordedAndFollowSaved(workspace: Workspace): Promise<void> {
  await Promise.all([
    workspace.exchangeLog.written(),
    directorySaved(workspace.directory, 'user').catch(() => undefined),
  ])
}

/**
 * Points the accounts aimed at the sample bot's preferred port at the port it really got (the
 * preferred one was taken, or 0 asked for any): an overlay, so the stored URL stays the usual one.
 * An account aimed at another bot (the user's own) is left alone.
 */
function movedBotOverlay(preferredPort: number, actualPort: number): (a: Account) => Account {
  if (preferredPort === actualPort) return (account) => account
  // Port 0 asks for any port: the accounts that follow are those aimed at the usual one.
  const wanted = `http://127.0.0.1:${preferredPort || DEFAULT_PORTS.bot}/wechat`
  return (account) => {
    if (account.botUrl !== wanted) return account
    // The callback domain follows when it named the bot's old address (the sample bot's pages).
    const oldAuthority = URL.canParse(account.botUrl) ? new URL(account.botUrl).host : ''
    return {
      ...account,
      botUrl: `http://127.0.0.1:${actualPort}/wechat`,
      callbackDomain:
        account.callbackDomain === oldAuthority
          ? `127.0.0.1:${actualPort}`
          : account.callbackDomain,
    }
  }
}

export async function startCore(options: StartCoreOptions): Promise<RunningCore> {
  const random = options.seed === undefined ? secureRandom : seededRandom(options.seed)
  const token = options.token ?? randomBytes(24).toString('base64url')
  const temporary =
    options.workspaceDir === undefined ? await mkdtemp(join(tmpdir(), 'mpsim-ws-')) : undefined
  const closers: (() => Promise<void>)[] = []
  const stopAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined)
    if (temporary) await rm(temporary, { recursive: true, force: true })
  }
  try {
    const workspace = await openWorkspace(options.workspaceDir ?? temporary ?? '', {
      random,
      defaults: {
        // Port 0 means "any free port" for this run: a new workspace still stores the usual ones.
        botUrl: `http://127.0.0.1:${options.botPort || DEFAULT_PORTS.bot}/wechat`,
        callbackDomain: `127.0.0.1:${options.botPort || DEFAULT_PORTS.bot}`,
        avatarBaseUrl: `http://127.0.0.1:${options.platformPort || DEFAULT_PORTS.platform}/__mpsim/avatar`,
      },
    })
    closers.push(() => workspace.close())
    // Flags laid over the stored accounts (CLI `--token`, `--target`…), on top of where the sample
    // bot really listens, so a flag always wins over the moved default. In memory only.
    const flags = options.accountOverrides ?? ((account: Account) => account)
    let movedBot = (account: Account) => account
    const applyOverlay = () => workspace.directory.setOverlay((account) => flags(movedBot(account)))
    applyOverlay()
    const ctx = createPlatformContext(random, workspace.directory, options.seed !== undefined)
    ctx.bus.on('exchange', (exchange) => workspace.exchangeLog.append(exchange))
    // A load run's users are never listed in the app: what their phones were shown would only push
    // the real users' chats out of the bounded log and the page (docs/load.md "Sampling").
    const shownToListedUser = (m: PhoneMessage) => !workspace.directory.isTransient(m.openid)
    const phoneLog = new PhoneLog()
    ctx.bus.on('phone', (message) => {
      if (shownToListedUser(message)) phoneLog.add(message)
    })
    const state = createPlatformState(ctx, { dir: workspace.dir })
    state.window.setMode(workspace.settings.legacyCsQuota ? 'legacy-20' : 'doc')
    const engine = new Engine({
      ctx,
      state,
      delivery: () => ({
        attempts: options.push?.attempts ?? workspace.settings.push.attempts,
        timeoutMs: options.push?.timeoutMs ?? workspace.settings.push.timeoutMs,
      }),
    })

    const platformApp = createPlatformApp(ctx, {
      state,
      onTemplateSent: (job) => {
        void engine.templateFinished(job)
      },
      onMassSent: (job) => {
        engine
          .massFinished(job)
          .catch((e: unknown) => console.error('mpsim: MASSSENDJOBFINISH:', e))
      },
      onPublished: (job) => {
        engine
          .publishFinished(job)
          .catch((e: unknown) => console.error('mpsim: PUBLISHJOBFINISH:', e))
      },
      oauth: {
        autoConsent: options.autoConsent ?? false,
        currentUser: (accountId) => engine.phoneUser(accountId),
      },
      // Menus the bot creates survive a restart (menus/<account>.json); the API answers once
      // the file is written.
      persistMenu: async (accountId) => {
        const menu = state.menus.get(accountId)
        await (menu ? workspace.menus.put(accountId, menu) : workspace.menus.remove(accountId))
      },
    })
    // Requests and responses built with the app's prototypes from the start: Express's own
    // per-request prototype swap was the platform's largest cost (platform/http/express-server.ts).
    const platform: Listening = await listenLoopback(
      platformApp,
      options.platformPort ?? workspace.settings.ports.platform,
      '127.0.0.1',
      expressServerOptions(platformApp),
    )
    closers.push(() => platform.close())
    const platformUrl = `http://127.0.0.1:${platform.port}`
    // PicUrl, uploadimg and preview URLs name the port the platform really listens on.
    state.media.setBaseUrl(platformUrl)

    let bot: RunningSampleBot | undefined
    if (options.sampleBot !== false) {
      const account = workspace.directory.listAccounts()[0]
      if (account) {
        const preferred = options.botPort ?? workspace.settings.ports.bot
        bot = await startSampleBot(
          {
            // Read on every request: a Token or key changed in Settings or by rotateAesKey
            // applies to the next push without a restart.
            account: () => workspace.directory.account(account.id) ?? account,
            platformBaseUrl: platformUrl,
            random,
            now: () => ctx.clock.nowSeconds(),
            ...(options.slowDelayMs === undefined ? {} : { slowDelayMs: options.slowDelayMs }),
          },
          preferred,
          // The bot's OAuth pages answer its configured callback domains besides loopback names.
          {
            callbackDomains: () => workspace.directory.listAccounts().map((a) => a.callbackDomain),
          },
        )
        const running = bot
        closers.push(() => running.stop())
        movedBot = movedBotOverlay(preferred, Number(new URL(bot.url).port))
        applyOverlay()
      }
    }

    // Menus the bot created survive a restart: the platform state is loaded from the workspace
    // (menus/<account>.json); persistMenu above saves each change before the API answers.
    for (const id of workspace.menus.accountIds()) {
      const stored = workspace.menus.get(id)
      if (stored) state.menus.set(id, stored)
    }

    const setup = () => ({
      platformUrl,
      ...(bot ? { botUrl: `${bot.url}/wechat` } : {}),
      workspaceDir: workspace.dir,
      accounts: workspace.directory.listAccounts(),
      users: workspace.directory.listUsers(),
      phoneUsers: Object.fromEntries(
        workspace.directory.listAccounts().flatMap((a) => {
          const openid = engine.phoneUser(a.id)
          return openid === undefined ? [] : [[a.id, openid] as const]
        }),
      ),
      problems: workspace.problems.map(setupProblem),
    })
    const engineCommands = engineHandlers({
      engine,
      clock: ctx.clock,
      faults: ctx.faults,
      setup,
      mediaBaseUrl: platformUrl,
    })
    let origins: string[] = [...(options.extraOrigins ?? [])]
    // The phone browser's gateways (docs/phone-browser.md): loopback listeners made on demand, one
    // per upstream origin; they must know the app's origins to answer its frame only.
    const browser = createPhoneBrowser({
      ctx,
      platformUrl,
      appOrigins: () => origins,
      jssdk: createJssdkService({ tickets: state.tickets, directory: ctx.directory, random }),
    })
    closers.push(() => browser.stop())
    const platformData = { ctx, state, engine, platformUrl }
    const app = createControlApp({
      token,
      rendererDir: options.rendererDir,
      allowedOrigins: () => origins,
      subscribe: (listener) => {
        const stops = [
          ctx.bus.on('exchange', (data) => listener({ name: 'exchange', data })),
          ctx.bus.on('exchangeProgress', (data) => listener({ name: 'exchangeProgress', data })),
          ctx.bus.on('phone', (data) => {
            if (shownToListedUser(data)) listener({ name: 'phone', data })
          }),
          ctx.bus.on('menu', (data) => listener({ name: 'menu', data })),
          ctx.bus.on('replayProgress', (data) => listener({ name: 'replayProgress', data })),
          ctx.bus.on('capturesImported', (data) => listener({ name: 'capturesImported', data })),
          ctx.bus.on('loadProgress', (data) => listener({ name: 'loadProgress', data })),
        ]
        return () => stops.forEach((stop) => stop())
      },
      handlers: {
        getInfo: () =>
          Promise.resolve({ name: 'mpsim' as const, version: options.version, host: options.host }),
        ...labHandlers(random),
        ...workspaceHandlers({ workspace, state, random, setup }),
        ...engineCommands,
        ...answerOnceWritten(engineCommands, () => recordedAndFollowSaved(workspace)),
        ...logHandlers({ workspace, phoneLog, clock: ctx.clock }),
        ...workspaceFolderHandlers({ workspace, openFolder: options.onOpenWorkspace }),
        ...phoneBrowserHandlers({ engine, directory: workspace.directory, browser }),
        ...oauthStepperHandlers({
          engine,
          directory: workspace.directory,
          bus: ctx.bus,
          platformUrl,
        }),
        ...replayHandlers({
          workspace,
          suites: createSuiteStore(workspace.dir),
          bus: ctx.bus,
          random,
          services: replayServices({ ctx, engine, captureRoot: join(workspace.dir, SUITES_DIR) }),
        }),
        ...mediaHandlers(platformData),
        ...imagesHandlers(platformData),
        ...audienceHandlers(platformData),
        ...messagingHandlers(platformData),
        ...loadHandlers({ ctx, engine, workspace }),
      },
    })
    const listening = await listenLoopback(app, options.controlPort ?? DEFAULT_CONTROL_PORT)
    closers.push(() => listening.close())
    const url = `http://127.0.0.1:${listening.port}`
    origins = [...origins, url, `http://localhost:${listening.port}`]
    return {
      url,
      uiUrl: `${url}/#token=${token}`,
      token,
      platformUrl,
      ...(bot ? { botUrl: `${bot.url}/wechat` } : {}),
      portMoved: listening.moved,
      engine,
      bus: ctx.bus,
      workspace,
      phoneBrowser: browser,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
