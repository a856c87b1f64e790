import type { DescribedProfile, ListedCertificate } from '@aws-sdk/client-transfer';
import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { everyRegion } from '../../request/regions';
import { codeOf, graphQLError } from '../../upstream/errors';
import { servedRegionContext } from '../common/ids';
import { walkDescribed } from '../common/walk-described';
import { certificatesById } from './account-index';
import { CertificateAttention } from './attention.type';
import { DAY_MS, replacementOf } from './certificate-coverage';
import { checkDays } from './health.resolver';

/**
 * The certificates of one region that go inactive before `now + withinDays`, with what each would break. The lower
 * bound of AWS calls, which this meets: one ListCertificates; when any certificate is due, one ListProfiles and a
 * DescribeProfile per profile (only DescribeProfile names a profile's certificates, and AWS has no filter by
 * certificate). Agreements and connectors are listed only when asked for (see CertificateAttention).
 */
export async function attentionIn(ctx: GatewayContext, withinDays: number, now: number): Promise<CertificateAttention[]> {
  const certificates = await certificatesById(ctx);
  const horizon = now + withinDays * DAY_MS;
  const due = [...certificates.values()].filter((c) => c.InactiveDate!.getTime() < horizon);
  if (!due.length) return [];
  const profiles = (await walkDescribed(ctx.loaders.profiles(), (p) => ctx.loaders.profile.load(p.ProfileId!))).map((p) => p.described);
  const ownCertificates = (p: DescribedProfile) => (p.CertificateIds ?? []).flatMap((id) => certificates.get(id) ?? []);
  return due.map((certificate) => {
    const broken: DescribedProfile[] = [];
    const replaced: Array<{ profile: DescribedProfile; certificate: ListedCertificate }> = [];
    for (const profile of profiles.filter((p) => p.CertificateIds?.includes(certificate.CertificateId!))) {
      const replacement = replacementOf(certificate, ownCertificates(profile), now);
      if (replacement) replaced.push({ profile, certificate: replacement });
      else broken.push(profile);
    }
    return new CertificateAttention(ctx, certificate, broken, replaced, now);
  });
}

/** Most urgent first: certificates that break a profile before those that break none, then by inactiveDate, then id. */
export function byUrgency(a: CertificateAttention, b: CertificateAttention): number {
  const breaking = Number(b.profiles.length > 0) - Number(a.profiles.length > 0);
  const when = a.summary.InactiveDate!.getTime() - b.summary.InactiveDate!.getTime();
  return breaking || when || a.summary.CertificateId!.localeCompare(b.summary.CertificateId!);
}

@Resolver()
export class AttentionResolver {
  @Query(() => [CertificateAttention], {
    nullable: true,
    description:
      'Certificates to rotate: every certificate that goes inactive within `withinDays` (or already has), with the ' +
      'profiles, agreements and connectors it would break. Most urgent first: those that break a profile, then by ' +
      'inactiveDate. Costs one ListCertificates and, when any certificate is due, one ListProfiles plus one ' +
      'DescribeProfile per profile; `agreements` adds one ListServers and one ListAgreements per server, `connectors` ' +
      'one ListConnectors and one DescribeConnector per AS2 connector, each once per request and only when a profile breaks. ' +
      'With several regions (TRANSFER_REGIONS) each region costs as much (and counts in the requested cost), and a region ' +
      "that fails leaves its certificates out with an error naming it; `region` asks one region only, at one region's cost.",
  })
  async attention(
    @Arg('withinDays', () => Int, { description: 'The window, in days from now (0–3650).' }) withinDays: number,
    @Arg('region', () => String, {
      nullable: true,
      description:
        'Only the certificates of this region, one of those served (viewer.regions): only its AWS calls, and a requested cost ' +
        'of one region whatever TRANSFER_REGIONS holds. Every region served when left out.',
    })
    region: string | null | undefined,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkDays('withinDays', withinDays);
    const now = Date.now();
    const regions =
      region === null || region === undefined
        ? everyRegion(ctx)
        : [
            servedRegionContext(ctx, region, (named) => `\`region\` is ${named}, which this gateway does not serve`, {
              argument: 'region',
            }),
          ];
    if (regions.length === 1) return (await attentionIn(regions[0], withinDays, now)).sort(byUrgency);
    const results = await Promise.allSettled(regions.map((regional) => attentionIn(regional, withinDays, now)));
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [{ region: regions[i].region, error: r.reason as unknown }] : []));
    if (failed.length === regions.length) {
      throw graphQLError(
        codeOf(failed[0].error) ?? 'UPSTREAM_UNAVAILABLE',
        `No region answered: ${failed.map((f) => `${f.region}: ${(f.error as Error).message}`).join('; ')}`,
        {
          regions: failed.map((f) => f.region),
        },
      );
    }
    for (const { region, error } of failed) ctx.regions!.fail(region, error, responsePathAsArray(info.path));
    return results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [])).sort(byUrgency);
  }
}
