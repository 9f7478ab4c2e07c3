import { createResource, Show } from 'solid-js';

/** The dark modules of a QR matrix as one SVG path of unit squares, row runs merged. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}

/**
 * `text` as a QR code (SVG, no inline script or style). The encoder is loaded only when a code is
 * shown, so it never weighs on the console's first load.
 */
export function QrCode(props: { text: string; label: string }) {
  const [qr] = createResource(
    () => props.text,
    async (text) => (await import('uqr')).encode(text, { ecc: 'M', border: 2 }).data,
  );
  return (
    <Show
      when={!qr.error}
      fallback={
        <p class="hint" role="status">
          The QR code could not be drawn: type the key below into your app instead.
        </p>
      }
    >
      <Show when={qr()} fallback={<div class="qr-code" aria-busy="true" />}>
        {(modules) => (
          <svg
            class="qr-code"
            role="img"
            aria-label={props.label}
            viewBox={`0 0 ${modules().length} ${modules().length}`}
            shape-rendering="crispEdges"
          >
            <rect width="100%" height="100%" fill="#fff" />
            <path d={qrPath(modules())} fill="#000" />
          </svg>
        )}
      </Show>
    </Show>
  );
}
