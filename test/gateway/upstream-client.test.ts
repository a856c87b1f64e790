import { DescribeProfileCommand, ListCertificatesCommand, ListProfilesCommand } from '@aws-sdk/client-transfer';
import { RegionUpstream } from '../../src/gateway/upstream/client';
import { Limiter } from '../../src/gateway/upstream/limiter';
import { UpstreamMeter } from '../../src/gateway/upstream/meter';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

// The SDK clients resolve their middleware once per command class and share that handler's context between calls:
// what belongs to one call (its request's meter and abort signal) must still reach that call alone.
let e: TestEmulator;
let upstream: RegionUpstream;

beforeAll(async () => {
  e = await startTestEmulator();
  upstream = new RegionUpstream(
    { region: 'us-east-1', endpoint: e.endpoint },
    { concurrencyPerProcess: 64, upstreamTimeoutMs: 5000, upstreamMaxAttempts: 3 },
  );
});

afterAll(async () => {
  upstream.destroy();
  await e.close();
});

afterEach(async () => {
  await e.setFaults({ latencyMs: 0, throttlePercent: 0, errorPercent: 0 });
});

const requestView = (signal?: AbortSignal) => {
  const meter = new UpstreamMeter();
  return { meter, upstream: upstream.forRequest(meter, new Limiter(16), signal) };
};

describe('the upstream client, whose SDK handlers are resolved once per command class', () => {
  it("counts each request's calls on that request's meter, however their calls interleave", async () => {
    await e.resetStats();
    const requests = [1, 2, 3, 4].map(() => requestView());
    await Promise.all(
      requests.flatMap(({ upstream: view }, i) => [
        ...Array.from({ length: i + 1 }, () => view.read(new ListCertificatesCommand({}))),
        ...Array.from({ length: 2 * i }, () => view.read(new ListProfilesCommand({}))),
        ...(i === 3 ? [view.read(new DescribeProfileCommand({ ProfileId: 'p-0000000000000000a' })).catch(() => undefined)] : []),
      ]),
    );
    expect(requests.map((r) => r.meter.toJSON())).toEqual([
      { calls: 1, byOperation: { ListCertificates: 1 } },
      { calls: 4, byOperation: { ListCertificates: 2, ListProfiles: 2 } },
      { calls: 7, byOperation: { ListCertificates: 3, ListProfiles: 4 } },
      { calls: 11, byOperation: { ListCertificates: 4, ListProfiles: 6, DescribeProfile: 1 } },
    ]);
    expect((await e.stats()).total).toBe(23);
  });

  it("aborts the call in flight of a request whose signal fires, and no other request's call of that class", async () => {
    await e.setFaults({ latencyMs: 1500 });
    const leaving = new AbortController();
    const left = requestView(leaving.signal);
    const staying = requestView();
    const abandoned = left.upstream.read(new ListProfilesCommand({})).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    const kept = staying.upstream.read(new ListProfilesCommand({})).then(() => 'answered');
    setTimeout(() => leaving.abort(new DOMException('the client left', 'AbortError')), 100);
    expect(await Promise.all([abandoned, kept])).toEqual(['AbortError', 'answered']);
    expect([left.meter.toJSON(), staying.meter.toJSON()]).toEqual([
      { calls: 1, byOperation: { ListProfiles: 1 } },
      { calls: 1, byOperation: { ListProfiles: 1 } },
    ]);
  });

  it('makes no attempt for a request whose signal fired before the call', async () => {
    await e.resetStats();
    const gone = new AbortController();
    gone.abort(new DOMException('the client left', 'AbortError'));
    const view = requestView(gone.signal);
    const outcome = await view.upstream.read(new ListProfilesCommand({})).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect({ outcome, meter: view.meter.toJSON(), received: (await e.stats()).total }).toEqual({
      outcome: 'AbortError',
      meter: { calls: 0, byOperation: {} },
      received: 0,
    });
  });

  it("counts every attempt of a read the SDK retries on the request's meter", async () => {
    await e.setFaults({ throttlePercent: 100 });
    await e.resetStats();
    const view = requestView();
    const outcome = await view.upstream.read(new ListCertificatesCommand({})).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect({ outcome, meter: view.meter.toJSON(), received: (await e.stats()).total }).toEqual({
      outcome: 'ThrottlingException',
      meter: { calls: 3, byOperation: { ListCertificates: 3 } },
      received: 3,
    });
  });
});
