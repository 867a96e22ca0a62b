/**
 * /static/jssdk-demo.js: the JS-SDK demo page's only script (views/jssdk-page.ts). Plain ES2017,
 * served as a file because the page's CSP admits no inline code. It reads wx.config's values from
 * #jssdk-demo's data-* attributes, calls wx.config, shows the verdict, and wires the buttons.
 *
 * Two things it shows on purpose:
 * - wx.error decides the verdict; wx.ready alone does not: jweixin runs ready callbacks once the
 *   verification is over, whether it succeeded or not.
 * - The buttons work after a failed config too, so the page shows what WeChat then answers
 *   ("…:the permission value is offline verifying").
 */
export const JSSDK_DEMO_JS = `(function () {
  'use strict';
  var data = document.getElementById('jssdk-demo');
  var verdict = document.getElementById('jssdk-verdict');
  var output = document.getElementById('jssdk-output');
  var buttons = document.querySelectorAll('button[data-api]');
  if (!data || !verdict || !output) return;

  function show(state, text) {
    verdict.setAttribute('data-state', state);
    verdict.textContent = text;
  }

  function print(api, result) {
    output.textContent = 'wx.' + api + ' → ' + JSON.stringify(result, null, 2);
  }

  function enable() {
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = false;
  }

  var wx = window.wx;
  if (!wx || typeof wx.config !== 'function') {
    show('unavailable',
      '没有加载到 JS-SDK：请在微信或 mpsim 的手机浏览器里打开本页。' +
      ' / The JS-SDK did not load: open this page in WeChat or in mpsim\\'s phone browser.');
    return;
  }

  var d = data.dataset;
  var failed = false;
  wx.config({
    debug: false,
    appId: d.appId,
    timestamp: Number(d.timestamp),
    nonceStr: d.nonceStr,
    signature: d.signature,
    jsApiList: (d.jsApiList || '').split(',').filter(Boolean)
  });
  wx.error(function (res) {
    failed = true;
    show('error', 'wx.error: ' + res.errMsg +
      ' — 原因见 mpsim 检查器 / the inspector in mpsim says why');
  });
  wx.ready(function () {
    if (!failed) show('ok', 'wx.ready: config:ok — 签名正确 / the signature is right');
    enable();
  });

  var calls = {
    chooseImage: function (done) {
      wx.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'],
        success: done, fail: done, cancel: done });
    },
    getLocation: function (done) {
      wx.getLocation({ type: 'wgs84', success: done, fail: done });
    },
    updateAppMessageShareData: function (done) {
      wx.updateAppMessageShareData({
        title: 'mpsim JS-SDK 示例 / demo',
        desc: '分享给朋友时的卡片 / The card a friend sees',
        link: d.shareLink,
        imgUrl: d.shareImage,
        success: done,
        fail: done
      });
    }
  };
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (event) {
      var api = event.currentTarget.getAttribute('data-api');
      var call = calls[api];
      if (call) call(function (res) { print(api, res); });
    });
  }
})();
`
