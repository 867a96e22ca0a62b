/**
 * Drafts (草稿箱) and publishing (发布能力), docs/api-messaging.md "Drafts and publishing":
 * draft/add keeps a list of articles under a media_id; freepublish/submit turns one into a publish
 * job that finishes at once (publish_status 0) with an article_id and per-article URLs.
 * Per account, kept in `<workspace>/drafts/<accountId>.json` and `publish/<accountId>.json`
 * (messaging-json-file.ts); every change resolves once it is on disk. WeChat documents no cap on
 * the draft box, so drafts are not capped; the publish file keeps the last KEEP_PUBLISHED jobs.
 */
import type { Random } from '../../runtime/random'
import { AccountJsonBook, isNumber, isRecord, isString } from './messaging-json-file'
import { urlSafeString } from './opaque'

export type Article = Readonly<Record<string, unknown>>

/** Publish jobs (and so published articles) kept per account; older ones are forgotten. */
export const KEEP_PUBLISHED = 1000

export interface Draft {
  readonly mediaId: string
  readonly articles: readonly Article[]
  /** Simulated Unix seconds. */
  readonly updateTime: number
}

export interface Publish {
  readonly publishId: string
  readonly msgDataId: string
  readonly articleId: string
  readonly accountId: string
  readonly articles: readonly Article[]
  /** 0 success, … 5 deleted by the user after success [doc freepublish/get]. */
  readonly status: 0 | 1 | 2 | 3 | 4 | 5 | 6
  readonly updateTime: number
  readonly deleted: boolean
}

interface DraftFile {
  drafts: Draft[]
}

interface PublishFile {
  jobs: Omit<Publish, 'accountId'>[]
}

const isArticles = (v: unknown): v is Article[] => Array.isArray(v) && v.every(isRecord)

function parseDrafts(file: Record<string, unknown>): DraftFile | undefined {
  if (!Array.isArray(file.drafts)) return undefined
  const drafts: Draft[] = []
  for (const d of file.drafts) {
    if (!isRecord(d) || !isString(d.mediaId) || !isArticles(d.articles) || !isNumber(d.updateTime))
      return undefined
    drafts.push({ mediaId: d.mediaId, articles: d.articles, updateTime: d.updateTime })
  }
  return { drafts }
}

function parsePublish(file: Record<string, unknown>): PublishFile | undefined {
  if (!Array.isArray(file.jobs)) return undefined
  const jobs: PublishFile['jobs'] = []
  for (const j of file.jobs) {
    if (
      !isRecord(j) ||
      !isString(j.publishId) ||
      !isString(j.msgDataId) ||
      !isString(j.articleId) ||
      !isArticles(j.articles) ||
      !isNumber(j.updateTime) ||
      typeof j.deleted !== 'boolean' ||
      ![0, 1, 2, 3, 4, 5, 6].includes(j.status as number)
    ) {
      return undefined
    }
    jobs.push({
      publishId: j.publishId,
      msgDataId: j.msgDataId,
      articleId: j.articleId,
      articles: j.articles,
      status: j.status as Publish['status'],
      updateTime: j.updateTime,
      deleted: j.deleted,
    })
  }
  return { jobs: jobs.slice(-KEEP_PUBLISHED) }
}

export class DraftBook {
  private readonly drafts: AccountJsonBook<DraftFile>
  private readonly publishes: AccountJsonBook<PublishFile>
  private readonly random: Random

  constructor(deps: { random: Random; dir?: string }) {
    this.random = deps.random
    this.drafts = new AccountJsonBook(deps.dir, 'drafts', parseDrafts, () => ({ drafts: [] }))
    this.publishes = new AccountJsonBook(deps.dir, 'publish', parsePublish, () => ({ jobs: [] }))
  }

  add(accountId: string, articles: Article[], now: number): { draft: Draft; saved: Promise<void> } {
    const file = this.drafts.get(accountId)
    // A seeded Random repeats its ids after a restart: skip those the kept drafts use.
    const mediaId = this.fresh(
      () => urlSafeString(this.random, 43),
      (id) => file.drafts.some((d) => d.mediaId === id),
    )
    const draft: Draft = { mediaId, articles, updateTime: now }
    file.drafts = [...file.drafts, draft]
    return { draft, saved: this.drafts.save(accountId) }
  }

