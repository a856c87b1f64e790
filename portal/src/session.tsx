import { createContext, useContext } from 'react';
import type { PortalViewerQuery } from './generated';

/** The caller and the region chosen in the shell, for every page. */
export interface Session {
  viewer: PortalViewerQuery['viewer'];
  /** The region picked in the shell; null for every region served. */
  region: string | null;
}

const SessionContext = createContext<Session | null>(null);

/** Provides the session to the pages. */
export const SessionProvider = SessionContext.Provider;

/** The session of the page being drawn (inside SessionProvider). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The AWS region of an ARN (arn:aws:transfer:<region>:<account>:…). */
export const regionOf = (arn: string): string => arn.split(':')[3] ?? '';

/** Whether an object with this ARN is in the region picked (every object is when none is). */
export const inRegion = (session: Session, arn: string): boolean => session.region === null || regionOf(arn) === session.region;

/** Where creates go: the region picked, else the gateway's own. */
export const createRegion = (session: Session): string => session.region ?? session.viewer.region;

const REGION_KEY = 'transfer-graph.region';

/** The region picked, kept for this tab; null (every region) when none was or it is no longer served. */
export function storedRegion(served: string[]): string | null {
  const stored = sessionStorage.getItem(REGION_KEY);
  if (served.length === 1) return served[0];
  return stored && served.includes(stored) ? stored : null;
}

/** Keeps the region picked for this tab (null: every region). */
export function storeRegion(region: string | null): void {
  if (region === null) sessionStorage.removeItem(REGION_KEY);
  else sessionStorage.setItem(REGION_KEY, region);
}

/** The sentence a reader sees instead of a write action. */
export function readOnlyNote(viewer: Session['viewer']): string {
  const who = viewer.principalId ?? 'these credentials';
  return `Read only: ${who} has the ${viewer.roles.join(', ').toLowerCase() || 'no'} role; changes need the operator role (ask whoever issues your API keys or tokens).`;
}
