/**
 * The account's user tags (/cgi-bin/tags/*, docs/api-audience.md) with how many users carry each,
 * and the blacklist: the users whose messages no longer reach the bot. Set them up here as on the
 * admin page's 用户管理 — create, rename and delete tags, put tags on a user, blacklist a user —
 * under the API's rules (the core refuses what WeChat would, and says why).
 */
import { useEffect, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input, Output } from '../../../../shared/control/contract'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { RequestError } from '../../components/RequestError'
import { useEngineStore } from '../../state/engine-store'
import { ListFrame } from './ListFrame'
import { RefreshButton } from './MediaTab'
import { TagUsers } from './TagUsers'
import { useLiveList } from './use-live-list'

/** WeChat's own tags (0, 1, 2: 星标组 and the like) cannot be changed by a bot. */
export const SYSTEM_TAG_MAX = 2

type TagList = Output<'listTags'>
type Edit = 'createTag' | 'renameTag' | 'deleteTag' | 'setUserTags' | 'setBlacklisted'

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length

export function TagsTab() {
  const { t } = useTranslation('platformData')
  const client = useControlClient()
  const store = useEngineStore()
  const { refreshSetup } = store
  const list = useLiveList('listTags')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<ControlClientError>()
  const [saved, setSaved] = useState(false)
  const [newName, setNewName] = useState('')
  const [renaming, setRenaming] = useState<number>()
  const items = list.output?.items ?? []
  const blacklist = list.output?.blacklist ?? []
  const users = (store.setup?.users ?? []).filter((u) => u.accountId === list.accountId)
  const nameOf = (openid: string) => users.find((u) => u.openid === openid)?.nickname

  // Which user carries which tag lives on the users: read them again whenever the list changes
  // (the app's edit, or a bot's batchtagging).
  useEffect(() => {
    if (list.output) void refreshSetup()
  }, [list.output, refreshSetup])

  /** Runs one edit; true when the core took it (the answer is the new list). */
  const edit = async <K extends Edit>(name: K, input: Omit<Input<K>, 'accountId'>) => {
    if (!list.accountId) return false
    setBusy(true)
    setFailure(undefined)
    setSaved(false)
    try {
      const call = client[name] as (input: Input<K>) => Promise<TagList>
      list.replace(await call({ ...input, accountId: list.accountId } as Input<K>))
      setSaved(true)
      return true
    } catch (error) {
      setFailure(
        error instanceof ControlClientError
          ? error
          : new ControlClientError(name, 'bad-response', 0, String(error)),
      )
      return false
    } finally {
      setBusy(false)
    }
  }

  const create = async (event: FormEvent) => {
    event.preventDefault()
    if (await edit('createTag', { name: newName })) setNewName('')
  }

  const remove = async (id: number, name: string) => {
    if (!window.confirm(t('tags.confirmDelete', { name }))) return
    await edit('deleteTag', { id })
  }

  return (
    <div data-testid="pd-tags">
      <div className="pd-bar">
        <form className="pd-tag-new" onSubmit={(e) => void create(e)} data-testid="pd-tag-new">
          <label className="pd-sr" htmlFor="pd-tag-new-name">
            {t('tags.newTag')}
          </label>
          <input
            id="pd-tag-new-name"
            className="pd-input pd-tag-new__input"
            data-testid="pd-tag-new-name"
            value={newName}
            placeholder={t('tags.newTagPlaceholder')}
            aria-describedby="pd-tag-new-bytes"
            onChange={(e) => setNewName(e.target.value)}
          />
          <span
            id="pd-tag-new-bytes"
            className={utf8Bytes(newName) > 30 ? 'pd-bytes pd-bytes_over' : 'pd-bytes'}
          >
            {t('tags.bytes', { bytes: utf8Bytes(newName) })}
          </span>
          <button
            type="submit"
            className="weui-btn weui-btn_mini weui-btn_primary"
            data-testid="pd-tag-create"
            disabled={busy || newName.trim() === '' || !list.accountId}
          >
            {t('tags.create')}
          </button>
        </form>
        <span className="pd-spacer" />
        <RefreshButton onClick={list.refresh} busy={list.loading} />
      </div>
      <p className="pd-help pd-tag-rules">{t('tags.rules')}</p>
      {failure && <RequestError error={failure} testId="pd-tag-error" />}
      {saved && !failure && (
        <p className="pd-ok" role="status" data-testid="pd-tag-saved">
          {t('tags.saved')}
        </p>
      )}
      <ListFrame
        id="tags"
        output={list.output}
        error={list.error}
        empty={false}
        emptyText=""
        onRetry={list.refresh}
      >
        {items.length === 0 ? (
          <p className="pd-empty" data-testid="pd-tags-empty">
            {t('tags.empty')}
          </p>
        ) : (
          <div className="pd-table-wrap">
            <table className="pd-table pd-table_narrow">
              <thead>
                <tr>
                  <th scope="col">{t('tags.id')}</th>
                  <th scope="col">{t('tags.name')}</th>
                  <th scope="col">{t('tags.count')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((tag) => (
                  <tr key={tag.id} data-testid="pd-tag-row" data-tag-id={tag.id}>
                    <td className="pd-num mono">{tag.id}</td>
                    <td>
                      <div className="pd-tag-name">
                        {renaming === tag.id ? (
                          <RenameForm
                            name={tag.name}
                            busy={busy}
                            onSave={async (name) => {
                              if (await edit('renameTag', { id: tag.id, name })) {
                                setRenaming(undefined)
                              }
                            }}
                            onCancel={() => setRenaming(undefined)}
                          />
                        ) : (
                          <>
                            <span data-testid="pd-tag-name">{tag.name}</span>
                            {tag.id <= SYSTEM_TAG_MAX && (
                              <span className="pd-badge">{t('tags.system')}</span>
                            )}
                            <span className="pd-spacer" />
                            {tag.id > SYSTEM_TAG_MAX && (
                              <span className="pd-actions">
                                <button
                                  type="button"
                                  className="weui-btn weui-btn_mini weui-btn_default"
                                  data-testid="pd-tag-rename"
                                  aria-label={t('tags.renameLabel', { name: tag.name })}
                                  disabled={busy}
                                  onClick={() => {
                                    setSaved(false)
                                    setRenaming(tag.id)
                                  }}
                                >
                                  {t('tags.rename')}
                                </button>
                                <button
                                  type="button"
                                  className="weui-btn weui-btn_mini weui-btn_default"
                                  data-testid="pd-tag-delete"
                                  aria-label={t('tags.deleteLabel', { name: tag.name })}
                                  disabled={busy}
                                  onClick={() => void remove(tag.id, tag.name)}
                                >
                                  {t('tags.delete')}
                                </button>
                              </span>
                            )}
                          </>
                        )}
                      </div>
                    </td>
                    <td className="pd-num" data-testid="pd-tag-count">
                      {tag.count}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="pd-h3">{t('tags.users')}</h3>
        <TagUsers
          users={users}
          tags={items}
          blacklist={blacklist}
          busy={busy}
          onSetTags={(openid, tagIds) => void edit('setUserTags', { openid, tagIds })}
          onSetBlacklisted={(openid, blacklisted) =>
            void edit('setBlacklisted', { openid, blacklisted })
          }
        />
        <h3 className="pd-h3">{t('tags.blacklist')}</h3>
        {blacklist.length === 0 ? (
          <p className="pd-empty" data-testid="pd-blacklist-empty">
            {t('tags.blacklistEmpty')}
          </p>
        ) : (
          <ul className="pd-blacklist" data-testid="pd-blacklist">
            {blacklist.map((openid) => (
              <li key={openid}>
                {nameOf(openid) && <span>{nameOf(openid)}</span>}{' '}
                <code className="pd-id">{openid}</code>
              </li>
            ))}
          </ul>
        )}
      </ListFrame>
    </div>
  )
}

/** The name cell while renaming: Enter saves, Escape cancels; focus starts in the field. */
function RenameForm(props: {
  name: string
  busy: boolean
  onSave: (name: string) => Promise<void>
  onCancel: () => void
}) {
  const { t } = useTranslation('platformData')
  const [value, setValue] = useState(props.name)
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [])
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      props.onCancel()
    }
  }
  return (
    <form
      className="pd-rename"
      data-testid="pd-tag-rename-form"
      onSubmit={(e) => {
        e.preventDefault()
        void props.onSave(value)
      }}
    >
      <input
        ref={field}
        className="pd-input pd-rename__input"
        data-testid="pd-tag-rename-name"
        aria-label={t('tags.newName', { name: props.name })}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={keyDown}
      />
      <button
        type="submit"
        className="weui-btn weui-btn_mini weui-btn_primary"
        data-testid="pd-tag-rename-save"
        disabled={props.busy || value.trim() === ''}
      >
        {t('tags.save')}
      </button>
      <button
        type="button"
        className="weui-btn weui-btn_mini weui-btn_default"
        data-testid="pd-tag-rename-cancel"
        onClick={props.onCancel}
      >
        {t('tags.cancel')}
      </button>
    </form>
  )
}
