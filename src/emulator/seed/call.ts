import type {
  CreateAgreementRequest,
  CreateAgreementResponse,
  CreateConnectorRequest,
  CreateConnectorResponse,
  CreateProfileRequest,
  CreateProfileResponse,
  CreateServerRequest,
  CreateServerResponse,
  ImportCertificateRequest,
  ImportCertificateResponse,
  StartFileTransferRequest,
  StartFileTransferResponse,
  StartServerRequest,
  StopServerRequest,
  UpdateServerRequest,
  UpdateServerResponse,
} from '@aws-sdk/client-transfer';
import { type Behaviour, operationContext } from '../context';
import { OPERATIONS } from '../operations';
import type { Store } from '../store';
import { validateInput } from '../validate';

/** The operations seeding uses, with their SDK request and response types. */
interface SeedOperations {
  CreateServer: [CreateServerRequest, CreateServerResponse];
  StopServer: [StopServerRequest, void];
  UpdateServer: [UpdateServerRequest, UpdateServerResponse];
  StartServer: [StartServerRequest, void];
  ImportCertificate: [ImportCertificateRequest, ImportCertificateResponse];
  CreateProfile: [CreateProfileRequest, CreateProfileResponse];
  CreateAgreement: [CreateAgreementRequest, CreateAgreementResponse];
  CreateConnector: [CreateConnectorRequest, CreateConnectorResponse];
  StartFileTransfer: [StartFileTransferRequest, StartFileTransferResponse];
}

/** Calls one operation as a request would reach it. */
export type SeedCall = <Op extends keyof SeedOperations>(operation: Op, input: SeedOperations[Op][0]) => Promise<SeedOperations[Op][1]>;

/** Dates travel as awsJson epoch seconds, so that validation turns them back into Dates as it does for a request. */
function wireReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? raw.getTime() / 1000 : value;
}

/**
 * A caller for seed data: SDK-shaped inputs go through the wire's JSON form and validateInput() to the real operation
 * functions, so seeded resources obey the same rules as those made over HTTP. The seeded setup already exists when
 * the emulator starts, so its servers and transfers do not wait out `behaviour`'s simulated delays.
 */
export function seedCaller(store: Store, options: { accountId: string; behaviour: Behaviour; region?: string }): SeedCall {
  const behaviour: Behaviour = { ...options.behaviour, stateTransitionMs: 0, transferStepMs: 0 };
  const ctx = operationContext(store, options.region ?? 'us-east-1', options.accountId, behaviour);
  return async (operation, input) => {
    const handler = OPERATIONS[operation];
    if (!handler) throw new Error(`seed: operation ${operation} is not implemented yet`);
    const wire: unknown = JSON.parse(JSON.stringify(input, wireReplacer));
    const request = validateInput(operation, wire);
    return store.transaction(() => handler(ctx, request)) as never;
  };
}
