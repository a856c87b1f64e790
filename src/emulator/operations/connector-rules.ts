import { createHash } from 'node:crypto';
import type { As2ConnectorConfig } from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { invalidRequest, notFound } from '../errors';
import { mustGet } from './common';

/** Throws one InvalidRequestException naming every problem, if there are any. */
export function refuse(problems: string[]): void {
  if (problems.length) throw invalidRequest(problems.join('; '));
}

/**
 * The referential rules of an AS2 configuration: profiles exist and have the right type, async-MDN servers exist
 * and speak AS2. Only the members given are checked, so that an update need not revisit what it leaves alone.
 */
export function checkAs2References(ctx: OperationContext, as2: As2ConnectorConfig | undefined): void {
  if (!as2) return;
  checkProfile(ctx, 'LocalProfileId', as2.LocalProfileId, 'LOCAL');
  checkProfile(ctx, 'PartnerProfileId', as2.PartnerProfileId, 'PARTNER');
  for (const serverId of as2.AsyncMdnConfig?.ServerIds ?? []) {
    const server = ctx.state.servers.get(serverId);
    if (!server) throw notFound('Server', serverId);
    const protocols = server.described.Protocols;
    if (protocols && !protocols.includes('AS2')) {
      throw invalidRequest(
        `As2Config.AsyncMdnConfig.ServerIds: server ${serverId} must have the AS2 protocol, has ${protocols.join(', ')}`,
      );
    }
  }
}

function checkProfile(ctx: OperationContext, member: string, id: string | undefined, type: 'LOCAL' | 'PARTNER'): void {
  if (!id) return;
  const actual = mustGet(ctx, 'profiles', id).described.ProfileType;
  if (actual !== type) throw invalidRequest(`As2Config.${member} must name a ${type} profile, but ${id} is a ${actual} profile`);
}

/**
 * The static egress IPs of service-managed connectors: the emulator gives every connector of one account and region
 * the same three addresses, taken from TEST-NET-2 (RFC 5737) so that they can never be mistaken for real ones.
 */
export function serviceManagedEgressIps(ctx: OperationContext): string[] {
  const base = 1 + (createHash('sha256').update(`${ctx.accountId}:${ctx.region}`).digest().readUInt8(0) % 250);
  return [0, 1, 2].map((i) => `198.51.100.${base + i}`);
}
