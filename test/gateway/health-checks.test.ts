import 'reflect-metadata'; // the schema classes below are decorated
import type { DescribedConnector } from '@aws-sdk/client-transfer';
import type { GatewayContext } from '../../src/gateway/request/context';
import { Connector } from '../../src/gateway/schema/connector/connector.type';
import { connectorHealth } from '../../src/gateway/schema/health/checks';

// The emulator creates every connector ACTIVE (docs/emulator-notes/connectors-transfers.md), so the connector status
// check is specified here on Describe results as AWS gives them; an SFTP connector needs no profile or certificate.
const ctx = { region: 'us-east-1' } as GatewayContext;
const sftp = (status: DescribedConnector['Status'], errorMessage?: string) =>
  new Connector(ctx, ['c-0123456789abcdef0'], undefined, {
    Arn: 'arn:aws:transfer:us-east-1:000000000000:connector/c-0123456789abcdef0',
    ConnectorId: 'c-0123456789abcdef0',
    Url: 'sftp://sftp.example',
    SftpConfig: { UserSecretId: 'secret' },
    Status: status,
    ErrorMessage: errorMessage,
  } as DescribedConnector);
const summary = async (status: DescribedConnector['Status'], errorMessage?: string) => {
  const health = await connectorHealth(ctx, sftp(status, errorMessage), { now: Date.now(), expiringWithinDays: 30 });
  return { status: health.status, problems: health.problems.map(({ code, severity, message }) => ({ code, severity, message })) };
};

describe('CONNECTOR_NOT_ACTIVE', () => {
  it('is BROKEN for an ERRORED connector, with the reason AWS gives', async () => {
    expect(await summary('ERRORED', 'Egress VPC Lattice resource configuration not found')).toEqual({
      status: 'BROKEN',
      problems: [
        {
          code: 'CONNECTOR_NOT_ACTIVE',
          severity: 'BROKEN',
          message: 'Connector c-0123456789abcdef0 is ERRORED: Egress VPC Lattice resource configuration not found',
        },
      ],
    });
  });

  it('is a WARNING while the connector is PENDING, and nothing once ACTIVE', async () => {
    expect(await summary('PENDING')).toEqual({
      status: 'WARNING',
      problems: [{ code: 'CONNECTOR_NOT_ACTIVE', severity: 'WARNING', message: 'Connector c-0123456789abcdef0 is still PENDING' }],
    });
    expect(await summary('ACTIVE')).toEqual({ status: 'OK', problems: [] });
  });
});
