/**
 * The phone's few pictograms as inline SVG: emoji fonts differ between systems (and are missing on
 * many Linux desktops), so glyphs would show as empty boxes.
 */
const PATHS = {
  image: 'M4 5h16v14H4z M4 16l5-5 4 4 3-3 4 4 M15.5 9.5a1.5 1.5 0 1 0 0.01 0',
  play: 'M8 5l11 7-11 7z',
  mic: 'M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3z M5 11a7 7 0 0 0 14 0 M12 18v3',
  pin: 'M12 21s-6-6.2-6-11a6 6 0 0 1 12 0c0 4.8-6 11-6 11z M12 12.5a2.5 2.5 0 1 0 0.01 0',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1 M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  video: 'M3 6h13v12H3z M16 10l5-3v10l-5-3',
  note: 'M9 18V5l11-2v13 M9 18a3 3 0 1 1-3-3 3 3 0 0 1 3 3z M20 16a3 3 0 1 1-3-3 3 3 0 0 1 3 3z',
  keyboard: 'M3 6h18v12H3z M7 10h.01 M11 10h.01 M15 10h.01 M7 14h10',
  menu: 'M4 7h16 M4 12h16 M4 17h16',
  plus: 'M12 5v14 M5 12h14',
  close: 'M6 6l12 12 M18 6L6 18',
  more: 'M5 12h.01 M12 12h.01 M19 12h.01',
  back: 'M15 5l-7 7 7 7',
  forward: 'M9 5l7 7-7 7',
  // WeChat's voice bubble: three arcs growing from a dot.
  waves: 'M6 12h.01 M9.5 8.5a5 5 0 0 1 0 7 M13 5.5a9.5 9.5 0 0 1 0 13',
  // A picture that did not load: the frame with a tear across it.
  broken: 'M4 5h16v6l-3 2-3-3-4 4-3-2-3 3z M4 17v2h16v-4 M8.5 9.5a1.5 1.5 0 1 0 0.01 0',
  folder: 'M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z',
  sample: 'M12 3l2.6 5.5 6 .8-4.4 4.1 1.1 6L12 16.6 6.7 19.4l1.1-6L3.4 9.3l6-.8z',
} as const

export type IconName = keyof typeof PATHS

/** `weight`: the stroke's width (WeChat's ··· is three round dots, drawn with a thick stroke). */
export function Icon(props: { name: IconName; size?: number; weight?: number }) {
  const size = props.size ?? 20
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={props.weight ?? 1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[props.name]} />
    </svg>
  )
}
