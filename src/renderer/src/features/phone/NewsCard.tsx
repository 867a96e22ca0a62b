/**
 * A news reply as WeChat draws it: one article is a big card (title, cover, description, "read
 * more"); several are one card with the first article over its cover and the others as rows with
 * a thumbnail. Pictures are loopback URLs in mpsim (the CSP allows them); a missing or failing
 * picture leaves a grey area, never a broken image. A tap on an article opens it in the phone's
 * WeChat browser.
 */
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewsArticle } from '../../../../shared/model/verdict'
import { PhoneLink } from '../phone-browser/PhoneLink'
import './news.css'

function Picture(props: { url: string | undefined; className: string }) {
  const [failed, setFailed] = useState(false)
  if (!props.url || failed) return <span className={`${props.className} news__nopic`} />
  return <img className={props.className} src={props.url} alt="" onError={() => setFailed(true)} />
}

/** An article without a url is not a link (WeChat draws it, and a tap does nothing). */
function ArticleLink(props: { url: string | undefined; className: string; children: ReactNode }) {
  if (!props.url) return <div className={props.className}>{props.children}</div>
  return (
    <PhoneLink className={props.className} href={props.url}>
      {props.children}
    </PhoneLink>
  )
}

export function NewsCard(props: { articles: readonly NewsArticle[] }) {
  const { t } = useTranslation('phone')
  const [first, ...rest] = props.articles
  if (!first) return null
  const untitled = t('bubble.untitled')
  if (rest.length === 0) {
    return (
      <ArticleLink className="news news_single" url={first.url}>
        <div className="news__title">{first.title ?? untitled}</div>
        <Picture className="news__cover" url={first.picUrl} />
        {first.description && <div className="news__desc">{first.description}</div>}
        <div className="news__more">{t('bubble.readMore')}</div>
      </ArticleLink>
    )
  }
  return (
    <div className="news news_multi">
      <ArticleLink className="news__lead" url={first.url}>
        <Picture className="news__cover" url={first.picUrl} />
        <span className="news__lead-title">{first.title ?? untitled}</span>
      </ArticleLink>
      {rest.map((a, i) => (
        <ArticleLink key={i} className="news__row" url={a.url}>
          <span className="news__row-title">{a.title ?? untitled}</span>
          <Picture className="news__thumb" url={a.picUrl} />
        </ArticleLink>
      ))}
    </div>
  )
}
