/** Small inline icons (fonts on some systems lack the media-control glyphs). */
const paths: Record<string, string> = {
  start: "M5 4h2v16H5zM20 4v16L9 12z",
  back: "M18 4v16L7 12zM5 4h2v16H5z",
  play: "M7 4v16l13-8z",
  pause: "M6 4h4v16H6zM14 4h4v16h-4z",
  forward: "M6 4v16l11-8zM17 4h2v16h-2z",
  end: "M4 4v16l11-8zM17 4h2v16h-2z",
};

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
