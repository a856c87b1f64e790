import type { GatewayContext } from '../../context';
import { graphQLError } from '../../upstream/errors';
import { fromGlobalId, type NodeTypeName } from '../relay/global-id';

/**
 * The AWS keys of an id given in a mutation input. A malformed id, one of another type or one of another region
 * is a BAD_USER_INPUT error pointing at `field`.
 */
export function keysOfInputId(ctx: GatewayContext, id: string, type: NodeTypeName, field: string[]): string[] {
  let decoded;
  try {
    decoded = fromGlobalId(id, type);
  } catch (error) {
    throw graphQLError('BAD_USER_INPUT', (error as Error).message, { field });
  }
  if (decoded.region !== ctx.region) {
    throw graphQLError('BAD_USER_INPUT', `${field.join('.')} names a ${type} in ${decoded.region}; this gateway serves ${ctx.region}`, { field });
  }
  return decoded.keys;
}

/**
 * The AWS id in an id-or-ARN lookup argument: `p-0123…` or `arn:aws:transfer:…:profile/p-0123…`. Returns undefined
 * when the value cannot name a resource of that type here (the lookup then answers null).
 */
export function awsIdFromIdOrArn(ctx: GatewayContext, value: string, arnType: string, pattern: RegExp): string[] | undefined {
  const arn = /^arn:aws[a-z-]*:transfer:([a-z0-9-]+):\d{12}:([a-z-]+)\/(.+)$/.exec(value);
  const keys = arn ? (arn[1] === ctx.region && arn[2] === arnType ? arn[3].split('/') : undefined) : [value];
  if (!keys || !pattern.test(keys[keys.length - 1])) {
    throw graphQLError('BAD_USER_INPUT', `Expected a ${arnType} id or ARN in ${ctx.region}, got ${JSON.stringify(value.slice(0, 200))}`);
  }
  return keys;
}
