import {
  type GraphQLError,
  type GraphQLInputField,
  type GraphQLInputFieldMap,
  type GraphQLInputObjectType,
  type GraphQLNamedInputType,
  getNamedType,
  isInputObjectType,
} from 'graphql';
import { type UserErrorCode, userErrorCodeOf } from '../../upstream/errors';

/** One problem with a mutation's input, as a form shows it. */
export interface UserErrorData {
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

/**
 * Words of AWS messages that name an input field other than by its own member name, per input: `ServerId: ['id']` for
 * an update that calls the server `id`, `Server: ['serverId']` for a message about "Server s-…". The rest comes from
 * the input type itself: AWS member `As2Config.LocalProfileId` is field `as2Config.localProfileId` when the input has it.
 */
export type FieldAliases = Record<string, string[]>;

/** The most violations one AWS message is split into: the model has fewer members than that in any input. */
const MAX_VIOLATIONS = 100;

const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

/**
 * The input field path of an AWS member path (`As2Config.AsyncMdnConfig.ServerIds[0]`), found by walking the input
 * type; undefined when the input has no such field.
 */
function fieldOfMember(input: GraphQLInputObjectType, awsPath: string, aliases: FieldAliases): string[] | undefined {
  if (aliases[awsPath]) return aliases[awsPath];
  const path: string[] = [];
  let type: GraphQLNamedInputType = input;
  for (const part of awsPath.split('.')) {
    const [, member, index] = /^([A-Za-z0-9]+)(?:\[(\d+)\])?$/.exec(part) ?? [];
    const fields: GraphQLInputFieldMap | undefined = isInputObjectType(type) ? type.getFields() : undefined;
    const field: GraphQLInputField | undefined = member ? fields?.[lowerFirst(member)] : undefined;
    if (!field) return undefined;
    path.push(field.name);
    if (index !== undefined) path.push(index);
    type = getNamedType(field.type);
  }
  return path;
}

/** The parts of a message outside and inside double-quoted JSON strings (which quote the caller's values). */
function splitQuoted(text: string): Array<{ quoted: boolean; text: string }> {
  const parts: Array<{ quoted: boolean; text: string }> = [];
  const re = /"(?:[^"\\]|\\.)*"/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push({ quoted: false, text: text.slice(last, m.index) });
    parts.push({ quoted: true, text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ quoted: false, text: text.slice(last) });
  return parts;
}

/**
 * The violations of a message that joins them with "; " (as the emulator does): a new one starts where "; " is
 * followed by a capital letter outside a quoted value, since a violation's own clauses go on in lower case
 * ("LocalProfileId p-… is a PARTNER profile; expected a LOCAL profile").
 */
function violationsOf(message: string): string[] {
  const violations: string[] = [];
  let current = '';
  for (const part of splitQuoted(message)) {
    if (part.quoted) {
      current += part.text;
      continue;
    }
    const pieces = part.text.split(/; (?=[A-Z])/);
    current += pieces[0];
    for (const piece of pieces.slice(1)) {
      violations.push(current);
      current = piece;
    }
  }
  violations.push(current);
  return violations.slice(0, MAX_VIOLATIONS);
}

/** An AWS member path as a word of a message: `As2Config.LocalProfileId`, `SftpConfig.TrustedHostKeys[0]`. */
const MEMBER = /\b[A-Z][A-Za-z0-9]*(?:\[\d+\])?(?:\.[A-Z][A-Za-z0-9]*(?:\[\d+\])?)*/g;

/** One violation in the API's names, with the first field it names (aliases point a field without renaming). */
function inApiNames(violation: string, input: GraphQLInputObjectType, aliases: FieldAliases): { field: string[] | null; message: string } {
  let field: string[] | null = null;
  const message = splitQuoted(violation)
    .map((part) =>
      part.quoted
        ? part.text
        : part.text.replace(MEMBER, (word) => {
            if (aliases[word]) {
              field ??= aliases[word];
              return word;
            }
            const path = fieldOfMember(input, word, {});
            if (!path) return word;
            field ??= path;
            return path.join('.');
          }),
    )
    .join('');
  return { field, message };
}

/** The code of one prose violation of an InvalidRequestException. */
function codeOfViolation(text: string): UserErrorCode {
  if (/quota exceeded|limit exceeded/i.test(text)) return 'QUOTA_EXCEEDED';
  if (/\bis an? (LOCAL|PARTNER) profile\b|\bmust name an? (LOCAL|PARTNER) profile\b/.test(text)) return 'WRONG_TYPE';
  if (/\bis required\b|^Specify either \S+ or \S+$|^Must specify\b/.test(text)) return 'REQUIRED';
  return 'INVALID';
}

