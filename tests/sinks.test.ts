/**
 * The SQL sinks: migrations, idempotent upserts keyed by record id, whole-record replacement, and the
 * queries of docs/databases.md, on SQLite (a temp file) and on a real PostgreSQL server
 * (DATABASE_URL, set by .ci/run; skipped with a message without it). Every test looks at the rows.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../src/record.js';
import { recordId } from '../src/identity.js';
import { recordProblems } from '../src/validate.js';
import { JsonlSink } from '../src/sinks/jsonl.js';
import { MemorySink } from '../src/sinks/memory.js';
import type { RecordSink } from '../src/sinks/types.js';
import { LATEST_VERSION, MIGRATIONS, currentTables } from '../src/sinks/migrations/index.js';
import { migratePostgres, PostgresSink, storedIds, upsertRecordPostgres } from '../src/sinks/postgres.js';
import { ARTICLE_TABLES, recordRows } from '../src/sinks/rows.js';
import { migrateSqlite, openSqlite, SqliteSink } from '../src/sinks/sqlite.js';
import { bytesKept } from './helpers/heap.js';
import { repoRoot } from './helpers/shared.js';

// ---------------------------------------------------------------- sample records (hand-made, valid)

interface Sample {
  title: string;
  publishedAt: string;
  text: string;
  people: string[];
  organizations: string[];
  places: [name: string, countryCode: string][];
  money: [text: string, amount: number, currency: string][];
  meeting?: { trigger: string; between: string[]; place?: string; negated?: boolean };
  quote?: { text: string; speaker: string };
}

/** builds a schema-valid record whose offsets are found in the text */
function sampleRecord(sample: Sample, id: string): ArticleRecord {
  const { text } = sample;
  const at = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`"${needle}" is not in the sample text`);
    return { start, end: start + needle.length, text: needle };
  };
  const allMentions = (needle: string) => {
    const found = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) found.push({ start: i, end: i + needle.length, text: needle });
    return found;
  };
  const key = (kind: string, name: string) => `${kind}:${name.toLowerCase().replace(/\s+/g, '-')}`;
  const people = sample.people.map((name, i) => ({ id: `person-${i + 1}`, key: key('person', name), name, aliases: [], titles: ['President'], mentions: allMentions(name) }));
  const organizations = sample.organizations.map((name, i) => ({ id: `org-${i + 1}`, key: key('org', name), name, aliases: [], mentions: allMentions(name) }));
  const places = sample.places.map(([name, countryCode], i) => ({
    id: `place-${i + 1}`,
    key: `country:${countryCode}`,
    name,
    type: 'city' as const,
    countryCode,
    latitude: 50.85,
    longitude: 4.35,
    mentions: allMentions(name),
  }));
  const idOf = (name: string) => [...people, ...organizations, ...places].find((e) => e.name === name)!.id;
  const money = sample.money.map(([moneyText, amount, currency], i) => ({ id: `money-${i + 1}`, ...at(moneyText), amount, currency }));
  const events = sample.meeting
    ? [
        {
          id: 'event-1',
          type: 'meeting',
          cameo: '04',
          trigger: at(sample.meeting.trigger),
          participants: sample.meeting.between.map((name, i) => ({ id: idOf(name), role: i === 0 ? ('agent' as const) : ('counterpart' as const) })),
          place: sample.meeting.place ? idOf(sample.meeting.place) : null,
          date: sample.publishedAt.slice(0, 10),
          amounts: [],
          evidence: { start: 0, end: text.indexOf('.') + 1 },
          confidence: 0.9,
          negated: sample.meeting.negated ?? false,
          hypothetical: false,
        },
      ]
    : [];
  const quotes = sample.quote
    ? [{ id: 'quote-1', ...at(sample.quote.text), speaker: idOf(sample.quote.speaker), speakerName: sample.quote.speaker }]
    : [];
  const record: ArticleRecord = {
    schemaVersion: 1,
    id,
    source: { uri: `https://news.example/${id}`, fetchedAt: '2025-04-04T08:00:00.000Z', contentSha256: id.repeat(2), mediaType: 'text/plain' },
    article: { title: sample.title, authors: ['A. Writer'], publishedAt: sample.publishedAt, language: 'en', siteName: 'News', canonicalUrl: null, text },
    people,
    places,
    organizations,
    money,
    quantities: [{ id: 'quantity-1', ...at('1.5 million barrels'), value: 1_500_000, unit: 'barrel', item: 'oil', baseValue: null, baseUnit: null }],
    dates: [{ id: 'date-1', ...at('Thursday'), value: sample.publishedAt.slice(0, 10), granularity: 'day', relative: true, resolved: true }],
    events,
    quotes,
    warnings: [{ stage: 'clean', code: 'SAMPLE', message: 'a hand-made record' }],
  };
  const problems = recordProblems(record);
  if (problems.length > 0) throw new Error(`sample record ${id} is invalid: ${problems.join('; ')}`);
  return record;
}

