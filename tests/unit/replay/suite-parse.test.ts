import { describe, expect, it } from 'vitest'
import { formatSuite, parseSuiteText, suiteFromExchanges } from '../../../src/core/replay/suite'
import { planSteps } from '../../../src/core/replay/run/plan'
import { expand, VariableError } from '../../../src/core/replay/run/variables'
import type { Suite } from '../../../src/shared/model/suite'

/** An asymmetric matcher where the row's type wants a string. */
function containing(text: string): string {
  return expect.stringContaining(text) as string
}

const GOOD_YAML = `# smoke test of the menu bot
version: 1
name: smoke
seed: 42
variables:
  city: 北京
rows:
  - word: help
  - word: image
steps:
  - name: a keyword
    tags: [keywords]
    send: { type: text, fields: { Content: "{{row.word}}" } }
    expect:
      verdict: reply
      withinMs: 1000
      fields:
        Content: { contains: help }
  - send:
      xml: |
        <xml><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>
`

describe('parsing suites', () => {
  it('reads a YAML suite', () => {
    const { suite, problems } = parseSuiteText(GOOD_YAML, 'smoke.yaml')
    expect(problems).toEqual([])
    expect(suite?.name).toBe('smoke')
    expect(suite?.steps).toHaveLength(2)
    expect(suite?.steps[0]?.expect?.fields?.Content).toEqual({ contains: 'help' })
  })

  it('a suite written out reads back the same, in both formats', () => {
    const { suite } = parseSuiteText(GOOD_YAML, 'smoke.yaml')
    for (const file of ['s.json', 's.yaml']) {
      const text = formatSuite(suite!, file)
      expect(parseSuiteText(text, file)).toEqual({ suite, problems: [] })
    }
    expect(formatSuite(suite!, 's.yaml')).toContain('xml: |')
  })

  it.each<
    [string, string, string, { line?: number; column?: number; path?: string; message: string }[]]
  >([
    [
      'unknown keys, at the key',
      'bad.yaml',
      'version: 1\nname: x\nsteps:\n  - send: { type: text }\n    expct: {}\n',
      [{ line: 5, column: 5, path: 'steps.0', message: 'unknown key: expct' }],
    ],
    [
      'a wrong verdict, at its value',
      'bad.yaml',
      'version: 1\nname: x\nsteps:\n  - send: { type: text }\n    expect:\n      verdict: replied\n',
      [
        {
          line: 6,
          column: 16,
          path: 'steps.0.expect.verdict',
          message: 'expected one of: "reply", "no-reply", "service-unavailable"',
        },
      ],
    ],
    [
      'a send of no known form',
      'bad.yaml',
      'version: 1\nname: x\nsteps:\n  - send: { text: hi }\n',
      [
        {
          line: 4,
          column: 11,
          path: 'steps.0.send',
          message: 'send needs one of: {type, fields}, {xml} or {capture}',
        },
      ],
    ],
    [
      'a field match of no known form',
      'bad.yaml',
      'version: 1\nname: x\nsteps:\n  - send: { type: text }\n    expect: { fields: { Content: { like: a } } }\n',
      [
        {
          line: 5,
          column: 34,
          path: 'steps.0.expect.fields.Content',
          message: 'expected a string (equals) or one of {equals}, {matches}, {contains}',
        },
      ],
    ],
    [
      'missing name, wrong version, no steps',
      'bad.yaml',
      'version: 2\nsteps: []\n',
      [
        { line: 1, column: 10, path: 'version', message: 'version must be 1' },
        { line: 1, column: 1, path: 'name', message: 'name is required' },
        { line: 2, column: 8, path: 'steps', message: 'a suite needs at least one step' },
      ].sort((a, b) => a.line - b.line),
    ],
    [
      'a number where text goes',
      'bad.yaml',
      'version: 1\nname: 5\nsteps:\n  - send: { type: text }\n',
      [{ line: 2, column: 7, path: 'name', message: 'name must be a string' }],
    ],
    [
      'YAML syntax',
      'bad.yaml',
      'version: 1\nname: [a\nsteps: []\n',
      [
        {
          line: 3,
          column: 1,
          message: containing('Flow sequence'),
        },
      ],
    ],
    [
      'a duplicate key',
      'bad.yaml',
      'version: 1\nname: a\nname: b\nsteps: []\n',
      [{ line: 3, column: 1, message: 'Map keys must be unique' }],
    ],
    [
      'JSON syntax, with the JSON parser’s words',
      'bad.json',
      '{\n  "version": 1,\n  "steps": [}\n',
      [
        {
          line: 3,
          column: 13,
          message: containing('Unexpected token'),
        },
      ],
    ],
    [
      'JSON schema problems have lines too',
      'bad.json',
      '{\n  "version": 1,\n  "name": "x",\n  "steps": [\n    { "send": { "type": "text" }, "keep": true }\n  ]\n}\n',
      [{ line: 5, column: 35, path: 'steps.0', message: 'unknown key: keep' }],
    ],
    ['an empty file', 'e.yaml', '', [{ line: 1, column: 1, message: containing('empty') }]],
  ])('%s', (_name, file, text, problems) => {
    const parsed = parseSuiteText(text, file)
    expect(parsed.suite).toBeUndefined()
    expect(parsed.problems).toEqual(problems)
  })
})

describe('planning and variables', () => {
  const suite: Suite = {
    version: 1,
    name: 'p',
    rows: [{ a: '1' }, { a: '2' }],
    steps: [
      { send: { type: 'text' }, tags: ['x'] },
      { send: { type: 'text' }, tags: ['y'] },
    ],
  }
  it('rows outermost, tags and only', () => {
    expect(planSteps(suite).map((p) => [p.row, p.index])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ])
    expect(planSteps(suite, { tags: ['y'] }).map((p) => [p.row, p.index])).toEqual([
      [0, 1],
      [1, 1],
    ])
    expect(planSteps({ ...suite, rows: undefined }, { only: [0] }).map((p) => p.index)).toEqual([0])
  })
  it('expands the known variables and refuses the others', () => {
    const scope = {
      user: { openid: 'o1', nickname: '小明' },
      now: 1700000000,
      row: { a: '1' },
      vars: { v: 'x' },
    }
    expect(expand('{{user.openid}} {{ user.nickname }} {{now}} {{row.a}} {{vars.v}}', scope)).toBe(
      'o1 小明 1700000000 1 x',
    )
    expect(() => expand('{{row.b}}', scope)).toThrow(VariableError)
    expect(() => expand('{{row.b}}', scope)).toThrow('unknown variable {{row.b}} (known: a)')
    expect(() => expand('{{whatever}}', scope)).toThrow('unknown variable {{whatever}}')
  })
})

describe('a suite from exchanges', () => {
  it('an exchange with no answer gives a step without a recorded reply', () => {
    const suite = suiteFromExchanges(
      [
        {
          id: 'ex1',
          kind: 'push',
          accountId: 'a1',
          openid: 'o1',
          title: 'text',
          simTime: 1,
          attempts: [],
          analysis: {
            typeId: 'text',
            mode: 'plain',
            msgType: 'text',
            plainXml: '<xml/>',
            overrides: {},
            signature: {} as never,
            attemptOutcomes: [],
          },
        },
      ],
      'n',
    )
    expect(suite).toEqual({
      version: 1,
      name: 'n',
      account: 'a1',
      steps: [{ name: 'text (ex1)', user: 'o1', send: { xml: '<xml/>' } }],
    })
  })
})
