import { parseJsonText } from './chart-text';
import { describeIssue } from './import-chart-issue';
import { migrate } from './migrations';
import { strippedFields } from './stripped-fields';
import { CHART_FORMAT, CHART_VERSION, LIMITS, chartDocSchema, type ChartDoc } from './schema';
import { checkTree, dropBadLinks, type InvariantCode } from './validate';

export type ImportErrorCode =
  | 'too-large'
  | 'malformed-json'
  | 'wrong-format'
  | 'newer-version'
  | 'migration-failed'
  | 'too-many-nodes'
  | 'invalid-field'
  | Exclude<InvariantCode, 'bad-link'>
  | 'unexpected';

/** `code` is for the UI to translate; `message` is English and names the node/field at fault. */
export type ImportError = { code: ImportErrorCode; message: string; nodeId?: string; field?: string };

export type ImportResult =
  { ok: true; chart: ChartDoc; warnings: string[] } | { ok: false; error: ImportError };

const INVARIANT_FIELD: Record<Exclude<InvariantCode, 'bad-link'>, string> = {
  'duplicate-id': 'id',
  'no-root': 'parentId',
  'several-roots': 'parentId',
  'missing-parent': 'parentId',
  cycle: 'parentId',
  'too-deep': 'parentId',
};

const fail = (error: ImportError): ImportResult => ({ ok: false, error });

function describeJsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

function importUnchecked(text: string): ImportResult {
  if (typeof text !== 'string')
    return fail({ code: 'wrong-format', message: 'This is not an OpsChart file: there is no text to read.' });
  if (text.length > LIMITS.fileBytes) {
    const megabytes = Math.round(LIMITS.fileBytes / 1024 / 1024);
    return fail({
      code: 'too-large',
      message: `The file is larger than ${megabytes} MB, too large to be an OpsChart chart.`,
    });
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    return fail({ code: 'malformed-json', message: `The file is not valid JSON: ${parsed.message}.` });
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail({
      code: 'wrong-format',
      message: `This is not an OpsChart file: it holds ${describeJsonKind(raw)}, not a chart.`,
    });
  }
  const envelope = raw as Record<string, unknown>;
  if (envelope.format !== CHART_FORMAT) {
    return fail({
      code: 'wrong-format',
      message: 'This is not an OpsChart file (its "format" is not "opschart").',
      field: 'format',
    });
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail({
      code: 'wrong-format',
      message: 'This OpsChart file has no valid "version" number.',
      field: 'version',
    });
  }
  if (version > CHART_VERSION) {
    const message = `This chart was made by a newer OpsChart (version ${version}); this app reads up to version ${CHART_VERSION}. Update the app to open it.`;
    return fail({ code: 'newer-version', message, field: 'version' });
  }
  if (Array.isArray(envelope.nodes) && envelope.nodes.length > LIMITS.nodes) {
    const message = `The chart has ${envelope.nodes.length} nodes; at most ${LIMITS.nodes} are allowed. Split it into smaller charts.`;
    return fail({ code: 'too-many-nodes', message, field: 'nodes' });
  }
  const warnings: string[] = [];
  let current: unknown = raw;
  if (version < CHART_VERSION) {
    try {
      current = migrate(raw, version);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail({
        code: 'migration-failed',
        message: `This version ${version} chart could not be upgraded: ${detail}.`,
      });
    }
    warnings.push(`Upgraded the chart from format version ${version} to ${CHART_VERSION}.`);
  }
  const result = chartDocSchema.safeParse(current);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (!issue)
      return fail({ code: 'invalid-field', message: 'The chart does not match the OpsChart format.' });
    return fail({ code: 'invalid-field', ...describeIssue(issue, current) });
  }
  const treeError = checkTree(result.data.nodes);
  if (treeError) {
    if (treeError.code === 'bad-link') return fail({ code: 'unexpected', message: treeError.message });
    const { code, message, nodeId } = treeError;
    return fail({ code, message, field: INVARIANT_FIELD[code], ...(nodeId ? { nodeId } : {}) });
  }
  const repaired = dropBadLinks(result.data);
  const stripped = strippedFields(current, result.data);
  if (stripped.length > 0) {
    const shown = stripped.slice(0, 5).join(', ') + (stripped.length > 5 ? ', …' : '');
    warnings.push(`Left out ${stripped.length} field(s) this app does not know: ${shown}.`);
  }
  return { ok: true, chart: repaired.chart, warnings: [...warnings, ...repaired.warnings] };
}

/**
 * The only way into the app for a document, from a file or from browser storage:
 * guards → JSON → envelope → migrations → schema → invariants. Never throws.
 */
export function importChart(text: string): ImportResult {
  try {
    return importUnchecked(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ code: 'unexpected', message: `The chart could not be read: ${detail}.` });
  }
}
