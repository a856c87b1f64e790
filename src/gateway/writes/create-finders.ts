import {
  DescribeAgreementCommand,
  DescribeCertificateCommand,
  DescribeConnectorCommand,
  DescribeProfileCommand,
  DescribeServerCommand,
  ListAgreementsCommand,
  ListCertificatesCommand,
  ListConnectorsCommand,
  ListProfilesCommand,
  ListServersCommand,
  type CreateAgreementRequest,
  type CreateConnectorRequest,
  type CreateProfileRequest,
  type CreateServerRequest,
  type ImportCertificateRequest,
} from '@aws-sdk/client-transfer';
import type { OutputOf, RequestUpstream, TransferCommand } from '../upstream/client';

/** How to find the resource a create would have made: candidates from a List, each compared after a Describe. */
export interface CreateFinder {
  /** The member of the create's output that names the new resource, e.g. `ProfileId`. */
  idMember: string;
  /** What the resource is called in messages. */
  noun: string;
  /** Input members AWS never shows again (private keys, host keys): they cannot be compared. */
  writeOnly: string[];
  /** Ids of resources whose List summary matches the create's distinguishing members, in list order. */
  candidates(upstream: RequestUpstream, input: unknown): Promise<string[]>;
  /** The Described shape of a candidate. */
  describe(upstream: RequestUpstream, id: string, input: unknown): Promise<object | undefined>;
}

/** Every page of a List call, read past the shared cache. */
async function listAll<C extends TransferCommand, T>(
  upstream: RequestUpstream,
  page: (token: string | undefined) => C,
  items: (output: OutputOf<C>) => T[] | undefined,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  // AWS quotas bound every list the finders walk (1,000 profiles or certificates, 100 agreements per server, 100 connectors).
  for (let pages = 0; pages < 100; pages += 1) {
    const output = await upstream.readFresh(page(token));
    all.push(...(items(output) ?? []));
    token = (output as { NextToken?: string }).NextToken;
    if (!token) break;
  }
  return all;
}

/** Finders by create operation. StartFileTransfer has none: AWS cannot list a connector's transfers (see README). */
export const CREATE_FINDERS: Record<string, CreateFinder> = {
  CreateProfile: {
    idMember: 'ProfileId',
    noun: 'profile',
    writeOnly: [],
    candidates: async (upstream, input: CreateProfileRequest) =>
      (
        await listAll(
          upstream,
          (NextToken) => new ListProfilesCommand({ ProfileType: input.ProfileType, NextToken, MaxResults: 1000 }),
          (o) => o.Profiles,
        )
      )
        .filter((p) => p.As2Id === input.As2Id)
        .flatMap((p) => p.ProfileId ?? []),
    describe: async (upstream, id) => (await upstream.readFresh(new DescribeProfileCommand({ ProfileId: id }))).Profile,
  },
  CreateAgreement: {
    idMember: 'AgreementId',
    noun: 'agreement',
    writeOnly: [],
    candidates: async (upstream, input: CreateAgreementRequest) =>
      (
        await listAll(
          upstream,
          (NextToken) => new ListAgreementsCommand({ ServerId: input.ServerId, NextToken, MaxResults: 1000 }),
          (o) => o.Agreements,
        )
      )
        .filter((a) => a.LocalProfileId === input.LocalProfileId && a.PartnerProfileId === input.PartnerProfileId)
        .flatMap((a) => a.AgreementId ?? []),
    describe: async (upstream, id, input: CreateAgreementRequest) =>
      (await upstream.readFresh(new DescribeAgreementCommand({ ServerId: input.ServerId, AgreementId: id }))).Agreement,
  },
  CreateConnector: {
    idMember: 'ConnectorId',
    noun: 'connector',
    writeOnly: [],
    candidates: async (upstream, input: CreateConnectorRequest) =>
      (
        await listAll(
          upstream,
          (NextToken) => new ListConnectorsCommand({ NextToken, MaxResults: 1000 }),
          (o) => o.Connectors,
        )
      )
        .filter((c) => (c.Url ?? '') === (input.Url ?? ''))
        .flatMap((c) => c.ConnectorId ?? []),
    describe: async (upstream, id) => (await upstream.readFresh(new DescribeConnectorCommand({ ConnectorId: id }))).Connector,
  },
  ImportCertificate: {
    idMember: 'CertificateId',
    noun: 'certificate',
    writeOnly: ['PrivateKey'],
    candidates: async (upstream, input: ImportCertificateRequest) =>
      (
        await listAll(
          upstream,
          (NextToken) => new ListCertificatesCommand({ NextToken, MaxResults: 1000 }),
          (o) => o.Certificates,
        )
      )
        .filter((c) => c.Usage === input.Usage)
        .flatMap((c) => c.CertificateId ?? []),
    describe: async (upstream, id) => (await upstream.readFresh(new DescribeCertificateCommand({ CertificateId: id }))).Certificate,
  },
  CreateServer: {
    idMember: 'ServerId',
    noun: 'server',
    writeOnly: ['HostKey'],
    candidates: async (upstream, input: CreateServerRequest) =>
      (
        await listAll(
          upstream,
          (NextToken) => new ListServersCommand({ NextToken, MaxResults: 1000 }),
          (o) => o.Servers,
        )
      )
        .filter((s) =>
          (['Domain', 'EndpointType', 'IdentityProviderType'] as const).every((m) => input[m] === undefined || input[m] === s[m]),
        )
        .flatMap((s) => s.ServerId ?? []),
    describe: async (upstream, id) => (await upstream.readFresh(new DescribeServerCommand({ ServerId: id }))).Server,
  },
};

/**
 * Whether a Described resource has every member the create gave, recursively (AWS adds defaults, so `described` may
 * have more). Lists match in any order; an empty string or list matches an absent member (AWS omits empty ones).
 */
export function coversInput(given: unknown, described: unknown, writeOnly: string[] = []): boolean {
  if (given === undefined || given === null) return true;
  if (given instanceof Date) return described instanceof Date && described.getTime() === given.getTime();
  if (Array.isArray(given)) {
    if (described === undefined) return given.length === 0;
    if (!Array.isArray(described) || described.length !== given.length) return false;
    const unused = [...(described as unknown[])];
    return given.every((item) => {
      const at = unused.findIndex((candidate) => coversInput(item, candidate));
      if (at < 0) return false;
      unused.splice(at, 1);
      return true;
    });
  }
  if (typeof given === 'object') {
    if (described === undefined) return Object.values(given).every((v) => v === undefined);
    if (typeof described !== 'object' || described === null) return false;
    return Object.entries(given).every(
      ([member, value]) => writeOnly.includes(member) || coversInput(value, (described as Record<string, unknown>)[member]),
    );
  }
  if (typeof given === 'string') {
    if (described === undefined) return given === '';
    // PEM bodies may come back without the trailing newline they were sent with.
    return typeof described === 'string' && described.trim() === given.trim();
  }
  return given === described;
}
