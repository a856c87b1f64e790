import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildModelTable,
  GATEWAY_WRITE_OPERATIONS,
  inputConstraintsTable,
  OPERATIONS_IN_SCOPE,
  START_ANCHORED,
} from '../../scripts/model-table';
import GATEWAY_CONSTRAINTS from '../../src/gateway/upstream/model-constraints.json';
import { MODEL } from '../../src/emulator/model';
import { OPERATIONS } from '../../src/emulator/operations';

/** The official service model sits beside the project in the team's workspace only; a user's clone has no ../shared. */
const SERVICE_MODEL = join(__dirname, '..', '..', '..', 'shared', 'reference', 'transfer-2018-11-05.service-2.json');
const haveServiceModel = existsSync(SERVICE_MODEL);

describe('the emulator model table (src/emulator/model/model.json)', () => {
  (haveServiceModel ? it : it.skip)(
    haveServiceModel
      ? 'equals what scripts/model-table.ts derives from the official service model'
      : `equals what scripts/model-table.ts derives from the official service model (skipped: ${SERVICE_MODEL} is absent, as in a user's clone)`,
    () => {
      const derived = buildModelTable(JSON.parse(readFileSync(SERVICE_MODEL, 'utf8')), OPERATIONS_IN_SCOPE);
      expect(MODEL).toEqual(derived);
    },
  );

  const API_NOTES = join(__dirname, '..', '..', '..', 'shared', 'reference', 'aws-transfer-api.md');
  (existsSync(API_NOTES) ? it : it.skip)(
    'start-anchors exactly the + patterns the 2022 model anchored at the start only (^…+ without $)',
    () => {
      const rows = [...readFileSync(API_NOTES, 'utf8').matchAll(/^\| (\w+) \| string;[^|]*?`(\^[^`]*)`/gm)];
      const startOnly = rows.filter(([, , p]) => !p.endsWith('$') && !p.includes('|') && p.endsWith('+')).map(([, name]) => name);
      expect(startOnly.filter((name) => MODEL.shapes[name]?.pattern).sort()).toEqual([...START_ANCHORED].sort());
      expect(
        Object.entries(MODEL.shapes)
          .filter(([, f]) => f.anchor === 'start')
          .map(([name]) => name)
          .sort(),
      ).toEqual([...START_ANCHORED].sort());
    },
  );

  it('covers exactly the operations in scope', () => {
    expect(Object.keys(MODEL.operations)).toEqual([...OPERATIONS_IN_SCOPE]);
  });

  it('has facts for every shape an operation or a member names', () => {
    const named = new Set<string>();
    for (const op of Object.values(MODEL.operations)) [op.input, op.output, ...op.errors].forEach((s) => s && named.add(s));
    for (const facts of Object.values(MODEL.shapes)) {
      Object.values(facts.members ?? {}).forEach((s) => named.add(s));
      if (facts.member) named.add(facts.member);
    }
    expect([...named].filter((name) => !MODEL.shapes[name])).toEqual([]);
  });

  it('holds only patterns that compile as JavaScript regular expressions', () => {
    const broken = Object.entries(MODEL.shapes).filter(([, f]) => {
      if (f.pattern === undefined) return false;
      try {
        new RegExp(f.pattern);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });
});

describe('the operation table (src/emulator/operations/index.ts)', () => {
  it('has a handler for every operation in scope', () => {
    expect(OPERATIONS_IN_SCOPE.filter((name) => typeof OPERATIONS[name] !== 'function')).toEqual([]);
  });

  it('has no handler for an operation outside the model table', () => {
    expect(Object.keys(OPERATIONS).filter((name) => !(name in MODEL.operations))).toEqual([]);
  });
});

describe("the gateway's constraints table (src/gateway/upstream/model-constraints.json)", () => {
  it("is the write operations' inputs cut from the emulator's table, as scripts/generate-model.ts writes it", () => {
    expect(GATEWAY_CONSTRAINTS).toEqual(inputConstraintsTable(MODEL, GATEWAY_WRITE_OPERATIONS));
  });

  it('covers the AWS write of every mutation the gateway serves', () => {
    expect(Object.keys(GATEWAY_CONSTRAINTS.operations).every((op) => OPERATIONS_IN_SCOPE.includes(op as never))).toBe(true);
    expect(Object.keys(GATEWAY_CONSTRAINTS.operations)).toEqual([...GATEWAY_WRITE_OPERATIONS]);
  });
});
