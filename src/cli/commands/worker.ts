/** `news-extract worker --db postgres://…`: take article jobs from the queue until stopped (SIGTERM, Ctrl-C). */
import { availableParallelism } from 'node:os';
import { Command } from 'commander';
import { clusterOptionsOf, withClusterOptions, type ClusterFlags } from '../../queue/cli-options.js';
import { wholeNumber } from '../numbers.js';
import type { WorkerOptions } from '../../queue/worker.js';

interface WorkerFlags extends ClusterFlags {
  workers: number;
  concurrency: number;
  poll: number;
  maintenanceInterval: number;
  logJobs?: boolean;
  allowPrivate?: boolean;
}

export function workerCommand(): Command {
  const command = new Command('worker').description('process article jobs from the PostgreSQL queue, storing each record in the transaction that completes its job');
  withClusterOptions(command)
    .option('--workers <n>', 'worker processes on this machine (about one per core)', wholeNumber(1), availableParallelism())
    .option('--concurrency <n>', 'articles in flight per process (fetching waits on the network)', wholeNumber(1), 8)
    .option('--poll <seconds>', 'seconds between looks at an empty queue', wholeNumber(1), 2)
    .option('--maintenance-interval <seconds>', 'seconds between expiring the jobs of dead workers (one worker of the cluster does it)', wholeNumber(1), 30)
    .option('--log-jobs', 'a line on stderr for every job started and finished')
    .option('--allow-private', 'fetch URLs on private, loopback and link-local addresses too (an intranet archive)')
    .action(async (flags: WorkerFlags) => {
      const options: WorkerOptions = {
        ...clusterOptionsOf(flags),
        concurrency: flags.concurrency,
        pollIntervalSeconds: flags.poll,
        maintenanceIntervalSeconds: flags.maintenanceInterval,
        logJobs: flags.logJobs === true,
        fetch: { allowPrivate: flags.allowPrivate === true },
      };
      if (flags.workers > 1) {
        const { runWorkerProcesses } = await import('../../queue/processes.js');
        await runWorkerProcesses(options, flags.workers);
        return;
      }
      const { startWorker } = await import('../../queue/worker.js');
      const worker = await startWorker(options);
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void worker.stop());
      await worker.done;
    });
  return command;
}
