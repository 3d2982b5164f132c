/** A licence as DCAT and CKAN expect it. */
export interface Licence {
  /** SPDX identifier where one exists, such as `CC-BY-4.0`. */
  id: string;
  title: string;
  url: string;
}

/**
 * Metadata a ministry publishes about one of its datasets. Row counts,
 * coverage and load time come from the ingestion; everything here is
 * stated by the publisher.
 */
export interface DatasetDescription {
  /** Stable id, `<ministry>.<name>`, such as `health.facilities`. */
  id: string;
  /** Id of the publishing ministry in the catalog. */
  ministryId: string;
  title: { en: string; ar: string; ckb?: string };
  description: { en: string; ar: string; ckb?: string };
  licence: Licence;
  /** Producer of the data and the place it was obtained. */
  source: { title: string; url: string; publisher: string };
  /** Source file names, read from the data folder. */
  files: string[];
  /** The source's own last-modified or reference date (ISO 8601). */
  modified: string;
  keywords: string[];
  /** DCAT-AP data theme code, such as `HEAL`, `EDUC`, `SOCI`, `ECON`, `REGI`, `GOVE`. */
  theme: string;
}
