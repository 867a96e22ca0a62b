/**
 * Drafts and publishing (docs/api-messaging.md "Drafts and publishing"; WeChat docs "草稿箱" and
 * "发布能力" [doc]; paths and bodies as wechatpy's draft.py / freepublish.py send them [sdk]):
 * - draft/add {articles:[…]} → {media_id}; each article needs a title and content (40097
 *   [unconfirmed]) and a thumb_media_id that is a permanent image in the media store (40007 [doc]);
 *   no articles 44003 [doc];
 * - draft/get {media_id} → {news_item:[…]}; draft/delete; draft/update {media_id, index, articles};
 *   draft/count → {total_count}; draft/batchget {offset, count 1..20, no_content}; an unknown
 *   media_id 40007 [doc], a bad index or count 40097 [unconfirmed];
 * - freepublish/submit {media_id} → {errcode, errmsg, publish_id, msg_data_id} [doc]; the job
 *   finishes at once and PUBLISHJOBFINISH is pushed (onPublished); the draft leaves the box;
 * - freepublish/get {publish_id} → {publish_id, publish_status, article_id, article_detail:{count,
 *   item:[{idx, article_url}]}, fail_idx} [doc]; unknown 40097 [unconfirmed];
 * - freepublish/delete {article_id, index}, getarticle {article_id} → {news_item}, batchget; an
 *   unknown article_id 53600 [doc].
 */
import { RouteTable } from '../../http/route-table'
import type { PlatformContext } from '../../../context/platform-context'
import type { Article, Publish } from '../../state/messaging-drafts'
import { noteAnalysis } from '../analysis'
import { authenticate } from '../auth'
import { arr, filled, isObject, obj } from '../fields'
import type { JsonObject } from '../json-body'
import { readJsonBody } from '../json-body'
import type { PlatformOptions } from '../options'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import type { ApiHandler } from '../route'
import type { Account } from '../../../../shared/model/account'
import { callHook } from './hooks'
import { intField } from './templates'

const PAGE_MAX = 20
const ARTICLE_BASE = 'http://mp.weixin.qq.com/s'

type Checked = { ok: true; article: Article } | { ok: false; errcode: number; problem: string }

