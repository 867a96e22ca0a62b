/**
 * News (图文) reply (protocol.md §7.2): <ArticleCount> must match the <item>s in <Articles>. WeChat shows
 * at most 1 article when answering a user's message and 8 otherwise, dropping the rest silently —
 * a warning here, and the phone view is truncated (protocol.md §13 "truncate to 1/8, warn").
 */
import type { ReplyProblem } from '../../../../shared/model/reply-problem-codes'
import type { NewsArticle } from '../../../../shared/model/verdict'
import { isGroupNode } from '../../xml-node'
import type { XmlNode } from '../../xml-node'
import { groupChildren, optionalText, requiredText } from '../field-reader'
import { problem } from '../problems'

export interface NewsContext {
  /** Articles WeChat shows for this push (limits.ts newsArticleLimit). */
  readonly articleLimit: number
  readonly pushMsgType: string
}

export function readNews(nodes: readonly XmlNode[], problems: ReplyProblem[], ctx: NewsContext) {
  const articleCount = requiredText(nodes, 'ArticleCount', problems)
  const group = groupChildren(nodes, 'Articles')
  if (group === undefined) problems.push(problem('field-missing', { field: 'Articles' }))
  const items = (group ?? []).filter((n) => n.name === 'item' && isGroupNode(n))
  const articles = items.map((item) => readArticle(isGroupNode(item) ? item.children : []))
  if (group !== undefined && articles.length === 0) problems.push(problem('news-no-articles'))
  if (articleCount !== undefined && articleCount.trim() !== '' && articles.length > 0) {
    if (articleCount !== String(articles.length)) {
      problems.push(
        problem('news-count-mismatch', { declared: articleCount, items: articles.length }),
      )
    }
  }
  if (articles.length > ctx.articleLimit) {
    problems.push(
      problem('news-truncated', {
        items: articles.length,
        limit: ctx.articleLimit,
        pushMsgType: ctx.pushMsgType,
      }),
    )
  }
  articles.forEach((article, i) => {
    const missing = (['title', 'url'] as const).filter((k) => !article[k]?.trim())
    if (missing.length > 0) {
      // Item fields are not marked required in the spec: an untitled or link-less card is odd,
      // not refused ([unconfirmed]).
      problems.push(
        problem('news-item-incomplete', {
          index: i + 1,
          missing: missing.map((k) => (k === 'title' ? 'Title' : 'Url')).join(', '),
        }),
      )
    }
  })
  return { msgType: 'news' as const, articleCount, articles }
}

function readArticle(fields: readonly XmlNode[]): NewsArticle {
  return {
    title: optionalText(fields, 'Title'),
    description: optionalText(fields, 'Description'),
    picUrl: optionalText(fields, 'PicUrl'),
    url: optionalText(fields, 'Url'),
  }
}
