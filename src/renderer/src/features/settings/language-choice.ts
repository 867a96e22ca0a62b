/** The workspace language setting applied to this window. */
import type { Output } from '../../../../shared/control/contract'
import { setLanguage } from '../../i18n'

export type LanguageChoice = Output<'getSettings'>['language']

/** What "follow the system" means, as the i18n module decides it for a first start. */
function systemLanguage(): 'zh-CN' | 'en' {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export function applyLanguageChoice(choice: LanguageChoice): void {
  if (choice !== 'auto') {
    setLanguage(choice)
    return
  }
  setLanguage(systemLanguage())
  // No saved choice: the next start follows the system again. (The key is the i18n module's.)
  localStorage.removeItem('mpsim.lang')
}
