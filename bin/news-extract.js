#!/usr/bin/env -S node --single-threaded-gc
// --single-threaded-gc: each extraction thread collects its own garbage. V8's default helper threads
// for collection only take time from the other extraction threads, one per core (docs/performance.md).
// A page too big for a thread still fails alone (tests/cli.test.ts runs node with these flags).
import { main } from '../dist/cli/main.js';

await main();