const summit = sampleRecord(
  {
    title: 'Tokayev and von der Leyen meet in Brussels',
    publishedAt: '2025-04-03T10:00:00Z',
    text:
      'Kassym-Jomart Tokayev met Ursula von der Leyen in Brussels on Thursday. The European Union pledged €12 billion ' +
      'and the Asian Development Bank $2 billion. "This is a new chapter," Tokayev said. Kazakhstan pumps 1.5 million barrels a day.',
    people: ['Kassym-Jomart Tokayev', 'Ursula von der Leyen', 'Tokayev'],
    organizations: ['European Union', 'Asian Development Bank'],
    places: [['Brussels', 'BE'], ['Kazakhstan', 'KZ']],
    money: [['€12 billion', 12e9, 'EUR'], ['$2 billion', 2e9, 'USD']],
    meeting: { trigger: 'met', between: ['Kassym-Jomart Tokayev', 'Ursula von der Leyen'], place: 'Brussels' },
    quote: { text: 'This is a new chapter,', speaker: 'Tokayev' },
  },
  'a'.repeat(32),
);

const talks = sampleRecord(
  {
    title: 'Tokayev holds talks with the European Union',
    publishedAt: '2025-05-20',
    text: 'On Thursday Kassym-Jomart Tokayev held talks with the European Union in Astana about a €3 billion loan. Output stays at 1.5 million barrels.',
    people: ['Kassym-Jomart Tokayev'],
    organizations: ['European Union'],
    places: [['Astana', 'KZ']],
    money: [['€3 billion', 3e9, 'EUR']],
    meeting: { trigger: 'talks', between: ['Kassym-Jomart Tokayev', 'European Union'], place: 'Astana' },
  },
  'b'.repeat(32),
);

const cancelled = sampleRecord(
  {
    title: 'No meeting in Paris',
    publishedAt: '2025-05-21',
    text: 'Ursula von der Leyen did not meet Emmanuel Macron in Paris on Thursday. A €5 billion fund waits. Refineries took 1.5 million barrels.',
    people: ['Ursula von der Leyen', 'Emmanuel Macron'],
    organizations: [],
    places: [['Paris', 'FR']],
    money: [['€5 billion', 5e9, 'EUR']],
    meeting: { trigger: 'meet', between: ['Ursula von der Leyen', 'Emmanuel Macron'], place: 'Paris', negated: true },
  },
  'c'.repeat(32),
);

const samples = [summit, talks, cancelled];

/** the same record after a correction: one person and one amount fewer */
const summitCorrected: ArticleRecord = {
  ...summit,
  article: { ...summit.article, title: 'Corrected: Tokayev meets von der Leyen' },
  people: summit.people.slice(0, 2),
  money: summit.money.slice(0, 1),
  quotes: [],
};

/** what the tables must hold for a record */
function expectedCounts(record: ArticleRecord): Record<string, number> {
  const rows = recordRows(record);
  return Object.fromEntries(ARTICLE_TABLES.map((t) => [t, rows.children[t].length]));
}

