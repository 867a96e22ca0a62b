import { describe, expect, it } from 'vitest'
import { buildPush } from '../../../src/core/protocol/catalog'
import type { BuildOptions, CatalogErrorCode, PushValues } from '../../../src/core/protocol/catalog'
import { childText } from '../../../src/core/protocol/xml-node'
import type { XmlGroupNode } from '../../../src/core/protocol/xml-node'
import { expectCatalogError, testContext } from './helpers'

interface BadCase {
  readonly name: string
  readonly typeId: string
  readonly values: PushValues
  readonly code: CatalogErrorCode
  /** The field the error names (detail.field). */
  readonly field?: string
  readonly options?: BuildOptions
}

const onePic = { PicList: [{ PicMd5Sum: '1b5f7c23b5bf75682a53e7b6d163e185' }] }

const BAD: readonly BadCase[] = [
  { name: 'unknown type id', typeId: 'sticker', values: {}, code: 'catalog-unknown-type' },
  {
    name: 'event name in the wrong case',
    typeId: 'event.click',
    values: {},
    code: 'catalog-unknown-type',
  },
  {
    name: 'misspelt field',
    typeId: 'text',
    values: { Contnet: 'hi' },
    code: 'catalog-unknown-field',
    field: 'Contnet',
  },
  {
    name: 'header field in values',
    typeId: 'text',
    values: { ToUserName: 'gh_x' },
    code: 'catalog-unknown-field',
    field: 'ToUserName',
  },
  {
    name: 'unknown nested field',
    typeId: 'event.scancode_push',
    values: { ScanCodeInfo: { ScanTyp: 'qrcode' } },
    code: 'catalog-unknown-field',
    field: 'ScanCodeInfo.ScanTyp',
  },
  {
    name: 'unknown field in a list item',
    typeId: 'event.pic_weixin',
    values: { SendPicsInfo: { PicList: [{ Md5: 'x' }] } },
    code: 'catalog-unknown-field',
    field: 'SendPicsInfo.PicList[0].Md5',
  },
  {
    name: 'order naming an unknown field',
    typeId: 'image',
    values: {},
    code: 'catalog-unknown-field',
    field: 'Content',
    options: { order: ['Content'] },
  },
  {
    name: 'non-numeric CreateTime',
    typeId: 'text',
    values: { CreateTime: 'yesterday' },
    code: 'catalog-value-not-integer',
    field: 'CreateTime',
  },
  {
    name: 'CreateTime with a fraction',
    typeId: 'text',
    values: { CreateTime: '1668869541.5' },
    code: 'catalog-value-not-integer',
    field: 'CreateTime',
  },
  {
    name: 'non-numeric MsgId',
    typeId: 'text',
    values: { MsgId: '12ab' },
    code: 'catalog-value-not-integer',
    field: 'MsgId',
  },
  {
    name: 'non-numeric latitude',
    typeId: 'event.LOCATION',
    values: { Latitude: 'north' },
    code: 'catalog-value-not-decimal',
    field: 'Latitude',
  },
  {
    name: 'latitude beyond 90',
    typeId: 'event.LOCATION',
    values: { Latitude: '123.5' },
    code: 'catalog-value-out-of-range',
    field: 'Latitude',
  },
  {
    name: 'swapped Location_X / Location_Y',
    typeId: 'location',
    values: { Location_X: '113.358803', Location_Y: '23.134521' },
    code: 'catalog-value-out-of-range',
    field: 'Location_X',
  },
  {
    name: 'longitude beyond 180',
    typeId: 'event.LOCATION',
    values: { Longitude: '-180.5' },
    code: 'catalog-value-out-of-range',
    field: 'Longitude',
  },
  {
    name: 'degrees-minutes coordinate in SendLocationInfo',
    typeId: 'event.location_select',
    values: { SendLocationInfo: { Location_X: '23°08′' } },
    code: 'catalog-value-not-decimal',
    field: 'SendLocationInfo.Location_X',
  },
  {
    name: 'non-numeric MenuId',
    typeId: 'event.VIEW',
    values: { MenuId: 'MENUID' },
    code: 'catalog-value-not-integer',
    field: 'MenuId',
  },
  {
    name: 'qrscene subscribe without the prefix',
    typeId: 'event.subscribe.qrscene',
    values: { EventKey: '123123' },
    code: 'catalog-value-missing-prefix',
    field: 'EventKey',
  },
  {
    name: 'required field set to null',
    typeId: 'text',
    values: { Content: null },
    code: 'catalog-required-missing',
    field: 'Content',
  },
  {
    name: 'required group set to null',
    typeId: 'event.scancode_push',
    values: { ScanCodeInfo: null },
    code: 'catalog-required-missing',
    field: 'ScanCodeInfo',
  },
  {
    name: 'required field in a list item set to null',
    typeId: 'event.pic_sysphoto',
    values: { SendPicsInfo: { PicList: [{ PicMd5Sum: null }] } },
    code: 'catalog-required-missing',
    field: 'SendPicsInfo.PicList[0].PicMd5Sum',
  },
  {
    name: 'CreateTime set to null',
    typeId: 'text',
    values: { CreateTime: null },
    code: 'catalog-required-missing',
    field: 'CreateTime',
  },
  {
    name: 'text where a group belongs',
    typeId: 'event.scancode_push',
    values: { ScanCodeInfo: 'qrcode' },
    code: 'catalog-value-wrong-shape',
    field: 'ScanCodeInfo',
  },
  {
    name: 'object where a list belongs',
    typeId: 'event.pic_weixin',
    values: { SendPicsInfo: { PicList: { PicMd5Sum: 'x' } } },
    code: 'catalog-value-wrong-shape',
    field: 'SendPicsInfo.PicList',
  },
  {
    name: 'list where text belongs',
    typeId: 'text',
    values: { Content: [] },
    code: 'catalog-value-wrong-shape',
    field: 'Content',
  },
  {
    name: 'Count disagreeing with PicList',
    typeId: 'event.pic_photo_or_album',
    values: { SendPicsInfo: { Count: '3', ...onePic } },
    code: 'catalog-count-mismatch',
    field: 'SendPicsInfo.Count',
  },
  {
    name: 'unknown field even with format checks off',
    typeId: 'text',
    values: { Contnet: 'hi' },
    code: 'catalog-unknown-field',
    options: { checkFormats: false },
  },
]

