import type { ModelTable, PatternAnchor, ShapeFacts } from './twins/model-facts';

export type { ModelTable, ShapeFacts };

/** The operations the emulator serves: the AS2 set of 2022, the four it updated, the rest the gateway needs, and the security policies servers and connectors name. */
export const OPERATIONS_IN_SCOPE = [
  'CreateServer',
  'DescribeServer',
  'UpdateServer',
  'DeleteServer',
  'StartServer',
  'StopServer',
  'ListServers',
  'TestIdentityProvider',
  'ImportCertificate',
  'DescribeCertificate',
  'UpdateCertificate',
  'DeleteCertificate',
  'ListCertificates',
  'CreateProfile',
  'DescribeProfile',
  'UpdateProfile',
  'DeleteProfile',
  'ListProfiles',
  'CreateAgreement',
  'DescribeAgreement',
  'UpdateAgreement',
  'DeleteAgreement',
  'ListAgreements',
  'CreateConnector',
  'DescribeConnector',
  'UpdateConnector',
  'DeleteConnector',
  'ListConnectors',
  'StartFileTransfer',
  'ListFileTransferResults',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
  'ListSecurityPolicies',
  'DescribeSecurityPolicy',
] as const;

interface SourceMember {
  shape: string;
}
interface SourceShape {
  type: string;
  members?: Record<string, SourceMember>;
  member?: SourceMember;
  required?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
  exception?: boolean;
}
interface SourceModel {
  operations: Record<string, { input?: SourceMember; output?: SourceMember; errors?: SourceMember[] }>;
  shapes: Record<string, SourceShape>;
}

/** Java regex classes the model uses, spelled for JavaScript (ASCII, as the 2025 model's own rewrites do). */
const JAVA_CLASSES: Record<string, string> = {
  '\\p{Print}': '\\x20-\\x7E',
  '\\p{Graph}': '\\x21-\\x7E',
  '\\p{XDigit}': '0-9a-fA-F',
  '\\p{Blank}': ' \\t',
};

/**
 * Shapes whose pattern the 2022 model (botocore 1.29.27) anchored at the start only, as `^[\p{Graph}]+`: AWS checks
 * how such a value begins, so "My partner agreement" is a Description (../shared/reference/aws-transfer-api.md,
 * section 3). The 2022 model also start-anchored a few `…*` patterns (As2Id, CertSerial, the PEM bodies), which
 * would then match anything; those stay whole-value checks, as RFC 4130 and PEM keep them ASCII. Every other
 * pattern must match the whole value, as the 2022 model's `^…$` spelled it.
 */
export const START_ANCHORED = ['Description', 'FilePath', 'MessageSubject'];

/** Rewrites a model pattern into JavaScript source (compiled without the `u` flag, anchored by the validator). */
export function toJsPattern(pattern: string): string {
  let out = pattern;
  for (const [java, js] of Object.entries(JAVA_CLASSES)) {
    out = out.split(`[${java}]`).join(`[${js}]`).split(java).join(`[${js}]`);
  }
  return out;
}

/** Collects the facts of every shape reachable from the given operations' inputs, outputs and errors. */
export function buildModelTable(model: SourceModel, operations: readonly string[]): ModelTable {
  const table: ModelTable = { operations: {}, shapes: {} };
  const visit = (name: string): void => {
    if (table.shapes[name]) return;
    const shape = model.shapes[name];
    if (!shape) throw new Error(`shape ${name} is not in the model`);
    const facts: ShapeFacts = { type: shape.type };
    table.shapes[name] = facts;
    if (shape.members) {
      facts.members = Object.fromEntries(Object.entries(shape.members).map(([k, v]) => [k, v.shape]));
      if (shape.required?.length) facts.required = [...shape.required];
      Object.values(shape.members).forEach((m) => visit(m.shape));
    }
    if (shape.member) {
      facts.member = shape.member.shape;
      visit(shape.member.shape);
    }
    if (shape.min !== undefined) facts.min = shape.min;
    if (shape.max !== undefined) facts.max = shape.max;
    if (shape.pattern !== undefined) facts.pattern = toJsPattern(shape.pattern);
    if (shape.pattern !== undefined && START_ANCHORED.includes(name)) facts.anchor = 'start' satisfies PatternAnchor;
    if (shape.enum) facts.enum = [...shape.enum];
    if (shape.sensitive) facts.sensitive = true;
  };
  for (const name of operations) {
    const op = model.operations[name];
    if (!op) throw new Error(`operation ${name} is not in the model`);
    table.operations[name] = {
      input: op.input?.shape,
      output: op.output?.shape,
      errors: (op.errors ?? []).map((e) => e.shape),
    };
    [op.input, op.output, ...(op.errors ?? [])].forEach((ref) => ref && visit(ref.shape));
  }
  return table;
}

/** The calls the gateway checks a dry run against: every mutation's AWS call (TestIdentityProvider is sent as one). */
export const GATEWAY_WRITE_OPERATIONS = [
  'CreateServer',
  'UpdateServer',
  'DeleteServer',
  'StartServer',
  'StopServer',
  'ImportCertificate',
  'UpdateCertificate',
  'DeleteCertificate',
  'CreateProfile',
  'UpdateProfile',
  'DeleteProfile',
  'CreateAgreement',
  'UpdateAgreement',
  'DeleteAgreement',
  'CreateConnector',
  'UpdateConnector',
  'DeleteConnector',
  'StartFileTransfer',
  'TagResource',
  'UntagResource',
  'TestIdentityProvider',
] as const;

/**
 * The gateway's constraints table: the input shapes of `operations` cut out of the emulator's table, so that both
 * check the same facts (the gateway may not import the emulator, so it gets its own generated copy).
 */
export function inputConstraintsTable(full: ModelTable, operations: readonly string[]): ModelTable {
  const table: ModelTable = { operations: {}, shapes: {} };
  const visit = (name: string): void => {
    if (table.shapes[name]) return;
    const facts = full.shapes[name];
    if (!facts) throw new Error(`shape ${name} is not in the table`);
    table.shapes[name] = facts;
    Object.values(facts.members ?? {}).forEach(visit);
    if (facts.member) visit(facts.member);
  };
  for (const name of operations) {
    const op = full.operations[name];
    if (!op) throw new Error(`operation ${name} is not in the table`);
    table.operations[name] = { input: op.input, errors: [] };
    if (op.input) visit(op.input);
  }
  return table;
}
