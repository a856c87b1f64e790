import type { Cache, UpdateResolver } from '@urql/exchange-graphcache';

type Input = Record<string, unknown> & { dryRun?: boolean; as2Config?: { localProfileId?: string; partnerProfileId?: string } };
/** A cached list: a field of the root or of one object, optionally only for some of its arguments. */
type List = { entity: 'Query' | { __typename: string; id: string }; field: string; when?: (args: Record<string, unknown>) => boolean };

const on = (__typename: string, id: unknown, field: string): List[] =>
  typeof id === 'string' && id ? [{ entity: { __typename, id }, field }] : [];

/** The cached lists each write may have added to, from its input (and, for a rotation, its answer). */
const GROWN: Record<string, (input: Input, result: Record<string, unknown>) => List[]> = {
  importCertificate: () => [
    { entity: 'Query', field: 'certificates' },
    { entity: 'Query', field: 'attention' },
  ],
  rotateCertificate: (_input, result) => [
    { entity: 'Query', field: 'certificates' },
    { entity: 'Query', field: 'attention' },
    ...((result.rotateCertificate as { profiles?: Array<{ profile: { id: string } }> } | null)?.profiles ?? []).flatMap((p) =>
      on('Profile', p.profile.id, 'certificates'),
    ),
  ],
  // Only the lists that could hold the new profile: not those of the other profile type.
  createProfile: (input) => [
    { entity: 'Query', field: 'profiles', when: (args) => !args.profileType || args.profileType === input.profileType },
  ],
  createAgreement: (input) => [
    { entity: 'Query', field: 'agreements' },
    ...on('Server', input.serverId, 'agreements'),
    ...on('Profile', input.localProfileId, 'agreements'),
    ...on('Profile', input.partnerProfileId, 'agreements'),
  ],
  createConnector: (input) => [
    { entity: 'Query', field: 'connectors' },
    ...on('Profile', input.as2Config?.localProfileId, 'connectors'),
    ...on('Profile', input.as2Config?.partnerProfileId, 'connectors'),
  ],
};

function drop(cache: Cache, lists: List[]): void {
  for (const { entity, field, when } of lists)
    for (const cached of cache.inspectFields(entity))
      if (cached.fieldName === field && (!when || when(cached.arguments ?? {})))
        cache.invalidate(entity, field, cached.arguments ?? undefined);
}

/**
 * graphcache updates for the portal's writes: a create or rotation drops the cached lists it may have grown (the next
 * page that shows one reads it again); a delete invalidates the profile. Dry runs change nothing cached.
 */
export const writeUpdates: Record<string, UpdateResolver> = {
  ...Object.fromEntries(
    Object.entries(GROWN).map(([mutation, grown]) => [
      mutation,
      ((result, args, cache) => {
        const input = args.input as Input;
        if (!input.dryRun) drop(cache, grown(input, result));
      }) satisfies UpdateResolver,
    ]),
  ),
  deleteProfile: (result, args, cache) => {
    const deletedId = (result.deleteProfile as { deletedId?: string | null } | null)?.deletedId;
    if (deletedId && !(args.input as Input).dryRun) cache.invalidate({ __typename: 'Profile', id: deletedId });
  },
};
