import type { DescribedServer, State } from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import type { ServerRecord } from '../records';

/** The state a server shows at `now`: a transition under way is read, never driven by a timer. */
export function serverState(record: ServerRecord, now: number): State {
  return record.transition && now >= record.transition.at ? record.transition.to : record.described.State!;
}

/** The record with a finished transition folded into `described.State`, as the base of a write. */
export function settled(record: ServerRecord, now: number): ServerRecord {
  if (!record.transition || now < record.transition.at) return record;
  return { seq: record.seq, described: { ...record.described, State: record.transition.to } };
}

/**
 * The server showing `via` (STARTING or STOPPING) until the configured transition time has passed, then `to`;
 * with a transition time of 0, `to` at once.
 */
export function transitioned(ctx: OperationContext, record: ServerRecord, via: State, to: State): ServerRecord {
  const ms = ctx.behaviour.stateTransitionMs;
  if (ms <= 0) return { seq: record.seq, described: { ...record.described, State: to } };
  return { seq: record.seq, described: { ...record.described, State: via }, transition: { to, at: ctx.now() + ms } };
}

/** DescribedServer as DescribeServer answers at `now`. */
export function presentServer(record: ServerRecord, now: number): DescribedServer {
  const described = { ...record.described, State: serverState(record, now) };
  // Model: IdentityProviderDetails "is not populated when the IdentityProviderType of a server is
  // AWS_DIRECTORY_SERVICE or SERVICE_MANAGED"; the emulator keeps the DirectoryId for TestIdentityProvider.
  if (described.IdentityProviderType === 'AWS_DIRECTORY_SERVICE') delete described.IdentityProviderDetails;
  return described;
}