  find(accountId: string, mediaId: string): Draft | undefined {
    return this.drafts.get(accountId).drafts.find((d) => d.mediaId === mediaId)
  }

  /** Oldest first (the API reverses it for batchget [unconfirmed order]). */
  list(accountId: string): Draft[] {
    return [...this.drafts.get(accountId).drafts]
  }

  /** draft/update: replaces the index-th article; undefined when there is no such draft. */
  updateArticle(
    accountId: string,
    mediaId: string,
    index: number,
    article: Article,
    now: number,
  ): Promise<void> | undefined {
    const file = this.drafts.get(accountId)
    const found = file.drafts.find((d) => d.mediaId === mediaId)
    if (!found) return undefined
    const articles = found.articles.map((a, i) => (i === index ? article : a))
    file.drafts = file.drafts.map((d) => (d === found ? { ...d, articles, updateTime: now } : d))
    return this.drafts.save(accountId)
  }

  /** undefined when the account has no such draft. */
  remove(accountId: string, mediaId: string): Promise<void> | undefined {
    const file = this.drafts.get(accountId)
    const kept = file.drafts.filter((d) => d.mediaId !== mediaId)
    if (kept.length === file.drafts.length) return undefined
    file.drafts = kept
    return this.drafts.save(accountId)
  }

  publish(accountId: string, draft: Draft, now: number): { job: Publish; saved: Promise<void> } {
    const digits = () => String(2_000_000_000 + this.random.int(1_000_000_000))
    const kept = this.publishes.get(accountId).jobs
    const job: Publish = {
      publishId: this.fresh(digits, (id) => kept.some((p) => p.publishId === id)),
      msgDataId: this.fresh(digits, (id) => kept.some((p) => p.msgDataId === id)),
      articleId: this.fresh(
        () => urlSafeString(this.random, 43),
        (id) => kept.some((p) => p.articleId === id),
      ),
      accountId,
      articles: draft.articles,
      status: 0,
      updateTime: now,
      deleted: false,
    }
    const file = this.publishes.get(accountId)
    file.jobs = [...file.jobs.slice(-(KEEP_PUBLISHED - 1)), withoutAccount(job)]
    // WeChat removes a draft once it is published [doc: 发布能力 "发布成功后草稿箱中该草稿将被删除" — unconfirmed wording].
    const removed = this.remove(accountId, draft.mediaId)
    const saved = Promise.all([this.publishes.save(accountId), removed]).then(() => undefined)
    return { job, saved }
  }

  findPublish(accountId: string, publishId: string): Publish | undefined {
    return this.jobs(accountId).find((p) => p.publishId === publishId)
  }

  findArticle(accountId: string, articleId: string): Publish | undefined {
    return this.jobs(accountId).find((p) => p.articleId === articleId && !p.deleted)
  }

  /** freepublish/delete: marks the article deleted; undefined when there is no such article. */
  deleteArticle(accountId: string, articleId: string): Promise<void> | undefined {
    const file = this.publishes.get(accountId)
    const at = file.jobs.findIndex((p) => p.articleId === articleId && !p.deleted)
    const found = file.jobs[at]
    if (found === undefined) return undefined
    file.jobs = file.jobs.map((p, i) => (i === at ? { ...found, deleted: true } : p))
    return this.publishes.save(accountId)
  }

  published(accountId: string): Publish[] {
    return this.jobs(accountId).filter((p) => !p.deleted && p.status === 0)
  }

  flush(): Promise<void> {
    return Promise.all([this.drafts.flush(), this.publishes.flush()]).then(() => undefined)
  }

  private fresh(make: () => string, used: (id: string) => boolean): string {
    for (;;) {
      const id = make()
      if (!used(id)) return id
    }
  }

  private jobs(accountId: string): Publish[] {
    return this.publishes.get(accountId).jobs.map((p) => ({ ...p, accountId }))
  }
}

function withoutAccount(job: Publish): Omit<Publish, 'accountId'> {
  const { publishId, msgDataId, articleId, articles, status, updateTime, deleted } = job
  return { publishId, msgDataId, articleId, articles, status, updateTime, deleted }
}
