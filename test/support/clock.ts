/** A clock that moves only when the spec moves it, for code that takes a `now()` (the cost budget, the emulator). */
export interface FakeClock {
  /** The time, in epoch ms; pass it as `now`. */
  now: () => number;
  /** Moves the clock on by `ms`. */
  advance(ms: number): void;
  /** The time as ISO 8601. */
  iso(): string;
}

/** A fake clock that starts at `start` (10 s into a minute, unless said). */
export function fakeClock(start = '2030-01-01T00:00:10.000Z'): FakeClock {
  let time = Date.parse(start);
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
    iso: () => new Date(time).toISOString(),
  };
}
