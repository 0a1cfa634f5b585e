// Squarified treemap layout (Bruls, Huizing & van Wijk, 2000): rectangles whose areas are proportional to the values,
// kept as close to squares as the greedy row-by-row method allows, so small programmes stay readable. Pure geometry,
// in the caller's units; zero and negative values get no rectangle (a treemap cannot show them: the table does).

export interface Rect { x: number; y: number; width: number; height: number }
export interface Tile<T> extends Rect { item: T }

/** Worst aspect ratio of a row of areas laid along a side of length `side`. */
function worst(row: number[], side: number): number {
  const sum = row.reduce((a, b) => a + b, 0);
  const max = Math.max(...row);
  const min = Math.min(...row);
  return Math.max((side * side * max) / (sum * sum), (sum * sum) / (side * side * min));
}

export function squarify<T>(items: T[], value: (item: T) => number, bounds: Rect): Tile<T>[] {
  const positive = items.filter((i) => value(i) > 0).sort((a, b) => value(b) - value(a));
  const total = positive.reduce((s, i) => s + value(i), 0);
  if (total === 0 || bounds.width <= 0 || bounds.height <= 0) return [];
  const scale = (bounds.width * bounds.height) / total;
  const tiles: Tile<T>[] = [];
  let free = { ...bounds };
  let row: T[] = [];
  const areaOf = (i: T) => value(i) * scale;

  const layRow = () => {
    const areas = row.map(areaOf);
    const sum = areas.reduce((a, b) => a + b, 0);
    const horizontal = free.width >= free.height; // the row runs along the shorter side
    const thickness = sum / (horizontal ? free.height : free.width);
    let offset = 0;
    row.forEach((item, k) => {
      const length = areas[k] / thickness;
      tiles.push(horizontal
        ? { item, x: free.x, y: free.y + offset, width: thickness, height: length }
        : { item, x: free.x + offset, y: free.y, width: length, height: thickness });
      offset += length;
    });
    free = horizontal
      ? { x: free.x + thickness, y: free.y, width: free.width - thickness, height: free.height }
      : { x: free.x, y: free.y + thickness, width: free.width, height: free.height - thickness };
    row = [];
  };

  for (const item of positive) {
    const side = Math.min(free.width, free.height);
    const current = row.map(areaOf);
    if (row.length > 0 && worst([...current, areaOf(item)], side) > worst(current, side)) layRow();
    row.push(item);
  }
  if (row.length > 0) layRow();
  return tiles;
}
