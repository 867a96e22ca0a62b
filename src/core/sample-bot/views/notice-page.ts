/**
 * A WeUI result page (weui-msg): the icon, a title, a few lines of explanation and a way on. Used
 * for "you declined", "please sign in", and errors, so none of them is a bare stack trace.
 */
import { html } from './html'
import type { SafeHtml } from './html'
import type { Page } from './layout'

export type NoticeIcon = 'success' | 'info' | 'warn'

export interface Notice {
  readonly icon: NoticeIcon
  readonly title: string
  readonly lines: readonly string[]
  /** A button back into the flow. */
  readonly action?: { readonly href: string; readonly label: string }
  /** Shown as code, e.g. `errcode 40163: code been used`. */
  readonly detail?: string
}

const ICON_CLASS: Record<NoticeIcon, string> = {
  success: 'weui-icon-success',
  info: 'weui-icon-info',
  warn: 'weui-icon-warn',
}

export function noticePage(notice: Notice): Page {
  const action: SafeHtml | undefined = notice.action
    ? html`<div class="weui-msg__opr-area">
        <a class="weui-btn weui-btn_primary" href="${notice.action.href}">${notice.action.label}</a>
      </div>`
    : undefined
  const detail = notice.detail
    ? html`<p class="weui-msg__desc"><code>${notice.detail}</code></p>`
    : undefined
  return {
    title: notice.title,
    body: html`<div class="weui-msg">
      <div class="weui-msg__icon-area">
        <i class="${ICON_CLASS[notice.icon]} weui-icon_msg"></i>
      </div>
      <div class="weui-msg__text-area">
        <h2 class="weui-msg__title">${notice.title}</h2>
        ${notice.lines.map((line) => html`<p class="weui-msg__desc">${line}</p>`)} ${detail}
      </div>
      ${action}
    </div>`,
  }
}
