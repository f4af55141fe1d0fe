/** The record validator, compiled once from the same TypeBox schema the types come from. */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { RecordSchema, type ArticleRecord } from './record.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validateRecordSchema = ajv.compile<ArticleRecord>(RecordSchema);

/** schema errors and offset errors (article.text.slice(start, end) must equal text), as readable lines */
export function recordProblems(record: unknown): string[] {
  if (!validateRecordSchema(record)) {
    return (validateRecordSchema.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
  }
  return offsetProblems(record);
}

export function offsetProblems(record: ArticleRecord): string[] {
  const text = record.article.text;
  const problems: string[] = [];
  const check = (where: string, span: { start: number; end: number; text: string }) => {
    if (text.slice(span.start, span.end) !== span.text) problems.push(`${where} [${span.start}, ${span.end}) is not "${span.text}"`);
  };
  for (const list of ['people', 'places', 'organizations'] as const) {
    record[list].forEach((entity, i) => entity.mentions.forEach((m, j) => check(`/${list}/${i}/mentions/${j}`, m)));
  }
  for (const list of ['money', 'quantities', 'dates', 'quotes'] as const) {
    record[list].forEach((value, i) => check(`/${list}/${i}`, value));
  }
  record.events.forEach((event, i) => check(`/events/${i}/trigger`, event.trigger));
  return problems;
}
