/**
 * The OAuth guide page (引导页): the five steps of web authorization, as in the seed journey, and
 * the two buttons that start it. Reading this page next to oauth/*-route.ts shows each step in
 * code.
 */
import { html } from './html'
import type { SafeHtml } from './html'
import type { Page } from './layout'

interface Step {
  readonly zh: string
  readonly en: string
  readonly detail: string
}

const STEPS: readonly Step[] = [
  {
    zh: '第一步：用户同意授权，获取 code',
    en: 'Step 1: the user consents; WeChat sends back a code',
    detail:
      'The bot redirects to /connect/oauth2/authorize?appid&redirect_uri&response_type=code&scope&state#wechat_redirect — ' +
      'parameters in exactly this order, redirect_uri absolute (with http://) and urlencoded, and its host inside the ' +
      'configured 网页授权域名 (a bare domain, no http://). WeChat then opens redirect_uri?code=CODE&state=STATE.',
  },
  {
    zh: '第二步：通过 code 换取网页授权 access_token',
    en: 'Step 2: exchange the code for a web access_token',
    detail:
      'Server to server: /sns/oauth2/access_token with the AppSecret. The code works once and for 5 minutes; ' +
      'the answer has access_token, refresh_token, openid and scope. This token is not the /cgi-bin/token one.',
  },
  {
    zh: '第三步：刷新 access_token（如果需要）',
    en: 'Step 3: refresh the access_token (when needed)',
    detail:
      'The web access_token lasts 2 hours; when a call answers 42001, /sns/oauth2/refresh_token gives a new one ' +
      '(the refresh_token lasts 30 days).',
  },
  {
    zh: '第四步：拉取用户信息（需 scope 为 snsapi_userinfo）',
    en: 'Step 4: fetch the profile (snsapi_userinfo only)',
    detail:
      '/sns/userinfo?access_token&openid&lang=zh_CN. With snsapi_base you only get the openid.',
  },
  {
    zh: '第五步：信息展示',
    en: 'Step 5: show it',
    detail:
      'Every value from WeChat is escaped before it goes into the page: a nickname is user input.',
  },
]

export function guidePage(): Page {
  return {
    title: '网页授权示例 / OAuth demo',
    body: html`<div class="weui-msg">
        <div class="weui-msg__text-area">
          <h2 class="weui-msg__title">网页授权 / Web authorization</h2>
          <p class="weui-msg__desc">
            公众号通过网页授权拿到用户的 openid 和基本信息。/ How an official account's web page
            learns who is looking at it.
          </p>
        </div>
      </div>
      <div class="weui-cells__title">五个步骤 / The five steps</div>
      <div class="weui-cells">
        ${STEPS.map(
          (step, i) =>
            html`<div class="weui-cell" data-step="${i + 1}">
              <div class="weui-cell__bd">
                <p>${step.zh}</p>
                <p class="bot-en">${step.en}</p>
                <p class="bot-detail">${step.detail}</p>
              </div>
            </div>`,
        )}
      </div>
      <div class="weui-btn-area">
        <a class="weui-btn weui-btn_primary" href="/oauth/start?scope=snsapi_userinfo"
          >授权并查看资料 / Sign in (snsapi_userinfo)</a
        >
        <a class="weui-btn weui-btn_default" href="/oauth/start?scope=snsapi_base"
          >静默授权 / Silent sign-in (snsapi_base)</a
        >
      </div>
      ${moreDemos()}`,
  }
}

interface Demo {
  readonly href: string
  readonly zh: string
  readonly en: string
  readonly testId: string
}

/** The JS-SDK pages, and the journey's trailing-slash trap reproduced on purpose. */
const DEMOS: readonly Demo[] = [
  {
    href: '/jssdk',
    zh: 'JS-SDK 示例：wx.config 签名正确',
    en: 'JS-SDK demo: wx.config signed right',
    testId: 'guide-jssdk',
  },
  {
    href: '/jssdk/wrong?from=guide',
    zh: 'JS-SDK 错误示例：签名漏了 ? 后面的参数',
    en: 'JS-SDK done wrong: the signed address lost its ?query',
    testId: 'guide-jssdk-wrong',
  },
  {
    href: '/oauth/start?scope=snsapi_userinfo&trap=no-slash',
    zh: '陷阱：redirect_uri 少了末尾的斜杠（Django 回 301）',
    en: 'Trap: redirect_uri without its trailing slash (Django answers 301)',
    testId: 'guide-trap-no-slash',
  },
]

function moreDemos(): SafeHtml {
  return html`<div class="weui-cells__title">更多示例 / More demos</div>
    <div class="weui-cells">
      ${DEMOS.map(
        (demo) =>
          html`<a
            class="weui-cell weui-cell_access"
            href="${demo.href}"
            data-testid="${demo.testId}"
          >
            <div class="weui-cell__bd">
              <p>${demo.zh}</p>
              <p class="bot-en">${demo.en}</p>
            </div>
            <div class="weui-cell__ft"></div>
          </a>`,
      )}
    </div>`
}
