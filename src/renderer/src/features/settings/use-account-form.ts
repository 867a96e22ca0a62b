/**
 * The account form's state: the draft (kept across panel switches), its errors, and the actions
 * that change the stored account — save (checked first with the API's own schema) and the key
 * rotation, both through useCommand (pending, failed, retry). A 400 from the core is shown on its
 * fields like a local error.
 */
import { useState } from 'react'
import type { Account } from '../../../../shared/model/account'
import type { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'
import { useCommand } from '../../state/use-command'
import { draftFor, forgetDraft, keepDraft } from './account-drafts'
import { issuesToErrors, validateAccount } from './account-validation'
import type { FieldErrors } from './account-validation'

/** Form order: the first invalid field in it gets the focus after a refused save. */
const FIELD_ORDER = [
  'name',
  'appId',
  'appSecret',
  'originalId',
  'token',
  'encodingAesKey',
  'botUrl',
  'callbackDomain',
  'jsDomains',
] as const

export type Notice =
  { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; error: ControlClientError }

export function useAccountForm(stored: Account) {
  const store = useEngineStore()
  // The store is refreshed inside the command, so a failed refresh reads as a failed call too.
  const put = useCommand('putAccount', { onDone: () => store.refreshSetup() })
  const rotation = useCommand('rotateAesKey', { onDone: () => store.refreshSetup() })
  const others = store.setup?.accounts ?? []
  const [draft, setDraft] = useState(() => draftFor(stored))
  // A save or a rotation changes the stored record: start again from it (React's "adjust state
  // when a prop changes" pattern, without an effect).
  const [base, setBase] = useState(stored)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState<Notice>()
  if (base !== stored) {
    setBase(stored)
    setDraft(draftFor(stored))
  }
  const dirty = JSON.stringify(draft) !== JSON.stringify(stored)

  const set = (patch: Partial<Account>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    keepDraft(stored, next)
    setNotice(undefined)
    // Re-check once errors are shown, so a fixed value clears its message at once.
    if (Object.keys(errors).length > 0) setErrors(validateAccount(next, others))
  }

  const undo = () => {
    setDraft(stored)
    forgetDraft(stored.id)
    setErrors({})
    setNotice(undefined)
  }

  const save = async () => {
    const found = validateAccount(draft, others)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setNotice({ kind: 'invalid' })
      const first = FIELD_ORDER.find((field) => found[field])
      if (first) document.getElementById(`s-${first}`)?.focus()
      return
    }
    const { previousEncodingAesKey, ...rest } = draft
    const outcome = await put.run({
      ...rest,
      ipWhitelist: [...rest.ipWhitelist],
      ...(previousEncodingAesKey ? { previousEncodingAesKey } : {}),
    })
    if (outcome.ok) {
      forgetDraft(stored.id)
      setNotice({ kind: 'saved' })
    } else if (outcome.error) {
      setErrors(issuesToErrors(outcome.error.issues, draft))
      setNotice({ kind: 'failed', error: outcome.error })
    }
  }

  /** Flags the server URL when the API would refuse it; true when it can be verified. */
  const checkBotUrl = (): boolean => {
    const found = validateAccount(draft, others)
    if (!found['botUrl']) return true
    setErrors(found)
    return false
  }

  const rotate = () => void rotation.run({ accountId: stored.id })

  return {
    draft,
    dirty,
    errors,
    notice,
    saving: put.state.status === 'pending',
    rotation: { state: rotation.state, retry: () => void rotation.retry() },
    set,
    undo,
    save,
    rotate,
    checkBotUrl,
  }
}
