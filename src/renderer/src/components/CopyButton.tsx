/** Copies a value to the clipboard and says so for a moment (127.0.0.1 is a secure context). */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

export function CopyButton(props: { value: string; testId?: string; label?: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = window.setTimeout(() => setCopied(false), 1500)
    return () => window.clearTimeout(timer)
  }, [copied])
  const copy = () => {
    navigator.clipboard.writeText(props.value).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }
  return (
    <button
      type="button"
      className="copy-button"
      data-testid={props.testId}
      data-value={props.value}
      onClick={copy}
      aria-live="polite"
    >
      {copied ? t('common.copied') : (props.label ?? t('common.copy'))}
    </button>
  )
}
