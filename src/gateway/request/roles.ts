import type { OperationTypeNode } from 'graphql';

/** The roles a caller can hold: `reader` runs queries, `operator` runs mutations too. */
export const ROLES = ['reader', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as established by the authenticator. */
export interface Principal {
  /** Stable id for budgets and logs: `key:<name>`, `jwt:<issuer>#<subject>` or `anonymous:<address>`. */
  id: string;
  /** Known roles only; unknown role names from a token are dropped. */
  roles: Role[];
  /** How the caller was authenticated. */
  via: 'none' | 'apikey' | 'jwt';
}

/** Whether `value` names a role. */
export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** The role an operation needs: mutations change AWS resources, so they need `operator`. */
export const roleFor = (operation: OperationTypeNode | 'query' | 'mutation' | 'subscription'): Role =>
  operation === 'mutation' ? 'operator' : 'reader';

/** Whether `principal` holds `role`; `operator` includes everything `reader` may do. */
export const holds = (principal: Principal, role: Role): boolean =>
  principal.roles.includes(role) || (role === 'reader' && principal.roles.includes('operator'));
