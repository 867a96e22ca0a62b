/**
 * What the user sent, read back from the push's plain XML (analysis.plainXml): the text, the
 * picture, the place… — what their own bubble shows.
 */
import { readPushFields } from './push-fields'

export type Outgoing =
  | { readonly kind: 'text'; readonly content: string }
  | { readonly kind: 'image'; readonly picUrl: string }
  | { readonly kind: 'voice' | 'video' | 'shortvideo'; readonly mediaId: string }
  | {
      readonly kind: 'location'
      readonly label: string
      readonly lat: string
      readonly lng: string
    }
  | {
      readonly kind: 'link'
      readonly title: string
      readonly description: string
      readonly url: string
    }
  | { readonly kind: 'event'; readonly event: string; readonly key?: string }
  | { readonly kind: 'unknown'; readonly msgType: string }

export function readOutgoing(xml: string): Outgoing {
  const fields = readPushFields(xml)
  const get = (name: string) => fields.get(name) ?? ''
  const msgType = get('MsgType')
  switch (msgType) {
    case 'text':
      return { kind: 'text', content: get('Content') }
    case 'image':
      return { kind: 'image', picUrl: get('PicUrl') }
    case 'voice':
    case 'video':
    case 'shortvideo':
      return { kind: msgType, mediaId: get('MediaId') }
    case 'location':
      return {
        kind: 'location',
        label: get('Label'),
        lat: get('Location_X'),
        lng: get('Location_Y'),
      }
    case 'link':
      return { kind: 'link', title: get('Title'), description: get('Description'), url: get('Url') }
    case 'event': {
      const key = get('EventKey')
      return { kind: 'event', event: get('Event'), ...(key ? { key } : {}) }
    }
    default:
      return { kind: 'unknown', msgType }
  }
}
