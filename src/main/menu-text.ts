/**
 * Words of the native menu and dialogs, in the two UI languages. The native menu cannot use the
 * renderer's i18next, so the main process keeps its own small table with the same two languages.
 */
export type MenuLang = 'zh' | 'en'

export const MENU_TEXT = {
  en: {
    file: 'File',
    openWorkspace: 'Open Workspace…',
    saveWorkspace: 'Save Workspace',
    importCaptures: 'Import Captures…',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Full Screen',
    help: 'Help',
    docs: 'Documentation',
    protocol: 'WeChat Protocol Notes',
    about: 'About mpsim',
    chooseWorkspace: 'Choose a workspace folder',
    chooseCaptures: 'Choose captures: XML bodies, HAR files, mpsim logs or exports',
    captureFiles: 'Captures',
    allFiles: 'All files',
    saved: 'The workspace is saved.',
    savedDetail: 'Every change is written as you make it; saving waits for the last writes.',
    importFailed: 'The captures could not be imported.',
    openFailed: 'The workspace could not be opened.',
    aboutDetail: (version: string) =>
      `mpsim ${version}\nA local stand-in for the WeChat Official Account platform.`,
  },
  zh: {
    file: '文件',
    openWorkspace: '打开工作区…',
    saveWorkspace: '保存工作区',
    importCaptures: '导入抓包…',
    quit: '退出',
    edit: '编辑',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    fullScreen: '全屏',
    help: '帮助',
    docs: '使用说明',
    protocol: '微信协议说明',
    about: '关于 mpsim',
    chooseWorkspace: '选择工作区文件夹',
    chooseCaptures: '选择抓包：XML 报文、HAR 文件、mpsim 日志或导出文件',
    captureFiles: '抓包文件',
    allFiles: '所有文件',
    saved: '工作区已保存。',
    savedDetail: '每次修改都会立即写入；保存会等待最后的写入完成。',
    importFailed: '无法导入这些抓包。',
    openFailed: '无法打开该工作区。',
    aboutDetail: (version: string) => `mpsim ${version}\n在本机模拟微信公众平台。`,
  },
} as const

export type MenuText = (typeof MENU_TEXT)[MenuLang]

/** The workspace's language setting, else the OS locale: Chinese for any zh-*, else English. */
export function menuLang(setting: 'auto' | 'zh-CN' | 'en', osLocale: string): MenuLang {
  if (setting === 'zh-CN') return 'zh'
  if (setting === 'en') return 'en'
  return osLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}
