import { CreateServerCommand, type CreateServerCommandInput, type TransferClient } from '@aws-sdk/client-transfer';

/** The least an AS2 server needs: AWS serves AS2 only on a VPC endpoint. */
export const AS2_SERVER_INPUT: CreateServerCommandInput = {
  Protocols: ['AS2'],
  EndpointType: 'VPC',
  EndpointDetails: { VpcId: 'vpc-0123456789abcdef0', SubnetIds: ['subnet-0123456789abcdef0'] },
};

/** Creates an AS2 server through the real API (with `overrides` over AS2_SERVER_INPUT) and answers its ServerId. */
export async function createAs2Server(client: TransferClient, overrides: Partial<CreateServerCommandInput> = {}): Promise<string> {
  return (await client.send(new CreateServerCommand({ ...AS2_SERVER_INPUT, ...overrides }))).ServerId!;
}
