import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  Tag,
  TagResourceRequest,
  UntagResourceRequest,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { type AwsError, invalidRequest, notFound, refuseIf } from '../errors';
import { parseArn } from '../ids';
import type { Kind, RecordsByKind } from '../records';
import { DEFAULT_MAX_RESULTS, issueToken, readToken } from '../pagination';
import { taggedWith, tagsPerResourceProblem } from '../rules/quotas';
import { compact, tagsOrUndefined } from './common';

type Taggable = Exclude<Kind, 'transfers'>;
const KIND_OF_ARN_TYPE: Record<string, Taggable> = {
  server: 'servers',
  agreement: 'agreements',
  profile: 'profiles',
  certificate: 'certificates',
  connector: 'connectors',
};

/** The taggable record an ARN names in the caller's region and account, with its collection key. */
function resolve(
  ctx: OperationContext,
  value: string,
  unknown: (message: string) => AwsError = (message) => notFound('Arn', value, message),
): { kind: Taggable; id: string; record: RecordsByKind[Taggable] } {
  const parsed = parseArn(value);
  const kind = parsed && KIND_OF_ARN_TYPE[parsed.type];
  if (!parsed || !kind)
    throw invalidRequest(`Arn ${value} is not the ARN of a Transfer server, agreement, profile, certificate or connector`);
  const id = parsed.ids[parsed.ids.length - 1];
  const record = parsed.region === ctx.region && parsed.accountId === ctx.accountId ? ctx.state[kind].get(id) : undefined;
  if (!record || record.described.Arn !== value) throw unknown(`Unknown resource ${value}`);
  return { kind, id, record };
}

function retag(ctx: OperationContext, arnValue: string, change: (tags: Tag[]) => Tag[]): void {
  const { kind, id, record } = resolve(ctx, arnValue);
  const tags = change(record.described.Tags ?? []);
  refuseIf(tagsPerResourceProblem(tags.length));
  ctx.store.put(ctx.region, kind, id, { ...record, described: { ...record.described, Tags: tagsOrUndefined(tags) } });
}

export function tagResource(ctx: OperationContext, input: TagResourceRequest): void {
  retag(ctx, input.Arn!, (tags) => taggedWith(tags, input.Tags!));
}

export function untagResource(ctx: OperationContext, input: UntagResourceRequest): void {
  const drop = new Set(input.TagKeys);
  retag(ctx, input.Arn!, (tags) => tags.filter((t) => !drop.has(t.Key!)));
}

/** Tags come back in the order they were set; NextToken carries the index of the next tag, signed like other tokens. */
export function listTagsForResource(ctx: OperationContext, input: ListTagsForResourceRequest): ListTagsForResourceResponse {
  // The model declares no ResourceNotFoundException for ListTagsForResource: an unknown ARN is a bad request there.
  const { record } = resolve(ctx, input.Arn!, invalidRequest);
  const tags = record.described.Tags ?? [];
  const scope = { secret: ctx.store.tokenSecret, operation: 'ListTagsForResource', region: ctx.region, params: { Arn: input.Arn } };
  const start = input.NextToken === undefined ? 0 : readToken(scope, input.NextToken);
  const end = start + (input.MaxResults ?? DEFAULT_MAX_RESULTS);
  return compact({ Arn: input.Arn, Tags: tags.slice(start, end), NextToken: end < tags.length ? issueToken(scope, end) : undefined });
}

export const tagOperations = {
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
};
