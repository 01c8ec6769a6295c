import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { KnowledgeProblem } from './knowledge-error.ts';
import {
  KNOWLEDGE_FILE_KINDS,
  KNOWLEDGE_FILE_SCHEMAS,
  manifestSchema,
  type KnowledgeFileKind,
  type KnowledgeFiles,
  type Manifest,
} from './knowledge-schema.ts';

export const MANIFEST_FILE = 'manifest.json';

type ReadResult<Value> = { ok: true; value: Value } | { ok: false; problems: KnowledgeProblem[] };

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .join('')
    .replace(/^\./, '');
}

function valueAt(data: unknown, segments: readonly PropertyKey[]): unknown {
  return segments.reduce<unknown>(
    (value, segment) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined),
    data,
  );
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'the field is missing';
  const shown = JSON.stringify(value);
  return `got ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`;
}

function expectationOf(issue: z.core.$ZodIssue, received: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${issue.expected} (${describeValue(received)})`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')} (${describeValue(received)})`;
    case 'unrecognized_keys':
      return `only known fields, but found ${issue.keys.map((key) => `"${key}"`).join(', ')} (misspelt?)`;
    default:
      return `${issue.message} (${describeValue(received)})`;
  }
}

/** Turns zod's issues into problems that name the record by its id and the field by its path inside the record. */
function problemsFromIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): KnowledgeProblem[] {
  return issues.map((issue) => {
    const [list, position, ...inside] = issue.path;
    const received = valueAt(data, issue.path);
    if (typeof list === 'string' && typeof position === 'number') {
      const id = valueAt(data, [list, position, 'id']);
      const record = typeof id === 'string' ? id : `${list === 'records' ? '' : `${list} `}#${position}`;
      return { file, record, field: formatPath(inside) || '(record)', expected: expectationOf(issue, received) };
    }
    return { file, record: '(file)', field: formatPath(issue.path) || '(root)', expected: expectationOf(issue, received) };
  });
}

function readJson(directory: string, file: string): ReadResult<unknown> {
  let content: string;
  try {
    content = readFileSync(path.join(directory, file), 'utf8');
  } catch (error) {
    return {
      ok: false,
      problems: [{ file, record: '(file)', field: '(file)', expected: `a readable file (${(error as Error).message})` }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(content) };
  } catch (error) {
    return { ok: false, problems: [{ file, record: '(file)', field: '(file)', expected: `valid JSON (${(error as Error).message})` }] };
  }
}

function parseWith<Schema extends z.ZodType>(schema: Schema, file: string, data: unknown): ReadResult<z.infer<Schema>> {
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromIssues(file, data, parsed.error.issues) };
}

/** Reads the manifest and every file it lists, each checked against its schema; all problems are returned together. */
export function readKnowledgeFiles(directory: string): ReadResult<{ manifest: Manifest; files: KnowledgeFiles }> {
  const manifestJson = readJson(directory, MANIFEST_FILE);
  if (!manifestJson.ok) return manifestJson;
  const manifest = parseWith(manifestSchema, MANIFEST_FILE, manifestJson.value);
  if (!manifest.ok) return manifest;

  const problems: KnowledgeProblem[] = [];
  const files: Partial<Record<KnowledgeFileKind, unknown>> = {};
  for (const kind of KNOWLEDGE_FILE_KINDS) {
    const entries = manifest.value.files.filter((entry) => entry.kind === kind);
    if (entries.length !== 1) {
      problems.push({
        file: MANIFEST_FILE,
        record: '(file)',
        field: 'files',
        expected: `exactly one entry of kind ${kind}, found ${entries.length}`,
      });
      continue;
    }
    const file = entries[0]!.path;
    const json = readJson(directory, file);
    if (!json.ok) {
      problems.push(...json.problems);
      continue;
    }
    const parsed = parseWith(KNOWLEDGE_FILE_SCHEMAS[kind], file, json.value);
    if (parsed.ok) files[kind] = parsed.value;
    else problems.push(...parsed.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { manifest: manifest.value, files: files as KnowledgeFiles } };
}
