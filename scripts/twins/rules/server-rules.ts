/**
 * The rules AWS applies to a server's settings in CreateServer, UpdateServer, StartServer, StopServer and
 * TestIdentityProvider, as messages. Self-contained (types, node:crypto and the modules beside it): the gateway's dry
 * runs check the same rules with a generated copy (scripts/twins/).
 */
import type {
  CreateServerRequest,
  DescribedServer,
  EndpointDetails,
  IdentityProviderDetails,
  IdentityProviderType,
  State,
  TestIdentityProviderRequest,
  UpdateServerRequest,
  WorkflowDetails,
} from '@aws-sdk/client-transfer';
import { compact } from './compact';
import { hostKeyFingerprint, UNSUPPORTED_HOST_KEY } from './host-key';
import { securityPolicyProblem } from './security-policies';

/**
 * "TransferSecurityPolicy-2024-01 is the default security policy attached to your server when creating a server using
 * the console, API, or CLI" (https://docs.aws.amazon.com/transfer/latest/userguide/security-policies.html).
 */
export const DEFAULT_SECURITY_POLICY = 'TransferSecurityPolicy-2024-01';

type IdpMember = keyof IdentityProviderDetails;

/** The IdentityProviderDetails members each provider type uses (model docs), and those it cannot do without. */
const IDP_MEMBERS: Record<IdentityProviderType, { allowed: IdpMember[]; required: IdpMember[] }> = {
  SERVICE_MANAGED: { allowed: [], required: [] },
  API_GATEWAY: { allowed: ['Url', 'InvocationRole', 'SftpAuthenticationMethods'], required: ['Url', 'InvocationRole'] },
  AWS_LAMBDA: { allowed: ['Function', 'SftpAuthenticationMethods'], required: ['Function'] },
  AWS_DIRECTORY_SERVICE: { allowed: ['DirectoryId'], required: ['DirectoryId'] },
};

const nonEmpty = (value: string | undefined) => (value ? value : undefined);
const nonEmptyList = <T>(value: T[] | undefined) => (value && value.length ? value : undefined);
const hasFtp = (d: DescribedServer) => !!d.Protocols?.some((p) => p === 'FTP' || p === 'FTPS');

/** A request's EndpointDetails as kept: security groups are never described, and AWS assigns VpcEndpointId. */
function endpointDetailsOf(given: EndpointDetails | undefined): EndpointDetails {
  return compact({
    AddressAllocationIds: given?.AddressAllocationIds,
    SubnetIds: given?.SubnetIds,
    VpcId: given?.VpcId,
  });
}

function tidyEndpointDetails(details: EndpointDetails): EndpointDetails | undefined {
  const tidy = compact({
    ...details,
    AddressAllocationIds: nonEmptyList(details.AddressAllocationIds),
    SubnetIds: nonEmptyList(details.SubnetIds),
  });
  return Object.keys(tidy).length ? tidy : undefined;
}

/** An empty workflow list detaches that workflow (model: UpdateServer WorkflowDetails). */
function tidyWorkflows(details: WorkflowDetails | undefined): WorkflowDetails | undefined {
  const tidy = compact({ OnUpload: nonEmptyList(details?.OnUpload), OnPartialUpload: nonEmptyList(details?.OnPartialUpload) });
  return Object.keys(tidy).length ? tidy : undefined;
}

/** `over`'s defined members replace those of `base`. */
const overlay = <T extends object>(base: T | undefined, over: T | undefined): T => compact({ ...base, ...compact(over ?? ({} as T)) });

/** The settings a CreateServer request asks for, over the model's documented defaults. */
export function createDraft(input: CreateServerRequest): DescribedServer {
  const EndpointType = input.EndpointType ?? 'PUBLIC';
  const IdentityProviderType = input.IdentityProviderType ?? 'SERVICE_MANAGED';
  return compact({
    Arn: '',
    Domain: input.Domain ?? 'S3',
    Protocols: input.Protocols ?? ['SFTP'],
    EndpointType,
    EndpointDetails: EndpointType === 'PUBLIC' ? undefined : tidyEndpointDetails(endpointDetailsOf(input.EndpointDetails)),
    IdentityProviderType,
    IdentityProviderDetails: IdentityProviderType === 'SERVICE_MANAGED' ? undefined : compact(input.IdentityProviderDetails ?? {}),
    Certificate: nonEmpty(input.Certificate),
    ProtocolDetails: compact(input.ProtocolDetails ?? {}),
    LoggingRole: nonEmpty(input.LoggingRole),
    PreAuthenticationLoginBanner: nonEmpty(input.PreAuthenticationLoginBanner),
    PostAuthenticationLoginBanner: nonEmpty(input.PostAuthenticationLoginBanner),
    SecurityPolicyName: input.SecurityPolicyName ?? DEFAULT_SECURITY_POLICY,
    WorkflowDetails: tidyWorkflows(input.WorkflowDetails),
    StructuredLogDestinations: nonEmptyList(input.StructuredLogDestinations),
    S3StorageOptions: input.S3StorageOptions && compact(input.S3StorageOptions),
    IpAddressType: input.IpAddressType ?? 'IPV4',
  });
}

