/**
 * The User-Agent of WeChat's in-app browser on an iPhone, as WeChat 8.0.47 sends it: Safari's
 * WebKit string without "Version/… Safari/…", then `MicroMessenger/<version>(<build>)`, the
 * network type and the interface language. Bots and the JS-SDK test for `MicroMessenger` in it;
 * the phone browser sends it in the header and shows it as `navigator.userAgent`.
 */
export const WECHAT_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2f) NetType/WIFI ' +
  'Language/zh_CN'
