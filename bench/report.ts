import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const INTRO = `# Performance

Written by \`npm run bench\` (\`bench/report.ts\`): each section is the output of the benchmark named in its heading,
with the date, commit and machine it ran on. Run \`npm run bench -- <name>\` to rewrite one section only
(\`npm run bench -- gateway:calls\` prints the AWS calls table alone, in a few minutes, without writing). The figures
are from a shared 2-core VM whose speed varies from run to run: compare ratios within one run, not numbers across runs.
`;

/** Where one benchmark's section starts and ends in the report, so that a partial run rewrites only its own. */
const marks = (name: string) => [`<!-- bench:${name} -->`, `<!-- /bench:${name} -->`] as const;

/** What the figures were measured on: date, commit, Node, cores and memory. */
export function provenance(now = new Date()): string {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', timeout: 5000 }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', timeout: 5000 }).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // Not a git checkout (e.g. a container): the commit stays unknown.
  }
  const cpu = cpus();
  return `Run on ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit}, node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB.`;
}

/** `report` with the section of each benchmark in `sections` replaced (or added in `order`), the others kept as they were. */
export function mergeSections(report: string, sections: Record<string, string>, order: readonly string[]): string {
  const kept: Record<string, string> = {};
  for (const name of order) {
    const [open, close] = marks(name);
    const start = report.indexOf(open);
    const end = report.indexOf(close);
    if (start >= 0 && end > start) kept[name] = report.slice(start + open.length, end).trim();
  }
  const body = order
    .filter((name) => sections[name] ?? kept[name])
    .map((name) => {
      const [open, close] = marks(name);
      return `${open}\n${(sections[name] ?? kept[name]).trim()}\n${close}`;
    });
  return [INTRO, ...body].join('\n') + '\n';
}

/** Rewrites the report file with the sections just measured. */
export function writeReport(path: string, sections: Record<string, string>, order: readonly string[]): void {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, mergeSections(before, sections, order));
}
