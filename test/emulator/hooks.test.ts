import {
  CreateProfileCommand,
  DescribeProfileCommand,
  InternalServiceError,
  ListProfilesCommand,
  ResourceNotFoundException,
  ThrottlingException,
} from '@aws-sdk/client-transfer';
import { emulatorOptionsFromEnv } from '../../src/emulator';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const NO_FAULTS = { latencyMs: 0, throttlePercent: 0, errorPercent: 0 };

async function hook(t: TestEmulator, method: string, path: string, body?: string) {
  const res = await fetch(`${t.endpoint}/_emulator/${path}`, { method, body });
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.json() };
}

/** Where a call ended: the SDK's exception class name, the status and how many attempts the SDK made. */
async function outcome(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as (Error & { $metadata: { httpStatusCode?: number; attempts?: number }; $fault: string }) | undefined;
  return error && { error, status: error.$metadata.httpStatusCode, attempts: error.$metadata.attempts, fault: error.$fault };
}

describe('GET /_emulator/stats', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(() => t.close());

  it('starts at zero', async () => {
    expect(await hook(t, 'GET', 'stats')).toEqual({ status: 200, contentType: 'application/json', body: { requests: {}, total: 0 } });
  });

  it('counts calls per operation and in total, including calls answered with an error', async () => {
    const { ProfileId } = await t.client.send(new CreateProfileCommand({ As2Id: 'counted', ProfileType: 'LOCAL' }));
    await t.client.send(new DescribeProfileCommand({ ProfileId }));
    await t.client.send(new DescribeProfileCommand({ ProfileId }));
    await expect(t.client.send(new DescribeProfileCommand({ ProfileId: 'p-0123456789abcdef0' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    await expect(t.client.send(new ListProfilesCommand({ MaxResults: 0 }))).rejects.toThrow('validation error');
    expect(await t.stats()).toEqual({ requests: { CreateProfile: 1, DescribeProfile: 3, ListProfiles: 1 }, total: 5 });
  });

  it('does not count requests that name no operation, nor hook calls', async () => {
    await fetch(`${t.endpoint}/`, { method: 'POST', headers: { 'x-amz-target': 'TransferService.LaunchRocket' }, body: '{}' });
    await hook(t, 'GET', 'config');
    expect((await t.stats()).total).toBe(5);
  });

  it('is zeroed by POST /_emulator/stats/reset, which answers the zeroed counts', async () => {
    expect(await hook(t, 'POST', 'stats/reset')).toEqual({
      status: 200,
      contentType: 'application/json',
      body: { requests: {}, total: 0 },
    });
    await t.client.send(new ListProfilesCommand({}));
    expect(await t.stats()).toEqual({ requests: { ListProfiles: 1 }, total: 1 });
  });

  it('answers 404 naming the route for an unknown hook', async () => {
    expect(await hook(t, 'DELETE', 'stats')).toEqual({
      status: 404,
      contentType: 'application/json',
      body: { message: 'no emulator hook at DELETE /_emulator/stats' },
    });
  });
});

describe('PUT /_emulator/config', () => {
  let t: TestEmulator;
  beforeEach(async () => {
    t = await startTestEmulator();
  });
  afterEach(() => t.close());

  it('answers the fault settings on GET, all off by default', async () => {
    expect(await hook(t, 'GET', 'config')).toEqual({ status: 200, contentType: 'application/json', body: NO_FAULTS });
  });

  it('merges a partial update and answers the whole new configuration', async () => {
    expect(await hook(t, 'PUT', 'config', '{"latencyMs": 3}')).toEqual({
      status: 200,
      contentType: 'application/json',
      body: { ...NO_FAULTS, latencyMs: 3 },
    });
    expect((await hook(t, 'PUT', 'config', '{"errorPercent": 0.5}')).body).toEqual({ latencyMs: 3, throttlePercent: 0, errorPercent: 0.5 });
    await expect(t.client.send(new ListProfilesCommand({}))).resolves.toBeDefined();
  });

  it('answers every call with ThrottlingException (429, Retry-After 1 s) at throttlePercent 100, and the SDK retries it', async () => {
    await t.setFaults({ throttlePercent: 100 });
    const throttled = await outcome(t.client.send(new CreateProfileCommand({ As2Id: 'x', ProfileType: 'LOCAL' })));
    expect(throttled?.error).toBeInstanceOf(ThrottlingException);
    expect(throttled).toMatchObject({ status: 429, fault: 'client', error: { message: 'Rate exceeded', RetryAfterSeconds: '1' } });

    await t.resetStats();
    const retried = await outcome(t.clientFor('us-east-1', { maxAttempts: 2 }).send(new ListProfilesCommand({})));
    expect(retried?.error).toBeInstanceOf(ThrottlingException);
    expect(retried?.attempts).toBe(2);
    expect(await t.stats()).toEqual({ requests: { ListProfiles: 2 }, total: 2 });

    await t.setFaults({ throttlePercent: 0 });
    expect((await t.client.send(new ListProfilesCommand({}))).Profiles).toEqual([]);
  });

  it('answers every call with InternalServiceError (503, server fault) at errorPercent 100', async () => {
    await t.setFaults({ errorPercent: 100 });
    const failed = await outcome(t.client.send(new ListProfilesCommand({})));
    expect(failed?.error).toBeInstanceOf(InternalServiceError);
    expect(failed).toMatchObject({
      status: 503,
      fault: 'server',
      error: { message: 'An internal error occurred (injected by the emulator)' },
    });
    await t.setFaults({ errorPercent: 0 });
    await expect(t.client.send(new ListProfilesCommand({}))).resolves.toBeDefined();
  });

  it('still serves calls with latency configured', async () => {
    await t.setFaults({ latencyMs: 5 });
    await expect(t.client.send(new ListProfilesCommand({}))).resolves.toMatchObject({ Profiles: [] });
  });

  it.each([
    ['{"throttlePercent": 101}', 'throttlePercent must be a number from 0 to 100, got 101'],
    ['{"errorPercent": -1}', 'errorPercent must be a number from 0 to 100, got -1'],
    ['{"errorPercent": "50"}', 'errorPercent must be a number from 0 to 100, got "50"'],
    ['{"latencyMs": 60001}', 'latencyMs must be a number from 0 to 60000, got 60001'],
    ['{"latencyMs": null}', 'latencyMs must be a number from 0 to 60000, got null'],
    ['{"latencyMs": 1, "jitterMs": 5}', 'unknown setting jitterMs; expected latencyMs, throttlePercent or errorPercent'],
    ['[50]', 'expected a JSON object'],
    ['throttle=50', 'expected a JSON object with latencyMs, throttlePercent and/or errorPercent'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (body, message) => {
    expect(await hook(t, 'PUT', 'config', body)).toEqual({ status: 400, contentType: 'application/json', body: { message } });
    expect((await hook(t, 'GET', 'config')).body).toEqual(NO_FAULTS);
  });
});

describe('fault settings from the environment', () => {
  const startFromEnv = (env: Record<string, string>) => {
    const { latencyMs, throttlePercent, errorPercent } = emulatorOptionsFromEnv(env);
    return startTestEmulator({ latencyMs, throttlePercent, errorPercent });
  };

  it('throttles every call with EMULATOR_THROTTLE_PERCENT=100', async () => {
    const t = await startFromEnv({ EMULATOR_THROTTLE_PERCENT: '100' });
    try {
      await expect(t.client.send(new ListProfilesCommand({}))).rejects.toBeInstanceOf(ThrottlingException);
    } finally {
      await t.close();
    }
  });

  it('fails every call with EMULATOR_ERROR_PERCENT=100', async () => {
    const t = await startFromEnv({ EMULATOR_ERROR_PERCENT: '100' });
    try {
      await expect(t.client.send(new ListProfilesCommand({}))).rejects.toBeInstanceOf(InternalServiceError);
    } finally {
      await t.close();
    }
  });

  it('shows EMULATOR_LATENCY_MS in GET /_emulator/config', async () => {
    const t = await startFromEnv({ EMULATOR_LATENCY_MS: '7', EMULATOR_THROTTLE_PERCENT: '10' });
    try {
      expect((await hook(t, 'GET', 'config')).body).toEqual({ latencyMs: 7, throttlePercent: 10, errorPercent: 0 });
    } finally {
      await t.close();
    }
  });
});
