import { AwsError } from './errors';
import { MODEL, shape } from './model';
import { brokenConstraints, missingMember, quoted, validationMessage, violation } from './model/facts';

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
    throw new AwsError('InvalidRequestException', validationMessage(violations));
  }
  return value as Record<string, unknown>;
}

function walk(shapeName: string, value: unknown, path: string, typeErrors: string[], violations: string[]): unknown {
  const facts = shape(shapeName);
  const checkConstraints = () => brokenConstraints(facts, value).forEach((c) => violations.push(violation(quoted(facts, value), path, c)));
  const wrongType = (expected: string) => {
    typeErrors.push(
      `Expected ${expected} at '${path || '(input)'}' but got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`,
    );
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
          if (facts.required?.includes(member)) violations.push(missingMember(memberPath));
          continue;
        }
        out[member] = walk(memberShape, memberValue, memberPath, typeErrors, violations);
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(value)) return wrongType('a list');
      checkConstraints();
      return value.map((item, i) => walk(facts.member!, item, `${path}[${i}]`, typeErrors, violations));
    }
    case 'string': {
      if (typeof value !== 'string') return wrongType('a string');
      checkConstraints();
      return value;
    }
    case 'integer':
    case 'long': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType('an integer');
      checkConstraints();
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
