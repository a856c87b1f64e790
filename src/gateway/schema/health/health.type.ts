import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../relay/node';

/** How healthy a partner setup is; the worst of its problems. */
export enum HealthStatus {
  OK = 'OK',
  WARNING = 'WARNING',
  BROKEN = 'BROKEN',
}

registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'How healthy an agreement, connector or profile is: the severity of its worst problem.',
  valuesConfig: {
    OK: { description: 'No problem found.' },
    WARNING: { description: 'Works now, but something will break soon or is weaker than it should be.' },
    BROKEN: { description: 'Some messages fail now.' },
  },
});

/** Every check health runs, one code each; the descriptions are the documentation of the checks. */
export enum HealthProblemCode {
  CERTIFICATE_MISSING = 'CERTIFICATE_MISSING',
  PRIVATE_KEY_MISSING = 'PRIVATE_KEY_MISSING',
  CERTIFICATE_EXPIRED = 'CERTIFICATE_EXPIRED',
  CERTIFICATE_NOT_YET_ACTIVE = 'CERTIFICATE_NOT_YET_ACTIVE',
  CERTIFICATE_EXPIRING = 'CERTIFICATE_EXPIRING',
  CERTIFICATE_NOT_FOUND = 'CERTIFICATE_NOT_FOUND',
  PROFILE_NOT_FOUND = 'PROFILE_NOT_FOUND',
  AGREEMENT_INACTIVE = 'AGREEMENT_INACTIVE',
  SERVER_NOT_ONLINE = 'SERVER_NOT_ONLINE',
  CONNECTOR_NOT_ACTIVE = 'CONNECTOR_NOT_ACTIVE',
  CONNECTOR_URL_NOT_HTTPS = 'CONNECTOR_URL_NOT_HTTPS',
  CONNECTOR_HOST_UNRESOLVABLE = 'CONNECTOR_HOST_UNRESOLVABLE',
  WEAK_ALGORITHM = 'WEAK_ALGORITHM',
  MDN_SERVER_NOT_ONLINE = 'MDN_SERVER_NOT_ONLINE',
}

