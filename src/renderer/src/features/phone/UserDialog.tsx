/**
 * Add or edit a simulated user (WeUI dialog). The core checks every value with the workspace's
 * rules; its field errors are shown next to the fields.
 */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SimUser } from '../../../../shared/model/sim-user'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { useRequestErrorText } from '../../components/RequestError'
import { AvatarPicker } from './AvatarPicker'
import { base64Of } from './use-phone-send'
import { avatarsChanged } from './platform-asset'
import './user-switcher.css'

const OPENID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** A fresh openid in WeChat's shape: "o" and 27 characters of [A-Za-z0-9_-]. */
export function newOpenid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(27))
  return 'o' + [...bytes].map((b) => OPENID_ALPHABET[b % OPENID_ALPHABET.length]).join('')
}

export function blankUser(accountId: string): SimUser {
  return {
    openid: newOpenid(),
    accountId,
    nickname: '',
    sex: 0,
    province: '',
    city: '',
    country: '',
    headimgurl: '',
    language: 'zh_CN',
    subscribed: true,
    subscribeTime: 0,
    subscribeScene: 'ADD_SCENE_SEARCH',
    qrScene: 0,
    qrSceneStr: '',
    remark: '',
    tagIds: [],
  }
}

/** Fields whose rule the dialog words itself (the same rules as UserInput in the contract). */
const FIELD_RULES = { nickname: true, openid: true, headimgurl: true } as const

type TextKey = 'nickname' | 'openid' | 'headimgurl' | 'city' | 'province' | 'country' | 'remark'

export function UserDialog(props: {
  user: SimUser
  isNew: boolean
  onClose: (saved?: SimUser) => void
}) {
  const { t } = useTranslation('phone')
  const client = useControlClient()
  const [user, setUser] = useState<SimUser>(props.user)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string>()
  const [saving, setSaving] = useState(false)
  const [laterAvatar, setLaterAvatar] = useState<File>()
  const failedText = useRequestErrorText()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    setErrors({})
    setMessage(undefined)
    try {
      const { unionid, ...rest } = user
      await client.putUser({ ...rest, tagIds: [...rest.tagIds], ...(unionid ? { unionid } : {}) })
      if (laterAvatar) {
        await client.setUserAvatar({
          accountId: user.accountId,
          openid: user.openid,
          contentBase64: await base64Of(laterAvatar),
        })
        avatarsChanged()
      }
      props.onClose(user)
    } catch (error) {
      if (error instanceof ControlClientError) {
        setErrors(Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message])))
        setMessage(error.issues?.length ? t('dialog.invalid') : failedText(error))
      } else setMessage(String(error))
    } finally {
      setSaving(false)
    }
  }

  const field = (key: TextKey, label: string, help?: string, first = false) => (
    <label className={`weui-cell weui-cell_active${errors[key] ? ' weui-cell_warn' : ''}`}>
      <span className="weui-cell__hd">
        <span className="weui-label">{label}</span>
      </span>
      <span className="weui-cell__bd">
        <input
          className={`weui-input${key === 'openid' || key === 'headimgurl' ? ' user-dialog__mono' : ''}`}
          data-testid={`phone-user-field-${key}`}
          value={user[key]}
          disabled={key === 'openid' && !props.isNew}
          autoFocus={first}
          aria-invalid={errors[key] ? true : undefined}
          onChange={(e) => setUser({ ...user, [key]: e.target.value })}
        />
        {help && <span className="user-dialog__help">{help}</span>}
        {errors[key] && (
          // Our words for the fields people get wrong; the core's own message as the tooltip.
          <span
            className="user-dialog__error"
            data-testid={`phone-user-error-${key}`}
            title={errors[key]}
          >
            {key in FIELD_RULES
              ? t(`dialog.rules.${key as keyof typeof FIELD_RULES}`)
              : errors[key]}
          </span>
        )}
      </span>
    </label>
  )

  const title = props.isNew
    ? t('dialog.addTitle')
    : t('dialog.editTitle', { name: props.user.nickname })
  return (
    <div
      className="user-dialog"
      role="dialog"
      aria-modal="true"
      aria-label={title}
      data-testid="phone-user-dialog"
    >
      <div className="weui-mask" onClick={() => props.onClose()} />
      <form
        className="weui-dialog user-dialog__box"
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <div className="weui-dialog__hd">
          <strong className="weui-dialog__title">{title}</strong>
        </div>
        <div className="weui-dialog__bd user-dialog__bd">
          <div className="weui-cells weui-cells_form">
            {field('nickname', t('dialog.nickname'), undefined, true)}
            {field('openid', t('dialog.openid'), t('dialog.openidHelp'))}
            <AvatarPicker
              accountId={user.accountId}
              openid={user.openid}
              name={user.nickname}
              headimgurl={props.user.headimgurl}
              onPickedForLater={props.isNew ? setLaterAvatar : undefined}
            />
            {field('headimgurl', t('dialog.headimgurl'), t('dialog.headimgurlHelp'))}
            <label className="weui-cell weui-cell_active">
              <span className="weui-cell__hd">
                <span className="weui-label">{t('dialog.sex')}</span>
              </span>
              <span className="weui-cell__bd">
                <select
                  className="user-dialog__select"
                  value={user.sex}
                  onChange={(e) =>
                    setUser({ ...user, sex: Number(e.target.value) as SimUser['sex'] })
                  }
                >
                  <option value={0}>{t('dialog.sexUnknown')}</option>
                  <option value={1}>{t('dialog.sexMale')}</option>
                  <option value={2}>{t('dialog.sexFemale')}</option>
                </select>
              </span>
            </label>
            {field('city', t('dialog.city'))}
            {field('province', t('dialog.province'))}
            {field('country', t('dialog.country'))}
            {field('remark', t('dialog.remark'))}
          </div>
          {message && (
            <p className="user-dialog__error" role="alert" data-testid="phone-user-dialog-error">
              {message}
            </p>
          )}
        </div>
        <div className="weui-dialog__ft">
          <button
            type="button"
            className="weui-dialog__btn weui-dialog__btn_default"
            onClick={() => props.onClose()}
          >
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            className="weui-dialog__btn weui-dialog__btn_primary"
            data-testid="phone-user-save"
            disabled={saving}
          >
            {t('dialog.save')}
          </button>
        </div>
      </form>
    </div>
  )
}
