/**
 * The sample bot's account read live (`account: () => …`): a Token or EncodingAESKey changed while
 * the bot runs applies to the next request, as mpsim's Settings and rotateAesKey need. Before this
 * option the bot kept the values it was started with, so after a key rotation every safe-mode push
 * failed with IllegalBuffer (-40008) until the core restarted.
 */
import { describe, expect, it, vi } from 'vitest'
import type { BotAccount } from '../../../src/core/sample-bot'
import { serverSignature } from '../../../src/core/protocol/server-signature'
import { childText } from '../../../src/core/protocol/xml-node'
import { PLATFORM_APP } from './fake-platform'
import {
  AES_KEY,
  APP_ID,
  OLD_AES_KEY,
  openReply,
  pushAndJudge,
  startHarness,
  textPush,
  TOKEN,
} from './bot-harness'

const NEW_KEY = 'Q'.repeat(42) + 'w'

function liveAccount(initial: BotAccount) {
  let current = initial
  return {
    read: () => current,
    change: (patch: Partial<BotAccount>) => {
      current = { ...current, ...patch }
    },
  }
}

const START: BotAccount = {
  token: TOKEN,
  appId: APP_ID,
  appSecret: PLATFORM_APP.appSecret,
  encodingAesKey: OLD_AES_KEY,
}

describe('sample bot with a live account', () => {
  it('follows an EncodingAESKey rotation between two safe-mode pushes', async () => {
    const account = liveAccount(START)
    const { botUrl } = await startHarness({ account: account.read })

    const before = await pushAndJudge(botUrl, textPush('help'), 'safe', OLD_AES_KEY)
    expect(before.answer.status).toBe(200)
    expect(childText(openReply(before.answer.body, OLD_AES_KEY).nodes, 'MsgType')).toBe('text')

    // What rotateAesKey does to the account: a new key, the old one kept as the previous key.
    account.change({ encodingAesKey: NEW_KEY, previousEncodingAesKey: OLD_AES_KEY })

    const after = await pushAndJudge(botUrl, textPush('help'), 'safe', NEW_KEY)
    expect(after.answer.status).toBe(200)
    expect(childText(openReply(after.answer.body, NEW_KEY).nodes, 'MsgType')).toBe('text')
    expect(() => openReply(after.answer.body, OLD_AES_KEY)).toThrow()

    // A push still encrypted with the old key is opened with the previous key (protocol.md §2 FAQ).
    const late = await pushAndJudge(botUrl, textPush('help'), 'safe', OLD_AES_KEY)
    expect(late.answer.status).toBe(200)
    expect(late.verdict.envelope?.keyUsed).toBe('previous')
  })

  it('follows a Token change: verification and pushes are checked with the new Token', async () => {
    const account = liveAccount({ ...START, encodingAesKey: AES_KEY })
    const { botUrl } = await startHarness({ account: account.read })
    const verify = (token: string) => {
      const timestamp = '1714112446'
      const nonce = '27055319'
      const signature = serverSignature({ token, timestamp, nonce }).sha1
      const query = new URLSearchParams({
        signature,
        echostr: '4375120948345356249',
        timestamp,
        nonce,
      })
      return fetch(`${botUrl}/wechat?${query.toString()}`)
    }
    expect((await verify(TOKEN)).status).toBe(200)
    account.change({ token: 'rotatedtoken42' })
    expect((await verify(TOKEN)).status).toBe(403)
    const answer = await verify('rotatedtoken42')
    expect(answer.status).toBe(200)
    expect(await answer.text()).toBe('4375120948345356249')
  })

  it('fetches a new access_token when the AppSecret changes', async () => {
    const account = liveAccount({ ...START, encodingAesKey: AES_KEY })
    const { botUrl, platform, logs } = await startHarness({ account: account.read })
    await pushAndJudge(botUrl, textPush('slow'), 'plain')
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(1))
    account.change({ appSecret: 'b'.repeat(32) })
    await pushAndJudge(botUrl, textPush('slow'), 'plain')
    // The cached token belonged to the old secret: the bot asks again, with the new one (which the
    // fake platform refuses, so the send is logged as failed rather than made with a stale token).
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/token')).toHaveLength(2))
    expect(platform.callsTo('/cgi-bin/token')[1]?.query.secret).toBe('b'.repeat(32))
    await vi.waitFor(() => expect(logs.join('\n')).toContain('40125'))
    expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(1)
  })
})
