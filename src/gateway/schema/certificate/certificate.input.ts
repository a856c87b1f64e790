import { CertificateUsageType } from '@aws-sdk/client-transfer';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput, Payload, CREATE_REGION_DESCRIPTION, ID_REGION_DESCRIPTION } from '../common/mutation';
import { TagInput } from '../common/tag';
import type { FieldAliases } from '../common/user-errors';
import { Dependent } from '../common/dependents';
import { Certificate } from './certificate.type';

@InputType({ description: 'An X.509 certificate to import, with its private key when AWS must sign or decrypt with it.' })
export class ImportCertificateInput extends MutationInput {
  @Field(() => CertificateUsageType, { description: 'What the certificate is for: SIGNING, ENCRYPTION or TLS.' })
  usage!: CertificateUsageType;

  @Field({ description: 'The certificate as PEM (`-----BEGIN CERTIFICATE-----` …).' })
  certificate!: string;

  @Field(() => String, { nullable: true, description: 'The issuing CA certificates as PEM, leaf issuer first.' })
  certificateChain?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The private key as unencrypted PEM, for a LOCAL profile that signs or decrypts. It is passed to AWS and never ' +
      'stored, logged or returned by this API.',
  })
  privateKey?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'From when AWS uses the certificate (default: its notBeforeDate).' })
  activeDate?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'From when AWS stops using it (default: its notAfterDate).' })
  inactiveDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'Description (1–200 characters).' })
  description?: string | null;

  @Field(() => [TagInput], { nullable: true, description: 'Tags to set on the certificate.' })
  tags?: TagInput[] | null;

  @Field(() => String, { nullable: true, description: CREATE_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: "Changes to a certificate's active window or description; fields left out stay as they are." })
export class UpdateCertificateInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { CertificateId: ['id'] };

  @Field(() => ID, { description: 'The certificate (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'New start of the active window (within the validity).' })
  activeDate?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'New end of the active window (within the validity).' })
  inactiveDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'New description (1–200 characters).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'A certificate to delete.' })
export class DeleteCertificateInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { CertificateId: ['id'] };

  @Field(() => ID, { description: 'The certificate (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true to delete it even though profiles use it (they break); by default the delete is refused with IN_USE and the list of them.',
  })
  force?: boolean | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of importCertificate / updateCertificate.' })
export class CertificatePayload extends Payload {
  @Field(() => Certificate, { nullable: true, description: 'The certificate as it is now; null when userErrors is not empty.' })
  certificate?: Certificate | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the certificate importCertificate made, given as soon as AWS has made it, even when reading it back fails (the certificate is then null with ' +
      'an error at its path: it exists, do not create it again); null for updateCertificate, and when userErrors is not empty.',
  })
  createdId?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of deleteCertificate.' })
export class DeleteCertificatePayload extends Payload {
  @Field(() => ID, {
    nullable: true,
    description: 'Graph id of the deleted certificate, whichever form the input named it by; null when userErrors is not empty.',
  })
  deletedId?: string | null;

  @Field(() => [Dependent], {
    nullable: true,
    description:
      'What uses it: the reason for an IN_USE refusal; empty when it was deleted after the check, null when force skipped the check.',
  })
  dependents?: Dependent[] | null;
}
