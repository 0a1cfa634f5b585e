// SVG path data as short as it can be: one decimal (a tenth of a unit, finer than a screen pixel at full size), the
// first point of each ring absolute and the rest relative ("l" with implicit repetition), no separator before a minus
// sign, repeated points and rings that round to fewer than three points dropped. Relative steps are taken between
// rounded points, so rounding never accumulates. Written through a d3-geo path context.
import { geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';

/** "12.3", "-.5", "4": a value in tenths written as SVG numbers are. */
function formatTenths(tenths: number) {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  return sign + (fraction === 0 ? String(whole) : `${whole === 0 ? '' : whole}.${fraction}`);
}

function joinNumbers(values: number[]) {
  let out = '';
  let previousHasPoint = false;
  for (const value of values) {
    const text = formatTenths(value);
    // "1.5-2" and "1.5.5" parse as two numbers (SVG 1.1 path grammar): no space needed there.
    const bare = out === '' || text.startsWith('-') || (previousHasPoint && text.startsWith('.'));
    out += (bare ? '' : ' ') + text;
    previousHasPoint = text.includes('.');
  }
  return out;
}

class CompactPathContext implements GeoContext {
  private parts: string[] = [];
  private points: Array<[number, number]> = [];

  constructor(private readonly closed: boolean) {}

  moveTo(x: number, y: number) {
    this.flush(false);
    this.points = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number) {
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.points[this.points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.points.push(point);
  }

  closePath() {
    this.flush(true);
  }

  beginPath() { /* every ring starts with moveTo */ }

  arc() { /* points are not drawn */ }

  flush(closing: boolean) {
    const points = this.points;
    this.points = [];
    if (closing) {
      const [first] = points;
      const last = points[points.length - 1];
      if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
    }
    if (points.length < (this.closed ? 3 : 2)) return;
    const steps: number[] = [];
    for (let i = 1; i < points.length; i++) steps.push(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
    this.parts.push(`M${joinNumbers(points[0])}l${joinNumbers(steps)}${closing ? 'z' : ''}`);
  }

  result() {
    this.flush(false);
    return this.parts.join('');
  }
}

/** The SVG path data of a projected object; `closed` false for lines (boundaries), which keep two-point pieces. */
export function pathData(projection: Parameters<typeof geoPath>[0], object: GeoPermissibleObjects, closed = true): string {
  const context = new CompactPathContext(closed);
  geoPath(projection, context)(object);
  return context.result();
}
