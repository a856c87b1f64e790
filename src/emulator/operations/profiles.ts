import type {
  CreateProfileRequest,
  CreateProfileResponse,
  DeleteProfileRequest,
  DescribeProfileRequest,
  DescribeProfileResponse,
  ListedProfile,
  ListProfilesRequest,
  ListProfilesResponse,
  UpdateProfileRequest,
  UpdateProfileResponse,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { invalidRequest, refuseIf } from '../errors';
import { arn, newId } from '../ids';
import { page } from '../pagination';
import type { ProfileRecord } from '../records';
import { accountQuotaProblem, certificatesPerProfileProblem, QUOTAS } from '../rules/quotas';
import { compact, mustGet, tagsOrUndefined } from './common';

/** Profiles per account (AWS AS2 quotas: 1,000 partner profiles; the emulator counts local ones too). */
export const MAX_PROFILES = QUOTAS.profilesPerAccount.limit;

/**
 * Certificates per profile: "up to 10 certificates per partner profile: not adjustable" (AS2 quotas). AWS states it for
 * partner profiles; the emulator holds local profiles to it too. Counted before any certificate is looked up.
 */
function checkCertificates(ctx: OperationContext, ids: string[] | undefined): void {
  refuseIf(certificatesPerProfileProblem(ids));
  for (const id of ids ?? []) mustGet(ctx, 'certificates', id);
}

export function createProfile(ctx: OperationContext, input: CreateProfileRequest): CreateProfileResponse {
  // The model's pattern admits whitespace, but its documentation says an As2Id cannot include spaces.
  if (/\s/.test(input.As2Id!)) throw invalidRequest(`As2Id must not include spaces, got ${JSON.stringify(input.As2Id)}`);
  refuseIf(accountQuotaProblem('profilesPerAccount', ctx.state.profiles.size));
  checkCertificates(ctx, input.CertificateIds);
  const ProfileId = newId.profile();
  const record: ProfileRecord = {
    seq: ctx.store.nextSeq(),
    described: compact({
      Arn: arn.profile(ctx, ProfileId),
      ProfileId,
      ProfileType: input.ProfileType,
      As2Id: input.As2Id,
      CertificateIds: input.CertificateIds ?? [],
      Tags: tagsOrUndefined(input.Tags),
    }),
  };
  ctx.store.put(ctx.region, 'profiles', ProfileId, record);
  return { ProfileId };
}

export function describeProfile(ctx: OperationContext, input: DescribeProfileRequest): DescribeProfileResponse {
  return { Profile: mustGet(ctx, 'profiles', input.ProfileId!).described };
}

export function updateProfile(ctx: OperationContext, input: UpdateProfileRequest): UpdateProfileResponse {
  const record = mustGet(ctx, 'profiles', input.ProfileId!);
  if (input.CertificateIds === undefined) return { ProfileId: input.ProfileId };
  checkCertificates(ctx, input.CertificateIds);
  ctx.store.put(ctx.region, 'profiles', input.ProfileId!, {
    ...record,
    described: { ...record.described, CertificateIds: input.CertificateIds },
  });
  return { ProfileId: input.ProfileId };
}

/** AWS declares no conflict error here: agreements and connectors that name the profile keep a dangling id. */
export function deleteProfile(ctx: OperationContext, input: DeleteProfileRequest): void {
  mustGet(ctx, 'profiles', input.ProfileId!);
  ctx.store.remove(ctx.region, 'profiles', input.ProfileId!);
}

export function listProfiles(ctx: OperationContext, input: ListProfilesRequest): ListProfilesResponse {
  const { items, NextToken } = page({
    secret: ctx.store.tokenSecret,
    operation: 'ListProfiles',
    region: ctx.region,
    params: { ProfileType: input.ProfileType ?? null },
    collection: ctx.state.profiles,
    filter: input.ProfileType ? (r) => r.described.ProfileType === input.ProfileType : undefined,
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  });
  return compact({ Profiles: items.map(listedProfile), NextToken });
}

function listedProfile({ described: d }: ProfileRecord): ListedProfile {
  return compact({ Arn: d.Arn, ProfileId: d.ProfileId, As2Id: d.As2Id, ProfileType: d.ProfileType });
}

export const profileOperations = {
  CreateProfile: createProfile,
  DescribeProfile: describeProfile,
  UpdateProfile: updateProfile,
  DeleteProfile: deleteProfile,
  ListProfiles: listProfiles,
};
