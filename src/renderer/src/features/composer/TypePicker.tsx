/**
 * The push type, grouped as the spec groups them, with its help below. The catalogue's section of
 * the protocol notes (entry.spec) is not shown: users do not have those notes.
 */
import { useTranslation } from 'react-i18next'
import type { CatalogEntry, CatalogFamily } from '../../../../shared/model/catalog-types'

const FAMILIES: readonly CatalogFamily[] = ['message', 'event', 'menu-event', 'notify-event']

export function TypePicker(props: {
  catalog: readonly CatalogEntry[]
  typeId: string
  onChange: (typeId: string) => void
  lang: 'zh' | 'en'
}) {
  const { t } = useTranslation('composer')
  const entry = props.catalog.find((e) => e.id === props.typeId)
  return (
    <div className="cf-field">
      <label className="cf-label" htmlFor="cf-type">
        {t('type')}
      </label>
      <select
        id="cf-type"
        className="cf-input"
        data-testid="composer-type"
        value={props.typeId}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {FAMILIES.map((family) => (
          <optgroup key={family} label={t(`families.${family}`)}>
            {props.catalog
              .filter((e) => e.family === family)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label[props.lang]} — {e.event ? `${e.msgType}/${e.event}` : e.msgType}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {entry && (
        <p className="cf-help" data-testid="composer-type-help">
          {entry.help[props.lang]}
        </p>
      )}
    </div>
  )
}
