import { registerEnumType } from 'type-graphql';

/** Publisher of an indicator series. */
export enum IndicatorSource {
  WDI = 'WDI',
  CBI = 'CBI',
}

/** How often an indicator series is observed. */
export enum IndicatorFrequency {
  ANNUAL = 'ANNUAL',
  MONTHLY = 'MONTHLY',
}

registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description:
    'WDI: World Bank World Development Indicators. CBI: Central Bank of Iraq statistics.',
  valuesConfig: {
    WDI: { description: 'World Bank World Development Indicators for Iraq.' },
    CBI: { description: 'Central Bank of Iraq monetary and fiscal series.' },
  },
});

registerEnumType(IndicatorFrequency, {
  name: 'IndicatorFrequency',
  description: 'How often a series has a value.',
  valuesConfig: {
    ANNUAL: {
      description:
        'One value per year. A value with a month is a year-to-date figure from January to that month.',
    },
    MONTHLY: { description: 'One value per month.' },
  },
});
