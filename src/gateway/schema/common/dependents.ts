import type { ListedAgreement, ListedConnector, ListedProfile } from '@aws-sdk/client-transfer';
import { Field, ID, ObjectType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { codeOf, graphQLError, withUserErrorCode } from '../../upstream/errors';
import { toGlobalId } from '../relay/global-id';
import { UserErrorCode } from './mutation';
import { type ListSource, MAX_AWS_PAGE } from '../../upstream/list-source';

/**
 * The AWS quotas that bound the walks behind reverse links and guarded deletes (AWS Transfer Family quotas: 1,000
 * profiles and 1,000 certificates per account, 100 connectors per account, 100 agreements per server; servers are listed a page of 1,000 at a
 * time and an account has far fewer). A list longer than its bound is not walked further.
 */
export const WALK_BOUNDS = { profiles: 1000, certificates: 1000, connectors: 100, agreementsPerServer: 100, servers: 1000 } as const;

/** Every item of an AWS list, in pages of 1,000, refusing (QUOTA_EXCEEDED) to walk past `bound` items. */
export const listAll = <T>(source: ListSource<T>, bound: number): Promise<T[]> => walkBounded(source, bound, 'items');

/** Every item of an AWS list, in pages of 1,000, refusing (BAD_USER_INPUT) to walk past `bound` items. */
export async function walkBounded<T>(source: ListSource<T>, bound: number, what: string): Promise<T[]> {
  const all: T[] = [];
  let token: string | null = null;
  for (;;) {
    const page: { items: T[]; nextToken?: string } = await source.fetch(token, MAX_AWS_PAGE);
    all.push(...page.items);
    if (all.length > bound) {
      throw withUserErrorCode(
        graphQLError(
          'BAD_USER_INPUT',
          `There are more than ${bound.toLocaleString('en-US')} ${what}, the AWS quota this walk is bounded by; it was not finished`,
        ),
        'QUOTA_EXCEEDED',
      );
    }
    if (!page.nextToken) return all;
    token = page.nextToken;
  }
}

/** Items whose Describe says `uses`, described through the request's loader; those deleted meanwhile are left out. */
export async function describedUsing<T, D>(items: T[], describe: (item: T) => Promise<D>, uses: (described: D) => boolean): Promise<T[]> {
  const kept = await Promise.all(
    items.map((item) =>
      describe(item).then(
        (described) => (uses(described) ? item : undefined),
        (error: unknown) => {
          if (codeOf(error) === 'NOT_FOUND') return undefined;
          throw error;
        },
      ),
    ),
  );
  return kept.filter((item) => item !== undefined);
}

/** The profiles whose certificateIds name `certificateId`: one ListProfiles per 1,000 and one DescribeProfile each. */
export async function profilesUsingCertificate(ctx: GatewayContext, certificateId: string): Promise<ListedProfile[]> {
  const profiles = await walkBounded(ctx.loaders.profiles(), WALK_BOUNDS.profiles, 'profiles');
  return describedUsing(
    profiles,
    (p) => ctx.loaders.profile.load(p.ProfileId!),
    (d) => d.CertificateIds?.includes(certificateId) ?? false,
  );
}

/** The agreements of a server: one ListAgreements call (at most 100 per server). */
export function agreementsOfServer(ctx: GatewayContext, serverId: string): Promise<ListedAgreement[]> {
  return walkBounded(ctx.loaders.agreements(serverId), WALK_BOUNDS.agreementsPerServer, `agreements on server ${serverId}`);
}

/** The agreements that use `profileId` as local or partner profile: one ListServers, one ListAgreements per server. */
export async function agreementsUsingProfile(ctx: GatewayContext, profileId: string): Promise<ListedAgreement[]> {
  const servers = await walkBounded(ctx.loaders.servers(), WALK_BOUNDS.servers, 'servers');
  const perServer = await Promise.all(
    servers.map((server) =>
      agreementsOfServer(ctx, server.ServerId!).catch((error: unknown) => {
        // A server deleted between ListServers and ListAgreements has no agreements any more.
        if (codeOf(error) === 'NOT_FOUND') return [];
        throw error;
      }),
    ),
  );
  return perServer.flat().filter((a) => a.LocalProfileId === profileId || a.PartnerProfileId === profileId);
}

/** The AS2 connectors that send as or to `profileId`: one ListConnectors and one DescribeConnector per connector. */
export async function connectorsUsingProfile(ctx: GatewayContext, profileId: string): Promise<ListedConnector[]> {
  const connectors = await walkBounded(ctx.loaders.connectors(), WALK_BOUNDS.connectors, 'connectors');
  return describedUsing(
    connectors,
    (c) => ctx.loaders.connector.load(c.ConnectorId!),
    ({ As2Config }) => As2Config?.LocalProfileId === profileId || As2Config?.PartnerProfileId === profileId,
  );
}

@ObjectType({ description: 'Something that uses the object a delete was asked for, and would break without it.' })
export class Dependent {
  @Field({ description: 'Its type: Profile, Agreement or Connector.' })
  type!: string;

  @Field(() => ID, { description: 'Its graph id.' })
  id!: string;

  @Field({ description: 'Its AWS id (p-…, a-…, c-…).' })
  awsId!: string;

  @Field(() => String, {
    nullable: true,
    description: "What a person knows it by: a profile's as2Id, an agreement's description, a connector's URL.",
  })
  name!: string | null;
}

/** A profile, agreement or connector as a Dependent, in the region of `ctx`. */
export const dependentOf = {
  profile: (ctx: GatewayContext, p: ListedProfile): Dependent => ({
    type: 'Profile',
    id: toGlobalId({ type: 'Profile', region: ctx.region, keys: [p.ProfileId!] }),
    awsId: p.ProfileId!,
    name: p.As2Id ?? null,
  }),
  agreement: (ctx: GatewayContext, a: ListedAgreement): Dependent => ({
    type: 'Agreement',
    id: toGlobalId({ type: 'Agreement', region: ctx.region, keys: [a.ServerId!, a.AgreementId!] }),
    awsId: a.AgreementId!,
    name: a.Description ?? null,
  }),
  connector: (ctx: GatewayContext, c: ListedConnector): Dependent => ({
    type: 'Connector',
    id: toGlobalId({ type: 'Connector', region: ctx.region, keys: [c.ConnectorId!] }),
    awsId: c.ConnectorId!,
    name: c.Url ?? null,
  }),
};

/** How many of each type, in words: "2 agreements and 1 connector". */
function counted(dependents: Dependent[]): string {
  const byType = new Map<string, number>();
  for (const d of dependents) byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
  const parts = [...byType].map(([type, n]) => `${n} ${type.toLowerCase()}${n === 1 ? '' : 's'}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}

/**
 * The payload of a delete refused because `dependents` use what it names: no deletedId, the dependents, and one
 * IN_USE userError on input.id.
 */
export function refusedInUse(what: string, dependents: Dependent[]) {
  return {
    deletedId: null,
    dependents,
    userErrors: [
      {
        field: ['input', 'id'],
        message: `${what} is used by ${counted(dependents)}; change or delete them first, or give force: true to delete it anyway`,
        code: UserErrorCode.IN_USE,
      },
    ],
  };
}
