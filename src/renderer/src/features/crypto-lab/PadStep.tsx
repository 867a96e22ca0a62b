/** PKCS#7 with a 32-byte block (protocol.md §0 #1, §8.3): how many bytes, of which value, and why 32. */
import { useTranslation } from 'react-i18next'
import type { CryptoLayersDto } from '../../../../shared/control/lab-schemas'
import { hexByte } from './format'

export function PadStep(props: { layers: CryptoLayersDto }) {
  const { t } = useTranslation()
  const { padValue, fullStrBytes, padBytesUniform } = props.layers
  return (
    <div data-testid="lab-pad" data-pad-value={padValue}>
      <p>
        {t('lab.layers.padText', {
          count: padValue,
          hex: hexByte(padValue),
          from: fullStrBytes,
          to: fullStrBytes + padValue,
        })}
      </p>
      <p className="hint">{t('lab.layers.padWhy')}</p>
      {!padBytesUniform && (
        <p className="note note_warn" data-testid="lab-pad-nonuniform">
          {t('lab.layers.padNonUniform')}
        </p>
      )}
    </div>
  )
}
