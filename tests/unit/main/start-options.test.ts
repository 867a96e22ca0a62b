import { describe, expect, it } from 'vitest'
import { parseStartOptions } from '../../../src/main/start-options'

describe('parseStartOptions: the flags npm start passes to the desktop app', () => {
  it.each<[string, string[], object]>([
    ['no flags', ['/opt/electron', '.'], {}],
    ['a control port', ['.', '--control-port', '6101'], { controlPort: 6101 }],
    [
      'the = form',
      ['.', '--platform-port=6102', '--bot-port=0'],
      { platformPort: 6102, botPort: 0 },
    ],
    ['an absolute workspace', ['.', '--workspace', '/srv/ws'], { workspaceDir: '/srv/ws' }],
    ['a relative workspace', ['.', '--workspace', 'ws'], { workspaceDir: '/home/me/ws' }],
    ["Electron's own switches are ignored", ['.', '--inspect=9229', '--no-sandbox'], {}],
  ])('%s', (_name, argv, options) => {
    expect(parseStartOptions(argv, '/home/me')).toEqual({ options, problems: [] })
  })

  it.each([
    ['--control-port', 'abc'],
    ['--platform-port', '70000'],
    ['--bot-port', '-1'],
  ])('refuses %s %s with the reason in both languages', (flag, value) => {
    const { options, problems } = parseStartOptions(['.', `${flag}=${value}`], '/')
    expect(options).toEqual({})
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('0 to 65535')
    expect(problems[0]).toContain('端口')
  })
})
