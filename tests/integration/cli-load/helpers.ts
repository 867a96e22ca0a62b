/**
 * What the `mpsim load` CLI tests share: bots on loopback servers of their own, in plain mode (the
 * tests pass --mode plain, so no keys are needed), and `mpsim` run as a user runs it
 * (tests/helpers/cli-process). Every server and child is stopped at the end of each file.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText } from '../../../src/core/protocol/xml-node'
import { BIN, children } from '../../helpers/cli-process'
import type { Ran } from '../../helpers/cli-process'
import { textReply } from '../engine/bots'

export { closedPort } from '../replay-cli/helpers'
export { runCli, stopChildren } from '../../helpers/cli-process'

export interface Push {
  readonly from: string
  readonly to: string
  readonly msgId: string | undefined
}

export type Handler = (push: Push, res: ServerResponse) => void

export interface TestBot {
  readonly url: string
  /** Pushes received so far (every attempt). */
  readonly received: () => number
  close(): Promise<void>
}

const servers = new Set<Server>()

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function startBot(handler: Handler): Promise<TestBot> {
  let received = 0
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      received++
      const nodes = parseWechatXml(body)
      handler(
        {
          from: childText(nodes, 'FromUserName') ?? '',
          to: childText(nodes, 'ToUserName') ?? '',
          msgId: childText(nodes, 'MsgId'),
        },
        res,
      )
    })
  })
  servers.add(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/wechat`,
    received: () => received,
    close: () => closeServer(server),
  }
}

function closeServer(server: Server): Promise<void> {
  servers.delete(server)
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

export async function stopBots(): Promise<void> {
  await Promise.all([...servers].map(closeServer))
}

export function reply(push: Push, res: ServerResponse, content = 'ok'): void {
  res.writeHead(200, { 'Content-Type': 'text/xml' }).end(textReply(push.from, push.to, content))
}

/** Answers every push at once with a text. */
export const fast: Handler = (push, res) => reply(push, res)

/**
 * HTTP 500 for every other message (by MsgId, so WeChat's retries of a message fail alike), a
 * text for the rest.
 */
export const failingHalf: Handler = (push, res) => {
  const id = BigInt(push.msgId ?? '0')
  if (id % 2n === 0n) res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom')
  else reply(push, res)
}

export interface Started {
  /** Resolves with how the command ended. */
  readonly ran: Promise<Ran>
  interrupt(): void
}

/** `mpsim` as runCli starts it, with the child at hand to send it Ctrl+C. */
export function startCli(args: string[]): Started {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
  })
  children.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const ran = new Promise<Ran>((resolve) => {
    child.on('close', (code) => {
      children.delete(child)
      resolve({ code, stdout, stderr })
    })
  })
  return { ran, interrupt: () => child.kill('SIGINT') }
}

/** The keys CI reads from `--json` (docs/load.md "The command"). */
export const JSON_KEYS = [
  'messages',
  'durationMs',
  'throughput',
  'latencyMs',
  'outcomes',
  'retries',
  'duplicates',
] as const
