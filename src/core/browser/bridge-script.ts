/**
 * The bridge: the script every HTML page in the phone browser gets first in its <head>
 * (docs/phone-browser.md "The bridge"). Served by each gateway at /__mpsim__/bridge.js with that
 * gateway's facts filled in. Plain ES2017, no dependencies, no access to anything of the app's:
 * it talks to the app only by postMessage, to the app's origins only, and listens to the app's
 * origins only.
 *
 * What it does:
 * - `navigator.userAgent` (and appVersion) read as WeChat's, as the request header already does;
 * - tells the app the page's real address and title on load, on title changes, on
 *   pushState/replaceState, popstate and hashchange (PageShownMessage);
 * - sends links, form submissions and window.open that leave this origin through the gateway's
 *   `go` address, so the next page is carried too (WeChat's browser stays in the same view);
 * - obeys back/forward/reload from the app;
 * - exposes `window.__mpsimBridge = { post(message), realUrl() }` for the JS-SDK shim.
 * What it cannot do: a script assigning `location.href` elsewhere leaves unseen (Location cannot
 * be redefined); the app notices the frame loaded without a bridge message and says so.
 */
import { BRIDGE_TAG } from '../../shared/phone-browser/bridge-messages'
import { GO_PATH } from './own-paths'
import { WECHAT_USER_AGENT } from './user-agent'

export interface BridgeFacts {
  /** The real origin this gateway carries, e.g. https://open.weixin.qq.com */
  readonly realOrigin: string
  /** The app's origins: the only ones messages go to and come from. */
  readonly appOrigins: readonly string[]
  /** Every open gateway: its origin and the real origin it carries. */
  readonly gateways: readonly { readonly origin: string; readonly realOrigin: string }[]
}

/** JSON inside a <script>-free JS file: only `</` and line separators need care. */
function jsonLiteral(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function bridgeScript(facts: BridgeFacts): string {
  const config = {
    tag: BRIDGE_TAG,
    realOrigin: facts.realOrigin,
    appOrigins: facts.appOrigins,
    gateways: facts.gateways,
    userAgent: WECHAT_USER_AGENT,
    goPath: GO_PATH,
  }
  return `/* mpsim phone-browser bridge (docs/phone-browser.md) */
(function () {
  'use strict';
  if (window.__mpsimBridge) return;
  var C = ${jsonLiteral(config)};

  function define(proto, name, value) {
    try {
      Object.defineProperty(proto, name, { get: function () { return value; }, configurable: true });
    } catch (e) { /* a frozen prototype keeps the browser's value */ }
  }
  define(Navigator.prototype, 'userAgent', C.userAgent);
  define(Navigator.prototype, 'appVersion', C.userAgent.replace(/^Mozilla\\//, ''));

  function realOriginOf(origin) {
    if (origin === location.origin) return C.realOrigin;
    for (var i = 0; i < C.gateways.length; i++) {
      if (C.gateways[i].origin === origin) return C.gateways[i].realOrigin;
    }
    return undefined;
  }
  /** A gateway address as the phone's user sees it; any other address as it is. */
  function realUrl(href) {
    var url;
    try { url = new URL(href === undefined ? location.href : href, location.href); } catch (e) { return String(href); }
    var real = realOriginOf(url.origin);
    return real === undefined ? url.href : real + url.pathname + url.search + url.hash;
  }
  function isCarried(url) {
    return realOriginOf(url.origin) !== undefined;
  }
  function goUrl(href) {
    return location.origin + C.goPath + '?url=' + encodeURIComponent(href);
  }
  /** Where messages may go: the parent's origin when the browser names it and it is the app's. */
  function targets() {
    var ancestors = location.ancestorOrigins;
    if (ancestors && ancestors.length > 0) {
      return C.appOrigins.indexOf(ancestors[0]) >= 0 ? [ancestors[0]] : [];
    }
    return C.appOrigins;
  }
  function post(message) {
    if (window.parent === window) return;
    var full = Object.assign({}, message, { tag: C.tag });
    var origins = targets();
    for (var i = 0; i < origins.length; i++) {
      try { window.parent.postMessage(full, origins[i]); } catch (e) { /* not that origin */ }
    }
  }
  var last = '';
  function shown() {
    var message = { type: 'page', url: realUrl(), title: document.title || '', frameUrl: location.href };
    var key = message.url + '\\n' + message.title;
    if (key === last) return;
    last = key;
    post(message);
  }

  ['pushState', 'replaceState'].forEach(function (name) {
    var original = history[name];
    history[name] = function () {
      var result = original.apply(this, arguments);
      setTimeout(shown, 0);
      return result;
    };
  });
  window.addEventListener('popstate', shown);
  window.addEventListener('hashchange', shown);
  // A page restored from the back-forward cache runs no script again: say it is shown.
  window.addEventListener('pageshow', function (event) { if (event.persisted) { last = ''; shown(); } });
  document.addEventListener('DOMContentLoaded', function () {
    shown();
    var watched = document.head || document.documentElement;
    if (watched && window.MutationObserver) {
      new MutationObserver(shown).observe(watched, { childList: true, characterData: true, subtree: true });
    }
  });

  function leavesOrigin(url) {
    return (url.protocol === 'http:' || url.protocol === 'https:') && !isCarried(url);
  }
  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    var target = event.target;
    var link = target && target.closest ? target.closest('a[href]') : null;
    if (!link || link.hasAttribute('download')) return;
    var url;
    try { url = new URL(link.href, location.href); } catch (e) { return; }
    var blank = (link.getAttribute('target') || '').toLowerCase() === '_blank';
    if (!leavesOrigin(url) && !blank) return;
    event.preventDefault();
    // WeChat's browser opens new-window links in the same view.
    location.href = isCarried(url) ? url.href : goUrl(url.href);
  });
  document.addEventListener('submit', function (event) {
    if (event.defaultPrevented) return;
    var form = event.target;
    var submitter = event.submitter;
    var action = (submitter && submitter.getAttribute('formaction')) || form.getAttribute('action') || location.href;
    var method = ((submitter && submitter.getAttribute('formmethod')) || form.method || 'get').toLowerCase();
    var url;
    try { url = new URL(action, location.href); } catch (e) { return; }
    if (method === 'dialog') return;
    if (!leavesOrigin(url)) { form.target = '_self'; return; }
    if (method === 'get') {
      // A GET form replaces the query of its action: build the address here and go there.
      event.preventDefault();
      var data = new FormData(form, submitter || undefined);
      url.search = new URLSearchParams(data).toString();
      location.href = goUrl(url.href);
      return;
    }
    // A POST keeps its body through go's 307.
    if (submitter && submitter.hasAttribute('formaction')) submitter.setAttribute('formaction', goUrl(url.href));
    else form.setAttribute('action', goUrl(url.href));
    form.target = '_self';
  });
  var open = window.open;
  window.open = function (href) {
    if (href === undefined || href === '') return open.apply(window, arguments);
    var url;
    try { url = new URL(href, location.href); } catch (e) { return null; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    location.href = isCarried(url) ? url.href : goUrl(url.href);
    return null;
  };

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || C.appOrigins.indexOf(event.origin) < 0) return;
    var data = event.data;
    if (!data || data.tag !== C.tag || data.type !== 'command') return;
    if (data.command === 'back') history.back();
    else if (data.command === 'forward') history.forward();
    else if (data.command === 'reload') location.reload();
  });

  window.__mpsimBridge = {
    post: function (message) { post(message); },
    realUrl: function () { return realUrl(); }
  };
})();
`
}