// ---------------------------------------------------------------- both dialects behind one face

interface SqlDatabase {
  name: string;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** one record, committed */
  write(record: ArticleRecord): Promise<void>;
  /** the records as one batch (one flush); the error of each record that failed, or null */
  writeBatch?(records: ArticleRecord[]): Promise<(string | null)[]>;
}

async function writeBatch(sink: RecordSink, records: ArticleRecord[]): Promise<(string | null)[]> {
  const errors: (string | null)[] = [];
  for (const record of records) {
    try {
      await sink.write(record);
      errors.push(null);
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  await sink.flush?.();
  return errors;
}

/** row counts per table for one article */
async function countsFor(db: SqlDatabase, id: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ARTICLE_TABLES) {
    const [row] = await db.query(`SELECT count(*) AS n FROM ${table} WHERE article_id = ${db.name === 'postgres' ? '$1' : '?'}`, [id]);
    counts[table] = Number(row.n);
  }
  return counts;
}

interface DocQuery {
  title: string;
  sql: string;
}

/** the ```sql blocks of docs/databases.md under their ### headings */
function documentedQueries(): DocQuery[] {
  const markdown = readFileSync(join(repoRoot, 'docs', 'databases.md'), 'utf8');
  const queries: DocQuery[] = [];
  let title = '';
  for (const block of markdown.split(/^```/m).map((part, i) => ({ part, inside: i % 2 === 1 }))) {
    if (!block.inside) {
      const headings = [...block.part.matchAll(/^###\s+(.+)$/gm)];
      if (headings.length > 0) title = headings[headings.length - 1][1].trim();
    } else if (block.part.startsWith('sql\n')) {
      queries.push({ title, sql: block.part.slice(4).trim() });
    }
  }
  return queries;
}

/** what each documented query must answer over the three samples */
const documentedAnswers: Record<string, (rows: Record<string, unknown>[]) => void> = {
  'Every meeting involving a given person': (rows) => {
    expect(rows.map((r) => [r.published_at, r.trigger_text, r.with_whom, r.place])).toEqual([
      ['2025-04-03T10:00:00Z', 'met', 'Ursula von der Leyen', 'Brussels'],
      ['2025-05-20', 'talks', 'European Union', 'Astana'],
    ]);
  },
  'Money by currency per month': (rows) => {
    expect(rows.map((r) => [r.month, r.currency, Number(r.amounts), Number(r.total)])).toEqual([
      ['2025-04', 'EUR', 1, 12e9],
      ['2025-04', 'USD', 1, 2e9],
      ['2025-05', 'EUR', 2, 8e9],
    ]);
  },
  'The most mentioned people': (rows) => {
    expect(rows.slice(0, 2).map((r) => [r.key, Number(r.articles), Number(r.mentions)])).toEqual([
      ['person:kassym-jomart-tokayev', 2, 2],
      ['person:ursula-von-der-leyen', 2, 2],
    ]);
  },
};

function sqlSinkTests(open: () => Promise<SqlDatabase>, close: () => Promise<void>) {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(close);

  it('stores every part of a record in its table', async () => {
    await db.write(summit);
    expect(await countsFor(db, summit.id)).toEqual(expectedCounts(summit));
    const [article] = await db.query(`SELECT title, published_at, authors FROM articles WHERE id = '${summit.id}'`);
    expect(article.title).toBe(summit.article.title);
    const authors = typeof article.authors === 'string' ? JSON.parse(article.authors) : article.authors;
    expect(authors).toEqual(['A. Writer']);
    const [money] = await db.query(`SELECT text, amount, currency FROM money WHERE article_id = '${summit.id}' AND currency = 'USD'`);
    expect(money).toEqual({ text: '$2 billion', amount: 2e9, currency: 'USD' });
    const [event] = await db.query(`SELECT negated, hypothetical, trigger_text FROM events WHERE article_id = '${summit.id}'`);
    expect([Boolean(event.negated), Boolean(event.hypothetical), event.trigger_text]).toEqual([false, false, 'met']);
  });

  it('writes the same record twice without a duplicate row', async () => {
    await db.write(summit);
    await db.write(summit);
    const [articles] = await db.query(`SELECT count(*) AS n FROM articles WHERE id = '${summit.id}'`);
    expect(Number(articles.n)).toBe(1);
    expect(await countsFor(db, summit.id)).toEqual(expectedCounts(summit));
  });

  it('replaces a record whole when it changes: rows it no longer has are gone', async () => {
    await db.write(summitCorrected);
    expect(await countsFor(db, summit.id)).toEqual(expectedCounts(summitCorrected));
    const [article] = await db.query(`SELECT title FROM articles WHERE id = '${summit.id}'`);
    expect(article.title).toBe('Corrected: Tokayev meets von der Leyen');
    await db.write(summit);
    expect(await countsFor(db, summit.id)).toEqual(expectedCounts(summit));
  });

  it('commits a batch without the one record in it that cannot be stored', async () => {
    const first = { ...talks, id: '1'.repeat(32) };
    const broken = { ...talks, id: '2'.repeat(32), people: [{ ...talks.people[0], name: null as unknown as string }] };
    const last = { ...cancelled, id: '3'.repeat(32) };
    const errors = await db.writeBatch!([first, broken, last]);
    expect(errors.map((e) => e && e.replace(/:.*/s, ''))).toEqual([null, `news-extract`, null]);
    expect(errors[1]).toMatch(new RegExp(`cannot store record ${broken.id} in (SQLite|PostgreSQL): .*(NOT NULL|null value)`));
    const stored = await db.query(`SELECT id FROM articles WHERE id IN ('${first.id}', '${broken.id}', '${last.id}') ORDER BY id`);
    expect(stored.map((r) => r.id)).toEqual([first.id, last.id]);
    expect(await countsFor(db, first.id)).toEqual(expectedCounts(first));
    await db.query(`DELETE FROM articles WHERE id IN ('${first.id}', '${last.id}')`);
  });

  describe('the queries of docs/databases.md', () => {
    const queries = documentedQueries();
    it('documents three queries, each with a known answer', () => {
      expect(queries.map((q) => q.title).sort()).toEqual(Object.keys(documentedAnswers).sort());
    });
    it.each(queries.map((q) => [q.title, q] as const))('%s', async (_title, query) => {
      for (const record of samples) await db.write(record);
      documentedAnswers[query.title](await db.query(query.sql));
    });
  });
}

// ---------------------------------------------------------------- SQLite

describe('SQLite sink', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-sqlite-'));
  let sink: SqliteSink;
  sqlSinkTests(
    async () => {
      sink = SqliteSink.open(join(dir, 'nested', 'news.db'));
      return {
        name: 'sqlite',
        query: async (sql, params = []) => {
          const statement = sink.db.prepare(sql);
          if (statement.reader) return statement.all(...params) as Record<string, unknown>[];
          statement.run(...params);
          return [];
        },
        write: async (record) => {
          sink.write(record);
          sink.flush();
        },
        writeBatch: (records) => writeBatch(sink, records),
      };
    },
    async () => {
      sink.close();
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it('knows which records it holds', () => {
    expect([sink.has(summit.id), sink.has('f'.repeat(32))]).toEqual([true, false]);
  });

  it('migrates once: a second open finds the latest version and keeps the rows', () => {
    const again = SqliteSink.open(join(dir, 'nested', 'news.db'));
    try {
      expect(again.db.prepare('SELECT version FROM news_extract_migrations').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
      expect(again.has(summit.id)).toBe(true);
      migrateSqlite(again.db);
      expect(again.db.prepare('SELECT count(*) FROM news_extract_migrations').pluck().get()).toBe(MIGRATIONS.length);
    } finally {
      again.close();
    }
  });

  it('deletes an article with everything that belongs to it', () => {
    const db = openSqlite(':memory:');
    migrateSqlite(db);
    const memory = SqliteSink.open(':memory:');
    memory.write(summit);
    memory.db.prepare('DELETE FROM articles WHERE id = ?').run(summit.id);
    for (const table of ARTICLE_TABLES) expect(memory.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    memory.close();
    db.close();
  });

  it('rejects a record that breaks a NOT NULL column instead of dropping the row', () => {
    const memory = SqliteSink.open(':memory:');
    const broken = { ...summit, people: [{ ...summit.people[0], name: null as unknown as string }] };
    expect(() => memory.write(broken)).toThrow(/news-extract: cannot store record a{32} in SQLite: NOT NULL/);
    expect(memory.has(summit.id)).toBe(false);
    memory.close();
  });

  it('says which file it cannot open', () => {
    const notAFolder = join(dir, 'a-file');
    writeFileSync(notAFolder, '');
    expect(() => SqliteSink.open(join(notAFolder, 'news.db'))).toThrow(/news-extract: cannot open the SQLite database ".*a-file\/news.db": EEXIST/);
  });
});

describe('migrations as data', () => {
  it('index the articles by source URI, for the queue\'s "already stored?" look-up', () => {
    const db = openSqlite(':memory:');
    migrateSqlite(db);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM articles WHERE uri = ?`).all('https://example.com/a') as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING (COVERING )?INDEX articles_uri/);
  });

  it('have increasing versions and the loaders write exactly the columns they create', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
    const tables = currentTables();
    const rows = recordRows(summit);
    expect(Object.keys(rows.article).sort()).toEqual(tables.get('articles')!.columns.map((c) => c.name).sort());
    for (const table of ARTICLE_TABLES) {
      for (const row of rows.children[table]) expect(Object.keys(row).sort()).toEqual(tables.get(table)!.columns.map((c) => c.name).sort());
    }
  });
});

