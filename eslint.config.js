// Flat ESLint config: type-checked typescript-eslint, React hooks, and the import rules that keep
// the protocol core pure and Electron out of everything but src/main (docs/architecture.md "Who may
// import whom").
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'

const impure = [
  'express',
  'electron',
  'ws',
  'node:fs',
  'node:fs/promises',
  'node:net',
  'node:http',
  'node:https',
  'node:child_process',
  'fs',
  'net',
  'http',
  'child_process',
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'artifacts/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    // The layer zones below only see imports the resolver can follow: without the TypeScript
    // extensions an extensionless `../core/x` stays unresolved and the zone silently passes it.
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/shared',
              from: ['./src/core', './src/main', './src/cli', './src/renderer', './src/preload'],
              message: 'shared is imported by every side: it may import only shared.',
            },
            {
              target: './src/core',
              from: ['./src/main', './src/cli', './src/renderer', './src/preload'],
              message:
                'core must not depend on a host: pass what it needs in through startCore options.',
            },
            // Inside the core, layers import downward only: protocol (pure) < runtime (clock,
            // random, bus, servers' plumbing) < context (what every part is given) < the parts.
            {
              target: './src/core/protocol',
              from: './src/core',
              except: ['./protocol', './errors.ts'],
              message: 'protocol modules are pure functions: they import only shared and protocol.',
            },
            {
              target: './src/core/runtime',
              from: './src/core',
              except: ['./protocol', './runtime', './errors.ts'],
              message:
                'runtime is the core’s lowest layer: it may use protocol, never context or a part of the core.',
            },
            {
              target: './src/core/context',
              from: './src/core',
              except: ['./protocol', './runtime', './context', './errors.ts'],
              message:
                'context (clock, bus, directory, faults) sits below every part of the core: it may not import one.',
            },
            {
              target: './src/renderer',
              from: ['./src/core', './src/main', './src/cli'],
              message:
                'the renderer reaches the core only through the control API (src/renderer/src/api).',
            },
            {
              target: './src/cli',
              from: ['./src/main', './src/renderer'],
              message: 'the CLI uses the core, never the Electron shell or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/core/**/*.ts',
      'src/cli/**/*.ts',
      'src/shared/**/*.ts',
      'src/renderer/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'only src/main imports electron: move this to src/main and pass it in.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impure.map((name) => ({
            name,
            message: 'protocol modules are pure: no I/O, no Express, no Electron.',
          })),
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
