/**
 * A button that shows only an icon, as WeChat's browser bars do: its label is what a screen reader
 * says and what the tooltip shows, so the two never drift apart.
 */
import type { ComponentProps } from 'react'

export function IconButton({
  label,
  testId,
  ...button
}: ComponentProps<'button'> & { label: string; testId: string }) {
  return <button type="button" aria-label={label} title={label} data-testid={testId} {...button} />
}
