/**
 * The bot's words, in Chinese and English. Text replies may contain newlines, which the phone
 * renders (protocol.md §7.2). The help lists the keyword table itself, so it cannot drift from what the
 * bot actually understands.
 */
export interface HelpEntry {
  readonly words: readonly string[]
  readonly zh: string
  readonly en: string
}

export function helpText(entries: readonly HelpEntry[]): string {
  return [
    '发送下面的关键词试试 / Send one of these keywords:',
    ...entries.map((e) => `· ${e.words.join(' / ')}：${e.zh} — ${e.en}`),
  ].join('\n')
}

/** Longest echo, in characters: a reply over ~2048 bytes may be refused (protocol.md §7.2). */
const ECHO_MAX = 200

export function echoText(content: string, help: string): string {
  const chars = [...content]
  const shown = chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : content
  return `你说：「${shown}」\nYou said: "${shown}"\n\n${help}`
}

export function welcomeText(help: string, scene: string | undefined): string {
  const fromQr =
    scene === undefined ? '' : `（通过二维码场景 ${scene} 关注 / followed via QR scene ${scene}）\n`
  return `欢迎关注 mpsim 示例公众号！\nWelcome to mpsim's sample account!\n${fromQr}\n${help}`
}

export function oauthLinkText(guideUrl: string): string {
  return `网页授权示例 / Web authorization (OAuth) demo:\n${guideUrl}`
}

export function jssdkLinkText(demoUrl: string): string {
  return `JS-SDK 示例（在微信里打开）/ JS-SDK demo (open it inside WeChat):\n${demoUrl}`
}

export const SLOW_DONE_TEXT =
  '慢任务完成了！这条消息是通过客服消息接口发送的，不是被动回复。\n' +
  'The slow job is done! This message came through the customer-service API, not as a passive reply.'

export const SLOW_WRONG_TEXT =
  '这条被动回复来得太晚了：微信只等 5 秒。\n' +
  'This passive reply came too late: WeChat waits only 5 seconds.'
