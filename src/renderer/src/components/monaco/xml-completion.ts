/**
 * Completion of element names in XML editors. Monaco's providers are global per language, so one
 * provider serves every XmlEditor and offers the completions of the editor last focused.
 */
import type { Monaco } from './load-monaco'

export interface XmlCompletion {
  readonly name: string
  /** Shown beside the name, e.g. the element it belongs in. */
  readonly detail?: string
  readonly documentation: string
  /** Whole element to insert, e.g. `<Content><![CDATA[$1]]></Content>`. */
  readonly snippet: string
}

let current: readonly XmlCompletion[] = []
let installed = false

export function offerCompletions(completions: readonly XmlCompletion[]): void {
  current = completions
}

export function installXmlCompletion(monaco: Monaco): void {
  if (installed) return
  installed = true
  monaco.languages.registerCompletionItemProvider('xml', {
    triggerCharacters: ['<'],
    provideCompletionItems: (model, position) => {
      const word = model.getWordUntilPosition(position)
      const line = model.getLineContent(position.lineNumber)
      // `<Lab` is replaced whole, so the snippet brings its own `<`.
      const afterBracket = line[word.startColumn - 2] === '<'
      const range = new monaco.Range(
        position.lineNumber,
        afterBracket ? word.startColumn - 1 : word.startColumn,
        position.lineNumber,
        word.endColumn,
      )
      return {
        suggestions: current.map((c) => ({
          label: c.name,
          // Monaco filters by the text in the range, which starts at the `<` when typed.
          filterText: afterBracket ? `<${c.name}` : c.name,
          ...(c.detail ? { detail: c.detail } : {}),
          kind: monaco.languages.CompletionItemKind.Property,
          documentation: c.documentation,
          insertText: c.snippet,
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          range,
        })),
      }
    },
  })
}
