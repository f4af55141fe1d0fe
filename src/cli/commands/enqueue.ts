/** `news-extract enqueue <inputs…> --db postgres://…`: one queue job per article, for the workers. */
import { Command } from 'commander';
import { clusterOptionsOf, retryPolicyOf, withClusterOptions, withRetryOptions, type ClusterFlags, type RetryFlags } from '../../queue/cli-options.js';

interface EnqueueFlags extends ClusterFlags, RetryFlags {
  allowPrivate?: boolean;
}

export function enqueueCommand(): Command {
  const command = new Command('enqueue')
    .description('put one job per article (files, folders, globs, URLs, feeds, sitemaps, or "-" for a list on stdin) into the PostgreSQL queue, skipping articles the database already holds')
    .argument('<inputs...>', 'what `run` accepts');
  withRetryOptions(withClusterOptions(command))
    .option('--allow-private', 'read feeds and sitemaps on private, loopback and link-local addresses too')
    .action(async (inputs: string[], flags: EnqueueFlags) => {
      const [{ ensureQueues, openCluster }, { enqueueInputs }] = await Promise.all([import('../../queue/connection.js'), import('../../queue/enqueue.js')]);
      const cluster = await openCluster(clusterOptionsOf(flags), { maintenance: false, cron: false, poolSize: 2 });
      try {
        await ensureQueues(cluster);
        const summary = await enqueueInputs(cluster, inputs, { policy: retryPolicyOf(flags), fetch: { allowPrivate: flags.allowPrivate === true } });
        for (const failure of summary.failed) {
          process.stderr.write(`news-extract: failed: ${failure.input}: [${failure.code}] ${failure.message.replace(/^news-extract: /, '')}\n`);
        }
        process.stderr.write(
          `news-extract: ${summary.queued} articles queued, ${summary.alreadyQueued} already waiting in the queue, ${summary.alreadyStored} already in the database, ${summary.failed.length} inputs failed\n`,
        );
        process.exitCode = summary.failed.length > 0 ? 1 : 0;
      } finally {
        await cluster.close();
      }
    });
  return command;
}
