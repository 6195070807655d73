// Versions and machine description printed with (and stored beside) every result.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

const tryRun = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  return r.status === 0 ? `${r.stdout}${r.stderr}`.trim() : null;
};

/**
 * The real CPython executable. On this machine `python3` is a pyenv shim that adds ~0.2 s to
 * every run, so the harness asks python3 where it really lives and runs that.
 */
export function findPython() {
  const exe = tryRun(process.env.EDGEPY_BENCH_PYTHON ?? 'python3', ['-c', 'import sys; print(sys.executable)']);
  if (!exe) throw new Error('cannot run python3 (needed for the CPython column); set EDGEPY_BENCH_PYTHON');
  const version = tryRun(exe, ['-c', 'import sys; print(sys.version.split()[0])']);
  return { exe, version };
}

export function edgepyVersion() {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const commit = tryRun('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: repoRoot });
  const dirty = tryRun('git', ['status', '--porcelain', '--', 'src', 'runtime', 'bin'], { cwd: repoRoot });
  return { version: pkg.version, commit, dirty: Boolean(dirty) };
}

function cpuModel() {
  const model = os.cpus()[0]?.model?.trim();
  // Some VMs report only the vendor ("AMD EPYC"); lscpu may know more.
  const lscpu = tryRun('lscpu', []);
  const fromLscpu = lscpu?.match(/^Model name:\s*(.+)$/m)?.[1]?.trim();
  const name = fromLscpu && fromLscpu.length > (model?.length ?? 0) ? fromLscpu : model ?? 'unknown';
  const family = lscpu?.match(/^CPU family:\s*(\S+)$/m)?.[1];
  const modelNo = lscpu?.match(/^Model:\s*(\S+)$/m)?.[1];
  return family ? `${name} (family ${family}, model ${modelNo ?? '?'})` : name;
}

export function machine() {
  return {
    cpuModel: cpuModel(),
    cores: os.cpus().length,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    hostname: os.hostname(),
    loadAvgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function nodeInfo() {
  return { exe: process.execPath, version: process.version };
}

export function gitDate() {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
