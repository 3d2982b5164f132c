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
    title: 'Erbil across all ministries, 2019',
    query: `# Planning, health, education, displacement, the catalog and a national
# indicator for the year of the displacement figures (2019), in one request.
query ErbilAcrossAllMinistries($year: Int = 2019) {
  governorate(code: "IQ-AR") {
    name
    population { year total kind source }
    healthFacilities { totalCount }
    schoolCoverage { covered note }
    schools { totalCount }
    displacement { idpIndividuals idpFamilies returneeIndividuals camps asOf }
    camps(first: 5) { totalCount edges { node { name individuals } } }
    datasets { totalCount }
  }
  population: indicator(code: "SP.POP.TOTL") { name unit value(year: $year) }
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
    title: 'National indicators',
    query: `# World Bank and Central Bank of Iraq series; missing years are absent, not zero.
query HealthIndicators {
  indicators(topic: "health", fromYear: 2020, toYear: 2024, first: 5) {
    totalCount
    edges { node { code name unit latest { year value } } }
  }
  reserves: indicator(code: "CBI.FOREIGN_RESERVES.USD_BN") {
    ar: name(lang: AR)
    en: name(lang: EN)
    observations { edges { node { year value } } }
  }
}`,
  },
  {
    title: 'Displacement match report',
    query: `# How each source spelling of a district was matched to an official P-code.
query MatchReport {
  displacementMatchSummary { datasetId file matched byCode byName byAlias unmatched }
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
