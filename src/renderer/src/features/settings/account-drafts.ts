/**
 * Unsaved account edits, kept outside React so that leaving the Settings panel (which unmounts
 * the form) does not lose them. A draft is only given back while the stored account is still the
 * one it was started from: a save, a key rotation or another window's edit makes it stale.
 */
import { useEffect, useSyncExternalStore } from 'react'
import type { Account } from '../../../../shared/model/account'

interface Kept {
  base: string
  draft: Account
}

const drafts = new Map<string, Kept>()
const listeners = new Set<() => void>()
let version = 0

function changed(): void {
  version += 1
  listeners.forEach((listener) => listener())
}

/** The kept draft for this stored account, else the account itself. */
export function draftFor(account: Account): Account {
  const kept = drafts.get(account.id)
  return kept && kept.base === JSON.stringify(account) ? kept.draft : account
}

/** Keeps `draft` as the edit of `stored`; an edit equal to the stored account is forgotten. */
export function keepDraft(stored: Account, draft: Account): void {
  const base = JSON.stringify(stored)
  const had = drafts.has(stored.id)
  if (JSON.stringify(draft) === base) {
    drafts.delete(stored.id)
    if (had) changed()
    return
  }
  drafts.set(stored.id, { base, draft })
  if (!had) changed()
}

export function forgetDraft(accountId: string): void {
  if (drafts.delete(accountId)) changed()
}

/**
 * True while one of `accounts` has unsaved edits; while so, closing or reloading the tab asks
 * first (the browser's own prompt). Used by the always-mounted sidebar, which marks Settings.
 */
export function useUnsavedDrafts(accounts: readonly Account[]): boolean {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => version,
  )
  const unsaved = accounts.some((a) => draftFor(a) !== a)
  useEffect(() => {
    if (!unsaved) return
    const ask = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [unsaved])
  return unsaved
}
