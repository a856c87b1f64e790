import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput, Payload, ID_REGION_DESCRIPTION } from '../common/mutation';
import { TagInput } from '../common/tag';
import type { FieldAliases } from '../common/user-errors';
import { Node } from '../relay/node';

@InputType({ description: 'Tags to add to, or overwrite on, a server, agreement, profile, certificate or connector.' })
export class TagResourceInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { Arn: ['id'] };

  @Field(() => ID, { description: 'The object to tag (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => [TagInput], { description: 'Tags to set (1–50); a key that is already there gets the new value.' })
  tags!: TagInput[];

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'Tag keys to remove from a server, agreement, profile, certificate or connector.' })
export class UntagResourceInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { Arn: ['id'] };

  @Field(() => ID, { description: 'The object to untag (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => [String], { description: 'Keys of the tags to remove (1–50); keys it does not have are ignored.' })
  tagKeys!: string[];

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of tagResource / untagResource.' })
export class TagsPayload extends Payload {
  @Field(() => Node, { nullable: true, description: 'The object with its tags as they are now; null when userErrors is not empty.' })
  node?: Node | null;
}
