/** XML read back into the form: generated values the user left alone go back to "generate". */
import { describe, expect, it } from 'vitest'
import { withoutUntouchedGenerated } from '../../../../src/renderer/src/features/composer/form-values'
import type { CatalogField } from '../../../../src/shared/model/catalog-types'

const scalar = (name: string, kind: 'value' | 'generate' | 'count-of') =>
  ({
    name,
    kind: 'string',
    required: true,
    default:
      kind === 'value'
        ? { kind, value: 'x' }
        : kind === 'generate'
          ? { kind, generator: 'media-id' }
          : { kind, list: 'PicList' },
  }) as unknown as CatalogField

const fields = [
  scalar('Content', 'value'),
  scalar('MsgId', 'generate'),
  {
    name: 'SendPicsInfo',
    kind: 'group',
    required: true,
    default: { kind: 'children' },
    fields: [
      scalar('Count', 'count-of'),
      {
        name: 'PicList',
        kind: 'list',
        required: true,
        default: { kind: 'items', count: 1 },
        fields: [scalar('PicMd5Sum', 'generate')],
      },
    ],
  },
] as unknown as CatalogField[]

const preview = {
  Content: 'hi',
  MsgId: '1',
  SendPicsInfo: { Count: '1', PicList: [{ PicMd5Sum: 'aa' }] },
}

describe('withoutUntouchedGenerated', () => {
  it('drops generated and counted values still as previewed, at any depth', () => {
    expect(withoutUntouchedGenerated(fields, preview, preview)).toEqual({
      Content: 'hi',
      SendPicsInfo: { PicList: [{}] },
    })
  })

  it('keeps a generated value the user changed, and every fixed value', () => {
    const edited = {
      Content: 'hi',
      MsgId: '2',
      SendPicsInfo: { Count: '1', PicList: [{ PicMd5Sum: 'bb' }, { PicMd5Sum: 'cc' }] },
    }
    expect(withoutUntouchedGenerated(fields, edited, preview)).toEqual({
      Content: 'hi',
      MsgId: '2',
      SendPicsInfo: { PicList: [{ PicMd5Sum: 'bb' }, { PicMd5Sum: 'cc' }] },
    })
  })
})
