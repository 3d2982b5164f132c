import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  Int,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  pageWindow,
  toConnection,
  type ConnectionValue,
} from '../../kit/graphql/connection';
import { Language, pickText } from '../../kit/graphql/language';
import { Translations } from '../../kit/graphql/names';
import { indicatorsDataset } from '../datasets';
import type { IndicatorsContext } from '../loaders';
import {
  Observation,
  ObservationConnection,
  toObservation,
} from '../observation/observation.type';
import { checkMonth, checkYear, checkYearRange } from './indicator-arguments';
import { Indicator, IndicatorLicence } from './indicator.type';

@Resolver(() => Indicator)
export class IndicatorFieldsResolver {
  @FieldResolver(() => String, {
    description:
      'Name in the requested language (argument, else Accept-Language, else English). WDI names are English only; CBI names are Arabic and English.',
  })
  name(
    @Root() indicator: Indicator,
    @Ctx() ctx: IndicatorsContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    const { row } = indicator;
    return pickText(
      { en: row.name_en, ar: row.name_ar },
      lang ?? ctx.language,
      row.code,
    );
  }

  @FieldResolver(() => Translations, {
    description: 'Name in every language the source gives.',
  })
  names(@Root() indicator: Indicator): Translations {
    return { en: indicator.row.name_en, ar: indicator.row.name_ar, ckb: null };
  }

  @FieldResolver(() => IndicatorLicence, {
    description: 'Licence of the dataset the series belongs to.',
  })
  licence(@Root() indicator: Indicator): IndicatorLicence {
    const { licence } = indicatorsDataset(indicator.datasetId);
    return Object.assign(new IndicatorLicence(), licence);
  }

  @FieldResolver(() => ObservationConnection, {
    description:
      'Values ordered by year, then month; a full-year value comes after the months of its year. Periods without a value are absent.',
  })
  async observations(
    @Root() indicator: Indicator,
    @Args() page: PageArgs,
    @Ctx() ctx: IndicatorsContext,
    @Arg('fromYear', () => Int, {
      nullable: true,
      description: 'First year, 1900 to 2100.',
    })
    fromYear?: number | null,
    @Arg('toYear', () => Int, {
      nullable: true,
      description: 'Last year, 1900 to 2100.',
    })
    toYear?: number | null,
  ): Promise<ConnectionValue<Observation>> {
    const range = checkYearRange(fromYear, toYear);
    const result = await ctx.loaders.observations.load({
      parent: indicator.code,
      window: pageWindow(page),
      filters: [range.fromYear, range.toYear],
    });
    return toConnection({ ...result, items: result.items.map(toObservation) });
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Value for a year, or for a month of it when month is given, or null when the source has none. Without month, only a full-year value matches.',
  })
  async value(
    @Root() indicator: Indicator,
    @Ctx() ctx: IndicatorsContext,
    @Arg('year', () => Int, { description: 'Calendar year, 1900 to 2100.' })
    year: number,
    @Arg('month', () => Int, {
      nullable: true,
      description: 'Month from 1 to 12.',
    })
    month?: number | null,
  ): Promise<number | null> {
    const row = await ctx.loaders.value.load({
      code: indicator.code,
      year: checkYear('year', year),
      month: month == null ? null : checkMonth(month),
    });
    return row?.value ?? null;
  }

  @FieldResolver(() => Observation, {
    nullable: true,
    description: 'Most recent value, or null when the series has none.',
  })
  async latest(
    @Root() indicator: Indicator,
    @Ctx() ctx: IndicatorsContext,
  ): Promise<Observation | null> {
    const row = await ctx.loaders.latest.load(indicator.code);
    return row ? toObservation(row) : null;
  }
}
