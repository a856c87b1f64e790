/** One scrape of a Prometheus text exposition: `value('name', { label: 'x' })` is that series' value, 0 when absent. */
export interface Scrape {
  text: string;
  value(name: string, labels?: Record<string, string>): number;
}

function seriesKey(name: string, labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`);
  return `${name}{${sorted.join(',')}}`;
}

/** Parses Prometheus text format (the subset prom-client writes: no timestamps, no escaped quotes in our labels). */
export function parseScrape(text: string): Scrape {
  const series = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"/g)) labels[key] = value;
    series.set(seriesKey(m[1], labels), Number(m[3]));
  }
  return { text, value: (name, labels = {}) => series.get(seriesKey(name, labels)) ?? 0 };
}

/** GETs /metrics from a gateway and parses it. */
export async function scrape(baseUrl: string): Promise<Scrape & { status: number; contentType: string | null }> {
  const res = await fetch(`${baseUrl}/metrics`);
  return { status: res.status, contentType: res.headers.get('content-type'), ...parseScrape(await res.text()) };
}
