/**
 * The XML tab: the push in Monaco with the engine's lint as markers, the same problems listed
 * below (readable without hovering, and by tests), and completion of the type's element names.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { PushLint } from '../../../../shared/control/composer-schemas'
import type { CatalogEntry, CatalogField } from '../../../../shared/model/catalog-types'
import { XmlEditor } from '../../components/monaco/XmlEditor'
import type { XmlCompletion } from '../../components/monaco/XmlEditor'
import { lintMarkers } from './xml-problems'
import type { ProblemWords } from './xml-problems'

export function XmlPane(props: {
  xml: string
  onChange: (xml: string) => void
  lint: PushLint | undefined
  entry: CatalogEntry | undefined
  words: ProblemWords
  lang: 'zh' | 'en'
  onSubmit: (xml: string) => void
}) {
  const { t } = useTranslation('composer')
  const { xml, lint, entry, words, lang } = props
  const completions = useMemo(() => completionsOf(entry, lang), [entry, lang])
  const markers = useMemo(() => (lint ? lintMarkers(xml, lint, words) : []), [lint, xml, words])
  return (
    <div className="composer__xml">
      <p className="cf-help">{t('xmlHelp')}</p>
      <XmlEditor
        value={xml}
        onChange={props.onChange}
        markers={markers}
        completions={completions}
        onSubmit={props.onSubmit}
        testId="composer-xml"
        ariaLabel={t('tabXml')}
      />
      <div
        className="cf-problems"
        data-testid="composer-xml-problems"
        data-count={lint ? markers.length : undefined}
        aria-live="polite"
      >
        {!lint && <p className="cf-help">{t('xmlChecking')}</p>}
        {lint && markers.length === 0 && <p className="cf-ok">{t('xmlOk')}</p>}
        {markers.length > 0 && (
          <ul aria-label={t('xmlProblems')}>
            {markers.map((m, i) => (
              <li key={i} className={`cf-problem cf-problem_${m.severity}`}>
                <span className="cf-problem__at mono">
                  {m.column === undefined
                    ? t('at', { line: m.line })
                    : t('atColumn', { line: m.line, column: m.column })}
                </span>
                <span>{m.message}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="cf-help">{t('xmlHeaderNote')}</p>
    </div>
  )
}

/**
 * Every element name of the type, nested ones too (with where they belong), with its help; CDATA
 * for text, bare for numbers (protocol.md §4.3 "CDATA rule"), and an `<item>` for each list.
 */
function completionsOf(entry: CatalogEntry | undefined, lang: 'zh' | 'en'): XmlCompletion[] {
  const out: XmlCompletion[] = []
  const seen = new Set<string>()
  const visit = (fields: readonly CatalogField[], parent: string | undefined) => {
    for (const f of fields) {
      if (!seen.has(f.name)) {
        seen.add(f.name)
        out.push({
          name: f.name,
          ...(parent ? { detail: `<${parent}>` } : {}),
          documentation: `${f.label[lang]} — ${f.help[lang]}`,
          snippet: snippetOf(f),
        })
      }
      if (f.kind === 'group' || f.kind === 'list') visit(f.fields, f.name)
    }
  }
  visit(entry?.fields ?? [], undefined)
  return out
}

function snippetOf(f: CatalogField): string {
  switch (f.kind) {
    case 'string':
      return `<${f.name}><![CDATA[$1]]></${f.name}>`
    case 'number':
      return `<${f.name}>$1</${f.name}>`
    case 'group':
      return `<${f.name}>\n\t$1\n</${f.name}>`
    case 'list':
      return `<${f.name}>\n\t<item>\n\t\t$1\n\t</item>\n</${f.name}>`
  }
}
