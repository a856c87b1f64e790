import type { ClassType, NonEmptyArray } from 'type-graphql';
import './common/enums';
import { NodeResolver } from './node/node.resolver';
import { ProfileResolver } from './profile/profile.resolver';
import { CertificateResolver, ProfileCertificatesResolver } from './certificate/certificate.resolver';
import { RotateCertificateResolver } from './certificate/rotate.resolver';
import { ConnectorResolver, ProfileConnectorsResolver } from './connector/connector.resolver';
import { FileTransferResolver, FileTransferResultResolver } from './transfer/transfer.resolver';
import { FileTransferSubscriptionResolver } from './transfer/transfer-subscription.resolver';
import { TagResolver } from './tag/tag.resolver';
import { ServerResolver } from './server/server.resolver';
import { AgreementResolver, ProfileAgreementsResolver } from './agreement/agreement.resolver';
import {
  AgreementHealthResolver,
  CertificateExpiryResolver,
  ConnectorHealthResolver,
  ProfileHealthResolver,
} from './health/health.resolver';
import { AttentionResolver } from './health/attention.resolver';
import { ViewerResolver } from './viewer/viewer.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS: NonEmptyArray<ClassType> = [
  NodeResolver,
  ProfileResolver,
  CertificateResolver,
  ProfileCertificatesResolver,
  RotateCertificateResolver,
  ConnectorResolver,
  ProfileConnectorsResolver,
  FileTransferResolver,
  FileTransferResultResolver,
  FileTransferSubscriptionResolver,
  TagResolver,
  ServerResolver,
  AgreementResolver,
  ProfileAgreementsResolver,
  CertificateExpiryResolver,
  AgreementHealthResolver,
  ConnectorHealthResolver,
  ProfileHealthResolver,
  AttentionResolver,
  ViewerResolver,
];
