import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Kernel clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU time (user + system) a process has used so far, in ms; NaN when it cannot be read. */
function processCpuMs(pid: number): number {
  try {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
  } catch {
    return Number.NaN;
  }
}

/** The processes whose CPU a load run spends: the service (GraphQL side only), Neo4j, and this one. */
export interface CpuProcesses {
  service?: number;
  neo4j?: number;
}

export interface CpuSpent {
  serviceMs: number;
  neo4jMs: number;
  /** This process: the load generator, and on the plain side the driver too. */
  benchMs: number;
}

/** Starts counting; the returned function gives the CPU each process spent since. */
export function startCpuMeter(processes: CpuProcesses): () => CpuSpent {
  const read = () => ({
    service: processes.service === undefined ? 0 : processCpuMs(processes.service),
    neo4j: processes.neo4j === undefined ? Number.NaN : processCpuMs(processes.neo4j),
    bench: process.cpuUsage(),
  });
  const before = read();
  return () => {
    const after = read();
    const bench = process.cpuUsage(before.bench);
    return {
      serviceMs: after.service - before.service,
      neo4jMs: after.neo4j - before.neo4j,
      benchMs: (bench.user + bench.system) / 1000,
    };
  };
}

export function addCpu(a: CpuSpent, b: CpuSpent): CpuSpent {
  return { serviceMs: a.serviceMs + b.serviceMs, neo4jMs: a.neo4jMs + b.neo4jMs, benchMs: a.benchMs + b.benchMs };
}

export const NO_CPU: CpuSpent = { serviceMs: 0, neo4jMs: 0, benchMs: 0 };