// ---------------------------------------------------------------- PostgreSQL

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) console.warn('[skip] DATABASE_URL is not set: the PostgreSQL sink tests are skipped (.ci/run sets it).');

describe.skipIf(!databaseUrl)('PostgreSQL sink', () => {
  // each run works in a schema of its own, dropped at the end
  const schema = `news_extract_test_${process.pid}_${Date.now()}`;
  const config = { connectionString: databaseUrl, options: `-c search_path=${schema}` };
  let admin: pg.Client;
  let sink: PostgresSink;
  let reader: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  });

  sqlSinkTests(
    async () => {
      sink = await PostgresSink.open(config);
      reader = new pg.Client(config);
      await reader.connect();
      return {
        name: 'postgres',
        query: async (sql, params = []) => (await reader.query(sql, params)).rows,
        write: async (record) => {
          await sink.write(record);
          await sink.flush();
        },
        writeBatch: (records) => writeBatch(sink, records),
      };
    },
    async () => {
      await sink.close();
      await reader.end();
    },
  );

  it('knows which records it holds, also when opened again', async () => {
    expect([sink.has(summit.id), sink.has('f'.repeat(32))]).toEqual([true, false]);
    const again = await PostgresSink.open(config);
    try {
      expect([again.has(summit.id), again.has(talks.id), again.has('f'.repeat(32))]).toEqual([true, true, false]);
    } finally {
      await again.close();
    }
  });

  it('reads the stored ids a page at a time, each once', async () => {
    const rows = (await reader.query<{ id: string }>('SELECT id FROM articles')).rows;
    expect(rows.length).toBeGreaterThan(1);
    const ids = await storedIds(reader, 1);
    expect([ids.size, rows.every(({ id }) => ids.has(id)), ids.has('f'.repeat(32))]).toEqual([rows.length, true, false]);
  });

  it('migrates once when several processes start at the same time', async () => {
    const clients = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = new pg.Client(config);
        await client.connect();
        return client;
      }),
    );
    try {
      await Promise.all(clients.map((client) => migratePostgres(client)));
      const { rows } = await clients[0].query('SELECT version FROM news_extract_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it("upserts inside the caller's transaction: a rollback leaves nothing behind", async () => {
    const client = new pg.Client(config);
    await client.connect();
    try {
      const record = { ...talks, id: 'd'.repeat(32) };
      await client.query('BEGIN');
      await upsertRecordPostgres(client, record);
      const inside = await client.query('SELECT count(*)::int AS n FROM people WHERE article_id = $1', [record.id]);
      await client.query('ROLLBACK');
      const after = await client.query('SELECT count(*)::int AS n FROM articles WHERE id = $1', [record.id]);
      expect([inside.rows[0].n, after.rows[0].n]).toEqual([1, 0]);
      await client.query('BEGIN');
      await upsertRecordPostgres(client, record);
      await client.query('COMMIT');
      expect(await countsFor({ name: 'postgres', query: async (sql, params) => (await client.query(sql, params)).rows, write: async () => {} }, record.id)).toEqual(
        expectedCounts(record),
      );
    } finally {
      await client.end();
    }
  });

  it('loads the same record from concurrent transactions without a duplicate or an error', async () => {
    const clients = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const client = new pg.Client(config);
        await client.connect();
        return client;
      }),
    );
    const record = { ...cancelled, id: 'e'.repeat(32) };
    try {
      await Promise.all(
        clients.map(async (client) => {
          await client.query('BEGIN');
          await upsertRecordPostgres(client, record);
          await client.query('COMMIT');
        }),
      );
      const { rows } = await clients[0].query('SELECT count(*)::int AS n FROM mentions WHERE article_id = $1', [record.id]);
      expect(rows[0].n).toBe(expectedCounts(record).mentions);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('names the server it cannot reach, without the password', async () => {
    await expect(PostgresSink.open('postgres://someone:secret@127.0.0.1:1/nothing')).rejects.toThrow(
      /news-extract: cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing/,
    );
  });
});

