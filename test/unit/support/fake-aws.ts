import { operationOf, type OutputOf, type RequestUpstream, type TransferCommand } from '../../../src/gateway/upstream/client';
import { UpstreamMeter } from '../../../src/gateway/upstream/meter';

/** One AWS call as the fake saw it: the operation and its input. */
export type AwsCall = [operation: string, input: Record<string, unknown>];

/** How the fake AWS answers an operation: the SDK output for the input, or a throw (an SDK exception instance). */

export type AwsAnswers = Partial<Record<string, (input: any) => unknown>>;

export interface FakeAws {
  /** Stands where the request's upstream stands: the resolvers and loaders reach "AWS" through it. */
  upstream: RequestUpstream;
  /**
   * The calls, grouped by the turn of the event loop they were sent in: calls sent together, before any of them was
   * answered, are one batch (what DataLoader dispatches at once).
   */
  batches: AwsCall[][];
  /** Every call, in order. */
  calls(): AwsCall[];
}

/**
 * A fake of the AWS boundary in process: the real SDK commands go in, `answers` says what AWS would answer, and the
 * calls are recorded batch by batch. Each answer arrives on the next turn of the event loop, as a network answer would.
 */
export function fakeAws(answers: AwsAnswers, region = 'us-east-1'): FakeAws {
  const batches: AwsCall[][] = [];
  const meter = new UpstreamMeter();
  let open: AwsCall[] | undefined;
  const send = <C extends TransferCommand>(command: C): Promise<OutputOf<C>> => {
    const operation = operationOf(command);
    meter.record(operation);
    if (!open) {
      batches.push((open = []));
      setImmediate(() => (open = undefined));
    }
    open.push([operation, { ...command.input }]);
    return new Promise((resolve, reject) =>
      setImmediate(() => {
        const answer = answers[operation];
        if (!answer) return reject(new Error(`the fake AWS has no answer for ${operation}`));
        try {
          resolve(answer(command.input) as OutputOf<C>);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
    );
  };
  const write = async <C extends TransferCommand>(command: C): Promise<OutputOf<C>> => {
    if (meter.planned) throw new Error(`A dry run tried to send ${operationOf(command)}`);
    return send(command);
  };
  // Structurally what RequestUpstream offers the layers above it; its own class wants a RegionUpstream and a socket.
  const upstream = { region, meter, read: send, readFresh: send, write } as unknown as RequestUpstream;
  return { upstream, batches, calls: () => batches.flat() };
}