describe('buildPush refuses bad input with a CatalogError', () => {
  it.each(BAD)('$name → $code', ({ typeId, values, code, field, options }) => {
    const error = expectCatalogError(() => buildPush(typeId, values, testContext(), options), code)
    if (field !== undefined) {
      expect(error.detail.field).toBe(field)
      expect(error.message).toContain(field)
    }
  })

  it('lists the valid type ids when the type is unknown', () => {
    const error = expectCatalogError(
      () => buildPush('sticker', {}, testContext()),
      'catalog-unknown-type',
    )
    expect(String(error.detail.known).split(', ')).toContain('event.CLICK')
  })

  it('names the fields the type does have when a field is unknown', () => {
    const error = expectCatalogError(
      () => buildPush('text', { Contnet: 'hi' }, testContext()),
      'catalog-unknown-field',
    )
    expect(error.detail.known).toBe('Content, MsgId, MsgDataId, Idx')
  })

  it('quotes an example of a valid value for a malformed one', () => {
    const error = expectCatalogError(
      () => buildPush('event.LOCATION', { Latitude: 'north' }, testContext()),
      'catalog-value-not-decimal',
    )
    expect(error.detail).toMatchObject({ value: 'north', format: 'latitude' })
    expect(error.message).toContain(String(error.detail.example))
  })

  it('refuses a clock that is not a number of seconds', () => {
    expectCatalogError(
      () => buildPush('text', {}, testContext({ now: Number.NaN })),
      'catalog-value-not-integer',
    )
  })
})

describe('checkFormats: false sends deliberately odd values', () => {
  it('lets placeholders and a wrong Count through', () => {
    const options = { checkFormats: false }
    const view = buildPush('event.VIEW', { MenuId: 'MENUID' }, testContext(), options)
    expect(childText(view, 'MenuId')).toBe('MENUID')
    const pics = buildPush(
      'event.pic_weixin',
      { SendPicsInfo: { Count: '3', ...onePic } },
      testContext(),
      options,
    )
    const info = pics.find((n) => n.name === 'SendPicsInfo') as XmlGroupNode
    expect(childText(info.children, 'Count')).toBe('3')
  })
})