registerEnumType(HealthProblemCode, {
  name: 'HealthProblemCode',
  description:
    'What a health check found. Certificate checks apply to each certificate a profile needs: an agreement needs the ' +
    "partner's SIGNING certificate (BROKEN without it: signed messages cannot be verified), a LOCAL SIGNING certificate " +
    'with its private key (BROKEN: the MDNs cannot be signed) and a LOCAL ENCRYPTION certificate with its private key ' +
    "(WARNING: encrypted messages cannot be decrypted); an AS2 connector needs a LOCAL SIGNING key when it signs, the partner's " +
    "ENCRYPTION certificate when it encrypts and the partner's SIGNING certificate when it asks for signed MDNs (each " +
    'BROKEN without). A profile needs what its agreements and connectors need, and at least (WARNING) a SIGNING certificate ' +
    '(LOCAL: with its private key).',
  valuesConfig: {
    CERTIFICATE_MISSING: { description: 'The profile has no certificate of a usage it needs. Node: the profile.' },
    PRIVATE_KEY_MISSING: {
      description:
        'The LOCAL profile has certificates of the usage, but none imported with its private key, which AWS needs to sign or decrypt. Node: the certificate.',
    },
    CERTIFICATE_EXPIRED: { description: 'Every certificate of a needed usage is past its inactiveDate. Node: the one that expired last.' },
    CERTIFICATE_NOT_YET_ACTIVE: {
      description:
        'No certificate of a needed usage is active now; one waits for its activeDate (a gap in a rotation). Node: the waiting certificate.',
    },
    CERTIFICATE_EXPIRING: {
      description:
        'The last usable certificate of a needed usage goes inactive within the threshold (`expiringWithinDays`) and no ' +
        'other certificate of the profile takes over in time. Always a WARNING. Node: the expiring certificate.',
    },
    CERTIFICATE_NOT_FOUND: { description: 'The profile names a certificate id that no longer exists (WARNING). Node: the profile.' },
    PROFILE_NOT_FOUND: {
      description: 'The agreement or connector names a profile that no longer exists (BROKEN). Node: the agreement or connector.',
    },
    AGREEMENT_INACTIVE: {
      description: "The agreement is INACTIVE, so its server refuses the partner's messages (BROKEN). Node: the agreement.",
    },
    SERVER_NOT_ONLINE: {
      description:
        "The agreement's server is not ONLINE: BROKEN when OFFLINE, STOPPING or failed, WARNING while STARTING. Node: the server.",
    },
    CONNECTOR_NOT_ACTIVE: {
      description: "The connector is ERRORED (BROKEN, with AWS's errorMessage) or still PENDING (WARNING). Node: the connector.",
    },
    CONNECTOR_URL_NOT_HTTPS: {
      description:
        "The AS2 connector sends over plain http://: the partner's Basic auth password and the message headers travel unencrypted (WARNING). Node: the connector.",
    },
    CONNECTOR_HOST_UNRESOLVABLE: {
      description:
        "The connector URL's host is `invalid` or ends in `.invalid`, a name reserved never to resolve (RFC 2606) (BROKEN). Node: the connector.",
    },
    WEAK_ALGORITHM: {
      description:
        'The connector signs or asks for MDNs signed with SHA1, or encrypts with DES_EDE3_CBC, which partners increasingly refuse (WARNING). Node: the connector.',
    },
    MDN_SERVER_NOT_ONLINE: {
      description:
        'The connector asks for asynchronous MDNs on a server that is not ONLINE or no longer exists, so they are not received (WARNING). Node: the server, or the connector when the server is gone.',
    },
  },
});

/** A problem found by a check, on the resource to fix. */
@ObjectType('HealthProblem', { description: 'One problem a health check found, on the object to fix.' })
export class HealthProblem {
  @Field(() => HealthProblemCode, { description: 'Which check found it (see HealthProblemCode for each check).' })
  code!: HealthProblemCode;

  @Field(() => HealthStatus, {
    description: 'BROKEN: messages fail now; WARNING: they will fail soon, or security is weaker than it should be.',
  })
  severity!: HealthStatus.WARNING | HealthStatus.BROKEN;

  @Field({ description: 'What is wrong, with names, dates and what needs it.' })
  message!: string;

  @Field(() => Node, { description: 'The object to fix: a certificate, profile, agreement, server or connector.' })
  node!: Node;
}

@ObjectType('Health', { description: 'The result of the health checks of an agreement, connector or profile.' })
export class Health {
  @Field(() => HealthStatus, { description: 'OK when there is no problem, else the severity of the worst one.' })
  status!: HealthStatus;

  @Field(() => [HealthProblem], { description: 'Every problem found, BROKEN ones first.' })
  problems!: HealthProblem[];
}

const RANK: Record<HealthStatus, number> = { OK: 0, WARNING: 1, BROKEN: 2 };

/** The worse of two health statuses. */
export const worse = (a: HealthStatus, b: HealthStatus): HealthStatus => (RANK[a] >= RANK[b] ? a : b);

/** A Health from its problems: BROKEN ones first (stable otherwise), status the worst severity. */
export function healthOf(problems: HealthProblem[]): Health {
  const sorted = [...problems].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  return Object.assign(new Health(), {
    status: sorted.reduce<HealthStatus>((s, p) => worse(s, p.severity), HealthStatus.OK),
    problems: sorted,
  });
}

/** A problem on `node`. */
export function problem(
  code: HealthProblemCode,
  severity: HealthStatus.WARNING | HealthStatus.BROKEN,
  message: string,
  node: object,
): HealthProblem {
  return Object.assign(new HealthProblem(), { code, severity, message, node: node as Node });
}
