/**
 * A platform with the push engine wired the way start-core wires it (mass and publish jobs are
 * pushed to a bot), a bot written here that records every push it gets, and a JSON client that
 * talks to the API the way SDKs do: `?access_token=` in the query, JSON bodies.
 */
import { createPlatformApp } from '../../../src/core/platform/app'
import { createPlatformState } from '../../../src/core/platform/state'
import type { PlatformState } from '../../../src/core/platform/state'
import { Engine } from '../../../src/core/engine/engine'
import type { PushExchange } from '../../../src/shared/model/exchange'
import { listenLoopback } from '../../../src/core/runtime/listen'
import type { PhoneMessage } from '../../../src/core/runtime/event-bus'
import type { PlatformContext } from '../../../src/core/context/platform-context'
import type { SimUser } from '../../../src/shared/model/sim-user'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import { ACCOUNT, buildContext } from './context'

export interface MessagingPlatform {
  ctx: PlatformContext
  state: PlatformState
  phone: PhoneMessage[]
  /** The XML bodies the bot received. */
  botPushes: string[]
  /** Resolved job pushes (MASSSENDJOBFINISH / PUBLISHJOBFINISH), as the engine recorded them. */
  jobPushes: Promise<PushExchange>[]
  call(
    path: string,
    body?: unknown,
    query?: Record<string, string>,
  ): Promise<Record<string, unknown>>
  raw(path: string, body?: unknown): Promise<string>
  close(): Promise<void>
}

export async function startMessaging(
  options: { users?: readonly SimUser[]; dir?: string } = {},
): Promise<MessagingPlatform> {
  const botPushes: string[] = []
  const bot: TinyServer = await startTinyServer((_req, res, body) => {
    botPushes.push(body.toString('utf8'))
    res.end('success')
  })
  const ctx = buildContext({
    account: { botUrl: bot.url, mode: 'plain' },
    ...(options.users ? { users: options.users } : {}),
  })
  const state = createPlatformState(ctx, options.dir === undefined ? {} : { dir: options.dir })
  const engine = new Engine({ ctx, state, delivery: () => ({ attempts: 1, timeoutMs: 3000 }) })
  const jobPushes: Promise<PushExchange>[] = []
  const app = createPlatformApp(ctx, {
    state,
    onMassSent: (job) => jobPushes.push(engine.massFinished(job)),
    onPublished: (job) => {
      // PUBLISHJOBFINISH needs its catalogue entry (not there yet): keep the rejection handled.
      const push = engine.publishFinished(job)
      push.catch(() => undefined)
      jobPushes.push(push)
    },
  })
  const listening = await listenLoopback(app, 0)
  const base = `http://127.0.0.1:${listening.port}`
  const phone: PhoneMessage[] = []
  ctx.bus.on('phone', (m) => phone.push(m))

  let token: string | undefined
  const accessToken = async (): Promise<string> => {
    if (token !== undefined) return token
    const url = new URL('/cgi-bin/token', base)
    url.search = new URLSearchParams({
      grant_type: 'client_credential',
      appid: ACCOUNT.appId,
      secret: ACCOUNT.appSecret,
    }).toString()
    const json = (await (await fetch(url)).json()) as { access_token: string }
    token = json.access_token
    return token
  }
  const raw = async (path: string, body?: unknown, query: Record<string, string> = {}) => {
    const url = new URL(path, base)
    url.search = new URLSearchParams({ access_token: await accessToken(), ...query }).toString()
    const response =
      body === undefined
        ? await fetch(url)
        : await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
    return response.text()
  }
  return {
    ctx,
    state,
    phone,
    botPushes,
    jobPushes,
    raw,
    call: async (path, body, query) =>
      JSON.parse(await raw(path, body, query)) as Record<string, unknown>,
    close: async () => {
      await Promise.allSettled(jobPushes)
      await listening.close()
      await bot.close()
    },
  }
}
