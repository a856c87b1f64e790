import { AwsError } from './errors';
import { MODEL, shape, type ShapeFacts } from './model';

/**
 * Checks an operation's input against the model's facts (required, type, length, pattern, enum, range) and
 * returns a copy with timestamps as Dates. Wrong JSON types are a SerializationException; every constraint
 * violation is collected into one InvalidRequestException naming the member path, the value and the constraint.
 * A pattern must match the whole value, as AWS validates it (the 2022 model spelled its patterns `^…$`; the 2025
 * model dropped the anchors, not the rule): `mock_logging_role` is no `(|arn:.*role/\S+)`. The few the 2022 model
 * anchored at the start only (`^[\p{Graph}]+` for a Description) must match how the value begins, so a Description
 * may hold spaces after its first character. JSON `null` counts as absent.
 * Members the model does not know are dropped, as AWS ignores them.
 */
export function validateInput(operation: string, input: unknown): Record<string, unknown> {
  const inputShape = MODEL.operations[operation]?.input;
  if (!inputShape) return {};
  const typeErrors: string[] = [];
  const violations: string[] = [];
  const value = walk(inputShape, input ?? {}, '', typeErrors, violations);
  if (typeErrors.length) {
    throw new AwsError('SerializationException', typeErrors.join('; '));
  }
  if (violations.length) {
    const n = violations.length;
    throw new AwsError(
      'InvalidRequestException',
      `${n} validation error${n === 1 ? '' : 's'} detected: ${violations.join('; ')}`,
    );
  }
  return value as Record<string, unknown>;
}

const patternCache = new Map<string, RegExp>();
const regex = ({ pattern, anchor }: ShapeFacts) => {
  const key = `${anchor ?? 'whole'}:${pattern}`;
  let re = patternCache.get(key);
  // A group, so that an alternation such as `(|/.*)` is anchored as a whole.
  if (!re) patternCache.set(key, (re = new RegExp(anchor === 'start' ? `^(?:${pattern})` : `^(?:${pattern})$`)));
  return re;
};

function show(facts: ShapeFacts, value: unknown): string {
  if (facts.sensitive) return "'***'";
  if (value === null || value === undefined) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.length > 80 ? `${text.slice(0, 77)}...` : text}'`;
}

function walk(shapeName: string, value: unknown, path: string, typeErrors: string[], violations: string[]): unknown {
  const facts = shape(shapeName);
  const fail = (constraint: string) =>
    violations.push(`Value ${show(facts, value)} at '${path}' failed to satisfy constraint: ${constraint}`);
  const wrongType = (expected: string) => {
    typeErrors.push(`Expected ${expected} at '${path || '(input)'}' but got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`);
    return undefined;
  };

  switch (facts.type) {
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType('an object');
      const out: Record<string, unknown> = {};
      const record = value as Record<string, unknown>;
      for (const [member, memberShape] of Object.entries(facts.members ?? {})) {
        const memberValue = record[member];
        const memberPath = path ? `${path}.${member}` : member;
        if (memberValue === undefined || memberValue === null) {
          if (facts.required?.includes(member)) {
            violations.push(`Value null at '${memberPath}' failed to satisfy constraint: Member must not be null`);
          }
          continue;
        }
        out[member] = walk(memberShape, memberValue, memberPath, typeErrors, violations);
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(value)) return wrongType('a list');
      if (facts.min !== undefined && value.length < facts.min) fail(`Member must have length greater than or equal to ${facts.min}`);
      if (facts.max !== undefined && value.length > facts.max) fail(`Member must have length less than or equal to ${facts.max}`);
      return value.map((item, i) => walk(facts.member!, item, `${path}[${i}]`, typeErrors, violations));
    }
    case 'string': {
      if (typeof value !== 'string') return wrongType('a string');
      if (facts.enum && !facts.enum.includes(value)) {
        fail(`Member must satisfy enum value set: [${facts.enum.join(', ')}]`);
        return value;
      }
      if (facts.min !== undefined && value.length < facts.min) fail(`Member must have length greater than or equal to ${facts.min}`);
      const tooLong = facts.max !== undefined && value.length > facts.max;
      if (tooLong) fail(`Member must have length less than or equal to ${facts.max}`);
      // Only within the length limit: an anchored pattern such as arn:.*role/\S+ backtracks quadratically on a value
      // that almost matches, which a body of megabytes would turn into minutes of work.
      if (!tooLong && facts.pattern !== undefined && !regex(facts).test(value)) {
        fail(`Member must satisfy regular expression pattern: ${facts.pattern}`);
      }
      return value;
    }
    case 'integer':
    case 'long': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType('an integer');
      if (facts.min !== undefined && value < facts.min) fail(`Member must have value greater than or equal to ${facts.min}`);
      if (facts.max !== undefined && value > facts.max) fail(`Member must have value less than or equal to ${facts.max}`);
      return value;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : wrongType('a boolean');
    case 'timestamp':
      // awsJson timestamps are epoch seconds, possibly fractional.
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('a timestamp in epoch seconds');
      return new Date(Math.round(value * 1000));
    default:
      return value;
  }
}
