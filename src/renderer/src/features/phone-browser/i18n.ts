/**
 * Words of the phone browser (i18next namespace "phoneBrowser"), zh-CN and English with the same
 * keys. The Chinese follows WeChat's own wording where WeChat has some (“复制链接”, “刷新”,
 * “此网页由 … 提供”).
 */
export const phoneBrowserEn = {
  label: 'WeChat’s in-app browser',
  frameTitle: 'Web page in WeChat’s browser: {{title}}',
  close: 'Close the page and go back to the chat',
  more: 'More: the page’s address, reload, another address',
  back: 'Back',
  forward: 'Forward',
  loading: 'Loading…',
  untitled: 'Web page',
  cannotOpen: 'Cannot open this page',
  sheet: {
    title: 'Page actions',
    providedBy: 'This page is provided by {{host}}',
    address: 'Address',
    copy: 'Copy link',
    reload: 'Reload',
    openOther: 'Open another address',
    cancel: 'Cancel',
    chatTitle: 'Open a web page in WeChat’s browser',
    chatIntro:
      'As if you tapped a link in this chat: the page opens with WeChat’s User-Agent, as the user on the phone.',
    sampleGuide: 'The sample bot’s OAuth guide',
  },
  address: {
    label: 'Web address',
    placeholder: 'http://127.0.0.1:3000/oauth',
    open: 'Open',
    help: 'The whole address, starting with http:// or https://',
  },
  error: {
    noScheme:
      '“{{url}}” has no http:// or https:// at the start. WeChat only opens web addresses, and a link in a message needs its scheme to be a link at all.',
    backToPage: 'Back to the page',
  },
  leaving: {
    title: 'This page left the phone browser',
    'no-bridge':
      'The frame now shows a document that did not report to mpsim: a page of another site, or a response that is not a web page (JSON, a picture…). mpsim can no longer see its address, title or history.',
    'script-location': 'A script sent the page to {{url}} by assigning location.',
    'window-open': 'The page opened {{url}} in a new window.',
    unknown: 'The page went to {{url}} in a way mpsim could not follow.',
    browserMode:
      'In the browser, mpsim catches links, forms, redirects and window.open, but not a script assigning location (location.href = …, location.assign) to another site: a page’s Location cannot be redefined. The desktop app catches those too, so there a WeChat host (open.weixin.qq.com…) reaches mpsim’s mock.',
    lastPage: 'Last page mpsim saw: {{url}}',
    return: 'Return to that page',
  },
  jssdk: {
    ok: '{{api}}: ok',
    failed: '{{api}} failed: {{errMsg}}',
    inspect: 'Inspector',
    dismiss: 'Dismiss',
  },
  chatMore: 'More: open a web address in WeChat’s browser',
}

export const phoneBrowserZh: typeof phoneBrowserEn = {
  label: '微信内置浏览器',
  frameTitle: '微信浏览器中的网页：{{title}}',
  close: '关闭网页，回到聊天',
  more: '更多：网页地址、刷新、打开其他网址',
  back: '后退',
  forward: '前进',
  loading: '加载中…',
  untitled: '网页',
  cannotOpen: '无法打开网页',
  sheet: {
    title: '网页操作',
    providedBy: '此网页由 {{host}} 提供',
    address: '网址',
    copy: '复制链接',
    reload: '刷新',
    openOther: '打开其他网址',
    cancel: '取消',
    chatTitle: '在微信浏览器中打开网页',
    chatIntro: '就像在聊天里点开一个链接：网页以微信的 User-Agent、以手机上的用户身份打开。',
    sampleGuide: '示例机器人的网页授权引导页',
  },
  address: {
    label: '网址',
    placeholder: 'http://127.0.0.1:3000/oauth',
    open: '打开',
    help: '完整的网址，以 http:// 或 https:// 开头',
  },
  error: {
    noScheme:
      '“{{url}}”开头没有 http:// 或 https://。微信只打开网页地址，消息里的链接也要带上协议才会被识别为链接。',
    backToPage: '回到网页',
  },
  leaving: {
    title: '网页已离开手机浏览器',
    'no-bridge':
      '框架里现在是一个没有向 mpsim 报告的文档：其他网站的网页，或者不是网页的响应（JSON、图片等）。mpsim 看不到它的地址、标题和历史。',
    'script-location': '脚本通过给 location 赋值把网页带到了 {{url}}。',
    'window-open': '网页在新窗口中打开了 {{url}}。',
    unknown: '网页以 mpsim 无法跟踪的方式去了 {{url}}。',
    browserMode:
      '在浏览器模式下，mpsim 能拦截链接、表单、重定向和 window.open，但拦不住脚本给 location 赋值（location.href = …、location.assign）跳到其他网站：网页的 Location 无法被改写。桌面应用连这类跳转也能拦下，发往微信域名（open.weixin.qq.com 等）的会交给 mpsim 的模拟平台。',
    lastPage: 'mpsim 最后看到的网页：{{url}}',
    return: '回到那个网页',
  },
  jssdk: {
    ok: '{{api}}：ok',
    failed: '{{api}} 失败：{{errMsg}}',
    inspect: '检查器',
    dismiss: '关闭',
  },
  chatMore: '更多：在微信浏览器中打开网址',
}
