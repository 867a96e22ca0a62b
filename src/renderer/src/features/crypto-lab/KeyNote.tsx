/**
 * Whether the EncodingAESKey is canonical base64 (protocol.md §0 #4b, §8.1). Most real keys are not,
 * and strict decoders in some bot stacks reject them: say so before production does.
 */
import { useTranslation } from 'react-i18next'

export function KeyNote(props: { canonical: boolean }) {
  const { t } = useTranslation()
  if (props.canonical) {
    return (
      <p className="key-note key-note_ok" data-testid="lab-key-canonical" data-canonical="true">
        <i className="weui-icon-success-no-circle" aria-hidden="true" />
        {t('lab.key.canonical')}
      </p>
    )
  }
  return (
    <aside className="note note_warn" data-testid="lab-key-canonical" data-canonical="false">
      <h4 className="note__title">{t('lab.key.nonCanonicalTitle')}</h4>
      <p className="note__body">{t('lab.key.nonCanonicalBody')}</p>
    </aside>
  )
}
