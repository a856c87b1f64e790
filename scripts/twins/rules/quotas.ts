/**
 * The AWS Transfer Family quotas the emulator enforces (AS2 quotas; 50 tags per resource is the model's Tags maximum,
 * held for the tags a TagResource would leave), and the refusal of each. AWS documents no servers-per-account quota
 * for AS2, and the emulator keeps none. The model declares no quota error, so each refusal is an
 * InvalidRequestException with one of these messages. Self-contained: the gateway's dry runs check the same quotas with
 * a generated copy (scripts/twins/).
 */
import type { Tag } from '@aws-sdk/client-transfer';

export const QUOTAS = {
  agreementsPerServer: { limit: 100, what: 'agreements per server' },
  connectorsPerAccount: { limit: 100, what: 'connectors per account' },
  profilesPerAccount: { limit: 1000, what: 'profiles per account' },
  certificatesPerAccount: { limit: 1000, what: 'certificates per account' },
  certificatesPerProfile: { limit: 10, what: 'certificates per profile' },
  tagsPerResource: { limit: 50, what: 'tags per resource' },
} as const;

export type QuotaName = keyof typeof QUOTAS;

/** The quotas counted over a whole account and region: what they count is not in the input, so no field is at fault. */
export type AccountQuota = 'connectorsPerAccount' | 'profilesPerAccount' | 'certificatesPerAccount';

/**
 * How a refusal reads: the quota and its value, then, in parentheses, the member at fault and how far it would go
 * (`Quota exceeded: at most 10 certificates per profile (CertificateIds names 11)`). The parentheses keep the detail
 * part of the one violation where several are joined with "; ".
 */
export function quotaMessage(quota: QuotaName, detail?: string): string {
  const { limit, what } = QUOTAS[quota];
  return `Quota exceeded: at most ${limit} ${what}${detail ? ` (${detail})` : ''}`;
}

/** The refusal of one more item when the account and region already hold `count`, or undefined. */
export function accountQuotaProblem(quota: AccountQuota, count: number): string | undefined {
  return count >= QUOTAS[quota].limit ? quotaMessage(quota) : undefined;
}

/** The refusal of a new agreement on a server that already has `count`, or undefined. */
export function agreementsPerServerProblem(serverId: string, count: number): string | undefined {
  const { limit } = QUOTAS.agreementsPerServer;
  return count >= limit ? quotaMessage('agreementsPerServer', `ServerId ${serverId} has ${count} agreements`) : undefined;
}

/** The refusal of a profile's CertificateIds longer than the quota, or undefined; counted before any is looked up. */
export function certificatesPerProfileProblem(ids: readonly string[] | undefined): string | undefined {
  const { limit } = QUOTAS.certificatesPerProfile;
  return ids && ids.length > limit ? quotaMessage('certificatesPerProfile', `CertificateIds names ${ids.length}`) : undefined;
}

/** The tags a TagResource leaves: a given key replaces the value it had, a new key is added after the others. */
export function taggedWith(tags: readonly Tag[], added: readonly Tag[]): Tag[] {
  const byKey = new Map(tags.map((t) => [t.Key, t]));
  for (const t of added) byKey.set(t.Key, { Key: t.Key, Value: t.Value });
  return [...byKey.values()];
}

/** The refusal of a tag change that would leave a resource more tags than the quota, or undefined. */
export function tagsPerResourceProblem(tagsAfter: number): string | undefined {
  const { limit } = QUOTAS.tagsPerResource;
  return tagsAfter > limit ? quotaMessage('tagsPerResource', `the resource would have ${tagsAfter} Tags`) : undefined;
}
