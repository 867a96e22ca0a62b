/** Words of the inspector feature (i18next namespace "inspector"), zh-CN and English with the same keys. */
export const inspectorEn = {
  title: 'Inspector',
}

export const inspectorZh: typeof inspectorEn = {
  title: '检查器',
}
