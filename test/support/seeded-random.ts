/** A seeded stream of numbers in [0, 1) (mulberry32): the same seed gives the same stream. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of `text` (FNV-1a), for deriving one seed per key from a run's seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The seed of a run of random faults: FAULT_SEED when set (to replay a failure), else `fallback`, so that `npm test`
 * draws the same faults every time. Specs put it in their titles, so that a failure names the seed that made it.
 */
export function faultSeed(fallback = 1): number {
  const raw = process.env.FAULT_SEED;
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > 0xffffffff)
    throw new Error(`FAULT_SEED must be a whole number from 0 to 4294967295, got ${JSON.stringify(raw)}`);
  return Number(raw);
}
