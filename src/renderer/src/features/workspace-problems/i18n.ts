/**
 * Words around the workspace problems (i18next namespace "workspaceProblems"), zh-CN and English
 * with the same keys. The problems themselves are worded by src/shared/explain/workspace-problems.ts,
 * shared with the CLI.
 */
export const workspaceProblemsEn = {
  title: 'mpsim found problems in the workspace',
  details: 'Details',
  openSettings: 'Open Settings',
  dismiss: 'Dismiss',
  /** Read before each line by screen readers only (the colour and icon say it to the eye). */
  severity: { error: 'Error: ', warning: 'Warning: ' },
  folder: 'Workspace folder',
  movedCopy: 'Moved copy',
  issues: 'Format errors',
  users: 'Users moved',
}

export const workspaceProblemsZh: typeof workspaceProblemsEn = {
  title: 'mpsim 发现工作区有问题',
  details: '详情',
  openSettings: '打开设置',
  dismiss: '关闭提示',
  severity: { error: '错误：', warning: '警告：' },
  folder: '工作区文件夹',
  movedCopy: '移出的副本',
  issues: '格式错误',
  users: '转移的用户',
}
