/**
 * The user dialog's avatar row: the picture the mock platform serves at the user's headimgurl,
 * a file picker for a JPEG or PNG of one's own (setUserAvatar; the platform makes every size
 * WeChat serves) and a way back to the generated avatar. A user not saved yet gets the picture
 * once saved (the dialog passes it on).
 */
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { coreDetail, useRequestErrorText } from '../../components/RequestError'
import { Avatar } from './Avatar'
import { avatarsChanged } from './platform-asset'
import { base64Of } from './use-phone-send'

export function AvatarPicker(props: {
  accountId: string
  openid: string
  name: string
  headimgurl: string
  /** Not saved yet: the picked file waits for the save. */
  onPickedForLater?: ((file: File) => void) | undefined
}) {
  const { t } = useTranslation('phone')
  const client = useControlClient()
  const failedText = useRequestErrorText()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<{ ok: boolean; text: string }>()
  const [later, setLater] = useState<string>()

  const apply = async (file?: File) => {
    if (file && props.onPickedForLater) {
      props.onPickedForLater(file)
      // A data: address: the app's CSP loads no blob: pictures.
      setLater(`data:${file.type || 'image/jpeg'};base64,${await base64Of(file)}`)
      setNote({ ok: true, text: t('dialog.avatarAfterSave') })
      return
    }
    setBusy(true)
    setNote(undefined)
    try {
      const content = file ? { contentBase64: await base64Of(file) } : {}
      await client.setUserAvatar({ accountId: props.accountId, openid: props.openid, ...content })
      avatarsChanged()
      setNote({ ok: true, text: t('dialog.avatarSaved') })
    } catch (error) {
      const text =
        error instanceof ControlClientError
          ? [failedText(error), coreDetail(error)].filter(Boolean).join(' ')
          : String(error)
      setNote({ ok: false, text })
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <div className="weui-cell avatar-picker" data-testid="phone-avatar-picker">
      <span className="weui-cell__hd">
        <span className="weui-label">{t('dialog.avatar')}</span>
      </span>
      <span className="weui-cell__bd avatar-picker__bd">
        <span className="avatar-picker__row">
          {later ? (
            <img className="avatar" src={later} alt="" width={48} height={48} />
          ) : (
            <Avatar name={props.name || '?'} src={props.headimgurl} size={48} />
          )}
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="phone-avatar-pick"
            disabled={busy}
            onClick={() => input.current?.click()}
          >
            {t('dialog.avatarPick')}
          </button>
          {!props.onPickedForLater && (
            <button
              type="button"
              className="weui-btn weui-btn_mini weui-btn_default"
              data-testid="phone-avatar-reset"
              disabled={busy}
              onClick={() => void apply()}
            >
              {t('dialog.avatarReset')}
            </button>
          )}
          <input
            ref={input}
            type="file"
            hidden
            accept="image/jpeg,image/png,.jpg,.jpeg,.png"
            data-testid="phone-avatar-file"
            aria-label={t('dialog.avatarPick')}
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) void apply(file)
            }}
          />
        </span>
        <span className="user-dialog__help">{t('dialog.avatarHelp')}</span>
        {note && (
          <span
            className={note.ok ? 'avatar-picker__ok' : 'user-dialog__error'}
            role={note.ok ? 'status' : 'alert'}
            data-testid="phone-avatar-note"
          >
            {note.text}
          </span>
        )}
      </span>
    </div>
  )
}
