import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ConnectionArguments {
  @Field(() => Int, { nullable: true, description: 'Page size from the start (1–100; default 20 when `last` is not given either).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return edges after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size from the end (1–100).' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return edges before this cursor.' })
  before?: string | null;
}
