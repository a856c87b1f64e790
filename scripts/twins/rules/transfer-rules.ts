import type { StartFileTransferRequest } from '@aws-sdk/client-transfer';

/**
 * The rules AWS applies to a StartFileTransfer's paths beyond the model, as messages (StartFileTransfer docs: an AS2
 * connector only sends, SendFilePaths; an SFTP connector sends with SendFilePaths and RemoteDirectoryPath or retrieves
 * with RetrieveFilePaths and LocalDirectoryPath). Self-contained: the gateway's dry runs check the same rules with a
 * generated copy (scripts/twins/).
 */

/** What is wrong with a transfer's paths for a connector that is AS2 (`as2`) or SFTP. */
export function fileTransferProblems(input: StartFileTransferRequest, as2: boolean): string[] {
  const problems: string[] = [];
  const send = !!input.SendFilePaths;
  const retrieve = !!input.RetrieveFilePaths;
  if (as2) {
    if (!send) problems.push('SendFilePaths is required for an AS2 connector');
    if (retrieve) problems.push('RetrieveFilePaths applies only to SFTP connectors');
    if (input.LocalDirectoryPath) problems.push('LocalDirectoryPath applies only to SFTP connectors');
    if (input.RemoteDirectoryPath) problems.push('RemoteDirectoryPath applies only to SFTP connectors');
    return problems;
  }
  if (send === retrieve) problems.push('Specify exactly one of SendFilePaths or RetrieveFilePaths for an SFTP connector');
  if (retrieve && !input.LocalDirectoryPath) problems.push('LocalDirectoryPath is required with RetrieveFilePaths');
  if (!retrieve && input.LocalDirectoryPath) problems.push('LocalDirectoryPath applies only with RetrieveFilePaths');
  if (!send && input.RemoteDirectoryPath) problems.push('RemoteDirectoryPath applies only with SendFilePaths');
  if (input.CustomHttpHeaders) problems.push('CustomHttpHeaders applies only to AS2 connectors');
  return problems;
}
