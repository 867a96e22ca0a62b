/** Names shared by the builder and the parser, so both walk values the same way. */

/** Every WeChat list wraps its entries in `<item>` (PicList, ResultList; protocol.md §6). */
export const LIST_ITEM = 'item'

/** Dotted field path for messages and reports, e.g. `SendPicsInfo.Count`. */
export const pathOf = (parent: string, name: string): string =>
  parent === '' ? name : `${parent}.${name}`
