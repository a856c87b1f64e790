import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A key-value label on an AWS resource.' })
export class Tag {
  @Field({ description: 'Tag key.' })
  key!: string;

  @Field({ description: 'Tag value.' })
  value!: string;
}

@InputType({ description: 'A key-value label to set on an AWS resource.' })
export class TagInput {
  @Field({ description: 'Tag key (at most 128 characters).' })
  key!: string;

  @Field({ description: 'Tag value (at most 256 characters).' })
  value!: string;
}

/** AWS tags as GraphQL tags. */
export const toTags = (tags: Array<{ Key?: string; Value?: string }> | undefined): Tag[] =>
  (tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }));

/** GraphQL tag inputs as AWS tags, or undefined when none are given. */
export const fromTagInputs = (tags: TagInput[] | undefined | null) =>
  tags?.length ? tags.map((t) => ({ Key: t.key, Value: t.value })) : undefined;
