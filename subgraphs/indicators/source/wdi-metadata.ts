import { fileLabel, readCsvObjects } from '../../kit/ingest/csv';
import { ProblemCollector } from '../../kit/ingest/problems';

/** Descriptive fields of one WDI indicator, from the `Metadata_Indicator` file. */
export interface WdiIndicatorMetadata {
  /** WDI indicator code, such as `SP.POP.TOTL`. */
  code: string;
  /** English indicator name as the metadata file spells it. */
  name: string;
  /** Definition of the indicator (`SOURCE_NOTE`). Absent when blank. */
  description?: string;
  /** Organisations that supply the data (`SOURCE_ORGANIZATION`). Absent when blank. */
  sourceOrganization?: string;
}

const CODE = 'INDICATOR_CODE';
const NAME = 'INDICATOR_NAME';
const NOTE = 'SOURCE_NOTE';
const ORGANIZATION = 'SOURCE_ORGANIZATION';

/**
 * Reads a WDI `Metadata_Indicator` CSV into a map keyed by indicator code.
 * Quoted newlines inside `SOURCE_NOTE` and `SOURCE_ORGANIZATION` are kept as LF.
 * Raises SourceFileError when the `INDICATOR_CODE` column is missing, or when a
 * row has a blank or repeated code.
 */
export async function readWdiMetadataFile(
  path: string,
): Promise<Map<string, WdiIndicatorMetadata>> {
  const problems = new ProblemCollector(fileLabel(path));
  const byCode = new Map<string, WdiIndicatorMetadata>();
  const firstLine = new Map<string, number>();
  let headerChecked = false;

  for await (const { line, row, header } of readCsvObjects(path)) {
    if (!headerChecked) {
      headerChecked = true;
      if (!header.includes(CODE)) {
        problems.add(
          1,
          CODE,
          `column is missing; expected a header with ${CODE}`,
        );
        break;
      }
    }
    const code = row[CODE];
    if (code === '') {
      problems.add(line, CODE, 'value is blank; expected a WDI indicator code');
      continue;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      problems.add(
        line,
        CODE,
        `code "${code}" repeats line ${earlier}; expected one row per indicator`,
      );
      continue;
    }
    firstLine.set(code, line);
    byCode.set(code, metadataFromRow(code, row));
  }
  problems.throwIfAny();
  return byCode;
}

function metadataFromRow(
  code: string,
  row: Record<string, string>,
): WdiIndicatorMetadata {
  const metadata: WdiIndicatorMetadata = { code, name: row[NAME] ?? '' };
  const description = row[NOTE] ?? '';
  const organization = row[ORGANIZATION] ?? '';
  if (description !== '') metadata.description = description;
  if (organization !== '') metadata.sourceOrganization = organization;
  return metadata;
}
