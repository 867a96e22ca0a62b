/**
 * The few rules WeUI does not cover. Served as a file, not inline: the CSP allows styles from the
 * bot only (`style-src 'self'`), so no `style=""` attribute or <style> block would apply.
 */
export const BOT_CSS = `
body { background-color: var(--weui-BG-0, #fff); color: var(--weui-FG-0, #000); }
.bot-page { padding-bottom: 32px; }
.bot-en { color: var(--weui-FG-1, #888); font-size: 14px; }
.bot-detail { color: var(--weui-FG-2, #aaa); font-size: 13px; word-break: break-word; }
.bot-value { word-break: break-all; max-width: 65%; text-align: right; }
.bot-profile { text-align: center; padding: 32px 16px 8px; }
.bot-avatar { width: 96px; height: 96px; border-radius: 8px; background: #ddd; display: inline-block; }
.bot-intro { padding: 24px 16px 8px; text-align: center; }
.bot-verdict { margin: 0; word-break: break-word; }
.bot-verdict[data-state="ok"] { color: var(--weui-BRAND, #07c160); }
.bot-verdict[data-state="error"], .bot-verdict[data-state="unavailable"] { color: var(--weui-RED, #fa5151); }
.bot-output { margin: 0 16px; padding: 12px; min-height: 3em; background: var(--weui-BG-2, #fff);
  border-radius: 8px; font-size: 12px; white-space: pre-wrap; word-break: break-all; }
`
