/**
 * Job-finished pushes for mass sends and publishing (docs/api-messaging.md): MASSSENDJOBFINISH with
 * the job's real counts, PUBLISHJOBFINISH with the publish result. Both come from a WeChat system
 * sender, not from a user: the doc samples' FromUserName is an openid-shaped id of the mass-send
 * helper [doc sample]; mpsim uses the fixed MASS_HELPER_OPENID for both [unconfirmed for publish].
 */
import type { PushValues } from '../../shared/model/catalog-types'
import type { MassSentJob, PublishedJob } from '../platform/api/options'

/** The FromUserName of the doc's MASSSENDJOBFINISH sample (tests/fixtures/vectors/messages). */
export const MASS_HELPER_OPENID = 'oV5CrjpxgaGXNHIQigzNlgLTnwic'

export function massFinishedValues(job: MassSentJob): PushValues {
  const urls = job.articleUrls ?? []
  return {
    MsgID: job.msgId,
    Status: job.status,
    TotalCount: String(job.totalCount),
    FilterCount: String(job.filterCount),
    SentCount: String(job.sentCount),
    ErrorCount: String(job.errorCount),
    // Only article sends carry the originality check and article URLs.
    CopyrightCheckResult:
      urls.length === 0
        ? null
        : {
            ResultList: urls.map((_, i) => ({ ArticleIdx: String(i + 1) })),
            CheckState: '1',
          },
    ArticleUrlResult:
      urls.length === 0
        ? null
        : { ResultList: urls.map((url, i) => ({ ArticleIdx: String(i + 1), ArticleUrl: url })) },
  }
}

/** publish_status values for which WeChat lists the failed articles as fail_idx [doc]. */
const FAIL_IDX_STATUSES: readonly number[] = [2, 4]

export function publishFinishedValues(job: PublishedJob): PushValues {
  const positions = job.articleUrls.map((_, i) => String(i + 1))
  return {
    PublishEventInfo: {
      publish_id: job.publishId,
      publish_status: String(job.status),
      article_id: job.articleId,
      article_detail: {
        count: String(job.articleUrls.length),
        item: job.articleUrls.map((url, i) => ({ idx: String(i + 1), article_url: url })),
      },
      // The job does not say which articles failed, so all of them are listed [mpsim].
      fail_idx: FAIL_IDX_STATUSES.includes(job.status) ? positions : null,
    },
  }
}
