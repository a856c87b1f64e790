import { InvalidRequestException } from '@aws-sdk/client-transfer';
import table from './model-constraints.json';
import { fromUpstreamError } from './errors';
import { brokenConstraints, missingMember, quoted, validationMessage, violation, type ModelTable } from './model-facts';
import { operationOf, type TransferCommand } from './client';

/** The write operations' inputs, cut from the emulator's table by scripts/generate-model.ts. */
const CONSTRAINTS = table as unknown as ModelTable;

/** The most violations collected from one input: far more than any input has members. */
const MAX_VIOLATIONS = 100;

function walk(name: string, value: unknown, path: string, violations: string[]): void {
  const facts = CONSTRAINTS.shapes[name];
  if (!facts || violations.length >= MAX_VIOLATIONS) return;
  for (const constraint of brokenConstraints(facts, value)) violations.push(violation(quoted(facts, value), path, constraint));
  if (facts.type === 'structure' && typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const [member, memberShape] of Object.entries(facts.members ?? {})) {
      const memberPath = path ? `${path}.${member}` : member;
      const item = record[member];
      if (item === undefined || item === null) {
        if (facts.required?.includes(member)) violations.push(missingMember(memberPath));
      } else walk(memberShape, item, memberPath, violations);
    }
  } else if (facts.type === 'list' && Array.isArray(value)) {
    value.slice(0, MAX_VIOLATIONS).forEach((item, i) => walk(facts.member!, item, `${path}[${i}]`, violations));
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
  const message = validationMessage(violations);
  throw fromUpstreamError(new InvalidRequestException({ Message: message, message, $metadata: {} }));
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
