import type { DescribedProfile, ListedCertificate } from '@aws-sdk/client-transfer';
import type { GatewayContext } from '../../request/context';
import { codeOf } from '../../upstream/errors';
import type { Agreement } from '../agreement/agreement.type';
import { Certificate } from '../certificate/certificate.type';
import type { Connector } from '../connector/connector.type';
import { Profile } from '../profile/profile.type';
import { Server } from '../server/server.type';
import { agreementsByProfile, as2ConnectorsByProfile, certificatesById, serversById } from './account-index';
import { coverage, DAY_MS, daysUntilExpiry, inDays } from './certificate-coverage';
import { type Health, healthOf, HealthProblemCode as Code, type HealthProblem, HealthStatus, problem, worse } from './health.type';
import { agreementNeeds, baselineNeeds, type CertificateNeed, connectorNeeds } from './needs';

/** What the checks compare against. */
export interface CheckOptions {
  now: number;
  /** A certificate going inactive sooner than this is CERTIFICATE_EXPIRING. */
  expiringWithinDays: number;
}

/** `2025-03-01T12:00:00Z` */
export const isoDate = (d: Date | undefined) => d!.toISOString().replace(/\.\d{3}Z$/, 'Z');

const labelOf = (p: DescribedProfile) => `${p.ProfileType === 'LOCAL' ? 'local' : 'partner'} profile ${p.As2Id} (${p.ProfileId})`;

/** At most three reasons, then how many more: a profile may serve a hundred agreements. */
function reasonsOf(needs: CertificateNeed[]): string {
  const reasons = [...new Set(needs.map((n) => n.reason))];
  return reasons.length <= 3 ? reasons.join('; ') : `${reasons.slice(0, 3).join('; ')}; and ${reasons.length - 3} more`;
}

/** The profile's certificates AWS still knows, by the order of its certificateIds. */
function certificatesOf(profile: DescribedProfile, certificates: Map<string, ListedCertificate>): ListedCertificate[] {
  return (profile.CertificateIds ?? []).flatMap((id) => certificates.get(id) ?? []);
}

/** One problem per usage the needs ask of `profile` that its certificates do not give (now, or for long enough). */
export function certificateProblems(
  ctx: GatewayContext,
  profile: DescribedProfile,
  needs: CertificateNeed[],
  certificates: Map<string, ListedCertificate>,
  { now, expiringWithinDays }: CheckOptions,
): HealthProblem[] {
  const groups = new Map<string, CertificateNeed[]>();
  for (const need of needs)
    groups.set(`${need.usage}/${need.privateKey}`, [...(groups.get(`${need.usage}/${need.privateKey}`) ?? []), need]);
  const own = certificatesOf(profile, certificates);
  const label = labelOf(profile);
  const problems: HealthProblem[] = [];
  for (const group of groups.values()) {
    const { usage, privateKey } = group[0];
    const severity = group.map((n): HealthStatus => n.severity).reduce(worse) as HealthStatus.WARNING | HealthStatus.BROKEN;
    const neededBy = `needed by ${reasonsOf(group)}`;
    const found = coverage(own, usage, privateKey, now);
    const node = (c: ListedCertificate) => Certificate.fromSummary(ctx, c);
    switch (found.kind) {
      case 'missing':
        problems.push(
          problem(
            Code.CERTIFICATE_MISSING,
            severity,
            `The ${label} has no ${usage} certificate, ${neededBy}`,
            Profile.fromId(ctx, profile.ProfileId!),
          ),
        );
        break;
      case 'no-private-key':
        problems.push(
          problem(
            Code.PRIVATE_KEY_MISSING,
            severity,
            `The ${label} has ${usage} certificate ${found.certificate.CertificateId} without its private key, which AWS must hold; ${neededBy}`,
            node(found.certificate),
          ),
        );
        break;
      case 'expired':
        problems.push(
          problem(
            Code.CERTIFICATE_EXPIRED,
            severity,
            `${usage} certificate ${found.certificate.CertificateId} of the ${label} went inactive on ${isoDate(found.certificate.InactiveDate)} and no other takes over; ${neededBy}`,
            node(found.certificate),
          ),
        );
        break;
      case 'not-yet-active':
        problems.push(
          problem(
            Code.CERTIFICATE_NOT_YET_ACTIVE,
            severity,
            `The ${label} has no ${usage} certificate active now: ${found.certificate.CertificateId} becomes active only on ${isoDate(found.certificate.ActiveDate)}; ${neededBy}`,
            node(found.certificate),
          ),
        );
        break;
      case 'covered': {
        const end = found.last.InactiveDate!;
        if (end.getTime() - now >= expiringWithinDays * DAY_MS) break;
        const after = found.next
          ? `${found.next.CertificateId} takes over only on ${isoDate(found.next.ActiveDate)}`
          : 'no other certificate takes over';
        problems.push(
          problem(
            Code.CERTIFICATE_EXPIRING,
            HealthStatus.WARNING,
            `${usage} certificate ${found.last.CertificateId} of the ${label} goes inactive on ${isoDate(end)} (${inDays(daysUntilExpiry(end, now))}) and ${after}; ${neededBy}`,
            node(found.last),
          ),
        );
      }
    }
  }
  return problems;
}

