/**
 * Music reply (protocol.md §7.2): <Music> with Title, Description, MusicUrl, HQMusicUrl and ThumbMediaId.
 * Only ThumbMediaId is documented as required; the rest are optional.
 */
import type { ReplyProblem } from '../../../../shared/model/reply-problem-codes'
import type { XmlNode } from '../../xml-node'
import { groupChildren, optionalText, requiredText } from '../field-reader'
import { problem } from '../problems'

export function readMusic(nodes: readonly XmlNode[], problems: ReplyProblem[]) {
  const music = groupChildren(nodes, 'Music')
  if (music === undefined) problems.push(problem('field-missing', { field: 'Music' }))
  const children = music ?? []
  return {
    msgType: 'music' as const,
    title: optionalText(children, 'Title'),
    description: optionalText(children, 'Description'),
    musicUrl: optionalText(children, 'MusicUrl'),
    hqMusicUrl: optionalText(children, 'HQMusicUrl'),
    thumbMediaId:
      music === undefined
        ? undefined
        : requiredText(children, 'ThumbMediaId', problems, 'Music/ThumbMediaId'),
  }
}
