import type {
  DescribeSecurityPolicyRequest,
  DescribeSecurityPolicyResponse,
  ListSecurityPoliciesRequest,
  ListSecurityPoliciesResponse,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { notFound } from '../errors';
import { DEFAULT_MAX_RESULTS, issueToken, readToken } from '../pagination';
import { securityPolicy, SECURITY_POLICIES } from '../rules/security-policies';
import { compact } from './common';

/**
 * ListSecurityPolicies: the names of every published policy, server and connector alike (model: "the security policies
 * that are attached to your servers and SFTP connectors"), in the table's fixed order. The table never changes while
 * the emulator runs, so the NextToken carries an offset, signed and bound like every other token.
 */
export function listSecurityPolicies(ctx: OperationContext, input: ListSecurityPoliciesRequest): ListSecurityPoliciesResponse {
  const scope = { secret: ctx.store.tokenSecret, operation: 'ListSecurityPolicies', region: ctx.region, params: {} };
  const start = input.NextToken === undefined ? 0 : readToken(scope, input.NextToken);
  const end = start + (input.MaxResults ?? DEFAULT_MAX_RESULTS);
  return compact({
    SecurityPolicyNames: SECURITY_POLICIES.slice(start, end).map((p) => p.SecurityPolicyName!),
    NextToken: end < SECURITY_POLICIES.length ? issueToken(scope, end) : undefined,
  });
}

/** DescribeSecurityPolicy: the published policy's details; a name AWS does not publish is ResourceNotFoundException. */
export function describeSecurityPolicy(_ctx: OperationContext, input: DescribeSecurityPolicyRequest): DescribeSecurityPolicyResponse {
  const policy = securityPolicy(input.SecurityPolicyName!);
  if (!policy) throw notFound('SecurityPolicy', input.SecurityPolicyName!, `Unknown security policy ${input.SecurityPolicyName}`);
  return { SecurityPolicy: policy };
}

/** The security policy wire actions, by operation name. */
export const securityPolicyOperations = {
  ListSecurityPolicies: listSecurityPolicies,
  DescribeSecurityPolicy: describeSecurityPolicy,
};
