/**
 * Translated text in which `backticks` mark code (parameter names, commands). Keeps the markup out
 * of the translation files without allowing HTML in them.
 */
export function Prose(props: { text: string }) {
  const parts = props.text.split('`')
  // Odd-indexed parts were between backticks.
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="inline-code">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  )
}
