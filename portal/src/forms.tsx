/** What every payload of the portal's mutations carries. */
export interface UserErrors {
  userErrors: Array<{ field?: string[] | null; message: string }>;
}

export type FieldErrors = Record<string, string>;

/** A payload's userErrors keyed by the input field they name (the last element of `field`; `form` for none). */
export function fieldErrors(payload: UserErrors | null | undefined, rename: Record<string, string> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const e of payload?.userErrors ?? []) {
    const last = e.field && e.field.length > 1 ? e.field[e.field.length - 1] : 'form';
    const name = rename[last] ?? last;
    errors[name] = errors[name] ? `${errors[name]}; ${e.message}` : e.message;
  }
  return errors;
}

/** Several steps' errors as one map; messages for the same field are joined, each once. */
export function mergeErrors(all: FieldErrors[]): FieldErrors {
  const merged: Record<string, string[]> = {};
  for (const errors of all)
    for (const [field, message] of Object.entries(errors))
      for (const part of message.split('; ')) if (!(merged[field] ??= []).includes(part)) merged[field].push(part);
  return Object.fromEntries(Object.entries(merged).map(([field, parts]) => [field, parts.join('; ')]));
}

/** The message shown next to the input `name`, linked to it by id for screen readers. */
export function FieldError({ errors, name }: { errors: FieldErrors; name: string }) {
  return errors[name] ? (
    <span className="error" id={`${name}-error`} role="alert">
      {errors[name]}
    </span>
  ) : null;
}

/** An input's aria attributes for its error, if it has one. */
export const described = (errors: FieldErrors, name: string) =>
  errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': `${name}-error` } : {};

/** One AWS write a dry run planned, in a line: the operation and its input's members. */
function callLine(call: { operation: string; input: unknown }): string {
  const members = Object.entries(call.input as Record<string, unknown>).map(
    ([k, v]) => `${k} ${Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join(', ') : typeof v === 'string' ? v : JSON.stringify(v)}`,
  );
  return `${call.operation}: ${members.join('; ')}`;
}

/** The AWS writes a dry run says the real call would make, in order. */
export function PlannedCalls({ calls, label }: { calls: Array<{ operation: string; input: unknown }>; label: string }) {
  return (
    <ol className="plan" aria-label={label} data-planned="">
      {calls.map((c, i) => (
        <li key={i}>{callLine(c)}</li>
      ))}
    </ol>
  );
}

/** Reads a dropped or chosen file as text. */
export const readFile = (set: (v: string) => void) => (files: FileList | null) => void files?.[0]?.text().then(set);
