/** `news-extract status --db postgres://…`: jobs by state, the recent rate, the newest dead letters. */
import { Command } from 'commander';
import { clusterOptionsOf, withClusterOptions, type ClusterFlags } from '../../queue/cli-options.js';
import { wholeNumber } from '../numbers.js';

export function statusCommand(): Command {
  const command = new Command('status').description("show the PostgreSQL queue: queued, active, failed and completed jobs, the rate, the newest dead letters");
  withClusterOptions(command)
    .option('--recent <n>', 'dead letters to show', wholeNumber(0), 5)
    .option('--json', 'print the status as JSON')
    .action(async (flags: ClusterFlags & { recent: number; json?: boolean }) => {
      const { formatStatus, queueStatus } = await import('../../queue/status.js');
      const status = await queueStatus(clusterOptionsOf(flags), flags.recent);
      process.stdout.write(flags.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status));
    });
  return command;
}
