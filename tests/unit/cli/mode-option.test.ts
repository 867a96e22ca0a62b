/**
 * The encryption mode has one name everywhere (plain, compatible, safe): the CLI's help and errors
 * use it, and the spellings people bring from other tools are read as the same modes.
 */
import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { withCommonOptions } from '../../../src/cli/options'

function parse(args: string[]): { mode?: string } {
  const command = withCommonOptions(new Command('send')).exitOverride()
  command.configureOutput({ writeErr: () => undefined, writeOut: () => undefined })
  command.parse(['node', 'mpsim', ...args])
  return command.opts()
}

describe('--mode', () => {
  it.each([
    ['plain', 'plain'],
    ['plaintext', 'plain'],
    ['compatible', 'compatible'],
    ['compat', 'compatible'],
    ['safe', 'safe'],
    ['aes', 'safe'],
  ])('reads %s as %s', (given, mode) => {
    expect(parse(['--mode', given]).mode).toBe(mode)
  })

  it('names the three modes in its help and its error, never a short form', () => {
    const help = withCommonOptions(new Command('send')).helpInformation()
    expect(help).toContain('plain | compatible | safe')
    expect(help).not.toMatch(/\bcompat\b/)
    expect(() => parse(['--mode', 'secure'])).toThrow(/plain, compatible or safe/)
  })
})
