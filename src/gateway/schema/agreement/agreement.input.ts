import { AgreementStatusType, EnforceMessageSigningType, PreserveFilenameType } from '@aws-sdk/client-transfer';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput, Payload, ID_REGION_DESCRIPTION } from '../common/mutation';
import { TagInput } from '../common/tag';
import type { FieldAliases } from '../common/user-errors';
import { Agreement } from './agreement.type';

@InputType({ description: 'A directory per kind of file, each an Amazon S3 path /bucket/prefix.' })
export class AgreementCustomDirectoriesInput {
  @Field({ description: 'Where files whose message could not be processed go.' })
  failedFilesDirectory!: string;

  @Field({ description: 'Where the MDNs sent back to the partner go.' })
  mdnFilesDirectory!: string;

  @Field({ description: 'Where the received payload files go.' })
  payloadFilesDirectory!: string;

  @Field({ description: 'Where the JSON status files go.' })
  statusFilesDirectory!: string;

  @Field({ description: 'Where files are kept while being received.' })
  temporaryFilesDirectory!: string;
}

@InputType({ description: 'A new AS2 agreement on an AS2 server. Give exactly one of baseDirectory or customDirectories.' })
export class CreateAgreementInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { Server: ['serverId'] };

  @Field(() => ID, { description: 'The AS2 server that receives the messages (a graph id, AWS id or ARN).' })
  serverId!: string;

  @Field(() => ID, { description: 'The LOCAL profile (a graph id, AWS id or ARN; your side).' })
  localProfileId!: string;

  @Field(() => ID, { description: 'The PARTNER profile (a graph id, AWS id or ARN; the trading partner).' })
  partnerProfileId!: string;

  @Field({ description: 'IAM role ARN the server assumes to write into Amazon S3 and read the certificates.' })
  accessRole!: string;

  @Field(() => String, { nullable: true, description: 'Amazon S3 path, /bucket/prefix, for every file of the agreement.' })
  baseDirectory?: string | null;

  @Field(() => AgreementCustomDirectoriesInput, { nullable: true, description: 'A directory per kind of file, instead of baseDirectory.' })
  customDirectories?: AgreementCustomDirectoriesInput | null;

  @Field(() => String, { nullable: true, description: 'Free-text description (1–200 printable characters).' })
  description?: string | null;

  @Field(() => AgreementStatusType, { nullable: true, description: 'ACTIVE (the default) or INACTIVE.' })
  status?: AgreementStatusType | null;

  @Field(() => PreserveFilenameType, { nullable: true, description: "ENABLED to keep the partner's file names (default DISABLED)." })
  preserveFilename?: PreserveFilenameType | null;

  @Field(() => EnforceMessageSigningType, { nullable: true, description: 'ENABLED to refuse unsigned messages (default DISABLED).' })
  enforceMessageSigning?: EnforceMessageSigningType | null;

  @Field(() => [TagInput], { nullable: true, description: 'Tags to set on the agreement.' })
  tags?: TagInput[] | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({
  description: 'Changes to an agreement; fields left out stay as they are. Giving baseDirectory or customDirectories replaces the other.',
})
export class UpdateAgreementInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { AgreementId: ['id'] };

  @Field(() => ID, { description: 'The agreement: its graph id, its ARN, or its AWS id (a-…) together with serverId.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The agreement's server (a graph id, AWS id or ARN); needed only when id is a bare AWS id (a-…).",
  })
  serverId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new LOCAL profile (a graph id, AWS id or ARN).' })
  localProfileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new PARTNER profile (a graph id, AWS id or ARN).' })
  partnerProfileId?: string | null;

  @Field(() => String, { nullable: true, description: 'New IAM access role ARN.' })
  accessRole?: string | null;

  @Field(() => String, { nullable: true, description: 'New Amazon S3 path for every file (drops customDirectories).' })
  baseDirectory?: string | null;

  @Field(() => AgreementCustomDirectoriesInput, { nullable: true, description: 'New directories per kind of file (drops baseDirectory).' })
  customDirectories?: AgreementCustomDirectoriesInput | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => AgreementStatusType, { nullable: true, description: 'ACTIVE or INACTIVE.' })
  status?: AgreementStatusType | null;

  @Field(() => PreserveFilenameType, { nullable: true, description: "Whether to keep the partner's file names." })
  preserveFilename?: PreserveFilenameType | null;

  @Field(() => EnforceMessageSigningType, { nullable: true, description: 'Whether to refuse unsigned messages.' })
  enforceMessageSigning?: EnforceMessageSigningType | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'An agreement to delete.' })
export class DeleteAgreementInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { AgreementId: ['id'] };

  @Field(() => ID, { description: 'The agreement: its graph id, its ARN, or its AWS id (a-…) together with serverId.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The agreement's server (a graph id, AWS id or ARN); needed only when id is a bare AWS id (a-…).",
  })
  serverId?: string | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of createAgreement / updateAgreement.' })
export class AgreementPayload extends Payload {
  @Field(() => Agreement, { nullable: true, description: 'The agreement as it is now; null when userErrors is not empty.' })
  agreement?: Agreement | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the agreement createAgreement made, given as soon as AWS has made it, even when reading it back fails (the agreement is then null with ' +
      'an error at its path: it exists, do not create it again); null for updateAgreement, and when userErrors is not empty.',
  })
  createdId?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of deleteAgreement.' })
export class DeleteAgreementPayload extends Payload {
  @Field(() => ID, {
    nullable: true,
    description: 'Graph id of the deleted agreement, whichever form the input named it by; null when userErrors is not empty.',
  })
  deletedId?: string | null;
}
