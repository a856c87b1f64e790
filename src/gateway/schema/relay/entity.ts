import type { GatewayContext } from '../../request/context';
import { codeOf, graphQLError } from '../../upstream/errors';
import { type NodeTypeName, toGlobalId } from './global-id';

/**
 * Base of every node type. A node is made from a List summary, a Describe result or just its AWS keys; a field
 * the summary carries is answered from it, any other field from the request's Describe loader, so a query that
 * selects only summary fields costs no Describe call at all.
 */
export abstract class Entity<Listed extends object, Described extends object> {
  protected abstract readonly typeName: NodeTypeName;
  protected abstract readonly summaryKeys: ReadonlyArray<keyof Listed & keyof Described>;

  constructor(
    protected readonly ctx: GatewayContext,
    /** The AWS keys of this node, in its global id's order. */
    readonly keys: string[],
    protected readonly summary?: Listed,
    private described?: Described,
  ) {}

  /** The request's context in this node's region; its field resolvers run with it (relay/node-context.ts). */
  get context(): GatewayContext {
    return this.ctx;
  }

  /** Fetches the full resource (deduplicated and cached per request). */
  protected abstract load(): Promise<Described>;

  get id(): string {
    // What a dry run would create has no AWS id yet (keys ''), so no graph id either.
    if (this.keys.includes('')) return '';
    return toGlobalId({ type: this.typeName, region: this.ctx.region, keys: this.keys });
  }

  /** The resource's Describe result. */
  async full(): Promise<Described> {
    return (this.described ??= await this.load());
  }

  /** This node if the resource exists, null if AWS says it does not; other failures are thrown. */
  async orNull(): Promise<this | null> {
    try {
      await this.full();
      return this;
    } catch (error) {
      if (codeOf(error) === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** This node, or a NOT_FOUND error naming what it was referenced as (a link to something since deleted). */
  async existing(referencedAs: string): Promise<this> {
    try {
      await this.full();
      return this;
    } catch (error) {
      if (codeOf(error) === 'NOT_FOUND') {
        throw graphQLError('NOT_FOUND', `${referencedAs} ${this.keys.join('/')} no longer exists`, { awsError: 'ResourceNotFoundException' });
      }
      throw error;
    }
  }

  /** A member the List summary carries: free when this node came from a list. */
  protected async summaryField<K extends keyof Listed & keyof Described>(key: K): Promise<Described[K]> {
    if (this.summary && this.summaryKeys.includes(key)) return this.summary[key] as unknown as Described[K];
    return (await this.full())[key];
  }

  /** A member only the Describe result carries. */
  protected async fromDescribe<K extends keyof Described>(key: K): Promise<Described[K]> {
    return (await this.full())[key];
  }
}
