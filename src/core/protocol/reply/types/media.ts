/**
 * Image, voice and video replies (protocol.md §7.2): the MediaId sits inside a group named after the type
 * (<Image><MediaId/></Image>). A MediaId at the top level, next to MsgType, is a common slip that
 * WeChat refuses like a missing one.
 */
import type { ReplyProblem } from '../../../../shared/model/reply-problem-codes'
import { childText } from '../../xml-node'
import type { XmlNode } from '../../xml-node'
import { groupChildren, optionalText, requiredText } from '../field-reader'
import { problem } from '../problems'

const GROUP = { image: 'Image', voice: 'Voice', video: 'Video' } as const

/** The MediaId inside <Image>/<Voice>/<Video>, recording what is wrong. */
function readMediaId(
  nodes: readonly XmlNode[],
  group: (typeof GROUP)[keyof typeof GROUP],
  problems: ReplyProblem[],
): { mediaId: string | undefined; children: readonly XmlNode[] } {
  const children = groupChildren(nodes, group)
  if (children === undefined) {
    const stray = childText(nodes, 'MediaId')
    problems.push(
      stray === undefined
        ? problem('field-missing', { field: `${group}/MediaId` })
        : problem('media-id-outside-group', { expected: `${group}/MediaId`, got: 'MediaId' }),
    )
    return { mediaId: undefined, children: [] }
  }
  return {
    mediaId: requiredText(children, 'MediaId', problems, `${group}/MediaId`),
    children,
  }
}

export function readImageOrVoice(
  msgType: 'image' | 'voice',
  nodes: readonly XmlNode[],
  problems: ReplyProblem[],
) {
  const { mediaId } = readMediaId(nodes, GROUP[msgType], problems)
  return { msgType, mediaId }
}

/** Video: MediaId required, Title and Description optional (protocol.md §7.2). */
export function readVideo(nodes: readonly XmlNode[], problems: ReplyProblem[]) {
  const { mediaId, children } = readMediaId(nodes, GROUP.video, problems)
  return {
    msgType: 'video' as const,
    mediaId,
    title: optionalText(children, 'Title'),
    description: optionalText(children, 'Description'),
  }
}
