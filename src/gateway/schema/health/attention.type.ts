import type { DescribedProfile, ListedCertificate } from '@aws-sdk/client-transfer';
import { Field, Int, ObjectType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { Agreement } from '../agreement/agreement.type';
import { Certificate } from '../certificate/certificate.type';
import { Connector } from '../connector/connector.type';
import { Profile } from '../profile/profile.type';
import { agreementsByProfile, as2ConnectorsByProfile } from './account-index';
import { daysUntilExpiry } from './certificate-coverage';
import { agreementNeeds, type CertificateNeed, connectorNeeds } from './needs';

@ObjectType('CertificateReplacement', { description: 'A certificate that takes over, in one profile, from one that goes inactive.' })
export class CertificateReplacement {
  @Field(() => Profile, { description: 'The profile that has both certificates.' })
  profile!: Profile;

  @Field(() => Certificate, { description: 'The certificate that takes over: same usage, active by then, inactive later.' })
  certificate!: Certificate;
}

@ObjectType('CertificateAttention', {
  description:
    'A certificate that goes inactive within the window asked for (or already has), and what it would break: the profiles ' +
    'left without a certificate of its usage, and the agreements and connectors that need that certificate of those profiles.',
})
export class CertificateAttention {
  constructor(
    private readonly ctx: GatewayContext,
    /** The certificate's List summary. */
    readonly summary: ListedCertificate,
    private readonly broken: DescribedProfile[],
    private readonly replaced: Array<{ profile: DescribedProfile; certificate: ListedCertificate }>,
    private readonly now: number,
  ) {}

  @Field(() => Certificate, { description: 'The certificate to rotate.' })
  get certificate(): Certificate {
    return Certificate.fromSummary(this.ctx, this.summary);
  }

  @Field(() => Int, {
    description: 'Days until its inactiveDate, to the nearest whole day (as Certificate.daysUntilExpiry).',
  })
  get daysUntilExpiry(): number {
    return daysUntilExpiry(this.summary.InactiveDate!, this.now);
  }

  @Field(() => [Profile], {
    description:
      'The profiles that name it and have no other certificate of its usage taking over in time: they break when it goes inactive. Free.',
  })
  get profiles(): Profile[] {
    return this.broken.map((p) => Profile.fromId(this.ctx, p.ProfileId!));
  }

  @Field(() => [CertificateReplacement], {
    description: 'The profiles that name it where another certificate takes over in time, with that certificate. Free.',
  })
  get replacements(): CertificateReplacement[] {
    return this.replaced.map(({ profile, certificate }) =>
      Object.assign(new CertificateReplacement(), {
        profile: Profile.fromId(this.ctx, profile.ProfileId!),
        certificate: Certificate.fromSummary(this.ctx, certificate),
      }),
    );
  }

  /** Whether a need is served by this certificate of one of the broken profiles. */
  private breaks(need: CertificateNeed): boolean {
    return (
      need.usage === this.summary.Usage &&
      (!need.privateKey || this.summary.Type === 'CERTIFICATE_WITH_PRIVATE_KEY') &&
      this.broken.some((p) => p.ProfileId === need.profileId)
    );
  }

  @Field(() => [Agreement], {
    description:
      'Agreements that need this certificate of a profile in `profiles` (as the partner SIGNING certificate or a local key). ' +
      'Costs, once per request, one ListServers and one ListAgreements per server; nothing when `profiles` is empty.',
  })
  async agreements(): Promise<Agreement[]> {
    if (!this.broken.length) return [];
    const byProfile = await agreementsByProfile(this.ctx);
    const users = new Set(this.broken.flatMap((p) => byProfile.get(p.ProfileId!) ?? []));
    return [...users].filter((a) => agreementNeeds(a).some((n) => this.breaks(n))).map((a) => Agreement.fromSummary(this.ctx, a));
  }

  @Field(() => [Connector], {
    description:
      'AS2 connectors whose algorithms need this certificate of a profile in `profiles`. Costs, once per request, one ' +
      'ListConnectors and a DescribeConnector per AS2 connector (SFTP connectors are told apart by URL and never described); ' +
      'nothing when `profiles` is empty.',
  })
  async connectors(): Promise<Connector[]> {
    if (!this.broken.length) return [];
    const byProfile = await as2ConnectorsByProfile(this.ctx);
    const users = new Set(this.broken.flatMap((p) => byProfile.get(p.ProfileId!) ?? []));
    return [...users].filter((c) => connectorNeeds(c).some((n) => this.breaks(n))).map((c) => Connector.fromId(this.ctx, c.ConnectorId!));
  }
}
