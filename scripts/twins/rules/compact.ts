/** Drops undefined members, so that unset optional members are omitted on the wire, never null. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
