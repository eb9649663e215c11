import { type ChartText, esc, frame, INK, num, RULE, TONES } from './svg.js';

export interface CityPoint {
  label: string;
  lat: number;
  lon: number;
  value: number;
}

const WIDTH = 640;
const HEIGHT = 440;
const PAD = 48;
const MAX_R = 26;

/**
 * Where the cities are, without a base map: a map of China shown in China must follow the
 * national standard map (the whole territory, the South China Sea inset), and no maintained
 * package ships that geometry, so no outline is drawn rather than a wrong one. The cities are
 * placed by latitude and longitude (equirectangular, shrunk by the cosine of the middle latitude so
 * distances look right) with a circle whose area is the city's figure, and a name.
 */
export function cityMap(c: ChartText & { points: CityPoint[]; note: string }): string {
  const pts = c.points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const lats = pts.map((p) => p.lat);
  const lons = pts.map((p) => p.lon);
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  // At least a few degrees across, so two nearby cities are not spread over the whole frame.
  const spanX = Math.max((maxLon - minLon) * k, 6);
  const spanY = Math.max(maxLat - minLat, 6);
  const scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD - 24) / spanY);
  const midLon = (minLon + maxLon) / 2;
  const midLat = (minLat + maxLat) / 2;
  const x = (lon: number) => WIDTH / 2 + (lon - midLon) * k * scale;
  const y = (lat: number) => (HEIGHT - 24) / 2 - (lat - midLat) * scale;
  const max = Math.max(1, ...pts.map((p) => p.value));
  let body = `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${HEIGHT - 1}" fill="#ffffff" stroke="${RULE}"/>`;
  // Largest first, so a small city's circle stays on top and visible.
  for (const p of [...pts].sort((a, b) => b.value - a.value)) {
    const r = p.value > 0 ? Math.max(4, Math.sqrt(p.value / max) * MAX_R) : 3;
    const cx = x(p.lon).toFixed(1);
    const cy = y(p.lat).toFixed(1);
    body += `<circle cx="${cx}" cy="${cy}" r="${r.toFixed(1)}" fill="${TONES.named}" fill-opacity="0.35" stroke="${TONES.named}" stroke-width="1.5"><title>${esc(`${p.label}: ${num(c, p.value)}`)}</title></circle>`;
    body += `<circle cx="${cx}" cy="${cy}" r="2" fill="${INK}"/>`;
    body += `<text x="${cx}" y="${(y(p.lat) - r - 4).toFixed(1)}" text-anchor="middle" font-size="12">${esc(`${p.label} ${num(c, p.value)}`)}</text>`;
  }
  body += `<text x="12" y="${HEIGHT - 10}" font-size="11" fill="#4b5563">${esc(c.note)}</text>`;
  return frame(c, WIDTH, HEIGHT, body);
}
