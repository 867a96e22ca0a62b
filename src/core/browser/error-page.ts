/**
 * The phone browser's own error pages (docs/phone-browser.md "Refusals"): what went wrong, in
 * Chinese and English like the mock's other pages, shown in the phone where the page would have
 * been. Each carries the bridge, so the app's title bar reads the error's title too.
 */
import type { ServerResponse } from 'node:http'
import { html } from '../platform/oauth/html'
import { BRIDGE_PATH } from './own-paths'

export type GatewayProblem =
  | 'bad-address'
  | 'host'
  | 'unknown-path'
  | 'scheme'
  | 'app'
  | 'gateway'
  | 'limit'
  | 'closed'
  | 'unreachable'
  | 'request-too-large'
  | 'response-too-large'

interface Words {
  readonly status: number
  readonly zh: { readonly title: string; readonly text: string }
  readonly en: { readonly title: string; readonly text: string }
}

const WORDS: Record<GatewayProblem, Words> = {
  'bad-address': {
    status: 400,
    zh: { title: '地址无效', text: '这不是一个完整的网址。请以 http:// 或 https:// 开头。' },
    en: {
      title: 'Not a valid address',
      text: 'This is not a complete web address. Start it with http:// or https://.',
    },
  },
  host: {
    status: 403,
    zh: {
      title: '拒绝访问',
      text: '手机浏览器的中转地址只接受 127.0.0.1 或 localhost 访问（防 DNS 重绑定）。',
    },
    en: {
      title: 'Forbidden',
      text:
        'The phone browser’s gateways answer on 127.0.0.1 or localhost only (a guard against ' +
        'DNS rebinding).',
    },
  },
  'unknown-path': {
    status: 404,
    zh: {
      title: '没有这个路径',
      text: '/__mpsim__/ 下的路径属于 mpsim 的中转，不会转发给网站。',
    },
    en: {
      title: 'No such path',
      text: 'Paths under /__mpsim__/ belong to mpsim’s gateway and are never sent to the site.',
    },
  },
  scheme: {
    status: 400,
    zh: {
      title: '无法打开此类地址',
      text: '手机浏览器只打开 http:// 和 https:// 地址。',
    },
    en: {
      title: 'Cannot open this kind of address',
      text: 'The phone browser opens http:// and https:// addresses only.',
    },
  },
  app: {
    status: 403,
    zh: {
      title: '不能在手机里打开 mpsim 本身',
      text:
        '这个地址是 mpsim 的界面和控制接口。手机浏览器里的网页不能在这里运行，也不能访问它，' +
        '以免网页拿到控制令牌。',
    },
    en: {
      title: 'mpsim itself cannot be opened in the phone',
      text:
        'This address is mpsim’s own interface and control API. Pages in the phone browser never ' +
        'run there or reach it, so no page can obtain the control token.',
    },
  },
  gateway: {
    status: 400,
    zh: {
      title: '这是手机浏览器的中转地址',
      text: '请打开网页的真实地址，mpsim 会自动经由中转地址加载它。',
    },
    en: {
      title: 'This is one of the phone browser’s gateways',
      text: 'Open the page’s real address; mpsim carries it through a gateway by itself.',
    },
  },
  limit: {
    status: 503,
    zh: {
      title: '打开的网站太多',
      text:
        '手机浏览器为每个访问过的网站开一个本地中转端口，已达上限。请从地址栏重新打开一个地址' +
        '（会关闭最久未用的中转），或重启 mpsim。',
    },
    en: {
      title: 'Too many sites open',
      text:
        'The phone browser opens one local gateway per site visited and has reached its limit. ' +
        'Open an address from the address bar again (the least recently used gateway is closed) ' +
        'or restart mpsim.',
    },
  },
  closed: {
    status: 503,
    zh: { title: '手机浏览器已停止', text: 'mpsim 正在关闭或重新打开工作区。' },
    en: {
      title: 'The phone browser has stopped',
      text: 'mpsim is closing or reopening the workspace.',
    },
  },
  unreachable: {
    status: 502,
    zh: {
      title: '无法打开网页',
      text: '连不上这个网站：它没有在运行，或地址、端口有误。',
    },
    en: {
      title: 'The page could not be opened',
      text: 'The site did not answer: it is not running, or the address or port is wrong.',
    },
  },
  'request-too-large': {
    status: 413,
    zh: { title: '提交的内容太大', text: '手机浏览器转发的请求正文有大小上限。' },
    en: {
      title: 'What was sent is too large',
      text: 'The phone browser forwards request bodies up to a size limit.',
    },
  },
  'response-too-large': {
    status: 502,
    zh: { title: '网页太大', text: '手机浏览器转发的网页有大小上限。' },
    en: {
      title: 'The page is too large',
      text: 'The phone browser forwards pages up to a size limit.',
    },
  },
}

/** The page's HTML (exported for tests and the recorded answer). */
export function errorPageHtml(problem: GatewayProblem, detail?: string): string {
  const words = WORDS[problem]
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <script src="${BRIDGE_PATH}"></script>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${words.zh.title} · ${words.en.title}</title>
        <style>
          body {
            font:
              15px/1.6 -apple-system,
              system-ui,
              sans-serif;
            margin: 0;
            padding: 48px 24px;
            color: #191919;
            text-align: center;
          }
          h1 {
            font-size: 20px;
            margin: 0 0 12px;
          }
          p {
            margin: 8px 0;
            color: #555;
          }
          .en {
            color: #888;
          }
          code {
            word-break: break-all;
            font-size: 12px;
            color: #888;
          }
        </style>
      </head>
      <body>
        <h1>${words.zh.title}</h1>
        <p>${words.zh.text}</p>
        <h1 class="en" lang="en">${words.en.title}</h1>
        <p class="en" lang="en">${words.en.text}</p>
        ${detail === undefined ? '' : html`<p><code>${detail}</code></p>`}
      </body>
    </html> `.value
}

export function statusOf(problem: GatewayProblem): number {
  return WORDS[problem].status
}

/** Sends the page; `Connection: close` when the request body was left unread. */
export function sendErrorPage(
  res: ServerResponse,
  problem: GatewayProblem,
  options: { detail?: string; close?: boolean } = {},
): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const body = Buffer.from(errorPageHtml(problem, options.detail), 'utf8')
  res.writeHead(statusOf(problem), {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'",
    'X-Content-Type-Options': 'nosniff',
    ...(options.close ? { Connection: 'close' } : {}),
  })
  res.end(body)
}
