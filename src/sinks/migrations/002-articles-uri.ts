import type { Migration } from './types.js';

export const articlesUri: Migration = {
  version: 2,
  name: 'articles-uri',
  reason: 'the queue asks "is this input already stored?" by source URI; without an index that scans every article',
  steps: [{ createIndex: { name: 'articles_uri', table: 'articles', columns: ['uri'] } }],
};
