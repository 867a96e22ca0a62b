/**
 * "Open another address": the phone browser's address field. WeChat has no address bar, so this
 * sits behind ···; the core judges the address (a missing http:// is refused with a clear error).
 */
import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { usePhoneBrowser } from '../../state/phone-browser'

export function AddressForm(props: {
  initial?: string
  autoFocus?: boolean
  /** Called once the address is handed to the browser (a sheet closes then). */
  onSubmitted?: () => void
}) {
  const { t } = useTranslation('phoneBrowser')
  const browser = usePhoneBrowser()
  const [value, setValue] = useState(props.initial ?? '')
  const id = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const url = value.trim()
    if (url === '') return
    props.onSubmitted?.()
    void browser.open(url)
  }
  return (
    <form className="pb-address" onSubmit={submit} data-testid="phone-browser-address-form">
      <label className="pb-address__label" htmlFor={id}>
        {t('address.label')}
      </label>
      <div className="pb-address__row">
        <input
          id={id}
          className="pb-address__input"
          data-testid="phone-browser-address-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          autoFocus={props.autoFocus}
          placeholder={t('address.placeholder')}
          aria-describedby={`${id}-help`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button
          type="submit"
          className="weui-btn weui-btn_mini weui-btn_primary pb-address__go"
          data-testid="phone-browser-address-open"
          disabled={value.trim() === ''}
        >
          {t('address.open')}
        </button>
      </div>
      <span className="pb-address__help" id={`${id}-help`}>
        {t('address.help')}
      </span>
    </form>
  )
}
