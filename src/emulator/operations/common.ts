import type { Tag } from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { notFound } from '../errors';
import type { Kind, RecordsByKind } from '../records';

/** The AWS name of each resource type, as ResourceNotFoundException's ResourceType carries it. */
export const RESOURCE_TYPE: Record<Kind, string> = {
  servers: 'Server',
  agreements: 'Agreement',
  profiles: 'Profile',
  certificates: 'Certificate',
  connectors: 'Connector',
  transfers: 'Transfer',
};

/** The record of `kind` with `id` in the caller's region, or ResourceNotFoundException. */
export function mustGet<K extends Kind>(ctx: OperationContext, kind: K, id: string): RecordsByKind[K] {
  const record = ctx.state[kind].get(id);
  if (!record) throw notFound(RESOURCE_TYPE[kind], id);
  return record;
}

export { compact } from '../rules/compact';

/** Tags as a Describe returns them: omitted when there are none. */
export function tagsOrUndefined(tags: Tag[] | undefined): Tag[] | undefined {
  return tags && tags.length ? tags.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined;
}
