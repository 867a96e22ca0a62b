/** The inside of an Official Account bubble, for every reply type the phone can show (spec §7.2). */
import { useTranslation } from 'react-i18next'
import type { NewsArticle } from '../../../../shared/model/verdict'
import { Icon } from './Icon'
import { RichText } from './rich-text'
import type { BotView } from './timeline'

export function BotContent(props: { view: BotView }) {
  const { t } = useTranslation('phone')
  const v = props.view
  switch (v.kind) {
    case 'text':
      return (
        <div className="bubble bubble_bot">
          <RichText content={v.content} />
        </div>
      )
    case 'image':
      return (
        <div className="bubble bubble_placeholder" title={t('bubble.mediaHint', { id: v.mediaId })}>
          <span className="bubble__ph-icon">
            <Icon name="image" size={30} />
          </span>
          <span>{t('bubble.image')}</span>
          <code className="bubble__media-id">{v.mediaId}</code>
        </div>
      )
    case 'voice':
      return (
        <div
          className="bubble bubble_bot bubble_voice"
          title={t('bubble.mediaHint', { id: v.mediaId })}
        >
          <Icon name="mic" size={18} /> {t('bubble.voice')}
          <code className="bubble__media-id">{v.mediaId}</code>
        </div>
      )
    case 'video':
      return (
        <div
          className="bubble bubble_placeholder bubble_video"
          title={t('bubble.mediaHint', { id: v.mediaId })}
        >
          <span className="bubble__ph-icon">
            <Icon name="play" size={30} />
          </span>
          <span>{v.title ?? t('bubble.video')}</span>
          {v.description && <span className="bubble__desc">{v.description}</span>}
          <code className="bubble__media-id">{v.mediaId}</code>
        </div>
      )
    case 'music':
      return (
        <div className="bubble bubble_card bubble_music">
          <span className="bubble__music-icon">
            <Icon name="note" size={22} />
          </span>
          <div className="bubble__music-text">
            <div className="bubble__title">{v.title ?? t('bubble.music')}</div>
            {v.description && <div className="bubble__desc">{v.description}</div>}
          </div>
          {v.musicUrl && (
            <a
              className="bubble__music-link"
              href={v.musicUrl}
              target="_blank"
              rel="noreferrer noopener"
            >
              {t('bubble.music')}
            </a>
          )}
        </div>
      )
    case 'news':
      return <NewsCard articles={v.articles} />
    case 'template':
      return (
        <div className="bubble bubble_card bubble_template">
          <div className="bubble__title">{v.title}</div>
          <dl className="bubble__fields">
            {v.fields.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {v.url && (
            <a className="bubble__more" href={v.url} target="_blank" rel="noreferrer noopener">
              {t('bubble.details')}
            </a>
          )}
        </div>
      )
    case 'transfer':
    case 'none':
    case 'error-banner':
      // Drawn as developer notes and system tips by the chat, never as a bubble.
      return <div className="bubble bubble_bot">{t('bubble.unknown', { type: v.kind })}</div>
  }
}

/** One article: the big card. Several: the first big with its title over the picture, then rows. */
function NewsCard(props: { articles: readonly NewsArticle[] }) {
  const { t } = useTranslation('phone')
  const [first, ...rest] = props.articles
  if (!first) return null
  if (rest.length === 0) {
    return (
      <a className="news news_single" href={first.url} target="_blank" rel="noreferrer noopener">
        <div className="news__title">{first.title}</div>
        {first.picUrl && <img className="news__cover" src={first.picUrl} alt="" />}
        {first.description && <div className="news__desc">{first.description}</div>}
        <div className="news__more">{t('bubble.readMore')}</div>
      </a>
    )
  }
  return (
    <div className="news news_multi">
      <a className="news__lead" href={first.url} target="_blank" rel="noreferrer noopener">
        {first.picUrl && <img className="news__cover" src={first.picUrl} alt="" />}
        <span className="news__lead-title">{first.title}</span>
      </a>
      {rest.map((a, i) => (
        <a key={i} className="news__row" href={a.url} target="_blank" rel="noreferrer noopener">
          <span className="news__row-title">{a.title}</span>
          {a.picUrl && <img className="news__thumb" src={a.picUrl} alt="" />}
        </a>
      ))}
    </div>
  )
}
