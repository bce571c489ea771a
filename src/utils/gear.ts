/** SVG geometry for the "Hoe?" figure: gears and labels, computed at build time. */

const round = (n: number) => Math.round(n * 10) / 10;

/** Path of a gear with `teeth` teeth between radius `inner` and `outer`, centred on (cx, cy). */
export function gearPath(cx: number, cy: number, inner: number, outer: number, teeth: number): string {
  const step = (Math.PI * 2) / teeth;
  const points: string[] = [];
  for (let i = 0; i < teeth; i++) {
    const a = i * step;
    // Each tooth: rise, flat top, fall, flat bottom (a quarter of the pitch each).
    for (const [offset, r] of [
      [0, inner],
      [0.2, outer],
      [0.5, outer],
      [0.7, inner],
    ] as const) {
      const angle = a + offset * step;
      points.push(`${round(cx + r * Math.cos(angle))},${round(cy + r * Math.sin(angle))}`);
    }
  }
  return `M${points.join('L')}Z`;
}

/** Point at `angle` degrees (0 = right, clockwise) on a circle. */
export function onCircle(cx: number, cy: number, r: number, angle: number) {
  const rad = (angle * Math.PI) / 180;
  return { x: round(cx + r * Math.cos(rad)), y: round(cy + r * Math.sin(rad)) };
}

/** Break a label into lines of at most `max` characters, on word boundaries. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
