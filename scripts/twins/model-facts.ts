/**
 * The facts of the AWS service model (a table of operations and shapes, written by scripts/model-table.ts) and the
 * constraint checks on them, worded as AWS words a violation: the emulator validates its inputs with them and the
 * gateway checks a dry run with them, so that both answer the same InvalidRequestException.
 */

/** `start`: the value must begin with a match; otherwise the whole value must match. */
export type PatternAnchor = 'start';

/** What the model says of one shape. */
export interface ShapeFacts {
  type: string;
  members?: Record<string, string>;
  member?: string;
  required?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  /** How the pattern is anchored: the whole value (unset), or its start only (`^…` in the 2022 model). */
  anchor?: PatternAnchor;
  enum?: string[];
  sensitive?: true;
}

/** The operations in scope and every shape they reach. */
export interface ModelTable {
  operations: Record<string, { input?: string; output?: string; errors: string[] }>;
  shapes: Record<string, ShapeFacts>;
}

/** The longest value a violation quotes whole. */
const QUOTED_LENGTH = 80;

const patterns = new Map<string, RegExp>();
function patternOf({ pattern, anchor }: ShapeFacts): RegExp {
  const key = `${anchor ?? 'whole'}:${pattern}`;
  let re = patterns.get(key);
  // A group, so that an alternation such as `(|/.*)` is anchored as a whole.
  if (!re) patterns.set(key, (re = new RegExp(anchor === 'start' ? `^(?:${pattern})` : `^(?:${pattern})$`)));
  return re;
}

/** A value as AWS quotes it in a violation: a sensitive one never, a long one cut. */
export function quoted(facts: ShapeFacts, value: unknown): string {
  if (facts.sensitive) return "'***'";
  if (value === null || value === undefined) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 3)}...` : text}'`;
}

/** One violation, as a line of AWS's message: the value as quoted, where it stands, the constraint it breaks. */
export function violation(shown: string, path: string, constraint: string): string {
  return `Value ${shown} at '${path}' failed to satisfy constraint: ${constraint}`;
}

/** The violation of a required member that is absent (or JSON null). */
export function missingMember(path: string): string {
  return violation('null', path, 'Member must not be null');
}

/** The message of the InvalidRequestException that reports every violation of one call. */
export function validationMessage(violations: readonly string[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${violations.join('; ')}`;
}

/**
 * The constraints a value breaks (a list's length; a string's enum, length and pattern; a number's range), worded as
 * AWS words them. A value not of the shape's type breaks none here: whoever walks the input judges its type.
 */
export function brokenConstraints(facts: ShapeFacts, value: unknown): string[] {
  const broken: string[] = [];
  const { min, max } = facts;
  if (facts.type === 'list' && Array.isArray(value)) {
    if (min !== undefined && value.length < min) broken.push(`Member must have length greater than or equal to ${min}`);
    if (max !== undefined && value.length > max) broken.push(`Member must have length less than or equal to ${max}`);
  } else if (facts.type === 'string' && typeof value === 'string') {
    if (facts.enum) return facts.enum.includes(value) ? [] : [`Member must satisfy enum value set: [${facts.enum.join(', ')}]`];
    if (min !== undefined && value.length < min) broken.push(`Member must have length greater than or equal to ${min}`);
    const tooLong = max !== undefined && value.length > max;
    if (tooLong) broken.push(`Member must have length less than or equal to ${max}`);
    // Only within the length limit: an anchored pattern such as arn:.*role/\S+ backtracks quadratically on a value
    // that almost matches, which a body of megabytes would turn into minutes of work.
    if (!tooLong && facts.pattern !== undefined && !patternOf(facts).test(value)) {
      broken.push(`Member must satisfy regular expression pattern: ${facts.pattern}`);
    }
  } else if ((facts.type === 'integer' || facts.type === 'long') && typeof value === 'number') {
    if (min !== undefined && value < min) broken.push(`Member must have value greater than or equal to ${min}`);
    if (max !== undefined && value > max) broken.push(`Member must have value less than or equal to ${max}`);
  }
  return broken;
}
