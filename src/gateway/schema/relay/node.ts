import { Field, ID, InterfaceType } from 'type-graphql';

/** The Relay Node interface: every object with an id that `node(id:)` can fetch again. */
@InterfaceType('Node', {
  description: 'An object with a globally unique id: pass it to `node(id:)` to fetch the object again.',
  resolveType: (value: { __typename?: string; constructor: { name: string } }) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque, globally unique id; carries the object type, AWS region and AWS keys.' })
  id!: string;
}
