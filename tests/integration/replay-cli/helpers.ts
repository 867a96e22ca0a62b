/**
 * What the replay CLI tests share: `mpsim` run as a user runs it (tests/helpers/cli-process),
 * suite files written to a scratch folder, and a port nothing listens on.
 */
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'

export { children, runCli, stopChildren } from '../../helpers/cli-process'
export type { Ran } from '../../helpers/cli-process'

/** A loopback port that was free a moment ago and has nothing listening on it now. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A suite the sample bot passes: `help` is answered with the keyword list. */
export const PASSING = `version: 1
name: passing
steps:
  - name: help is answered
    send: { type: text, fields: { Content: help } }
    expect:
      verdict: reply
      replyType: text
      fields:
        Content: { contains: help }
`

/** One step passes, one asserts what the sample bot never says. */
export const FAILING = `version: 1
name: failing
steps:
  - name: help is answered
    send: { type: text, fields: { Content: help } }
  - name: wrong content
    send: { type: text, fields: { Content: help } }
    expect:
      fields:
        Content: { contains: "no such words" }
`

/** verdict "maybe" on line 6. */
export const BROKEN = `version: 1
name: broken
steps:
  - send: { type: text }
    expect:
      verdict: maybe
`

export const CAPTURED_TEXT =
  '<xml><ToUserName><![CDATA[gh_prod]]></ToUserName><FromUserName><![CDATA[oProd1]]></FromUserName>' +
  '<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
  '<Content><![CDATA[help]]></Content><MsgId>1234567890</MsgId></xml>'