export function draftsRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { state } = options
  const drafts = state.messaging.drafts

  /** An authenticated POST with a JSON body. */
  const post = (
    path: string,
    handle: (account: Account, body: JsonObject, res: Parameters<ApiHandler>[1]) => void,
  ) =>
    apiRoute(ctx, router, 'POST', path, (req, res) => {
      const account = authenticate(ctx, tokens, req, res)
      if (!account) return
      const body = readJsonBody(ctx, req, res)
      if (body) handle(account, body, res)
    })
  const { tokens } = state

  const checkArticle = (accountId: string, raw: unknown): Checked => {
    if (!isObject(raw)) return { ok: false, errcode: 47001, problem: 'article-shape' }
    if (filled(raw, 'title') === undefined)
      return { ok: false, errcode: 40097, problem: 'missing:title' }
    if (filled(raw, 'content') === undefined)
      return { ok: false, errcode: 40097, problem: 'missing:content' }
    const thumb = filled(raw, 'thumb_media_id')
    const media = thumb === undefined ? undefined : state.media.find(accountId, thumb)
    const permanentImage =
      media !== undefined &&
      media.kind === 'permanent' &&
      (media.type === 'image' || media.type === 'thumb')
    if (!permanentImage) return { ok: false, errcode: 40007, problem: 'thumb-not-permanent-image' }
    return { ok: true, article: { ...raw } }
  }

  const checkArticles = (accountId: string, list: readonly unknown[]) => {
    const out: Article[] = []
    for (const raw of list) {
      const checked = checkArticle(accountId, raw)
      if (!checked.ok) return checked
      out.push(checked.article)
    }
    return { ok: true as const, articles: out }
  }

  const page = (body: JsonObject): { offset: number; count: number } | undefined => {
    const offset = intField(body, 'offset') ?? 0
    const count = intField(body, 'count')
    return count === undefined || count < 1 || count > PAGE_MAX ? undefined : { offset, count }
  }

  const newsItems = (articles: readonly Article[], noContent: boolean, urlBase?: string) =>
    articles.map((a, i) => ({
      ...a,
      ...(noContent ? { content: '' } : {}),
      url: `${urlBase ?? `${ARTICLE_BASE}?draft=1`}&idx=${i + 1}`,
    }))

  post('/cgi-bin/draft/add', (account, body, res) => {
    const list = arr(body, 'articles') ?? []
    if (list.length === 0) {
      answerError(ctx, res, 44003)
      return
    }
    const checked = checkArticles(account.id, list)
    if (!checked.ok) {
      noteAnalysis(res, { problem: checked.problem })
      answerError(ctx, res, checked.errcode)
      return
    }
    const { draft, saved } = drafts.add(account.id, checked.articles, ctx.clock.nowSeconds())
    void saved.then(() => answerOk(res, { media_id: draft.mediaId }))
  })

  post('/cgi-bin/draft/get', (account, body, res) => {
    const draft = drafts.find(account.id, filled(body, 'media_id') ?? '')
    if (!draft) {
      answerError(ctx, res, 40007)
      return
    }
    answerOk(res, { news_item: newsItems(draft.articles, false) })
  })

  post('/cgi-bin/draft/delete', (account, body, res) => {
    const removed = drafts.remove(account.id, filled(body, 'media_id') ?? '')
    if (!removed) {
      answerError(ctx, res, 40007)
      return
    }
    void removed.then(() => answerOk(res, OK_BODY))
  })

  post('/cgi-bin/draft/update', (account, body, res) => {
    const draft = drafts.find(account.id, filled(body, 'media_id') ?? '')
    if (!draft) {
      answerError(ctx, res, 40007)
      return
    }
    const index = intField(body, 'index')
    if (index === undefined || index < 0 || index >= draft.articles.length) {
      answerError(ctx, res, 40097)
      return
    }
    const checked = checkArticle(account.id, obj(body, 'articles'))
    if (!checked.ok) {
      noteAnalysis(res, { problem: checked.problem })
      answerError(ctx, res, checked.errcode)
      return
    }
    const now = ctx.clock.nowSeconds()
    const saved = drafts.updateArticle(account.id, draft.mediaId, index, checked.article, now)
    void (saved ?? Promise.resolve()).then(() => answerOk(res, OK_BODY))
  })

  apiRoute(ctx, router, 'GET', '/cgi-bin/draft/count', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (account) answerOk(res, { total_count: drafts.list(account.id).length })
  })

  post('/cgi-bin/draft/batchget', (account, body, res) => {
    const p = page(body)
    if (!p) {
      answerError(ctx, res, 40097)
      return
    }
    const all = drafts.list(account.id).reverse()
    const item = all.slice(p.offset, p.offset + p.count).map((d) => ({
      media_id: d.mediaId,
      content: { news_item: newsItems(d.articles, body.no_content === 1) },
      update_time: d.updateTime,
    }))
    answerOk(res, { total_count: all.length, item_count: item.length, item })
  })

  const articleUrls = (job: Publish) =>
    job.articles.map((_, i) => `${ARTICLE_BASE}?__biz=mpsim&mid=${job.msgDataId}&idx=${i + 1}`)

  post('/cgi-bin/freepublish/submit', (account, body, res) => {
    const draft = drafts.find(account.id, filled(body, 'media_id') ?? '')
    if (!draft) {
      answerError(ctx, res, 40007)
      return
    }
    const { job, saved } = drafts.publish(account.id, draft, ctx.clock.nowSeconds())
    void saved.then(() => {
      answerOk(
        res,
        undefined,
        `{"errcode":0,"errmsg":"ok","publish_id":"${job.publishId}","msg_data_id":${job.msgDataId}}`,
      )
      callHook('onPublished', options.onPublished, {
        accountId: account.id,
        publishId: job.publishId,
        status: job.status,
        articleId: job.articleId,
        articleUrls: articleUrls(job),
      })
    })
  })

  post('/cgi-bin/freepublish/get', (account, body, res) => {
    const v = body.publish_id
    const id = typeof v === 'string' || typeof v === 'number' ? String(v) : ''
    const job = drafts.findPublish(account.id, id)
    if (!job) {
      answerError(ctx, res, 40097)
      return
    }
    const urls = articleUrls(job)
    answerOk(res, {
      publish_id: job.publishId,
      publish_status: job.deleted ? 5 : job.status,
      article_id: job.articleId,
      article_detail: {
        count: urls.length,
        item: urls.map((article_url, i) => ({ idx: i + 1, article_url })),
      },
      fail_idx: [],
    })
  })

  post('/cgi-bin/freepublish/delete', (account, body, res) => {
    const deleted = drafts.deleteArticle(account.id, filled(body, 'article_id') ?? '')
    if (!deleted) {
      answerError(ctx, res, 53600)
      return
    }
    void deleted.then(() => answerOk(res, OK_BODY))
  })

  post('/cgi-bin/freepublish/getarticle', (account, body, res) => {
    const job = drafts.findArticle(account.id, filled(body, 'article_id') ?? '')
    if (!job) {
      answerError(ctx, res, 53600)
      return
    }
    const urls = articleUrls(job)
    answerOk(res, {
      news_item: job.articles.map((a, i) => ({ ...a, url: urls[i], is_deleted: false })),
    })
  })

  post('/cgi-bin/freepublish/batchget', (account, body, res) => {
    const p = page(body)
    if (!p) {
      answerError(ctx, res, 40097)
      return
    }
    const all = drafts.published(account.id).reverse()
    const item = all.slice(p.offset, p.offset + p.count).map((job) => {
      const urls = articleUrls(job)
      return {
        article_id: job.articleId,
        content: {
          news_item: job.articles.map((a, i) => ({
            ...a,
            ...(body.no_content === 1 ? { content: '' } : {}),
            url: urls[i],
            is_deleted: false,
          })),
        },
        update_time: job.updateTime,
      }
    })
    answerOk(res, { total_count: all.length, item_count: item.length, item })
  })
  return router
}
