import { InvalidRequestException } from '@aws-sdk/client-transfer';
import table from './model-constraints.json';
import { fromUpstreamError } from './errors';
import { operationOf, type TransferCommand } from './client';

/** What the constraints table says of one shape (generated with the emulator's table by scripts/generate-model.ts). */
interface Facts {
  type: string;
  members?: Record<string, string>;
  member?: string;
  required?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  anchor?: 'start';
  enum?: string[];
  sensitive?: true;
}

const CONSTRAINTS = table as unknown as { operations: Record<string, { input?: string }>; shapes: Record<string, Facts> };

/** The most violations collected from one input: far more than any input has members. */
const MAX_VIOLATIONS = 100;

const patterns = new Map<string, RegExp>();
const regexOf = ({ pattern, anchor }: Facts): RegExp => {
  const key = `${anchor ?? 'whole'}:${pattern}`;
  let re = patterns.get(key);
  if (!re) patterns.set(key, (re = new RegExp(anchor === 'start' ? `^(?:${pattern})` : `^(?:${pattern})$`)));
  return re;
};

/** A value as AWS quotes it in a violation; a sensitive one never. */
function shown(facts: Facts, value: unknown): string {
  if (facts.sensitive) return "'***'";
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.length > 80 ? `${text.slice(0, 77)}...` : text}'`;
}

function walk(name: string, value: unknown, path: string, violations: string[]): void {
  const facts = CONSTRAINTS.shapes[name];
  if (!facts || violations.length >= MAX_VIOLATIONS) return;
  const fail = (constraint: string) =>
    violations.push(`Value ${shown(facts, value)} at '${path}' failed to satisfy constraint: ${constraint}`);
  if (facts.type === 'structure' && typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const [member, memberShape] of Object.entries(facts.members ?? {})) {
      const memberPath = path ? `${path}.${member}` : member;
      const item = record[member];
      if (item === undefined || item === null) {
        if (facts.required?.includes(member))
          violations.push(`Value null at '${memberPath}' failed to satisfy constraint: Member must not be null`);
      } else walk(memberShape, item, memberPath, violations);
    }
  } else if (facts.type === 'list' && Array.isArray(value)) {
    if (facts.min !== undefined && value.length < facts.min) fail(`Member must have length greater than or equal to ${facts.min}`);
    if (facts.max !== undefined && value.length > facts.max) fail(`Member must have length less than or equal to ${facts.max}`);
    value.slice(0, MAX_VIOLATIONS).forEach((item, i) => walk(facts.member!, item, `${path}[${i}]`, violations));
  } else if (facts.type === 'string' && typeof value === 'string') {
    if (facts.enum) {
      if (!facts.enum.includes(value)) fail(`Member must satisfy enum value set: [${facts.enum.join(', ')}]`);
      return;
    }
    if (facts.min !== undefined && value.length < facts.min) fail(`Member must have length greater than or equal to ${facts.min}`);
    const tooLong = facts.max !== undefined && value.length > facts.max;
    if (tooLong) fail(`Member must have length less than or equal to ${facts.max}`);
    // Only within the length limit, as the emulator does: an anchored pattern can backtrack badly on a long value.
    if (!tooLong && facts.pattern !== undefined && !regexOf(facts).test(value))
      fail(`Member must satisfy regular expression pattern: ${facts.pattern}`);
  } else if ((facts.type === 'integer' || facts.type === 'long') && typeof value === 'number') {
    if (facts.min !== undefined && value < facts.min) fail(`Member must have value greater than or equal to ${facts.min}`);
    if (facts.max !== undefined && value > facts.max) fail(`Member must have value less than or equal to ${facts.max}`);
  }
}

/** The model violations of a command's input, worded as AWS words them (none when it passes). */
export function modelViolations(command: TransferCommand): string[] {
  const input = CONSTRAINTS.operations[operationOf(command)]?.input;
  const violations: string[] = [];
  if (input) walk(input, command.input, '', violations);
  return violations;
}

/**
 * Checks a command against the service model's constraints (required, lengths, patterns, enums, ranges) without
 * sending it: a violation throws the error AWS would answer (an InvalidRequestException listing every violation), so
 * a dry run's userErrors fall on the same fields with the same codes as the real call's.
 */
export function checkAgainstModel(command: TransferCommand): void {
  const violations = modelViolations(command);
  if (!violations.length) return;
  const n = violations.length;
  throw fromUpstreamError(
    new InvalidRequestException({
      Message: `${n} validation error${n === 1 ? '' : 's'} detected: ${violations.join('; ')}`,
      message: `${n} validation error${n === 1 ? '' : 's'} detected: ${violations.join('; ')}`,
      $metadata: {},
    }),
  );
}

/** The longest string a summary quotes whole; a PEM body is shortened to its start and its length. */
const SUMMARY_STRING = 80;

function summarise(name: string | undefined, value: unknown, budget: { left: number }): unknown {
  if (--budget.left < 0) return '…';
  const facts = name ? CONSTRAINTS.shapes[name] : undefined;
  if (facts?.sensitive) return '***';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value.length > SUMMARY_STRING ? `${value.slice(0, 40)}… (${value.length} characters)` : value;
  if (Array.isArray(value)) return value.map((item) => summarise(facts?.member, item, budget));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [member, item] of Object.entries(value)) {
      // Members the model does not know are not sent; neither are unset ones.
      if (item === undefined || (facts?.members && !facts.members[member])) continue;
      out[member] = summarise(facts?.members?.[member], item, budget);
    }
    return out;
  }
  return value;
}

/** A command's input as a dry run shows it: AWS member names, dates as ISO text, long strings cut, secrets as "***". */
export function inputSummary(command: TransferCommand): Record<string, unknown> {
  const input = CONSTRAINTS.operations[operationOf(command)]?.input;
  // Without the model's facts nothing says which members are secret: quote none.
  if (!input) return {};
  return summarise(input, command.input, { left: 1000 }) as Record<string, unknown>;
}
