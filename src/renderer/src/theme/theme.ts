/**
 * Light, dark, or the system's choice. Applied as WeUI's own switch (`body[data-weui-theme]`, which
 * flips every WeUI colour variable) and mirrored on <html data-theme>. Called once before React
 * renders (main.tsx) so the first paint is already in the right theme.
 */
import { useEffect, useState } from 'react'

export type ThemeChoice = 'light' | 'dark' | 'auto'
export const THEME_CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'dark']

const STORAGE_KEY = 'mpsim.theme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

export function savedTheme(): ThemeChoice {
  const saved = localStorage.getItem(STORAGE_KEY)
  return saved === 'light' || saved === 'dark' || saved === 'auto' ? saved : 'auto'
}

export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'auto' && window.matchMedia(DARK_QUERY).matches)
  document.body.dataset['weuiTheme'] = dark ? 'dark' : 'light'
  document.documentElement.dataset['theme'] = dark ? 'dark' : 'light'
}

const listeners = new Set<(choice: ThemeChoice) => void>()

export function setTheme(choice: ThemeChoice): void {
  localStorage.setItem(STORAGE_KEY, choice)
  applyTheme(choice)
  listeners.forEach((listener) => listener(choice))
}

/**
 * Applies the saved choice now and keeps "auto" in step with the system; a choice made in another
 * window of the same app (another tab on the same port) is followed too.
 */
export function initTheme(): void {
  applyTheme(savedTheme())
  window.matchMedia(DARK_QUERY).addEventListener('change', () => {
    if (savedTheme() === 'auto') applyTheme('auto')
  })
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return
    const choice = savedTheme()
    applyTheme(choice)
    listeners.forEach((listener) => listener(choice))
  })
}

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState(savedTheme)
  useEffect(() => {
    listeners.add(setChoice)
    return () => {
      listeners.delete(setChoice)
    }
  }, [])
  return [choice, setTheme]
}
