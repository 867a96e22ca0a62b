/**
 * JSON colouring for read-only views, as a small Monarch grammar: Monaco's own JSON support would
 * bring a language-service worker that a viewer does not need (no validation, no completion).
 */
import type { languages } from 'monaco-editor/editor/editor.api'

export const JSON_TOKENS: languages.IMonarchLanguage = {
  tokenPostfix: '.json',
  tokenizer: {
    root: [
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'type'],
      [/"(?:[^"\\]|\\.)*"/, 'string'],
      [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
      [/\b(?:true|false|null)\b/, 'keyword'],
      [/[{}[\]]/, '@brackets'],
      [/[,:]/, 'delimiter'],
    ],
  },
}
