/** Words of the settings feature (i18next namespace "settings"), zh-CN and English with the same keys. */
export const settingsEn = {
  title: 'Settings',
}

export const settingsZh: typeof settingsEn = {
  title: '设置',
}