/**
 * The settings an UpdateServer request leaves: each member it gives replaces the stored one, structures member by
 * member; an empty string or list clears an optional member.
 */
export function updateDraft(before: DescribedServer, input: UpdateServerRequest): DescribedServer {
  const EndpointType = input.EndpointType ?? before.EndpointType;
  const keptEndpoint = before.EndpointType === EndpointType ? before.EndpointDetails : undefined;
  const IdentityProviderType = input.IdentityProviderType ?? before.IdentityProviderType!;
  const keptIdp = IdentityProviderType === before.IdentityProviderType ? before.IdentityProviderDetails : undefined;
  const given = <K extends keyof UpdateServerRequest & keyof DescribedServer>(key: K, value: DescribedServer[K]) =>
    input[key] === undefined ? before[key] : value;
  return compact({
    ...before,
    Protocols: input.Protocols ?? before.Protocols,
    EndpointType,
    EndpointDetails:
      EndpointType === 'PUBLIC'
        ? undefined
        : tidyEndpointDetails(overlay(keptEndpoint, input.EndpointDetails && endpointDetailsOf(input.EndpointDetails))),
    IdentityProviderType,
    IdentityProviderDetails: IdentityProviderType === 'SERVICE_MANAGED' ? undefined : overlay(keptIdp, input.IdentityProviderDetails),
    Certificate: given('Certificate', nonEmpty(input.Certificate)),
    ProtocolDetails: overlay(before.ProtocolDetails, input.ProtocolDetails),
    LoggingRole: given('LoggingRole', nonEmpty(input.LoggingRole)),
    PreAuthenticationLoginBanner: given('PreAuthenticationLoginBanner', nonEmpty(input.PreAuthenticationLoginBanner)),
    PostAuthenticationLoginBanner: given('PostAuthenticationLoginBanner', nonEmpty(input.PostAuthenticationLoginBanner)),
    SecurityPolicyName: input.SecurityPolicyName ?? before.SecurityPolicyName,
    WorkflowDetails: input.WorkflowDetails
      ? tidyWorkflows({ ...before.WorkflowDetails, ...input.WorkflowDetails })
      : before.WorkflowDetails,
    StructuredLogDestinations: given('StructuredLogDestinations', nonEmptyList(input.StructuredLogDestinations)),
    S3StorageOptions: overlay(before.S3StorageOptions, input.S3StorageOptions),
    IpAddressType: input.IpAddressType ?? before.IpAddressType,
  });
}

function endpointRequestViolations(endpointType: string, details: EndpointDetails | undefined): string[] {
  const v: string[] = [];
  // Model: "After May 19, 2021, you won't be able to create a server using EndpointType=VPC_ENDPOINT in your account
  // if your account hasn't already done so"; no emulated account ever has.
  if (endpointType === 'VPC_ENDPOINT') v.push('EndpointType VPC_ENDPOINT is no longer available (retired on 2021-05-19); use VPC');
  if (details && endpointType === 'PUBLIC') v.push('EndpointDetails can only be set when EndpointType is VPC');
  if (details?.VpcEndpointId !== undefined && endpointType !== 'VPC_ENDPOINT') {
    v.push('EndpointDetails.VpcEndpointId can only be set when EndpointType is VPC_ENDPOINT');
  }
  return v;
}

/** A SecurityPolicyName given in a request must be a published server policy; a stored one is not checked again. */
function policyViolations(name: string | undefined): string[] {
  const problem = name === undefined ? undefined : securityPolicyProblem(name, 'SERVER');
  return problem ? [problem] : [];
}

/** What only a CreateServer request can get wrong, beyond the rules every server keeps. */
export function createRequestViolations(input: CreateServerRequest): string[] {
  const v: string[] = [];
  // The message AWS answers with (https://github.com/aws/aws-cli/issues/8962).
  if (input.IdentityProviderDetails && !input.IdentityProviderType)
    v.push('Must specify IdentityProviderType with IdentityProviderDetails');
  if (input.IdentityProviderDetails && input.IdentityProviderType === 'SERVICE_MANAGED') {
    v.push('IdentityProviderDetails cannot be specified when IdentityProviderType is SERVICE_MANAGED');
  }
  v.push(...endpointRequestViolations(input.EndpointType ?? 'PUBLIC', input.EndpointDetails));
  v.push(...policyViolations(input.SecurityPolicyName));
  // Model EndpointDetails.AddressAllocationIds: "Call the UpdateServer API to set or change this parameter", on an
  // offline server that already has SubnetIds.
  if (input.EndpointDetails?.AddressAllocationIds?.length) {
    v.push('EndpointDetails.AddressAllocationIds can only be set by UpdateServer, on an OFFLINE server that already has SubnetIds');
  }
  return v;
}

