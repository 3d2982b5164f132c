/** An example query preloaded as a tab in the explorer. */
export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Example queries that cross ministries. The end-to-end tests run every one
 * of them through the gateway, so none can drift from the schema.
 */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Basra across ministries',
    query: `# One governorate, answered by planning, health and the catalog.
query BasraAcrossMinistries {
  governorate(code: "IQ-BA") {
    name
    population { year total source }
    healthFacilities { totalCount }
    datasets { totalCount edges { node { title licence { id title } } } }
  }
}`,
  },
  {
    title: 'All governorates side by side',
    query: `# Population figures, health facilities and datasets for every governorate.
query AllGovernorates {
  governorates(first: 18) {
    totalCount
    edges {
      node {
        code
        name
        population { year total kind source }
        healthFacilities { totalCount }
        datasets { totalCount }
      }
    }
  }
}`,
  },
  {
    title: 'Names in Arabic and Kurdish',
    query: `# The lang argument overrides the Accept-Language header.
query NamesInThreeLanguages {
  governorate(code: "IQ-SU") {
    ar: name(lang: AR)
    ckb: name(lang: CKB)
    en: name(lang: EN)
    districts(first: 10) { totalCount edges { node { pcode name(lang: AR) } } }
  }
}`,
  },
  {
    title: 'Sources that disagree',
    query: `# Baghdad in 2021: two publications, two totals, both kept.
query SourcesThatDisagree {
  governorate(code: "IQ-BG") {
    population(year: 2021) { total source disagreement }
  }
}`,
  },
  {
    title: 'Dataset catalog search',
    query: `query Catalog($search: String) {
  datasets(search: $search, first: 20) {
    totalCount
    edges { node { id title publisher { name } licence { id } rowCount lastModified } }
  }
}`,
    variables: { search: 'population' },
  },
];
