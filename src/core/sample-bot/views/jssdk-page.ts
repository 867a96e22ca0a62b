/**
 * The JS-SDK demo page (protocol.md §11): what the server signed, WeChat's verdict on wx.config as
 * the page receives it, and buttons for three APIs. The values for wx.config travel in data-*
 * attributes (escaped like every other value); /static/jssdk-demo.js reads them — the page runs no
 * inline script. Outside WeChat (an ordinary browser tab) res.wx.qq.com's file does not load or
 * has no wx.config, and the page says so instead of breaking.
 */
import type { SignedConfig } from '../jssdk/sign-config'
import { html } from './html'
import type { SafeHtml } from './html'
import type { Page } from './layout'

/** WeChat's own address for the SDK: the phone browser answers it with mpsim's `wx`. */
export const JWEIXIN_URL = 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js'
export const DEMO_SCRIPT_PATH = '/static/jssdk-demo.js'
export const JSSDK_PATH = '/jssdk'
export const JSSDK_WRONG_PATH = '/jssdk/wrong'

export interface JssdkView {
  /** The page's full address as the request reached the bot: what WeChat checks against. */
  readonly pageUrl: string
  readonly config: SignedConfig
  readonly jsApiList: readonly string[]
  /** The picture a share shows (absolute: WeChat fetches it from the phone). */
  readonly shareImage: string
  /** Set on /jssdk/wrong: the mistake this page makes on purpose. */
  readonly mistake?: 'without-query'
}

const BUTTONS: readonly { api: string; label: string }[] = [
  { api: 'chooseImage', label: '选择图片 / Choose an image' },
  { api: 'getLocation', label: '获取位置 / Get the location' },
  { api: 'updateAppMessageShareData', label: '设置分享内容 / Set the share card' },
]

export function jssdkPage(view: JssdkView): Page {
  const { config } = view
  const row = (label: string, value: string) =>
    html`<div class="weui-cell">
      <div class="weui-cell__bd"><p>${label}</p></div>
      <div class="weui-cell__ft bot-value">${value}</div>
    </div>`
  return {
    title: view.mistake ? 'JS-SDK 错误示例 / JS-SDK done wrong' : 'JS-SDK 示例 / JS-SDK demo',
    scripts: [JWEIXIN_URL, DEMO_SCRIPT_PATH],
    body: html`<div class="weui-msg__text-area bot-intro">
        <h2 class="weui-msg__title">
          ${view.mistake ? 'JS-SDK 错误示例 / JS-SDK done wrong' : 'JS-SDK 示例 / JS-SDK demo'}
        </h2>
        <p class="weui-msg__desc">
          服务器用 jsapi_ticket 为本页签名，页面把签名交给 wx.config，微信校验后调用 wx.ready 或
          wx.error。/ The server signs this page with the jsapi_ticket; the page hands the signature
          to wx.config, and WeChat answers with wx.ready or wx.error.
        </p>
      </div>
      ${view.mistake ? mistakeNote() : undefined}
      <div class="weui-cells__title">wx.config 的结果 / The verdict on wx.config</div>
      <div class="weui-cells">
        <div class="weui-cell">
          <div class="weui-cell__bd">
            <p id="jssdk-verdict" class="bot-verdict" role="status" data-state="waiting">
              等待 wx.config… / Waiting for wx.config…
            </p>
          </div>
        </div>
      </div>
      <div class="weui-cells__title">服务器签名用的值 / What the server signed</div>
      <div class="weui-cells">
        ${row('本页地址 / This page', view.pageUrl)} ${row('url (signed)', config.url)}
        ${row('timestamp', String(config.timestamp))} ${row('nonceStr', config.nonceStr)}
        ${row('signature', config.signature)} ${row('jsApiList', view.jsApiList.join(', '))}
      </div>
      <p class="weui-cells__tips">
        jsapi_ticket 只在服务器上使用，不发给页面。/ The jsapi_ticket stays on the server; the page
        never sees it.
      </p>
      <div class="weui-btn-area">
        ${BUTTONS.map(
          (b) =>
            html`<button
              type="button"
              class="weui-btn weui-btn_default"
              data-api="${b.api}"
              disabled
            >
              ${b.label}
            </button>`,
        )}
      </div>
      <div class="weui-cells__title">接口返回 / What the API answered</div>
      <pre id="jssdk-output" class="bot-output" aria-live="polite"></pre>
      <div
        id="jssdk-demo"
        hidden
        data-app-id="${config.appId}"
        data-timestamp="${String(config.timestamp)}"
        data-nonce-str="${config.nonceStr}"
        data-signature="${config.signature}"
        data-js-api-list="${view.jsApiList.join(',')}"
        data-share-link="${config.url}"
        data-share-image="${view.shareImage}"
      ></div>
      <div class="weui-btn-area">
        ${
          view.mistake
            ? html`<a class="weui-btn weui-btn_default" href="/jssdk">正确示例 / Done right</a>`
            : html`<a class="weui-btn weui-btn_default" href="${`${JSSDK_WRONG_PATH}?from=demo`}"
                >错误示例 / Done wrong</a
              >`
        }
        <a class="weui-btn weui-btn_default" href="/oauth">网页授权示例 / OAuth demo</a>
      </div>`,
  }
}

function mistakeNote(): SafeHtml {
  return html`<div class="weui-cells__title">故意犯的错 / The mistake, on purpose</div>
    <div class="weui-cells">
      <div class="weui-cell">
        <div class="weui-cell__bd">
          <p data-testid="jssdk-mistake">签名时漏掉了 ? 后面的参数</p>
          <p class="bot-en">The server signs the address without its ?query</p>
          <p class="bot-detail">
            This page signs scheme + host + path only, like Django's request.path (instead of
            request.build_absolute_uri()) or PHP's $_SERVER['PHP_SELF']. WeChat signs the full
            address, query included — after an OAuth callback that is ?code=…&amp;state=… — so
            wx.config fails with config:invalid signature, and mpsim's inspector names the cause.
          </p>
        </div>
      </div>
    </div>`
}
