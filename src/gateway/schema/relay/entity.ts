import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../../request/context';
import { codeOf, graphQLError } from '../../upstream/errors';
import { type NodeTypeName, toGlobalId } from './global-id';
import { fieldsSelectedOn } from './selection';

/**
 * Base of every node type. A node is made from a List summary, a Describe result or just its AWS keys; a field
 * the summary carries is answered from it, any other field from the request's Describe loader, so a query that
 * selects only summary fields costs no Describe call at all. A node made from its keys reads its summary through
 * the request's summary loader, which reads the List instead of a Describe each when a batch makes that cheaper.
 */
export abstract class Entity<Listed extends object, Described extends object> {
  protected abstract readonly typeName: NodeTypeName;
  protected abstract readonly summaryKeys: ReadonlyArray<keyof Listed & keyof Described>;
  /**
   * The GraphQL fields of this type that need no Describe of the object: answered from its summary, its keys or
   * other objects. A field left out costs a Describe (safe, if not cheapest).
   */
  protected readonly listFields: ReadonlySet<string> = new Set();

  constructor(
    protected readonly ctx: GatewayContext,
    /** The AWS keys of this node, in its global id's order. */
    readonly keys: string[],
    protected summary?: Listed,
    private described?: Described,
  ) {}

  /** The request's context in this node's region; its field resolvers run with it (relay/node-context.ts). */
  get context(): GatewayContext {
    return this.ctx;
  }

  /** Fetches the full resource (deduplicated and cached per request). */
  protected abstract load(): Promise<Described>;

  /**
   * Fetches the resource's List summary: through the request's summary loader (a List page or its Describe) in the
   * types that have one; else its Describe, which carries every summary member too.
   */
  protected loadSummary(): Promise<Listed> {
    return this.full() as Promise<unknown> as Promise<Listed>;
  }

  get id(): string {
    // What a dry run would create has no AWS id yet (keys ''), so no graph id either.
    if (this.keys.includes('')) return '';
    return toGlobalId({ type: this.typeName, region: this.ctx.region, keys: this.keys });
  }

  /** The resource's Describe result. */
  async full(): Promise<Described> {
    return (this.described ??= await this.load());
  }

  /** Its List summary: the one it was made from, else read through the summary loader. */
  private async listed(): Promise<Listed> {
    return (this.summary ??= await this.loadSummary());
  }

  /**
   * Reads what the fields selected on this node (`info`: the field that returns it) need: its summary when each is
   * in listFields, else its Describe; without `info`, its Describe. Either tells whether it exists; a node made from
   * a summary or a Describe result is known to.
   */
  private async read(info?: GraphQLResolveInfo): Promise<void> {
    if (this.summary || this.described) return;
    const needsDescribe = !info || [...fieldsSelectedOn(info, this.typeName)].some((field) => !this.listFields.has(field));
    await (needsDescribe ? this.full() : this.listed());
  }

  /** This node if the resource exists, null if AWS says it does not; other failures are thrown. `info` as in read(). */
  async orNull(info?: GraphQLResolveInfo): Promise<this | null> {
    try {
      await this.read(info);
      return this;
    } catch (error) {
      if (codeOf(error) === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** This node, or a NOT_FOUND error naming what it was referenced as (a link to something since deleted). `info` as in read(). */
  async existing(referencedAs: string, info?: GraphQLResolveInfo): Promise<this> {
    try {
      await this.read(info);
      return this;
    } catch (error) {
      if (codeOf(error) === 'NOT_FOUND') {
        throw graphQLError('NOT_FOUND', `${referencedAs} ${this.keys.join('/')} no longer exists`, {
          awsError: 'ResourceNotFoundException',
        });
      }
      throw error;
    }
  }

  /** A member the List summary carries: free when this node came from a list or was described. */
  protected async summaryField<K extends keyof Listed & keyof Described>(key: K): Promise<Described[K]> {
    if (this.described) return this.described[key];
    if (this.summary && !this.summaryKeys.includes(key)) return (await this.full())[key];
    return (await this.listed())[key] as unknown as Described[K];
  }

  /** A member only the Describe result carries. */
  protected async fromDescribe<K extends keyof Described>(key: K): Promise<Described[K]> {
    return (await this.full())[key];
  }
}
