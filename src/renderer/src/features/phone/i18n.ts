/** Words of the phone feature (i18next namespace "phone"), zh-CN and English with the same keys. */
export const phoneEn = {
  title: 'Phone',
}

export const phoneZh: typeof phoneEn = {
  title: '手机',
}
