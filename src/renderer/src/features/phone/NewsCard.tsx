/**
 * A news reply as WeChat draws it: one article is a big card (title, cover, description, "read
 * more"); several are one card with the first article over its cover and the others as rows with
 * a thumbnail. Pictures are loopback URLs in mpsim (the CSP allows them); a missing or failing
 * picture leaves a grey area, never a broken image.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewsArticle } from '../../../../shared/model/verdict'
import './news.css'

function Picture(props: { url: string | undefined; className: string }) {
  const [failed, setFailed] = useState(false)
  if (!props.url || failed) return <span className={`${props.className} news__nopic`} />
  return <img className={props.className} src={props.url} alt="" onError={() => setFailed(true)} />
}

export function NewsCard(props: { articles: readonly NewsArticle[] }) {
  const { t } = useTranslation('phone')
  const [first, ...rest] = props.articles
  if (!first) return null
  const untitled = t('bubble.untitled')
  if (rest.length === 0) {
    return (
      <a className="news news_single" href={first.url} target="_blank" rel="noreferrer noopener">
        <div className="news__title">{first.title ?? untitled}</div>
        <Picture className="news__cover" url={first.picUrl} />
        {first.description && <div className="news__desc">{first.description}</div>}
        <div className="news__more">{t('bubble.readMore')}</div>
      </a>
    )
  }
  return (
    <div className="news news_multi">
      <a className="news__lead" href={first.url} target="_blank" rel="noreferrer noopener">
        <Picture className="news__cover" url={first.picUrl} />
        <span className="news__lead-title">{first.title ?? untitled}</span>
      </a>
      {rest.map((a, i) => (
        <a key={i} className="news__row" href={a.url} target="_blank" rel="noreferrer noopener">
          <span className="news__row-title">{a.title ?? untitled}</span>
          <Picture className="news__thumb" url={a.picUrl} />
        </a>
      ))}
    </div>
  )
}
