/** The gateway's edits to an HTML page (docs/phone-browser.md "What the gateway changes"). */
import { describe, expect, it } from 'vitest'
import {
  injectFirstInHead,
  isHtml,
  pageTitle,
  rewriteAttributeOrigins,
} from '../../../src/core/browser/html-page'

const TAG = '<script src="/b.js"></script>'

describe('injectFirstInHead', () => {
  it.each([
    ['<html><head><title>x</title></head></html>', '<html><head>@<title>x</title></head></html>'],
    ['<HTML><HEAD lang="a>b"><title>x</title>', '<HTML><HEAD lang="a>b">@<title>x</title>'],
    ["<html><head\n  data-a='>'>x", "<html><head\n  data-a='>'>@x"],
    ['<html><body><header>h</header>', '<html>@<body><header>h</header>'],
    ['<!doctype html><html lang="zh"><body>b', '<!doctype html><html lang="zh">@<body>b'],
    ['<!DOCTYPE html>\n<p>p', '<!DOCTYPE html>@\n<p>p'],
    ['\xEF\xBB\xBF<!doctype html><p>', '\xEF\xBB\xBF<!doctype html>@<p>'],
    ['\xEF\xBB\xBF<p>bom', '\xEF\xBB\xBF@<p>bom'],
    ['<p>fragment</p>', '@<p>fragment</p>'],
    ['', '@'],
  ])('%j', (page, expected) => {
    expect(injectFirstInHead(page, TAG)).toBe(expected.replace('@', TAG))
  })
})

describe('pageTitle', () => {
  it.each([
    ['<title>Hello</title>', 'Hello'],
    ['<TITLE lang="zh">  网页\n 授权 </TITLE>', '网页 授权'],
    ['<title>a &amp; b &lt;c&gt; &#x4E2D;&#25991; &nbsp;</title>', 'a & b <c> 中文 &nbsp;'],
    ['<p>no title</p>', undefined],
    ['<title></title>', ''],
  ])('%j → %j', (page, title) => {
    expect(pageTitle(page)).toBe(title)
  })

  it('keeps titles short', () => {
    expect(pageTitle(`<title>${'x'.repeat(1000)}</title>`)).toHaveLength(300)
  })
})

describe('isHtml', () => {
  it.each([
    ['text/html', true],
    ['text/html; charset=gbk', true],
    ['TEXT/HTML', true],
    ['application/xhtml+xml', true],
    ['text/plain', false],
    ['application/json', false],
    [undefined, false],
  ])('%s → %s', (type, expected) => {
    expect(isHtml(type)).toBe(expected)
  })
})

describe('rewriteAttributeOrigins', () => {
  const map = (origin: string) =>
    origin === 'https://res.wx.qq.com' ? 'http://127.0.0.1:40002' : undefined
  it.each([
    [
      '<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>',
      '<script src="http://127.0.0.1:40002/open/js/jweixin-1.6.0.js"></script>',
    ],
    [
      "<script src='//res.wx.qq.com/open/js/jweixin-1.6.0.js'></script>",
      "<script src='http://127.0.0.1:40002/open/js/jweixin-1.6.0.js'></script>",
    ],
    ['<a href=https://res.wx.qq.com/x>', '<a href=http://127.0.0.1:40002/x>'],
    ['<img SRC = "https://RES.WX.QQ.COM/a.png">', '<img SRC = "http://127.0.0.1:40002/a.png">'],
    [
      '<script src="https://cdn.example/x.js"></script>',
      '<script src="https://cdn.example/x.js"></script>',
    ],
    ['<p>https://res.wx.qq.com/x in text</p>', '<p>https://res.wx.qq.com/x in text</p>'],
    ['<img data-src="https://res.wx.qq.com/x">', '<img data-src="https://res.wx.qq.com/x">'],
  ])('%s', (page, expected) => {
    expect(rewriteAttributeOrigins(page, 'https:', map)).toBe(expected)
  })

  it('gives protocol-relative addresses the page’s scheme', () => {
    const seen: string[] = []
    rewriteAttributeOrigins('<img src="//res.wx.qq.com/a">', 'http:', (o) => {
      seen.push(o)
      return undefined
    })
    expect(seen).toEqual(['http://res.wx.qq.com'])
  })
})
