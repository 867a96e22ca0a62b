/** Words of the composer feature (i18next namespace "composer"), zh-CN and English with the same keys. */
export const composerEn = {
  title: 'Composer',
}

export const composerZh: typeof composerEn = {
  title: '消息编辑',
}
