import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { graphQLError } from '../../upstream/errors';
import { Agreement } from '../agreement/agreement.type';
import { Certificate } from '../certificate/certificate.type';
import { Connector } from '../connector/connector.type';
import { Profile } from '../profile/profile.type';
import { daysUntilExpiry, usableNow } from './certificate-coverage';
import { agreementHealth, type CheckOptions, connectorHealth, profileHealth } from './checks';
import { Health } from './health.type';

/** The default of `expiringWithinDays`: a month leaves time to get a partner's new certificate. */
export const DEFAULT_EXPIRING_WITHIN_DAYS = 30;
const MAX_DAYS = 3650;

/** Checks a day count argument (0–3650). */
export function checkDays(name: string, days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
    throw graphQLError('BAD_USER_INPUT', `\`${name}\` must be a whole number of days from 0 to ${MAX_DAYS}, got ${days}`, {
      argument: name,
    });
  }
  return days;
}

const options = (expiringWithinDays: number): CheckOptions => ({
  now: Date.now(),
  expiringWithinDays: checkDays('expiringWithinDays', expiringWithinDays),
});

const THRESHOLD = {
  description: 'A certificate that goes inactive within this many days (0–3650) is CERTIFICATE_EXPIRING.',
  defaultValue: DEFAULT_EXPIRING_WITHIN_DAYS,
} as const;

@Resolver(() => Certificate)
export class CertificateExpiryResolver {
  @FieldResolver(() => Int, {
    description:
      'Days until inactiveDate, to the nearest whole day (10 for a certificate good for 10 more days less a few minutes): ' +
      '0 within 12 hours of it either side, negative from 12 hours past it (status says whether it is inactive). Counted from ' +
      "inactiveDate like AWS's DaysUntilExpiry CloudWatch metric (not from notAfterDate). Free with a list.",
  })
  async daysUntilExpiry(@Root() certificate: Certificate): Promise<number> {
    return daysUntilExpiry(await certificate.inactiveDate, Date.now());
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether AWS uses it now: status ACTIVE and now between activeDate and inactiveDate. Free with a list.',
  })
  async usableNow(@Root() certificate: Certificate): Promise<boolean> {
    const [Status, ActiveDate, InactiveDate] = await Promise.all([certificate.status, certificate.activeDate, certificate.inactiveDate]);
    return usableNow({ Status, ActiveDate, InactiveDate }, Date.now());
  }
}

@Resolver(() => Agreement)
export class AgreementHealthResolver {
  @FieldResolver(() => Health, {
    description:
      'Checks that the agreement can receive messages now and for the next `expiringWithinDays`: AGREEMENT_INACTIVE, ' +
      "SERVER_NOT_ONLINE, PROFILE_NOT_FOUND, and the certificates its profiles need (the partner's SIGNING certificate, " +
      'the local SIGNING and ENCRYPTION keys; see HealthProblemCode). Costs one ListServers, one ListCertificates and the ' +
      'DescribeProfile of its profiles, each shared by every health check of the request.',
  })
  health(@Root() agreement: Agreement, @Arg('expiringWithinDays', () => Int, THRESHOLD) days: number, @Ctx() ctx: GatewayContext) {
    return agreementHealth(ctx, agreement, options(days));
  }
}

@Resolver(() => Connector)
export class ConnectorHealthResolver {
  @FieldResolver(() => Health, {
    description:
      'Checks that the connector can send now and for the next `expiringWithinDays`: CONNECTOR_NOT_ACTIVE, ' +
      'CONNECTOR_HOST_UNRESOLVABLE, CONNECTOR_URL_NOT_HTTPS, WEAK_ALGORITHM, MDN_SERVER_NOT_ONLINE, PROFILE_NOT_FOUND and ' +
      'the certificates its algorithms need (see HealthProblemCode). Costs its DescribeConnector, the DescribeProfile of ' +
      'its profiles, one ListCertificates and, with asynchronous MDNs, one ListServers, each shared by the whole request.',
  })
  health(@Root() connector: Connector, @Arg('expiringWithinDays', () => Int, THRESHOLD) days: number, @Ctx() ctx: GatewayContext) {
    return connectorHealth(ctx, connector, options(days));
  }
}

@Resolver(() => Profile)
export class ProfileHealthResolver {
  @FieldResolver(() => Health, {
    description:
      'Checks the certificates of the profile against what it needs itself (a SIGNING certificate; a LOCAL one with its ' +
      'private key) and what each agreement and AS2 connector using it needs, now and for the next `expiringWithinDays`; ' +
      'and CERTIFICATE_NOT_FOUND. Finding its users costs one ListServers, a ListAgreements per server, one ' +
      'ListConnectors and a DescribeConnector per AS2 connector, plus one ListCertificates, all shared by the request.',
  })
  health(@Root() profile: Profile, @Arg('expiringWithinDays', () => Int, THRESHOLD) days: number, @Ctx() ctx: GatewayContext) {
    return profileHealth(ctx, profile, options(days));
  }
}
