import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { type ListSource, walkAll } from '../../upstream/list-source';
import type { GraphQLResolveInfo } from 'graphql';
import { type ConnectionArgs, type ConnectionData, paginate } from './paginate';
import { selectsField } from './selection';

@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether more edges follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether edges come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** The shape resolvers return for any connection: a page plus a total computed only when asked for. */
export interface ConnectionValue<T> extends ConnectionData<T> {
  totalCount: Promise<number>;
}

/**
 * Makes the `<Name>Connection` and `<Name>Edge` types for a node type. `totalCount` is computed only when asked
 * for, since it costs a walk of the whole AWS list.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page of a connection, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this edge; pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s (Relay cursor connection).` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The edges of this page, in list order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Paging information for this page.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${what}s the whole list has (walks the whole AWS list: ask only when needed).` })
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * Pages `source` by the Relay arguments and maps its items to nodes. When the query also asks for `totalCount`,
 * the whole list is walked once (one List call per 1,000 items) and the page cut from it, instead of reading the
 * page and then walking the list again; otherwise only the pages the window needs are read.
 */
export async function connectionOver<T, N>(
  source: ListSource<T>,
  args: ConnectionArgs,
  toNode: (item: T) => N,
  info?: GraphQLResolveInfo,
): Promise<ConnectionValue<N>> {
  const data = await paginate(source, args, { wholeList: info !== undefined && selectsField(info, 'totalCount') });
  let total: Promise<number> | undefined;
  return {
    pageInfo: data.pageInfo,
    edges: data.edges.map((e) => ({ cursor: e.cursor, node: toNode(e.node) })),
    get totalCount() {
      return (total ??= data.knownTotal !== undefined ? Promise.resolve(data.knownTotal) : walkAll(source).then((all) => all.length));
    },
  };
}
