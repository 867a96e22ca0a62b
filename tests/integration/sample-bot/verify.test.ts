import { describe, expect, it } from 'vitest'
import { serverSignature } from '../../../src/core/protocol/server-signature'
import { startHarness, TOKEN } from './bot-harness'

function verifyUrl(botUrl: string, signature?: string): string {
  const timestamp = '1714036504'
  const nonce = '1514711492'
  const sig = signature ?? serverSignature({ token: TOKEN, timestamp, nonce }).sha1
  // WeChat's observed order: signature, echostr, timestamp, nonce (protocol.md §3).
  return `${botUrl}/wechat?signature=${sig}&echostr=4375120948345356249&timestamp=${timestamp}&nonce=${nonce}`
}

describe('URL verification, GET /wechat (protocol.md §3)', () => {
  it('echoes echostr exactly when the signature matches', async () => {
    const { botUrl } = await startHarness()
    const response = await fetch(verifyUrl(botUrl))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('4375120948345356249')
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
  })

  it('refuses a wrong signature with 403 and does not echo', async () => {
    const { botUrl } = await startHarness()
    const response = await fetch(verifyUrl(botUrl, '0'.repeat(40)))
    expect(response.status).toBe(403)
    const body = await response.text()
    expect(body).not.toContain('4375120948345356249')
    expect(body).toContain('Signature mismatch')
  })

  it('answers 400 naming every missing parameter', async () => {
    const { botUrl } = await startHarness()
    const response = await fetch(`${botUrl}/wechat?echostr=1`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('signature, timestamp, nonce')
  })

  it('answers 400 to a repeated parameter', async () => {
    const { botUrl } = await startHarness()
    const response = await fetch(`${verifyUrl(botUrl)}&nonce=2`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('"nonce"')
  })
})
