/**
 * JSON in which Dates survive a round trip, as `{"$date": epochMs}`: the emulator's stored records and the gateway's
 * shared cache both hold SDK-shaped objects that carry Dates.
 */

/** JSON.stringify keeping Dates; members named in `drop` are left out at any depth. */
export function stringifyWithDates(value: unknown, drop: readonly string[] = []): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, member: unknown) {
    if (drop.includes(key)) return undefined;
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.getTime() } : member;
  });
}

/** JSON.parse turning `{"$date": epochMs}` back into Dates. */
export function parseWithDates<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) =>
    value && typeof value === 'object' && '$date' in value && Object.keys(value).length === 1
      ? new Date((value as { $date: number }).$date)
      : value,
  ) as T;
}