// ---------------------------------------------------------------- JSONL and memory

describe('JSONL sink', () => {
  it('keeps one line per record id across reopenings and drops a line cut short by a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-extract-jsonl-'));
    try {
      const first = await JsonlSink.open(dir);
      first.write(summit);
      first.write(summit);
      first.close();
      const path = join(dir, 'records.jsonl');
      appendFileSync(path, JSON.stringify(talks).slice(0, 100));
      const second = await JsonlSink.open(dir);
      expect([second.has(summit.id), second.has(talks.id)]).toEqual([true, false]);
      second.write(talks);
      second.write(summit);
      second.close();
      const ids = readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line).id);
      expect(ids).toEqual([summit.id, talks.id]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads back the ids of a large output without keeping its lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-extract-jsonl-'));
    try {
      // 3,000 records of 10 KB: a regular-expression match is a view on its line, so keeping the matched ids kept the 30 MB file
      const ids = Array.from({ length: 3_000 }, (_, i) => recordId({ contentSha256: String(i) }));
      writeLargeOutput(join(dir, 'records.jsonl'), ids);
      const { value: sink, bytes: grown } = await bytesKept(() => JsonlSink.open(dir));
      sink.close();
      expect(ids.every((id) => sink.has(id))).toBe(true);
      expect(grown).toBeLessThan(3 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** one 10 KB line for each id, written a line at a time so that no string of the whole file stays to be collected */
function writeLargeOutput(path: string, ids: string[]): void {
  const body = 'x'.repeat(10_000);
  for (const id of ids) appendFileSync(path, `${JSON.stringify({ schemaVersion: 1, id, text: body })}\n`);
}

describe('memory sink', () => {
  it('keeps the latest version of each record and every failure', () => {
    const sink = new MemorySink();
    sink.write(summit);
    sink.write(summitCorrected);
    sink.writeError({ input: 'x.txt', code: 'NO_ARTICLE', message: 'news-extract: empty', at: '2025-01-01T00:00:00Z' });
    expect([sink.records.size, sink.records.get(summit.id)!.article.title, sink.errors.length]).toEqual([1, 'Corrected: Tokayev meets von der Leyen', 1]);
  });
});
