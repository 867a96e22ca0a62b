/**
 * Drafts (草稿箱) and publishing (发布能力), docs/api-messaging.md "Drafts and publishing":
 * draft/add keeps a list of articles under a media_id; freepublish/submit turns one into a publish
 * job that finishes at once (publish_status 0) with an article_id and per-article URLs.
 * In memory, like WeChat's own jobs they are per account.
 */
import type { Random } from '../../runtime/random'
import { urlSafeString } from './opaque'

export type Article = Readonly<Record<string, unknown>>

export interface Draft {
  readonly mediaId: string
  articles: Article[]
  /** Simulated Unix seconds. */
  updateTime: number
}

export interface Publish {
  readonly publishId: string
  readonly msgDataId: string
  readonly articleId: string
  readonly accountId: string
  readonly articles: readonly Article[]
  /** 0 success, … 5 deleted by the user after success [doc freepublish/get]. */
  status: 0 | 1 | 2 | 3 | 4 | 5 | 6
  readonly updateTime: number
  deleted: boolean
}

export class DraftBook {
  private readonly drafts = new Map<string, Draft[]>()
  private publishes: Publish[] = []
  private readonly random: Random

  constructor(random: Random) {
    this.random = random
  }

  add(accountId: string, articles: Article[], now: number): Draft {
    const draft: Draft = { mediaId: urlSafeString(this.random, 43), articles, updateTime: now }
    this.drafts.set(accountId, [...this.list(accountId), draft])
    return draft
  }

  find(accountId: string, mediaId: string): Draft | undefined {
    return this.list(accountId).find((d) => d.mediaId === mediaId)
  }

  /** Newest first, as batchget answers [unconfirmed order]. */
  list(accountId: string): Draft[] {
    return [...(this.drafts.get(accountId) ?? [])]
  }

  remove(accountId: string, mediaId: string): boolean {
    const list = this.list(accountId)
    const kept = list.filter((d) => d.mediaId !== mediaId)
    this.drafts.set(accountId, kept)
    return kept.length !== list.length
  }

  publish(accountId: string, draft: Draft, now: number): Publish {
    const digits = () => String(2_000_000_000 + this.random.int(1_000_000_000))
    const job: Publish = {
      publishId: digits(),
      msgDataId: digits(),
      articleId: urlSafeString(this.random, 43),
      accountId,
      articles: draft.articles,
      status: 0,
      updateTime: now,
      deleted: false,
    }
    this.publishes = [...this.publishes, job]
    // WeChat removes a draft once it is published [doc: 发布能力 "发布成功后草稿箱中该草稿将被删除" — unconfirmed wording].
    this.remove(accountId, draft.mediaId)
    return job
  }

  findPublish(accountId: string, publishId: string): Publish | undefined {
    return this.publishes.find((p) => p.accountId === accountId && p.publishId === publishId)
  }

  findArticle(accountId: string, articleId: string): Publish | undefined {
    return this.publishes.find(
      (p) => p.accountId === accountId && p.articleId === articleId && !p.deleted,
    )
  }

  published(accountId: string): Publish[] {
    return this.publishes.filter((p) => p.accountId === accountId && !p.deleted && p.status === 0)
  }
}