/** A profile by id, or undefined when it was deleted (other failures are thrown). */
async function profileOrMissing(ctx: GatewayContext, profileId: string): Promise<DescribedProfile | undefined> {
  try {
    return await ctx.loaders.profile.load(profileId);
  } catch (error) {
    if (codeOf(error) === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** Certificate problems of the profiles an agreement or connector uses; PROFILE_NOT_FOUND for one that is gone. */
async function profilesProblems(
  ctx: GatewayContext,
  user: { what: string; node: object },
  profiles: Array<[side: string, profileId: string]>,
  needs: CertificateNeed[],
  options: CheckOptions,
): Promise<HealthProblem[]> {
  const [certificates, ...described] = await Promise.all([certificatesById(ctx), ...profiles.map(([, id]) => profileOrMissing(ctx, id))]);
  return profiles.flatMap(([side, profileId], i) => {
    const profile = described[i];
    if (!profile)
      return [
        problem(
          Code.PROFILE_NOT_FOUND,
          HealthStatus.BROKEN,
          `The ${side} profile ${profileId} of ${user.what} no longer exists`,
          user.node,
        ),
      ];
    return certificateProblems(
      ctx,
      profile,
      needs.filter((n) => n.profileId === profileId),
      certificates,
      options,
    );
  });
}

/**
 * An agreement: ACTIVE, on an ONLINE server, with both profiles and the certificates it needs (agreementNeeds).
 * Costs at most one ListServers, one ListCertificates and the DescribeProfile of its two profiles, all shared by
 * every health check of the request.
 */
export async function agreementHealth(ctx: GatewayContext, agreement: Agreement, options: CheckOptions): Promise<Health> {
  const [status, localProfileId, partnerProfileId] = await Promise.all([
    agreement.status,
    agreement.localProfileId,
    agreement.partnerProfileId,
  ]);
  const what = `agreement ${agreement.agreementId}`;
  const needs = agreementNeeds({ AgreementId: agreement.agreementId, LocalProfileId: localProfileId, PartnerProfileId: partnerProfileId });
  const [servers, profileProblems] = await Promise.all([
    serversById(ctx),
    profilesProblems(
      ctx,
      { what, node: agreement },
      [
        ['local', localProfileId],
        ['partner', partnerProfileId],
      ],
      needs,
      options,
    ),
  ]);
  const problems: HealthProblem[] = [];
  if (status === 'INACTIVE') {
    problems.push(
      problem(
        Code.AGREEMENT_INACTIVE,
        HealthStatus.BROKEN,
        `Agreement ${agreement.agreementId} is INACTIVE: server ${agreement.serverId} refuses the partner's messages`,
        agreement,
      ),
    );
  }
  const server = servers.get(agreement.serverId);
  if (server && server.State !== 'ONLINE') {
    const severity = server.State === 'STARTING' ? HealthStatus.WARNING : HealthStatus.BROKEN;
    problems.push(
      problem(
        Code.SERVER_NOT_ONLINE,
        severity,
        `Server ${server.ServerId} of ${what} is ${server.State}, not ONLINE`,
        Server.fromSummary(ctx, server),
      ),
    );
  }
  return healthOf([...problems, ...profileProblems]);
}

/** The host of a URL, or undefined when it is not one. */
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/**
 * A connector: ACTIVE, reachable, over https (AS2), with strong algorithms, ONLINE async-MDN servers, both profiles
 * and the certificates it needs (connectorNeeds). Costs its DescribeConnector, the DescribeProfile of its two
 * profiles, one ListCertificates and, for asynchronous MDNs, one ListServers, shared by every check of the request.
 */
export async function connectorHealth(ctx: GatewayContext, connector: Connector, options: CheckOptions): Promise<Health> {
  const c = await connector.full();
  const what = `connector ${c.ConnectorId}`;
  const problems: HealthProblem[] = [];
  if (c.Status === 'ERRORED') {
    problems.push(
      problem(
        Code.CONNECTOR_NOT_ACTIVE,
        HealthStatus.BROKEN,
        `Connector ${c.ConnectorId} is ERRORED: ${c.ErrorMessage ?? 'AWS gives no reason'}`,
        connector,
      ),
    );
  } else if (c.Status === 'PENDING') {
    problems.push(problem(Code.CONNECTOR_NOT_ACTIVE, HealthStatus.WARNING, `Connector ${c.ConnectorId} is still PENDING`, connector));
  }
  const host = c.Url ? hostOf(c.Url) : undefined;
  if (host === 'invalid' || host?.endsWith('.invalid')) {
    problems.push(
      problem(
        Code.CONNECTOR_HOST_UNRESOLVABLE,
        HealthStatus.BROKEN,
        `The URL ${c.Url} of ${what} names ${host}, which never resolves (RFC 2606)`,
        connector,
      ),
    );
  }
  const as2 = c.As2Config;
  if (!as2) return healthOf(problems);
  if (c.Url?.toLowerCase().startsWith('http://')) {
    problems.push(
      problem(Code.CONNECTOR_URL_NOT_HTTPS, HealthStatus.WARNING, `${what} sends to ${c.Url} over plain HTTP; use https://`, connector),
    );
  }
  const weak = [
    as2.SigningAlgorithm === 'SHA1' && 'SigningAlgorithm SHA1',
    as2.MdnSigningAlgorithm === 'SHA1' && 'MdnSigningAlgorithm SHA1',
    as2.EncryptionAlgorithm === 'DES_EDE3_CBC' && 'EncryptionAlgorithm DES_EDE3_CBC',
  ].filter((w): w is string => Boolean(w));
  if (weak.length) {
    problems.push(
      problem(
        Code.WEAK_ALGORITHM,
        HealthStatus.WARNING,
        `${what} uses ${weak.join(' and ')}; prefer SHA256 or stronger and AES`,
        connector,
      ),
    );
  }
  const profiles: Array<[string, string]> = [];
  if (as2.LocalProfileId) profiles.push(['local', as2.LocalProfileId]);
  if (as2.PartnerProfileId) profiles.push(['partner', as2.PartnerProfileId]);
  const mdnServers = as2.MdnResponse === 'ASYNC' ? (as2.AsyncMdnConfig?.ServerIds ?? []) : [];
  const [servers, profileProblems] = await Promise.all([
    mdnServers.length ? serversById(ctx) : undefined,
    profilesProblems(ctx, { what, node: connector }, profiles, connectorNeeds(c), options),
  ]);
  for (const serverId of mdnServers) {
    const server = servers!.get(serverId);
    if (!server) {
      problems.push(
        problem(
          Code.MDN_SERVER_NOT_ONLINE,
          HealthStatus.WARNING,
          `Server ${serverId}, where ${what} receives asynchronous MDNs, no longer exists`,
          connector,
        ),
      );
    } else if (server.State !== 'ONLINE') {
      problems.push(
        problem(
          Code.MDN_SERVER_NOT_ONLINE,
          HealthStatus.WARNING,
          `Server ${serverId}, where ${what} receives asynchronous MDNs, is ${server.State}`,
          Server.fromSummary(ctx, server),
        ),
      );
    }
  }
  return healthOf([...problems, ...profileProblems]);
}

/**
 * A profile: every certificate id it names still exists, and its certificates give what it needs itself
 * (baselineNeeds) and what every agreement and AS2 connector using it needs. Finding those costs one ListServers,
 * one ListAgreements per server, one ListConnectors and a DescribeConnector per AS2 connector, all shared by every
 * profile checked in the request.
 */
export async function profileHealth(ctx: GatewayContext, profile: Profile, options: CheckOptions): Promise<Health> {
  const described = await profile.full();
  const profileId = described.ProfileId!;
  const [certificates, agreements, connectors] = await Promise.all([
    certificatesById(ctx),
    agreementsByProfile(ctx),
    as2ConnectorsByProfile(ctx),
  ]);
  const used = [
    ...(agreements.get(profileId) ?? []).flatMap(agreementNeeds),
    ...(connectors.get(profileId) ?? []).flatMap(connectorNeeds),
  ].filter((n) => n.profileId === profileId);
  // The baseline only matters for a usage no user needs (it is never worse than a user's need).
  const baseline = baselineNeeds(profileId, described.ProfileType!).filter(
    (b) => !used.some((n) => n.usage === b.usage && n.privateKey === b.privateKey),
  );
  const needs = [...baseline, ...used];
  const gone = (described.CertificateIds ?? []).filter((id) => !certificates.has(id));
  const problems = gone.map((id) =>
    problem(
      Code.CERTIFICATE_NOT_FOUND,
      HealthStatus.WARNING,
      `The ${labelOf(described)} names certificate ${id}, which no longer exists`,
      profile,
    ),
  );
  return healthOf([...problems, ...certificateProblems(ctx, described, needs, certificates, options)]);
}
