import type { TransferCommand } from '../../upstream/client';
import type { GraphQLResolveInfo } from 'graphql';
import { TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-transfer';
import { Arg, Ctx, Mutation, Resolver, Info } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { InputIds, type ResourceType } from '../common/ids';
import { writeOrPlan } from '../common/dry-run';
import { runMutation } from '../common/mutation';
import { fromTagInputs } from '../common/tag';
import type { NodeTypeName } from '../relay/global-id';
import { nodeFor } from '../relay/registry';
import { TagResourceInput, TagsPayload, UntagResourceInput } from './tag.input';

interface Taggable {
  /** The resource's ARN: AWS tags by ARN, and the account id in it is only known from a Describe (the loader's). */
  arn(ctx: GatewayContext, keys: string[]): Promise<string | undefined>;
  /** Forgets the cached Describe, whose tags are stale after a write. */
  forget(ctx: GatewayContext, keys: string[]): void;
}

const TAGGABLE: Partial<Record<NodeTypeName, Taggable>> = {
  Server: {
    arn: async (ctx, [serverId]) => (await ctx.loaders.server.load(serverId)).Arn,
    forget: (ctx, [serverId]) => ctx.loaders.server.clear(serverId),
  },
  Agreement: {
    arn: async (ctx, [serverId, agreementId]) => (await ctx.loaders.agreement.load({ serverId, agreementId })).Arn,
    forget: (ctx, [serverId, agreementId]) => ctx.loaders.agreement.clear({ serverId, agreementId }),
  },
  Profile: {
    arn: async (ctx, [profileId]) => (await ctx.loaders.profile.load(profileId)).Arn,
    forget: (ctx, [profileId]) => ctx.loaders.profile.clear(profileId),
  },
  Certificate: {
    arn: async (ctx, [certificateId]) => (await ctx.loaders.certificate.load(certificateId)).Arn,
    forget: (ctx, [certificateId]) => ctx.loaders.certificate.clear(certificateId),
  },
  Connector: {
    arn: async (ctx, [connectorId]) => (await ctx.loaders.connector.load(connectorId)).Arn,
    forget: (ctx, [connectorId]) => ctx.loaders.connector.clear(connectorId),
  },
};

const TAGGABLE_TYPES = Object.keys(TAGGABLE) as Array<keyof typeof TAGGABLE & ResourceType>;

/** An ARN of the model's form, standing in for the one `id` names when the input has violations to report first. */
const STAND_IN_ARN = 'arn:aws:transfer:us-east-1:000000000000:server/s-00000000000000000';

/**
 * The node an input reference names, its ARN, and a way to forget it; BAD_USER_INPUT on `id` (with every other
 * violation of the input, `write` being the write to check with a stand-in ARN) before any AWS call.
 */
async function target(ids: InputIds, id: string, write: (arn: string) => TransferCommand) {
  const ctx = ids.at;
  const { type, keys } = ids.reference(id, TAGGABLE_TYPES, ['id']);
  ids.check(write(STAND_IN_ARN));
  const taggable = TAGGABLE[type]!;
  const arn = (await taggable.arn(ctx, keys))!;
  const refreshed = (): unknown => {
    taggable.forget(ctx, keys);
    return nodeFor(ctx, type, keys);
  };
  return { arn, refreshed };
}

@Resolver()
export class TagResolver {
  @Mutation(() => TagsPayload, {
    description: 'Adds tags to a server, agreement, profile, certificate or connector, or changes their values.',
  })
  tagResource(
    @Arg('input', { description: 'What to do; the fields of TagResourceInput say what each means.' }) input: TagResourceInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id }, { value: input.region, field: ['region'] });
      const write = (arn: string) => new TagResourceCommand({ Arn: arn, Tags: fromTagInputs(input.tags) ?? [] });
      const { arn, refreshed } = await target(ids, input.id, write);
      await writeOrPlan(ids.at, write(arn));
      return { node: refreshed() };
    });
  }

  @Mutation(() => TagsPayload, { description: 'Removes tags, by key, from a server, agreement, profile, certificate or connector.' })
  untagResource(
    @Arg('input', { description: 'What to do; the fields of UntagResourceInput say what each means.' }) input: UntagResourceInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id }, { value: input.region, field: ['region'] });
      const write = (arn: string) => new UntagResourceCommand({ Arn: arn, TagKeys: input.tagKeys });
      const { arn, refreshed } = await target(ids, input.id, write);
      await writeOrPlan(ids.at, write(arn));
      return { node: refreshed() };
    });
  }
}
