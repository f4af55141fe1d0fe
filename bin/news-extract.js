#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --single-threaded-gc --no-allocation-site-pretenuring --max-semi-space-size=4
// --single-threaded-gc: each extraction thread collects its own garbage. V8's default helper threads
// for collection only take time from the other extraction threads, one per core (docs/performance.md).
// MALLOC_ARENA_MAX=2: glibc's malloc otherwise gives every thread its own arenas, whose freed pieces stay in
// RSS; with two, a long batch peaks 20-30 MB lower and as low as a short one (docs/performance.md).
// --no-allocation-site-pretenuring: V8 otherwise sees some of an article's objects outlive a scavenge and allocates
// them straight into the old generation (204 KB an article; 13 without), where a thread's capped heap then runs a
// full collection every ~30 articles: 54 instead of 89 in 3,000 articles, ~10 % more articles a second.
// --max-semi-space-size=4: the main thread's young generation. V8 otherwise grows its semi-spaces from 1 to 16 MB
// over a batch: its heap went from 18 to 47-51 MB by ~2,500 articles, which a short batch never reached. The
// extraction threads keep their own (src/workers/pool.ts clears the flag before starting one).
// A page too big for a thread still fails alone (tests/cli.test.ts runs node with these flags).
// The #! line stays within 127 characters, all that Linux before 5.1 reads of it (scripts/_command.ts checks).
import { main } from '../dist/cli/main.js';

await main();
