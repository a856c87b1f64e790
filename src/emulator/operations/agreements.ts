import type {
  CreateAgreementRequest,
  CreateAgreementResponse,
  DeleteAgreementRequest,
  DescribeAgreementRequest,
  DescribeAgreementResponse,
  DescribedAgreement,
  ListAgreementsRequest,
  ListAgreementsResponse,
  ListedAgreement,
  ProfileType,
  UpdateAgreementRequest,
  UpdateAgreementResponse,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { exists, invalidRequest, notFound, refuseIf } from '../errors';
import { arn, newId } from '../ids';
import { page } from '../pagination';
import type { AgreementRecord, ServerRecord } from '../records';
import { as2ServerProblem, duplicateAgreementMessage } from '../rules/agreement-rules';
import { agreementsPerServerProblem } from '../rules/quotas';
import { compact, mustGet, tagsOrUndefined } from './common';

/** The agreement with `agreementId` under `serverId`; one under another server is not found. */
function mustGetAgreement(ctx: OperationContext, serverId: string, agreementId: string): AgreementRecord {
  mustGet(ctx, 'servers', serverId);
  const record = ctx.state.agreements.get(agreementId);
  if (!record || record.described.ServerId !== serverId) throw notFound('Agreement', agreementId);
  return record;
}

/** A violation when the server does not speak AS2: agreements are AS2 partnerships. */
function as2Violations(server: ServerRecord): string[] {
  const problem = as2ServerProblem(server.described.ServerId!, server.described.Protocols ?? []);
  return problem ? [problem] : [];
}

/** A violation when the profile exists but is of the other type; ResourceNotFoundException when it does not exist. */
function profileViolations(ctx: OperationContext, member: string, profileId: string | undefined, expected: ProfileType): string[] {
  if (profileId === undefined) return [];
  const actual = mustGet(ctx, 'profiles', profileId).described.ProfileType;
  return actual === expected ? [] : [`${member} ${profileId} is a ${actual} profile; expected a ${expected} profile`];
}

/** Model: "Specify either BaseDirectory or CustomDirectories, but not both." */
function directoryViolations(input: { BaseDirectory?: string; CustomDirectories?: object }, required: boolean): string[] {
  const given = (input.BaseDirectory !== undefined ? 1 : 0) + (input.CustomDirectories !== undefined ? 1 : 0);
  if (given === 2) return ['Specify either BaseDirectory or CustomDirectories, not both'];
  if (given === 0 && required) return ['Specify either BaseDirectory or CustomDirectories'];
  return [];
}

function refuse(violations: string[]): void {
  if (violations.length) throw invalidRequest(violations.join('; '));
}

/**
 * One agreement per server and local/partner profile pair: CreateAgreement and UpdateAgreement declare
 * ResourceExistsException, and a second agreement for the same pair is the only plausible clash.
 */
function refuseDuplicate(ctx: OperationContext, d: DescribedAgreement): void {
  const twin = ctx.state.agreements
    .values()
    .find(
      (a) =>
        a.described.ServerId === d.ServerId &&
        a.described.LocalProfileId === d.LocalProfileId &&
        a.described.PartnerProfileId === d.PartnerProfileId &&
        a.described.AgreementId !== d.AgreementId,
    );
  if (twin) {
    throw exists(
      'Agreement',
      twin.described.AgreementId!,
      duplicateAgreementMessage(d.ServerId!, twin.described.AgreementId!, d.LocalProfileId!, d.PartnerProfileId!),
    );
  }
}

/** CreateAgreement under an AS2 server, between a LOCAL and a PARTNER profile; answers the new AgreementId. */
export function createAgreement(ctx: OperationContext, input: CreateAgreementRequest): CreateAgreementResponse {
  const server = mustGet(ctx, 'servers', input.ServerId!);
  refuse([
    ...as2Violations(server),
    ...profileViolations(ctx, 'LocalProfileId', input.LocalProfileId, 'LOCAL'),
    ...profileViolations(ctx, 'PartnerProfileId', input.PartnerProfileId, 'PARTNER'),
    ...directoryViolations(input, true),
  ]);
  const AgreementId = newId.agreement();
  const described: DescribedAgreement = compact({
    Arn: arn.agreement(ctx, input.ServerId!, AgreementId),
    AgreementId,
    Description: input.Description,
    // The console defaults to Active; the API default is not documented.
    Status: input.Status ?? 'ACTIVE',
    ServerId: input.ServerId,
    LocalProfileId: input.LocalProfileId,
    PartnerProfileId: input.PartnerProfileId,
    BaseDirectory: input.BaseDirectory,
    CustomDirectories: input.CustomDirectories,
    AccessRole: input.AccessRole,
    Tags: tagsOrUndefined(input.Tags),
    // Model: DISABLED is the default value of both.
    PreserveFilename: input.PreserveFilename ?? 'DISABLED',
    EnforceMessageSigning: input.EnforceMessageSigning ?? 'DISABLED',
  });
  refuseDuplicate(ctx, described);
  refuseIf(
    agreementsPerServerProblem(
      input.ServerId!,
      ctx.state.agreements.count((a) => a.described.ServerId === input.ServerId),
    ),
  );
  ctx.store.put(ctx.region, 'agreements', AgreementId, { seq: ctx.store.nextSeq(), described });
  return { AgreementId };
}

/** DescribeAgreement: the stored agreement, found only under its own server. */
export function describeAgreement(ctx: OperationContext, input: DescribeAgreementRequest): DescribeAgreementResponse {
  return { Agreement: mustGetAgreement(ctx, input.ServerId!, input.AgreementId!).described };
}

/** Only the members given change; giving BaseDirectory or CustomDirectories drops the other (model docs). */
export function updateAgreement(ctx: OperationContext, input: UpdateAgreementRequest): UpdateAgreementResponse {
  const record = mustGetAgreement(ctx, input.ServerId!, input.AgreementId!);
  refuse([
    ...profileViolations(ctx, 'LocalProfileId', input.LocalProfileId, 'LOCAL'),
    ...profileViolations(ctx, 'PartnerProfileId', input.PartnerProfileId, 'PARTNER'),
    ...directoryViolations(input, false),
  ]);
  const before = record.described;
  const switchesDirectories = input.BaseDirectory !== undefined || input.CustomDirectories !== undefined;
  const described: DescribedAgreement = compact({
    ...before,
    Description: input.Description ?? before.Description,
    Status: input.Status ?? before.Status,
    LocalProfileId: input.LocalProfileId ?? before.LocalProfileId,
    PartnerProfileId: input.PartnerProfileId ?? before.PartnerProfileId,
    BaseDirectory: switchesDirectories ? input.BaseDirectory : before.BaseDirectory,
    CustomDirectories: switchesDirectories ? input.CustomDirectories : before.CustomDirectories,
    AccessRole: input.AccessRole ?? before.AccessRole,
    PreserveFilename: input.PreserveFilename ?? before.PreserveFilename,
    EnforceMessageSigning: input.EnforceMessageSigning ?? before.EnforceMessageSigning,
  });
  refuseDuplicate(ctx, described);
  ctx.store.put(ctx.region, 'agreements', input.AgreementId!, { ...record, described });
  return { AgreementId: input.AgreementId };
}

/** DeleteAgreement: removes the agreement, found only under its own server. */
export function deleteAgreement(ctx: OperationContext, input: DeleteAgreementRequest): void {
  mustGetAgreement(ctx, input.ServerId!, input.AgreementId!);
  ctx.store.remove(ctx.region, 'agreements', input.AgreementId!);
}

/** Only the given server's agreements; the NextToken is bound to that ServerId. */
export function listAgreements(ctx: OperationContext, input: ListAgreementsRequest): ListAgreementsResponse {
  mustGet(ctx, 'servers', input.ServerId!);
  const { items, NextToken } = page({
    secret: ctx.store.tokenSecret,
    operation: 'ListAgreements',
    region: ctx.region,
    params: { ServerId: input.ServerId },
    collection: ctx.state.agreements,
    filter: (a) => a.described.ServerId === input.ServerId,
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  });
  return compact({ Agreements: items.map(listedAgreement), NextToken });
}

function listedAgreement({ described: d }: AgreementRecord): ListedAgreement {
  return compact({
    Arn: d.Arn,
    AgreementId: d.AgreementId,
    Description: d.Description,
    Status: d.Status,
    ServerId: d.ServerId,
    LocalProfileId: d.LocalProfileId,
    PartnerProfileId: d.PartnerProfileId,
  });
}

/** The agreement wire actions, by operation name. */
export const agreementOperations = {
  CreateAgreement: createAgreement,
  DescribeAgreement: describeAgreement,
  UpdateAgreement: updateAgreement,
  DeleteAgreement: deleteAgreement,
  ListAgreements: listAgreements,
};
