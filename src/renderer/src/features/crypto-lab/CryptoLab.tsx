/** The Crypto lab page: what it is, then the signature and the envelope sections. */
import { useTranslation } from 'react-i18next'
import { EnvelopeLab } from './EnvelopeLab'
import { SignatureLab } from './SignatureLab'
import './crypto-lab.css'

export function CryptoLab() {
  const { t } = useTranslation()
  return (
    <div className="page" data-testid="crypto-lab">
      <header className="page__hd">
        <h1 className="page__title">{t('lab.title')}</h1>
        <p className="page__desc">{t('lab.intro')}</p>
        <p className="page__desc page__desc_muted">{t('lab.prefilled')}</p>
      </header>
      <SignatureLab />
      <EnvelopeLab />
    </div>
  )
}
