/** The exchange's title in the reader's language: the core names verification in English. */
import type { TFunction } from 'i18next'
import type { Exchange } from '../../../../shared/model/exchange'

export function exchangeTitle(exchange: Exchange, t: TFunction<'inspector'>): string {
  return t(`exchangeTitle.${exchange.kind}`, { defaultValue: exchange.title })
}
