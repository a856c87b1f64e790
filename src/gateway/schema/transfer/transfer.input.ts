import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput, Payload, ID_REGION_DESCRIPTION } from '../common/mutation';
import { FileTransfer } from './transfer.type';

@InputType({ description: 'An HTTP header to add to the AS2 messages of one transfer.' })
export class CustomHttpHeaderInput {
  @Field({ description: 'Header name: 1–64 letters, digits or hyphens.' })
  key!: string;

  @Field({ description: 'Header value: at most 256 characters of letters, digits, spaces and + - . / : = @ _.' })
  value!: string;
}

@InputType({
  description:
    'Files to send over a connector, or (SFTP only) to retrieve from the remote server. AS2: sendFilePaths. SFTP: either ' +
    'sendFilePaths (with remoteDirectoryPath) or retrieveFilePaths with localDirectoryPath.',
})
export class StartFileTransferInput extends MutationInput {
  @Field(() => ID, { description: 'The connector (a graph id, AWS id or ARN).' })
  connectorId!: string;

  @Field(() => [String], { nullable: true, description: 'Amazon S3 objects to send, as /bucket/key (1–10).' })
  sendFilePaths?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'SFTP only: files on the remote server to retrieve (1–10).' })
  retrieveFilePaths?: string[] | null;

  @Field(() => String, { nullable: true, description: 'SFTP only: the /bucket/prefix in Amazon S3 that retrieved files go to.' })
  localDirectoryPath?: string | null;

  @Field(() => String, { nullable: true, description: 'SFTP only: the directory on the remote server that sent files go to.' })
  remoteDirectoryPath?: string | null;

  @Field(() => [CustomHttpHeaderInput], { nullable: true, description: 'AS2 only: HTTP headers to add to the messages.' })
  customHttpHeaders?: CustomHttpHeaderInput[] | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of startFileTransfer.' })
export class StartFileTransferPayload extends Payload {
  @Field(() => FileTransfer, {
    nullable: true,
    description:
      'The transfer just started; query its status and files (again, later, with `node`) to follow it. Null when userErrors is not empty.',
  })
  fileTransfer?: FileTransfer | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the transfer startFileTransfer made, given as soon as AWS has made it, even when reading it back fails (the transfer is then null with ' +
      'an error at its path: it exists, do not create it again); null when userErrors is not empty.',
  })
  createdId?: string | null;
}
