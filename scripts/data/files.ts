/**
 * Reading the YAML files of data/: each file is parsed and each record checked
 * against its schema (schema.ts). A missing file, bad YAML or a bad record is
 * reported (file, record, reason) and dropped, so one build lists every problem.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import * as v from 'valibot';
import type { DataErrors } from './errors.ts';

/** What a schema gives for a valid record. */
export type In<T extends v.GenericSchema> = v.InferOutput<T>;
/** How a record is named in messages, from its raw fields and its place in the list. */
export type KeyOf = (r: Record<string, unknown>, i: number) => string;

export const byId: KeyOf = (r, i) => (typeof r.id === 'string' ? r.id : `#${i + 1}`);

export class DataFiles {
  constructor(
    private readonly root: string,
    private readonly errors: DataErrors,
  ) {}

  /** A path as messages and records name it: relative to the project root. */
  rel(path: string): string {
    return relative(this.root, path) || path;
  }

  exists(path: string): boolean {
    return existsSync(path);
  }

  /** A text file's content, or null when it is missing (the caller says what that means). */
  text(path: string): string | null {
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  }

  /** A YAML list file, each record validated; bad records are reported and dropped. */
  list<T extends v.GenericSchema>(path: string, schema: T, keyOf: KeyOf = byId): In<T>[] {
    const file = this.rel(path);
    const parsed = this.yaml(path);
    if (!parsed) return [];
    const { raw } = parsed;
    if (!Array.isArray(raw)) {
      this.errors.add(file, '(file)', 'must be a list of records');
      return [];
    }
    const out: In<T>[] = [];
    raw.forEach((rec: unknown, i) => {
      const key = rec && typeof rec === 'object' ? keyOf(rec as Record<string, unknown>, i) : `#${i + 1}`;
      const r = v.safeParse(schema, rec);
      if (r.success) out.push(r.output);
      else for (const issue of r.issues) this.errors.add(file, key, `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`);
    });
    return out;
  }

  /** Every *.yaml list file of a folder, in name order, each record with the file it came from; none if the folder is missing. */
  dir<T extends v.GenericSchema>(dir: string, schema: T, keyOf: KeyOf = byId): { file: string; rec: In<T> }[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
      .flatMap((f) => this.list(join(dir, f), schema, keyOf).map((rec) => ({ file: this.rel(join(dir, f)), rec })));
  }

  /** A YAML file holding one record, validated; null (and reported) when it is missing or bad. */
  one<T extends v.GenericSchema>(path: string, schema: T): In<T> | null {
    const file = this.rel(path);
    const parsed = this.yaml(path);
    if (!parsed) return null;
    const r = v.safeParse(schema, parsed.raw);
    if (r.success) return r.output;
    for (const issue of r.issues) this.errors.add(file, '(record)', `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`);
    return null;
  }

  /** The parsed file; null (and reported) when it is missing or not YAML. */
  private yaml(path: string): { raw: unknown } | null {
    const file = this.rel(path);
    if (!existsSync(path)) {
      this.errors.add(file, '(file)', 'file is missing');
      return null;
    }
    try {
      return { raw: parse(readFileSync(path, 'utf8')) as unknown };
    } catch (e) {
      this.errors.add(file, '(file)', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      return null;
    }
  }
}

/** The ids of a list, each duplicate reported. */
export function uniqueIds(list: readonly { id: string }[], file: string, errors: DataErrors): Set<string> {
  const ids = new Set<string>();
  for (const r of list) {
    if (ids.has(r.id)) errors.add(file, r.id, 'duplicate id');
    ids.add(r.id);
  }
  return ids;
}
