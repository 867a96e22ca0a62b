/**
 * The few rules WeUI does not cover. Served as a file, not inline: the CSP allows styles from the
 * bot only (`style-src 'self'`), so no `style=""` attribute or <style> block would apply.
 */
export const BOT_CSS = `
.bot-page { padding-bottom: 32px; }
.bot-en { color: var(--weui-FG-1, #888); font-size: 14px; }
.bot-detail { color: var(--weui-FG-2, #aaa); font-size: 13px; word-break: break-word; }
.bot-value { word-break: break-all; max-width: 65%; text-align: right; }
.bot-profile { text-align: center; padding: 32px 16px 8px; }
.bot-avatar { width: 96px; height: 96px; border-radius: 8px; background: #ddd; display: inline-block; }
`
