/**
 * mpsim's own `jweixin` (docs/phone-browser.md): the script the phone browser serves for
 * `res.wx.qq.com/open/js/jweixin-*.js`. Plain ES2017 in a string — it runs in the page, never in
 * Node — with no dependencies. It sends `wx.config` and every other `wx.*` call to the gateway's
 * `/__mpsim__/jssdk` on the page's own origin (the JssdkService answers and the call is recorded).
 *
 * It behaves as jweixin does, as far as a page can tell:
 * - `wx.config` is asynchronous; when WeChat's verification is done the `wx.error` handler runs
 *   on failure ({errMsg:'config:invalid signature'}…), then every `wx.ready` callback runs —
 *   after a failure too: jweixin runs ready callbacks when verification completes, whatever the
 *   outcome, which is why the doc says to handle failure in wx.error. A ready callback
 *   registered after that runs at once; only the last `wx.error` handler is kept.
 * - `debug: true` alerts every result, `{"errMsg":"config:ok"}` included, as the client does.
 * - A call before config succeeded fails with `<api>:the permission value is offline verifying`,
 *   one not in jsApiList with `<api>:permission denied` (the doc's appendix 5); both are still
 *   sent to mpsim so the inspector shows them.
 * - success / fail / cancel by errMsg's tail, then complete; listener APIs (onMenuShare*) only
 *   register.
 * - Exposed as `window.wx` and `window.jWeixin`, or through `define` when an AMD/CMD loader is on
 *   the page (jweixin then sets no globals).
 */
import { BRIDGE_TAG } from '../../shared/phone-browser/bridge-messages'

/** Where the shim posts; the gateway answers it on every page origin (never forwarded). */
export const JSSDK_ENDPOINT = '/__mpsim__/jssdk'

export function jweixinShim(apis: readonly string[], listeners: readonly string[]): string {
  return `/* mpsim jweixin shim: the phone browser's JS-SDK (not WeChat's code). */
(function (root, factory) {
  var wx = factory(root);
  if (typeof define === 'function' && (define.amd || define.cmd)) {
    define(function () { return wx; });
  } else {
    root.wx = wx;
    root.jWeixin = wx;
  }
})(this, function (root) {
  'use strict';
  var ENDPOINT = ${JSON.stringify(JSSDK_ENDPOINT)};
  var BRIDGE_TAG = ${JSON.stringify(BRIDGE_TAG)};
  var APIS = ${JSON.stringify(apis)};
  var LISTENERS = ${JSON.stringify(listeners)};

  // 0: not verified yet; 1: verified; -1: verification failed.
  var state = 0;
  var lastResult = null;
  var settings = { debug: false, jsApiList: [] };
  var readyCallbacks = [];
  var errorHandler = null;

  function text(value) {
    return value === undefined || value === null ? '' : String(value);
  }

  function pageUrl() {
    var bridge = root.__mpsimBridge;
    try {
      if (bridge && typeof bridge.realUrl === 'function') return String(bridge.realUrl());
    } catch (e) { /* fall back to the frame's own address */ }
    return String(root.location.href);
  }

  function notify(api, ok, errMsg, exchangeId) {
    var bridge = root.__mpsimBridge;
    if (!bridge || typeof bridge.post !== 'function') return;
    var message = { tag: BRIDGE_TAG, type: 'jssdk', api: api, ok: ok, errMsg: errMsg };
    if (typeof exchangeId === 'string') message.exchangeId = exchangeId;
    try { bridge.post(message); } catch (e) { /* the app is not listening */ }
  }

  function debugAlert(result) {
    if (!settings.debug || typeof root.alert !== 'function') return;
    try { root.alert(JSON.stringify(result)); } catch (e) { /* alerts blocked */ }
  }

  function plain(args) {
    try {
      return JSON.parse(JSON.stringify(args || {}, function (key, value) {
        return typeof value === 'function' ? undefined : value;
      })) || {};
    } catch (e) {
      return {};
    }
  }

  function send(body) {
    return root.fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body)
    }).then(function (response) { return response.json(); });
  }

  function verified(ok, errMsg, exchangeId) {
    var result = { errMsg: errMsg };
    state = ok ? 1 : -1;
    lastResult = result;
    notify('config', ok, errMsg, exchangeId);
    debugAlert(result);
    if (!ok && errorHandler) errorHandler(result);
    var callbacks = readyCallbacks;
    readyCallbacks = [];
    for (var i = 0; i < callbacks.length; i++) callbacks[i]();
  }

  function config(options) {
    options = options || {};
    var list = Array.isArray(options.jsApiList) ? options.jsApiList.map(text) : [];
    settings = { debug: options.debug === true, jsApiList: list };
    state = 0;
    var body = {
      kind: 'config',
      appId: text(options.appId),
      timestamp: text(options.timestamp),
      nonceStr: text(options.nonceStr),
      signature: text(options.signature),
      jsApiList: list,
      pageUrl: pageUrl(),
      frameUrl: String(root.location.href)
    };
    send(body).then(function (answer) {
      var ok = !!answer && answer.ok === true;
      var errMsg = answer && typeof answer.errMsg === 'string' ? answer.errMsg : 'config:fail';
      verified(ok, errMsg, answer && answer.exchangeId);
    }, function () {
      verified(false, 'config:fail, mpsim did not answer');
    });
  }

  function permission(api) {
    if (state !== 1) return 'not-configured';
    return settings.jsApiList.indexOf(api) < 0 ? 'not-in-list' : 'granted';
  }

  function settle(api, args, ok, result, exchangeId) {
    notify(api, ok, result.errMsg, exchangeId);
    debugAlert(result);
    if (ok && LISTENERS.indexOf(api) >= 0) return;
    try {
      if (ok) {
        if (typeof args.success === 'function') args.success(result);
      } else if (/:cancel$/.test(result.errMsg)) {
        if (typeof args.cancel === 'function') args.cancel(result);
      } else if (typeof args.fail === 'function') {
        args.fail(result);
      }
    } finally {
      if (typeof args.complete === 'function') args.complete(result);
    }
  }

  function invoke(api, args) {
    args = args || {};
    var body = { kind: 'call', api: api, args: plain(args), pageUrl: pageUrl(), permission: permission(api) };
    send(body).then(function (answer) {
      var ok = !!answer && answer.ok === true;
      var result = answer && answer.result && typeof answer.result === 'object'
        ? answer.result
        : { errMsg: answer && typeof answer.errMsg === 'string' ? answer.errMsg : api + ':fail' };
      settle(api, args, ok, result, answer && answer.exchangeId);
    }, function () {
      settle(api, args, false, { errMsg: api + ':fail, mpsim did not answer' });
    });
  }

  var wx = {
    config: config,
    ready: function (callback) {
      if (typeof callback !== 'function') return;
      if (state !== 0) callback();
      else readyCallbacks.push(callback);
    },
    error: function (handler) {
      if (typeof handler !== 'function') return;
      if (state === -1) handler(lastResult);
      else errorHandler = handler;
    },
    miniProgram: {
      getEnv: function (callback) {
        if (typeof callback === 'function') callback({ miniprogram: false });
      }
    }
  };
  APIS.forEach(function (api) {
    wx[api] = function (args) { invoke(api, args); };
  });
  return wx;
});
`
}