/** Model constraint violations as AWS and the emulator word them. */
const MODEL_VIOLATION = /Value (?:'[^]*?'|null) at '([^']+)' failed to satisfy constraint: Member ([^;]+)/g;

/** A string anywhere in `value` (the input as given) that names `resource`, with its path: where a NOT_FOUND points. */
function pathOfResource(value: unknown, resource: string, path: string[] = [], budget = { left: 1000 }): string[] | undefined {
  if (--budget.left < 0) return undefined;
  if (typeof value === 'string') {
    const named = value === resource || value.endsWith(`/${resource}`) || decodesTo(value, resource);
    return named ? path : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'clientMutationId') continue;
    const found = pathOfResource(item, resource, [...path, key], budget);
    if (found) return found;
  }
  return undefined;
}

/** AWS ids as messages quote them: `s-0123456789abcdef0`, `cert-…`. */
const AWS_ID = /\b(?:s|a|p|cert|c)-[0-9a-f]{17}\b/g;

/**
 * The field whose value names the first AWS id a message quotes, for a message that names no member
 * ("s-… not configured for external auth" is about `serverId`).
 */
function fieldOfNamedId(message: string, value: unknown): string[] | null {
  for (const [id] of message.matchAll(AWS_ID)) {
    const path = pathOfResource(value, id);
    if (path) return path;
  }
  return null;
}

/** Whether a graph id's last key is `resource` (graph ids are base64url of type:region:keys). */
function decodesTo(value: string, resource: string): boolean {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(value)) return false;
  return Buffer.from(value, 'base64url').toString('utf8').endsWith(`:${resource}`);
}

/**
 * The userErrors of an error the caller can fix, each pointing at its input field (["input", …]) with a stable code
 * and the message in the API's field names. A message that joins several violations gives one userError each; what
 * cannot be placed has field null and code INVALID.
 */
export function toUserErrors(
  error: GraphQLError,
  input: { type: GraphQLInputObjectType; value: unknown },
  aliases: FieldAliases = {},
): UserErrorData[] {
  const inInput = (path: string[] | null) => (path ? ['input', ...path] : null);
  const parts = (error as GraphQLError & { parts?: GraphQLError[] }).parts;
  if (Array.isArray(parts)) return parts.flatMap((part) => toUserErrors(part, input, aliases)).slice(0, MAX_VIOLATIONS);
  const code = String(error.extensions.code);
  const own = error.extensions.field as string[] | undefined;
  const awsError = error.extensions.awsError as string | undefined;
  if (!awsError) {
    const userCode = userErrorCodeOf(error) ?? (code === 'NOT_FOUND' ? 'NOT_FOUND' : code === 'CONFLICT' ? 'CONFLICT' : 'INVALID');
    return [{ field: inInput(own ?? null), message: error.message, code: userCode }];
  }
  // fromUpstreamError words the message already: no exception name, a not-found naming what it did not find.
  const awsMessage = error.message;
  if (code === 'NOT_FOUND') {
    const resource = error.extensions.awsResource as string | undefined;
    const field = resource ? pathOfResource(input.value, resource) : undefined;
    return [{ field: inInput(field ?? null), message: awsMessage, code: 'NOT_FOUND' }];
  }
  if (code === 'CONFLICT') {
    const { field, message } = inApiNames(awsMessage, input.type, aliases);
    return [{ field: inInput(field ?? fieldOfNamedId(awsMessage, input.value)), message, code: 'CONFLICT' }];
  }
  const model = [...awsMessage.matchAll(MODEL_VIOLATION)].slice(0, MAX_VIOLATIONS);
  if (model.length) {
    return model.map((m) => {
      const field = fieldOfMember(input.type, m[1], aliases);
      const name = field ? field.join('.') : m[1];
      return {
        field: inInput(field ?? null),
        message: `${name} ${m[2].trim()}`,
        code: m[2].trim() === 'must not be null' ? 'REQUIRED' : 'INVALID',
      };
    });
  }
  if (awsError === 'SerializationException') return [{ field: null, message: awsMessage, code: 'INVALID' }];
  return violationsOf(awsMessage.replace(/^\d+ validation errors? detected: /, '')).map((violation) => {
    const { field, message } = inApiNames(violation, input.type, aliases);
    // "EndpointType VPC requires EndpointDetails.VpcId": what is missing is the member it requires.
    const needed = /\b(?:requires|needs) ([A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*)$/.exec(violation.replace(/"(?:[^"\\]|\\.)*"/g, ''));
    const neededField = needed ? fieldOfMember(input.type, needed[1], aliases) : undefined;
    if (neededField) return { field: inInput(neededField), message, code: 'REQUIRED' as const };
    return { field: inInput(field ?? fieldOfNamedId(violation, input.value)), message, code: codeOfViolation(violation) };
  });
}
