import { Kind, print, visit, type ASTNode, type DocumentNode, type GraphQLError } from 'graphql';
import { inspect } from 'graphql/jsutils/inspect';

/**
 * Input fields whose values the service model marks sensitive (private key, host key, password, certificate body and
 * chain, AS2 message subject, custom HTTP headers): no part of them is ever quoted back, whatever their type.
 */
export const SENSITIVE_FIELDS: ReadonlySet<string> = new Set([
  'privateKey',
  'hostKey',
  'userPassword',
  'certificate',
  'certificateChain',
  'messageSubject',
  'customHttpHeaders',
]);
const REDACTED = '[redacted]';
/** graphql-js's inspect() prints two levels of nesting; redacting deeper than that changes nothing it prints. */
const INSPECT_DEPTH = 3;

const VALUE_KINDS = new Set<string>([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.VARIABLE,
]);

/** The literal value nodes a document passes to sensitive fields, and the variables it passes to them. */
function sensitivePlaces(document: DocumentNode): { nodes: Set<ASTNode>; variables: Set<string> } {
  const nodes = new Set<ASTNode>();
  const variables = new Set<string>();
  let inside = 0;
  const defaults: Array<{ name: string; value: ASTNode }> = [];
  const enterField = (node: { name: { value: string } }) => void (SENSITIVE_FIELDS.has(node.name.value) && (inside += 1));
  const leaveField = (node: { name: { value: string } }) => void (SENSITIVE_FIELDS.has(node.name.value) && (inside -= 1));
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) defaults.push({ name: node.variable.name.value, value: node.defaultValue });
      return false;
    },
    Argument: { enter: enterField, leave: leaveField },
    ObjectField: { enter: enterField, leave: leaveField },
    enter(node) {
      if (inside === 0 || !VALUE_KINDS.has(node.kind)) return;
      nodes.add(node);
      if (node.kind === Kind.VARIABLE) variables.add(node.name.value);
    },
  });
  // A variable's default value is as secret as the places the variable goes.
  for (const { name, value } of defaults) {
    if (variables.has(name)) visit(value, { enter: (node) => void nodes.add(node) });
  }
  return { nodes, variables };
}

/** `value` with the values of sensitive fields replaced, as far down as inspect() prints. */
function redactedValue(value: unknown, depth = 0): unknown {
  if (depth > INSPECT_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactedValue(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SENSITIVE_FIELDS.has(key) ? REDACTED : redactedValue(item, depth + 1)]),
  );
}

/** The value at a path printed by graphql-js (`.field`, `[0]`), own properties only. */
function valueAt(root: unknown, path: string): unknown {
  let at = root;
  for (const [, field, index] of path.matchAll(/\.([_A-Za-z][_0-9A-Za-z]*)|\[(\d+)\]/g)) {
    const key = field ?? Number(index);
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** The message of a variable coercion error with what it quotes of sensitive fields redacted; undefined when unchanged. */
function redactedVariableMessage(
  error: GraphQLError,
  variables: Record<string, unknown>,
  sensitiveVariables: Set<string>,
): string | undefined {
  const definition = error.nodes?.[0];
  if (definition?.kind !== Kind.VARIABLE_DEFINITION) return undefined;
  const name = definition.variable.name.value;
  const prefix = `Variable "$${name}" got invalid value `;
  if (!error.message.startsWith(prefix) || !Object.hasOwn(variables, name)) return undefined;
  // graphql-js: `Variable "$name" got invalid value <inspect(value)>[ at "name<path>"]; <reason>`.
  const path = new RegExp(` at "${name}((?:\\.[_A-Za-z][_0-9A-Za-z]*|\\[\\d+\\])*)"; `).exec(error.message.slice(prefix.length))?.[1] ?? '';
  const value = valueAt(variables[name], path);
  const secret =
    sensitiveVariables.has(name) || [...path.matchAll(/\.([_A-Za-z][_0-9A-Za-z]*)/g)].some(([, field]) => SENSITIVE_FIELDS.has(field));
  const printed = inspect(value);
  const safe = inspect(secret ? REDACTED : redactedValue(value));
  if (safe === printed) return undefined;
  if (!error.message.includes(printed)) return `${prefix}${inspect(REDACTED)}${path ? ` at "${name}${path}"` : ''}`;
  return error.message.split(printed).join(safe);
}

/**
 * Cuts from the messages of input errors (a variable or a literal of the wrong type, an unknown field beside a
 * secret) every part of a sensitive input they quote, whatever its shape: graphql-js prints the offending value, and
 * for an object the whole object, in its message. Rewrites the messages in place, as Apollo's own suggestion hiding does.
 */
export function redactInputEchoes(
  errors: readonly GraphQLError[],
  document: DocumentNode | undefined,
  variables: Record<string, unknown> | null | undefined,
): void {
  if (!document || !errors.some((error) => error.nodes?.length)) return;
  const places = sensitivePlaces(document);
  for (const error of errors) {
    let message = (variables && redactedVariableMessage(error, variables, places.variables)) ?? error.message;
    for (const node of error.nodes ?? []) {
      if (places.nodes.has(node)) message = message.split(print(node)).join(REDACTED);
    }
    if (message !== error.message) (error as { message: string }).message = message;
  }
}
