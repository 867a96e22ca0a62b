/** A template message as the phone's card: title and rendered lines when the template exists. */
import { describe, expect, it } from 'vitest'
import { templateView } from '../../../../src/renderer/src/features/phone/bot-views'

describe('templateView', () => {
  it('carries the template title and the rendered lines the platform added', () => {
    const view = templateView({
      template_id: 'tpl-1',
      title: 'Order shipped',
      rendered: ['Order: A-1', 'Carrier: SF'],
      data: { keyword1: { value: 'A-1' }, keyword2: { value: 'SF' } },
      url: 'https://example.com/o/1',
    })
    expect(view).toEqual({
      kind: 'template',
      templateId: 'tpl-1',
      title: 'Order shipped',
      rendered: ['Order: A-1', 'Carrier: SF'],
      fields: [
        ['keyword1', 'A-1'],
        ['keyword2', 'SF'],
      ],
      url: 'https://example.com/o/1',
    })
  })

  it('leaves title and rendered out when the template is unknown', () => {
    const view = templateView({ template_id: 'gone', data: { first: { value: 'Hi' } } })
    expect(view).toEqual({ kind: 'template', templateId: 'gone', fields: [], first: 'Hi' })
    expect('title' in view).toBe(false)
    expect('rendered' in view).toBe(false)
  })

  it('drops an empty title and rendered entries that are not strings', () => {
    const view = templateView({
      template_id: 'tpl-2',
      title: '',
      rendered: ['line one', 7, null, 'line two'],
      data: { first: { value: 'Hello' }, thing1: { value: 'x' }, remark: { value: 'Bye' } },
    })
    expect(view).toEqual({
      kind: 'template',
      templateId: 'tpl-2',
      rendered: ['line one', 'line two'],
      first: 'Hello',
      fields: [['thing1', 'x']],
      remark: 'Bye',
    })
  })

  it('keeps an empty rendered list (a template whose content has no lines)', () => {
    expect(templateView({ template_id: 't', title: 'T', rendered: [] })).toMatchObject({
      title: 'T',
      rendered: [],
    })
  })
})
