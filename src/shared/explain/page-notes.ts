/**
 * Words for what the phone browser changed or noticed on a page request (PageAnalysis.notes,
 * docs/phone-browser.md), zh-CN and English. The gateway records codes; the inspector and the OAuth
 * steps word them here. Each note says whether it is WeChat's behaviour (and how well known) or
 * mpsim's own doing, so nobody mistakes a simulator's change for the real client's.
 */
import type { Lang } from './types'

export const PAGE_NOTE_CODES = [
  'frame-block-removed',
  'csp-adjusted',
  'location-rewritten',
  'bridge-not-injected',
  'nsukey-added',
  'callback-repeated-first',
  'callback-repeated-second',
] as const

export type PageNoteCode = (typeof PAGE_NOTE_CODES)[number]

export const PAGE_NOTE_TEXT: Readonly<Record<PageNoteCode, Readonly<Record<Lang, string>>>> = {
  'frame-block-removed': {
    zh: 'mpsim 去掉了禁止嵌入的响应头（X-Frame-Options 或 CSP 的 frame-ancestors），页面才能显示在手机框里。真实微信没有这一步。',
    en: 'mpsim removed the header that forbids framing (X-Frame-Options or CSP frame-ancestors) so the page can show in the phone frame. Real WeChat has no such step.',
  },
  'csp-adjusted': {
    zh: 'mpsim 调整了页面的 Content-Security-Policy：允许手机浏览器的桥接脚本和 JS-SDK，以及 mpsim 代为转发的网站；页面自己的其他规则不变。',
    en: 'mpsim adjusted the page’s Content-Security-Policy to admit the phone browser’s bridge script, the JS-SDK and the sites mpsim carries; the page’s other rules stay.',
  },
  'location-rewritten': {
    zh: '跳转在手机框里改走 mpsim 的网关；这里显示的是真实地址（#片段保留）。',
    en: 'The redirect went through mpsim’s gateway inside the phone frame; the real address is shown here (fragment kept).',
  },
  'bridge-not-injected': {
    zh: '页面的压缩格式 mpsim 无法解开，所以没有插入桥接脚本：标题和跳转不会报告给手机框，navigator.userAgent 也不是微信的（请求头里的 User-Agent 仍然是）。',
    en: 'mpsim could not decode the page’s compression, so the bridge script was not added: the title and navigation are not reported to the phone frame, and navigator.userAgent is not WeChat’s (the User-Agent header still is).',
  },
  'nsukey-added': {
    zh: '网站把这次授权回调 301/302 到了加 “/” 的地址，微信内置浏览器在新地址后面加上了 nsukey 参数。这是开发者观察到的行为，没有官方文档。',
    en: 'The site answered this OAuth callback with a 301/302 to the same path plus “/”, and WeChat’s browser appended an nsukey parameter to the new address. Developers observed this; it is not documented.',
  },
  'callback-repeated-first': {
    zh: '微信内置浏览器把这次回调请求发了两次（开发者观察到的行为；授权链接没有带 connect_redirect=1）。这是第一次，手机上看不到它的结果。',
    en: 'WeChat’s browser sent this callback twice (observed by developers; the authorize link had no connect_redirect=1). This is the first request, whose answer the phone never shows.',
  },
  'callback-repeated-second': {
    zh: '这是重复回调的第二次请求，手机上显示的是它的结果。如果第一次已经用 code 换过 token，这一次再换会得到 40163。',
    en: 'This is the second request of the repeated callback, the one the phone shows. If the first already traded the code, trading it again gets 40163.',
  },
}

export function isPageNoteCode(code: string): code is PageNoteCode {
  return (PAGE_NOTE_CODES as readonly string[]).includes(code)
}
