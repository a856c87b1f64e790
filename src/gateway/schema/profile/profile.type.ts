import type { DescribedProfile, ListedProfile } from '@aws-sdk/client-transfer';
import { ProfileType } from '@aws-sdk/client-transfer';
import { Field, ObjectType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { Tag, toTags } from '../common/tag';
import { Connection } from '../relay/connection';
import { Entity } from '../relay/entity';
import { Node } from '../relay/node';
import { registerNodeType } from '../relay/registry';

/** The Profile fields that need no DescribeProfile (see Entity.listFields); a field resolver defined elsewhere is named here too. */
const PROFILE_LIST_FIELDS: ReadonlySet<string> = new Set(['id', 'profileId', 'arn', 'as2Id', 'profileType', 'agreements', 'connectors']);

@ObjectType('Profile', {
  implements: Node,
  description:
    'An AS2 identity: LOCAL for your own organisation, PARTNER for a trading partner, with the certificates used to sign and encrypt.',
})
export class Profile extends Entity<ListedProfile, DescribedProfile> {
  protected readonly typeName = 'Profile';
  protected readonly summaryKeys = ['Arn', 'ProfileId', 'As2Id', 'ProfileType'] as const;
  protected override readonly listFields = PROFILE_LIST_FIELDS;

  static fromSummary(ctx: GatewayContext, summary: ListedProfile): Profile {
    return new Profile(ctx, [summary.ProfileId!], summary);
  }

  static fromId(ctx: GatewayContext, profileId: string): Profile {
    return new Profile(ctx, [profileId]);
  }

  protected load(): Promise<DescribedProfile> {
    return this.ctx.loaders.profile.load(this.profileId);
  }

  protected override loadSummary(): Promise<ListedProfile> {
    return this.ctx.loaders.profileSummary.load(this.profileId);
  }

  @Field(() => String, { description: 'AWS profile id, e.g. p-0123456789abcdef0.' })
  get profileId(): string {
    return this.keys[0];
  }

  @Field(() => String, { description: 'Amazon Resource Name of the profile.' })
  get arn(): Promise<string> {
    return this.summaryField('Arn') as Promise<string>;
  }

  @Field(() => String, { description: 'The AS2 identifier (AS2-From / AS2-To header value) of this party.' })
  get as2Id(): Promise<string> {
    return this.summaryField('As2Id') as Promise<string>;
  }

  @Field(() => ProfileType, { description: 'LOCAL (your organisation) or PARTNER (a trading partner).' })
  get profileType(): Promise<ProfileType> {
    return this.summaryField('ProfileType') as Promise<ProfileType>;
  }

  @Field(() => [String], { description: 'AWS ids of the certificates attached to this profile (see `certificates` for the objects).' })
  async certificateIds(): Promise<string[]> {
    return (await this.fromDescribe('CertificateIds')) ?? [];
  }

  @Field(() => [Tag], { description: 'Tags on the profile.' })
  async tags(): Promise<Tag[]> {
    return toTags(await this.fromDescribe('Tags'));
  }
}

export const ProfileConnection = Connection(Profile, 'Profile', 'profile');

registerNodeType('Profile', (ctx, [profileId]) => Profile.fromId(ctx, profileId));
