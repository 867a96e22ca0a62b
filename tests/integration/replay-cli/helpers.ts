/**
 * What the replay CLI tests share: `mpsim` run as a user runs it (a real process, NO_COLOR, no
 * TTY so no progress bar), suite files written to a scratch folder, and a port nothing listens on.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../../../bin/mpsim.js', import.meta.url))

export interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

export const children = new Set<ChildProcess>()

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env },
    })
    children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (code) => {
      children.delete(child)
      resolve({ code, stdout, stderr })
    })
  })
}

export function stopChildren(): void {
  for (const child of children) child.kill()
}

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
