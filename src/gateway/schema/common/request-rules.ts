import type { CreateConnectorRequest } from '@aws-sdk/client-transfer';
import { operationOf, type TransferCommand } from '../../upstream/client';
import { createConnectorProblems } from '../../upstream/rules/connector-rules';

/** A request as AWS receives it: members left undefined are not sent (the rules tell "absent" from "given"). */
export const onTheWire = <T>(input: T): T => JSON.parse(JSON.stringify(input)) as T;

/** An agreement's directories: one of BaseDirectory and CustomDirectories (`required` on create). */
export function directories(input: { BaseDirectory?: string; CustomDirectories?: object }, required: boolean): string[] {
  const given = (input.BaseDirectory !== undefined ? 1 : 0) + (input.CustomDirectories !== undefined ? 1 : 0);
  if (given === 2) return ['Specify either BaseDirectory or CustomDirectories, not both'];
  if (given === 0 && required) return ['Specify either BaseDirectory or CustomDirectories'];
  return [];
}

/**
 * The violations beyond the model that AWS tells from a request alone, without reading anything: the directories of
 * an agreement, the rules of a new connector. InputIds answers them with the violations of the ids, before any call;
 * the dry runs (dry-run.ts) check them with the rules that need reads.
 */
export function violationsWithoutReads(command: TransferCommand): string[] {
  const input = command.input as { BaseDirectory?: string; CustomDirectories?: object };
  switch (operationOf(command)) {
    case 'CreateAgreement':
      return directories(input, true);
    case 'UpdateAgreement':
      return directories(input, false);
    case 'CreateConnector':
      return createConnectorProblems(onTheWire(command.input as CreateConnectorRequest));
    default:
      return [];
  }
}
