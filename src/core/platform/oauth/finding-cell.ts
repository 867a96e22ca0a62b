/**
 * One finding as a WeUI cell: its title, explanation and fix in Chinese and English, then the
 * facts that triggered it (host=…, callbackDomain=…). Shared by the error and consent pages.
 */
import type { Finding } from './findings'
import { html } from './html'
import type { Html } from './html'
import { PAGE_CHROME } from './page-texts'

/** One finding, both languages, plus its facts. */
export function findingCell(finding: Finding): Html {
  const { zh, en } = finding.text
  const facts = Object.entries(finding.detail)
  return html`<div class="weui-cell">
    <div
      class="weui-cell__bd mpsim-finding"
      data-testid="oauth-finding"
      data-finding="${finding.code}"
    >
      <h3 class="mpsim-finding__title">
        ${zh.title} <span class="mpsim-en" lang="en">${en.title}</span>
      </h3>
      <p>${zh.explanation}</p>
      <p class="mpsim-en" lang="en">${en.explanation}</p>
      <p>${PAGE_CHROME.fix.zh}：${zh.fix}</p>
      <p class="mpsim-en" lang="en">${PAGE_CHROME.fix.en}: ${en.fix}</p>
      ${facts.length === 0 ? '' : html`<p class="mpsim-detail">${facts.map(([k, v], i) => html`${i > 0 ? ' · ' : ''}${k}=${v}`)}</p>`}
    </div>
  </div>`
}
