import type { GraphQLResolveInfo } from 'graphql';
import { TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-transfer';
import { Arg, Ctx, Mutation, Resolver, Info } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { actingContext, inputReference, type ResourceType } from '../common/ids';
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

/** The node an input reference names, its ARN, and a way to forget it, or a BAD_USER_INPUT error on `id`. */
async function target(ctx: GatewayContext, id: string) {
  const { type, keys } = inputReference(ctx, id, TAGGABLE_TYPES, ['id']);
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
      const at = actingContext(ctx, { id: input.id });
      const { arn, refreshed } = await target(at, input.id);
      await writeOrPlan(at, new TagResourceCommand({ Arn: arn, Tags: fromTagInputs(input.tags) ?? [] }));
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
      const at = actingContext(ctx, { id: input.id });
      const { arn, refreshed } = await target(at, input.id);
      await writeOrPlan(at, new UntagResourceCommand({ Arn: arn, TagKeys: input.tagKeys }));
      return { node: refreshed() };
    });
  }
}
