import { randomBytes, randomUUID } from 'node:crypto';

const hex17 = () => randomBytes(9).toString('hex').slice(0, 17);

/** Resource ids in the formats of the service model's patterns. */
export const newId = {
  server: () => `s-${hex17()}`,
  agreement: () => `a-${hex17()}`,
  profile: () => `p-${hex17()}`,
  connector: () => `c-${hex17()}`,
  certificate: () => `cert-${hex17()}`,
  // No AWS doc describes TransferId beyond its pattern; a UUID fits it.
  transfer: () => randomUUID(),
};

export interface ArnScope {
  region: string;
  accountId: string;
}

/** ARNs as the Service Authorization Reference lists them; agreement ARNs carry their server. */
export const arn = {
  server: (s: ArnScope, serverId: string) => `arn:aws:transfer:${s.region}:${s.accountId}:server/${serverId}`,
  agreement: (s: ArnScope, serverId: string, agreementId: string) =>
    `arn:aws:transfer:${s.region}:${s.accountId}:agreement/${serverId}/${agreementId}`,
  profile: (s: ArnScope, id: string) => `arn:aws:transfer:${s.region}:${s.accountId}:profile/${id}`,
  connector: (s: ArnScope, id: string) => `arn:aws:transfer:${s.region}:${s.accountId}:connector/${id}`,
  certificate: (s: ArnScope, id: string) => `arn:aws:transfer:${s.region}:${s.accountId}:certificate/${id}`,
};

/** Splits an ARN of this service into region, account, resource type and the ids after it. */
export function parseArn(value: string): { region: string; accountId: string; type: string; ids: string[] } | undefined {
  const m = /^arn:aws[a-z-]*:transfer:([a-z0-9-]+):(\d{12}):([a-z-]+)\/(.+)$/.exec(value);
  if (!m) return undefined;
  return { region: m[1], accountId: m[2], type: m[3], ids: m[4].split('/') };
}
