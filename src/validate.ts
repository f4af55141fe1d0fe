/**
 * The record validator, compiled by ajv from the same TypeBox schema the types come from.
 *
 * Importing TypeBox and ajv and compiling the schema takes ~0.3 s, at every start and in every extraction
 * thread. `npm run build` therefore writes the compiled validator as standalone code (ajv's `standalone`) to
 * `dist/snapshots/record-validator.cjs`, beside the compiled schema it comes from, and a start loads that.
 * The file names what it was built from (the compiled schema module's hash, ajv's versions) and is ignored when
 * that differs: `tsc` alone after a change of the schema leaves the old file behind.
 * Run from the sources (the tests), there is no such file and the schema is compiled here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv, ValidateFunction } from 'ajv';
import { sha256Hex } from './identity.js';
import type { ArticleRecord } from './record.js';
import { packageVersion } from './snapshot.js';

export const PREBUILT_VALIDATOR_FILE = fileURLToPath(new URL('./snapshots/record-validator.cjs', import.meta.url));

/** the module that defines RecordSchema, compiled (dist) or not (tests from the sources) */
const SCHEMA_MODULE = new URL(`./record${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

type PrebuiltValidator = ValidateFunction<ArticleRecord> & { builtFrom?: string };

const validateRecordSchema: ValidateFunction<ArticleRecord> = prebuiltValidator() ?? (await compileValidator());

/** the standalone validator at `file`, or undefined when there is none or it was built from another schema */
export function prebuiltValidator(file = PREBUILT_VALIDATOR_FILE): ValidateFunction<ArticleRecord> | undefined {
  if (!existsSync(file)) return undefined;
  const validator = createRequire(import.meta.url)(file) as PrebuiltValidator;
  return validator.builtFrom === schemaFingerprint() ? validator : undefined;
}

/** what a standalone validator is built from: a change of any of them makes another validator */
function schemaFingerprint(): string {
  return sha256Hex(JSON.stringify([sha256Hex(readFileSync(SCHEMA_MODULE)), packageVersion('ajv'), packageVersion('ajv-formats')]));
}

async function recordAjv(options: { source?: boolean } = {}): Promise<{ ajv: Ajv; validate: ValidateFunction<ArticleRecord> }> {
  const [{ Ajv }, { default: addFormatsModule }, { RecordSchema }] = await Promise.all([import('ajv'), import('ajv-formats'), import('./record.js')]);
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false, code: { source: options.source ?? false } }));
  return { ajv, validate: ajv.compile<ArticleRecord>(RecordSchema) };
}

export async function compileValidator(): Promise<ValidateFunction<ArticleRecord>> {
  return (await recordAjv()).validate;
}

/** the validator as a CommonJS module of its own, for the build (scripts/write-snapshots.mjs) */
export async function standaloneValidatorSource(): Promise<string> {
  const [{ ajv, validate }, standalone] = await Promise.all([recordAjv({ source: true }), import('ajv/dist/standalone/index.js')]);
  // a CommonJS module: its function is `module.exports`, which node gives as the default export
  const standaloneCode = standalone.default as unknown as typeof standalone.default.default;
  return `${standaloneCode(ajv, validate)}\nmodule.exports.builtFrom = ${JSON.stringify(schemaFingerprint())};\n`;
}

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
