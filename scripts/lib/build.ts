/**
 * The data build as a function of the project folder: pipeline, then the checks that guard what
 * is published (provenance of every figure, the claims of chart titles, the public schemas), then
 * the files. Nothing is written unless every check passes. scripts/build-data.ts calls it on the
 * project; tests call it on broken copies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runPipeline, type PipelineResult } from './pipeline.ts';
import { writeDownloads } from './downloads.ts';
import { ErrorLog } from './errors.ts';
import { checkProvenance, formatMiss } from './provenance.ts';
import { notesMarkdown } from './notes-doc.ts';
import { validatedOutput } from './output.ts';
import { checkClaims } from '../../src/charts/claims.ts';
import { buildSourceTexts, loadProvinceMentions } from './reader.ts';
import {
  dataNoteSchema,
  figureSchema,
  metricSchema,
  provinceFactSchema,
  provinceSchema,
  regionSchema,
  sourceSchema,
} from '../../src/lib/schema.ts';

export interface BuildResult {
  result: PipelineResult;
  /** Rows whose figure or place was found on its line of its report. */
  provenanceChecked: number;
}

/** Throws DataErrors (file:line, column, value) on any failure; writes data/generated/ and docs/data-notes.md otherwise. */
export function buildData(root: string): BuildResult {
  const result = runPipeline(root);
  const log = new ErrorLog();

  // Provenance: every figure on exactly its line, and its value what its as_written denotes.
  const prov = checkProvenance(
    root,
    `${root}/data/sources`,
    result.ref.sources.map((s) => s.id),
    log,
    { figures: result.figures, units: result.ref.units },
  );
  for (const m of prov.misses) {
    const sourceId = m.file.includes('province-facts')
      ? m.id.split('.')[0]!
      : m.file.replace(/^data\/raw\/|\.csv$/g, '');
    log.add({
      file: m.file,
      line: m.line,
      column: m.column,
      value: m.value,
      message: `${m.id}: ${formatMiss(m, sourceId).replace(/^.* value ".*?": /, '')}`,
    });
  }
  // The findings stated in chart titles must still hold.
  for (const c of checkClaims(result.figures)) {
    if (!c.pass)
      log.add({
        file: 'src/charts/claims.ts',
        line: 0,
        column: c.chart,
        message: `chart title no longer supported by the data: ${c.message}`,
      });
  }
  // The reader pages: every figure placed on its line (which occurrence, when the characters
  // stand twice), and the provinces the reports name inside lists.
  const texts = buildSourceTexts(root, result.ref, result.figures, new Set(result.exclusions.map((e) => e.id)), log);
  const mentions = loadProvinceMentions(root, result.ref, texts, log);
  // The output parses with the schemas the pages load it with.
  const figures = validatedOutput('figures.json', figureSchema, result.figures, log);
  const facts = validatedOutput('province-facts.json', provinceFactSchema, result.facts, log);
  const notes = validatedOutput('data-notes.json', dataNoteSchema, result.notes, log);
  validatedOutput('provinces.json', provinceSchema, result.ref.provinces, log);
  validatedOutput('regions.json', regionSchema, result.ref.regions, log);
  validatedOutput('sources.json', sourceSchema, result.ref.sources, log);
  validatedOutput('metrics.json', metricSchema, result.ref.metrics, log);
  log.throwIfAny();

  const out = `${root}/data/generated`;
  mkdirSync(out, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(`${out}/${name}`, JSON.stringify(data, null, 1) + '\n');
  write('figures.json', figures);
  write('province-facts.json', facts);
  write('data-notes.json', notes);
  write('provinces.json', result.ref.provinces);
  write('regions.json', result.ref.regions);
  write('sources.json', result.ref.sources);
  write('metrics.json', result.ref.metrics);
  write('fact-kinds.json', result.ref.factKinds);
  write('organisations.json', result.ref.organisations);
  write('exclusions.json', result.exclusions);
  write('glossary.json', result.ref.glossary);
  write('tile-grid.json', result.ref.tileGrid);
  write('tile-grid-2025.json', result.ref.tileGrid2025);
  write('counts.json', result.counts);
  write(
    'target-results.json',
    result.ref.targetResults.map(({ line: _line, ...r }) => r),
  );
  write('source-texts.json', texts);
  write('province-mentions.json', mentions);
  writeDownloads(result, `${out}/downloads`);
  mkdirSync(`${root}/docs`, { recursive: true });
  writeFileSync(`${root}/docs/data-notes.md`, notesMarkdown(notes, figures, result.ref.sources.length));
  return { result, provenanceChecked: prov.checked };
}
