/**
 * The numbers the reply rules depend on, each with its source. Kept together so a change in
 * WeChat's behaviour is a one-line edit.
 */

/** WeChat drops the connection after 5 seconds (protocol.md §4.4, §7.3). */
export const REPLY_DEADLINE_MS = 5000

/**
 * Deliveries in total before the user sees the system tip. The doc says "retries three times in
 * total"; field reports see three deliveries (protocol.md §7.3, §13) — the simulator's default.
 */
export const DELIVERY_ATTEMPTS = 3

/**
 * Longest text reply, in UTF-8 bytes. Not stated in the spec: 2048 bytes is the widely reported
 * limit for text messages, and WeChat's reaction beyond it is [unconfirmed], so it is a warning.
 */
export const TEXT_CONTENT_BYTE_LIMIT = 2048

/** Articles shown for a news reply to a user's message / to anything else (protocol.md §7.2, §13). */
export const NEWS_LIMIT_MESSAGE = 1
export const NEWS_LIMIT_OTHER = 8

/**
 * Push MsgTypes whose news replies are capped at one article. The doc lists "text, image, voice,
 * video, news or location"; no push has MsgType `news` (protocol.md §5), so `link` and `shortvideo` fall
 * under "other cases" as the doc is written. (Older docs omitted voice — protocol.md §13.)
 */
const ONE_ARTICLE_PUSHES: ReadonlySet<string> = new Set([
  'text',
  'image',
  'voice',
  'video',
  'news',
  'location',
])

export function newsArticleLimit(pushMsgType: string): number {
  return ONE_ARTICLE_PUSHES.has(pushMsgType) ? NEWS_LIMIT_MESSAGE : NEWS_LIMIT_OTHER
}

/** AppID format (protocol.md §1): a FromUserName like this is the AppID, not the `gh_` original id. */
export const APPID_PATTERN = /^wx[0-9a-f]{16}$/

/** A 13-digit CreateTime/TimeStamp is milliseconds (protocol.md §0 #7). */
export const MILLISECONDS_PATTERN = /^\d{13}$/
