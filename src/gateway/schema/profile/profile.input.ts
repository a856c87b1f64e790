import { ProfileType } from '@aws-sdk/client-transfer';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput, Payload, CREATE_REGION_DESCRIPTION, ID_REGION_DESCRIPTION } from '../common/mutation';
import { TagInput } from '../common/tag';
import type { FieldAliases } from '../common/user-errors';
import { Dependent } from '../common/dependents';
import { Profile } from './profile.type';

@InputType({ description: 'A new AS2 profile.' })
export class CreateProfileInput extends MutationInput {
  @Field({ description: 'The AS2 identifier of the party (no spaces).' })
  as2Id!: string;

  @Field(() => ProfileType, { description: 'LOCAL for your organisation, PARTNER for a trading partner.' })
  profileType!: ProfileType;

  @Field(() => [ID], { nullable: true, description: 'The certificates to attach (each a graph id, AWS id or ARN; at most 10).' })
  certificateIds?: string[] | null;

  @Field(() => [TagInput], { nullable: true, description: 'Tags to set on the profile.' })
  tags?: TagInput[] | null;

  @Field(() => String, { nullable: true, description: CREATE_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: "Changes to a profile's certificates." })
export class UpdateProfileInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { ProfileId: ['id'] };

  @Field(() => ID, { description: 'The profile (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => [ID], {
    description: 'The certificates the profile should have from now on (each a graph id, AWS id or ARN; replaces the current set).',
  })
  certificateIds!: string[];

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'A profile to delete.' })
export class DeleteProfileInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { ProfileId: ['id'] };

  @Field(() => ID, { description: 'The profile (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true to delete it even though agreements or connectors use it (they break); by default the delete is refused with IN_USE and the list of them.',
  })
  force?: boolean | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of createProfile / updateProfile.' })
export class ProfilePayload extends Payload {
  @Field(() => Profile, { nullable: true, description: 'The profile as it is now; null when userErrors is not empty.' })
  profile?: Profile | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the profile createProfile made, given as soon as AWS has made it, even when reading it back fails (the profile is then null with ' +
      'an error at its path: it exists, do not create it again); null for updateProfile, and when userErrors is not empty.',
  })
  createdId?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of deleteProfile.' })
export class DeleteProfilePayload extends Payload {
  @Field(() => ID, {
    nullable: true,
    description: 'Graph id of the deleted profile, whichever form the input named it by; null when userErrors is not empty.',
  })
  deletedId?: string | null;

  @Field(() => [Dependent], {
    nullable: true,
    description:
      'What uses it: the reason for an IN_USE refusal; empty when it was deleted after the check, null when force skipped the check.',
  })
  dependents?: Dependent[] | null;
}
