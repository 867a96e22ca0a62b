/**
 * The sizes a headimgurl ends in: "最后一个数值代表正方形头像大小（有0、46、64、96、132数值可选，0代表
 * 640*640正方形头像）" [doc: 网页授权 / 获取用户基本信息, headimgurl]. Any other last segment is not an
 * image on WeChat's host either, so the avatar route answers it with 404.
 */
export const AVATAR_SIZES: Readonly<Record<string, number>> = {
  '0': 640,
  '46': 46,
  '64': 64,
  '96': 96,
  '132': 132,
}

/** The largest one; a picked picture is kept at this size and cut down from it. */
export const AVATAR_FULL_SIZE = 640

/** Pixels for a size segment, or undefined when WeChat has no such size. */
export function avatarPixels(segment: string): number | undefined {
  return Object.hasOwn(AVATAR_SIZES, segment) ? AVATAR_SIZES[segment] : undefined
}

/**
 * Openids are 28 characters of [A-Za-z0-9_-] (protocol.md §1); a little slack for hand-made test
 * users, never a dot or a slash, so one is always a safe file name in avatars/.
 */
export const AVATAR_OPENID = /^[A-Za-z0-9_-]{1,64}$/
