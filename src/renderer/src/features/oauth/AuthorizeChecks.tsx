/**
 * The live checklist of step 1 (protocol.md §9.1, §9.2): one row per rule, green, orange or red,
 * each problem worded by the shared table with its fix, and WeChat's verdict on the whole link.
 */
import { useTranslation } from 'react-i18next'
import type { CheckAnswer } from './use-authorize-check'
import { checkRows } from './check-rows'
import { FindingNote } from './Explained'

const MARK = { ok: '✓', warn: '!', error: '✕' } as const

export function AuthorizeChecks(props: { answer: CheckAnswer | undefined; pending: boolean }) {
  const { t } = useTranslation('oauth')
  const { answer } = props
  if (!answer) {
    return props.pending ? <p className="hint">{t('check.pending')}</p> : null
  }
  const rows = checkRows(answer.problems)
  return (
    <section
      className="oauth-checks"
      data-testid="oauth-checks"
      data-refused={answer.refused ? 'true' : 'false'}
      aria-busy={props.pending}
    >
      <h4 className="oauth-checks__title">{t('check.title')}</h4>
      <p
        className={`oauth-checks__verdict${answer.refused ? ' oauth-checks__verdict_refused' : ''}`}
        data-testid="oauth-checks-verdict"
      >
        {answer.refused
          ? t('check.refused', {
              code:
                answer.wechatErrcode === undefined
                  ? ''
                  : t('check.refusedCode', { code: answer.wechatErrcode }),
            })
          : t('check.passes')}
      </p>
      <ul className="oauth-checks__rows">
        {rows.map((row) => (
          <li
            key={row.row}
            className={`oauth-check oauth-check_${row.verdict}`}
            data-testid={`oauth-check-${row.row}`}
            data-verdict={row.verdict}
          >
            <span className="oauth-check__mark" aria-hidden="true">
              {MARK[row.verdict]}
            </span>
            <span className="oauth-check__text">
              {t(`check.rows.${row.row}`)}
              <span className="oauth-sr"> — {t(`check.${row.verdict}`)}</span>
            </span>
            {row.problems.length > 0 && (
              <div className="oauth-check__problems">
                {row.problems.map((p, i) => (
                  <FindingNote key={`${p.code}-${i}`} finding={p} />
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
