import { mergeSections } from '../../bench/report';

const ORDER = ['emulator', 'gateway'] as const;
const section = (name: string, body: string) => `<!-- bench:${name} -->\n${body}\n<!-- /bench:${name} -->`;

describe('the bench report (docs/performance.md)', () => {
  it('writes the sections measured, in the benchmarks order, after the fixed introduction', () => {
    const report = mergeSections('', { gateway: '## gateway\n\nG1', emulator: '## emulator\n\nE1' }, ORDER);
    expect(report.slice(report.indexOf('<!--'))).toBe(
      `${section('emulator', '## emulator\n\nE1')}\n${section('gateway', '## gateway\n\nG1')}\n`,
    );
    expect(report.startsWith('# Performance\n')).toBe(true);
  });

  it('keeps the sections of benchmarks that did not run this time', () => {
    const before = mergeSections('', { emulator: 'E1', gateway: 'G1' }, ORDER);
    const after = mergeSections(before, { gateway: 'G2' }, ORDER);
    expect(after.slice(after.indexOf('<!--'))).toBe(`${section('emulator', 'E1')}\n${section('gateway', 'G2')}\n`);
  });

  it('drops text outside the sections (the report is generated, never edited by hand)', () => {
    const after = mergeSections('# old notes\nhand-written figure: 12 ms\n', { emulator: 'E1' }, ORDER);
    expect(after).not.toContain('12 ms');
    expect(after.slice(after.indexOf('<!--'))).toBe(`${section('emulator', 'E1')}\n`);
  });
});
