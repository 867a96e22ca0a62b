/** Where the media store keeps an account's files: `<workspace>/media/<folder>/<mediaId>`. */

/** A folder name for an account id: kept when already safe, hex otherwise (no path tricks). */
export function mediaFolderFor(accountId: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(accountId)
    ? accountId
    : `x${Buffer.from(accountId, 'utf8').toString('hex').slice(0, 120)}`
}
