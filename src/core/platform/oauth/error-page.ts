/**
 * WeChat's in-app error page for a failed authorize link (protocol.md §9.1: an HTML page, not JSON, not
 * a redirect), in WeUI's look. Like WeChat it leads with the code (10003, 10010…); unlike WeChat
 * it then explains every finding in Chinese and English, with the facts that triggered it.
 */
import type { Response } from 'express'
import { noteExchange } from '../http/record-exchange'
import { findingCell } from './finding-cell'
import { findingCodes, headline } from './findings'
import type { Finding } from './findings'
import { html } from './html'
import type { Html } from './html'
import { bilingual, sendPage } from './page-layout'
import { WECHAT_PAGE_LINES } from '../../../shared/explain/oauth-page-texts'
import { PAGE_CHROME } from './page-texts'
import { noteOauthAnalysis } from './sns-answer'

export interface ErrorPageInput {
  readonly findings: readonly Finding[]
  readonly accountId?: string
  readonly openid?: string
  /** 200 for the authorize link, like WeChat's page; 4xx for mpsim's own consent form. @default 200 */
  readonly status?: number
}

export function sendErrorPage(res: Response, input: ErrorPageInput): void {
  const lead = headline(input.findings)
  const code = lead?.wechatErrcode
  noteExchange(res, {
    ...(input.accountId === undefined ? {} : { accountId: input.accountId }),
    ...(input.openid === undefined ? {} : { openid: input.openid }),
    ...(code === undefined ? {} : { errcode: code }),
  })
  noteOauthAnalysis(res, { outcome: 'error-page', findings: findingCodes(input.findings) })
  const errors = input.findings.filter((f) => f.severity === 'error')
  const warnings = input.findings.filter((f) => f.severity === 'warning')
  const line = code === undefined ? undefined : WECHAT_PAGE_LINES[code]
  const title = line ?? (lead ? { zh: lead.text.zh.title, en: lead.text.en.title } : undefined)
  const body = html`<main class="mpsim-page" data-testid="oauth-error" data-code="${code ?? ''}">
    <div class="weui-msg">
      <div class="weui-msg__icon-area"><i class="weui-icon-warn weui-icon_msg"></i></div>
      <div class="weui-msg__text-area">
        <h2 class="weui-msg__title">${bilingual(title ?? PAGE_CHROME.errorTitle)}</h2>
        <p class="weui-msg__desc">
          ${
            code === undefined
              ? bilingual(PAGE_CHROME.noWechatCode)
              : html`${bilingual(PAGE_CHROME.errorCode)}:
                  <strong data-testid="oauth-error-code">${code}</strong>`
          }
        </p>
      </div>
    </div>
    ${section(PAGE_CHROME.explained, errors)} ${section(PAGE_CHROME.warnings, warnings)}
    <div class="weui-cells__tips">${bilingual(PAGE_CHROME.fragment)}</div>
  </main>`
  sendPage(res, input.status ?? 200, {
    title: code === undefined ? PAGE_CHROME.errorTitle.zh : `${PAGE_CHROME.errorTitle.zh} ${code}`,
    body,
  })
}

function section(title: { zh: string; en: string }, findings: readonly Finding[]): Html {
  if (findings.length === 0) return html``
  return html`<div class="weui-cells__title">${bilingual(title)}</div>
    <div class="weui-cells">${findings.map(findingCell)}</div>`
}