/** What only an UpdateServer request can get wrong, given the server before it and its visible state. */
export function updateRequestViolations(before: DescribedServer, state: State, input: UpdateServerRequest): string[] {
  const v: string[] = policyViolations(input.SecurityPolicyName);
  if (input.IdentityProviderDetails && !input.IdentityProviderType && before.IdentityProviderType === 'SERVICE_MANAGED') {
    v.push('Must specify IdentityProviderType with IdentityProviderDetails');
  }
  if (input.IdentityProviderDetails && input.IdentityProviderType === 'SERVICE_MANAGED') {
    v.push('IdentityProviderDetails cannot be specified when IdentityProviderType is SERVICE_MANAGED');
  }
  const endpointType = input.EndpointType ?? before.EndpointType!;
  const details = input.EndpointDetails;
  v.push(...endpointRequestViolations(endpointType, details));
  // Model EndpointDetails.SecurityGroupIds: editable in UpdateServer "only if you are changing the EndpointType from
  // PUBLIC or VPC_ENDPOINT to VPC"; afterwards they belong to the VPC endpoint (EC2 ModifyVpcEndpoint).
  if (details?.SecurityGroupIds !== undefined && !(endpointType === 'VPC' && before.EndpointType !== 'VPC')) {
    v.push('EndpointDetails.SecurityGroupIds can only be set when changing EndpointType to VPC; afterwards use EC2 ModifyVpcEndpoint');
  }
  if (details?.AddressAllocationIds !== undefined) {
    if (state !== 'OFFLINE') v.push(`EndpointDetails.AddressAllocationIds can only be changed while the server is OFFLINE; it is ${state}`);
    const subnetsBefore = before.EndpointType === endpointType ? before.EndpointDetails?.SubnetIds : undefined;
    if (details.SubnetIds !== undefined || !subnetsBefore?.length) {
      v.push('EndpointDetails.AddressAllocationIds can only be set on a server that already has SubnetIds, not in the same call');
    }
  }
  // Model IpAddressType: "It cannot be changed while the server is online."
  if (input.IpAddressType !== undefined && input.IpAddressType !== before.IpAddressType && state !== 'OFFLINE') {
    v.push(`IpAddressType can only be changed while the server is OFFLINE; it is ${state}`);
  }
  return v;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[^:]+(:\*)?$/;

/** The rules across members (model docs of CreateServer) that every server's settings keep, as messages. */
export function settingsViolations(d: DescribedServer): string[] {
  const v: string[] = [];
  const protocols = d.Protocols ?? [];
  const has = (p: string) => protocols.includes(p as never);
  if (new Set(protocols).size !== protocols.length) v.push(`Protocols must not name a protocol twice, got [${protocols.join(', ')}]`);
  if (has('AS2')) {
    if (d.EndpointType !== 'VPC') v.push(`Protocols including AS2 require EndpointType VPC, got ${d.EndpointType}`);
    if (d.Domain !== 'S3') v.push(`Protocols including AS2 require Domain S3, got ${d.Domain}`);
  }
  if (has('FTPS') && !d.Certificate) v.push('Protocols including FTPS require a Certificate (the ARN of an ACM certificate)');
  if (hasFtp(d)) {
    if (d.EndpointType !== 'VPC') v.push(`Protocols including FTP or FTPS require EndpointType VPC, got ${d.EndpointType}`);
    if (d.IdentityProviderType === 'SERVICE_MANAGED') {
      v.push(
        'Protocols including FTP or FTPS require IdentityProviderType AWS_DIRECTORY_SERVICE, AWS_LAMBDA or API_GATEWAY, got SERVICE_MANAGED',
      );
    }
  }
  const idp = IDP_MEMBERS[d.IdentityProviderType!];
  const idpDetails = d.IdentityProviderDetails ?? {};
  for (const member of idp.required) {
    if (!idpDetails[member]) v.push(`IdentityProviderType ${d.IdentityProviderType} requires IdentityProviderDetails.${member}`);
  }
  for (const member of Object.keys(idpDetails) as IdpMember[]) {
    if (!idp.allowed.includes(member))
      v.push(`IdentityProviderDetails.${member} does not apply to IdentityProviderType ${d.IdentityProviderType}`);
  }
  v.push(...endpointViolations(d));
  const passiveIp = d.ProtocolDetails?.PassiveIp;
  if (passiveIp !== undefined && passiveIp !== 'AUTO' && !IPV4.test(passiveIp)) {
    v.push(`ProtocolDetails.PassiveIp must be AUTO or a dotted-quad IPv4 address, got "${passiveIp}"`);
  }
  if (d.S3StorageOptions && Object.keys(d.S3StorageOptions).length && d.Domain !== 'S3') {
    v.push(`S3StorageOptions apply only to servers with Domain S3, got ${d.Domain}`);
  }
  (d.StructuredLogDestinations ?? []).forEach((arn, i) => {
    if (!LOG_GROUP_ARN.test(arn)) v.push(`StructuredLogDestinations[${i}] must be the ARN of a CloudWatch Logs log group, got "${arn}"`);
  });
  return v;
}

function endpointViolations(d: DescribedServer): string[] {
  if (d.EndpointType !== 'VPC') return [];
  const v: string[] = [];
  const { VpcId, SubnetIds = [], AddressAllocationIds = [] } = d.EndpointDetails ?? {};
  if (!VpcId) v.push('EndpointType VPC requires EndpointDetails.VpcId');
  if (!SubnetIds.length) v.push('EndpointType VPC requires EndpointDetails.SubnetIds');
  if (AddressAllocationIds.length) {
    if (d.Protocols?.includes('FTP')) v.push('EndpointDetails.AddressAllocationIds cannot be used with the FTP protocol');
    if (d.IpAddressType === 'DUALSTACK') v.push('EndpointDetails.AddressAllocationIds cannot be used with IpAddressType DUALSTACK');
    if (new Set(AddressAllocationIds).size !== AddressAllocationIds.length)
      v.push('EndpointDetails.AddressAllocationIds must not repeat an allocation');
    if (AddressAllocationIds.length !== SubnetIds.length) {
      v.push(
        `EndpointDetails.AddressAllocationIds must name one allocation per subnet: got ${AddressAllocationIds.length} for ${SubnetIds.length} SubnetIds`,
      );
    }
  }
  return v;
}

/** A HostKey given (an empty one keeps or generates the key) must be one the documentation accepts. */
function hostKeyViolations(hostKey: string | undefined): string[] {
  return hostKey && !hostKeyFingerprint(hostKey) ? [UNSUPPORTED_HOST_KEY] : [];
}

/** Every rule a CreateServer request breaks: its own, those of the settings it asks for, its HostKey's. */
export function createServerViolations(input: CreateServerRequest): string[] {
  return [...createRequestViolations(input), ...settingsViolations(createDraft(input)), ...hostKeyViolations(input.HostKey)];
}

/** Every rule an UpdateServer request breaks, given the server before it (as stored) and the state it shows. */
export function updateServerViolations(before: DescribedServer, state: State, input: UpdateServerRequest): string[] {
  return [
    ...updateRequestViolations(before, state, input),
    ...settingsViolations(updateDraft(before, input)),
    ...hostKeyViolations(input.HostKey),
  ];
}

/** Model: OFFLINE -> STARTING -> ONLINE; a server still STOPPING cannot be started. */
export function startServerProblem(serverId: string, state: State): string | undefined {
  return state === 'STOPPING' ? `Server ${serverId} is STOPPING; start it once it is OFFLINE` : undefined;
}

/** Model: ONLINE -> STOPPING -> OFFLINE; a server still STARTING cannot be stopped. */
export function stopServerProblem(serverId: string, state: State): string | undefined {
  return state === 'STARTING' ? `Server ${serverId} is STARTING; stop it once it is ONLINE` : undefined;
}

/**
 * Why a TestIdentityProvider of `server` is refused, or undefined. Messages as AWS sends them (model docs of
 * TestIdentityProvider): "<id> not configured for external auth".
 */
export function testIdentityProviderProblem(server: DescribedServer, input: TestIdentityProviderRequest): string | undefined {
  const protocols = server.Protocols ?? [];
  // AS2 does not use identity providers (AWS AS2 guide), so an AS2-only server has no external auth to test.
  if (server.IdentityProviderType === 'SERVICE_MANAGED' || protocols.every((p) => p === 'AS2')) {
    return `${input.ServerId} not configured for external auth`;
  }
  if (input.ServerProtocol !== undefined && !protocols.includes(input.ServerProtocol)) {
    return `ServerProtocol ${input.ServerProtocol} is not among the server's Protocols [${protocols.join(', ')}]`;
  }
  if (input.ServerProtocol === 'AS2') return 'ServerProtocol AS2 does not authenticate users through an identity provider';
  return undefined;
}
