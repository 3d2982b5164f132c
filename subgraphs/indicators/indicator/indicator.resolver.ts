import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import {
  PageArgs,
  pageWindow,
  toConnection,
  type ConnectionValue,
} from '../../kit/graphql/connection';
import type { IndicatorsContext } from '../loaders';
import {
  checkIndicatorCode,
  checkIndicatorCodes,
  checkSearch,
  checkTopic,
  checkYearRange,
} from './indicator-arguments';
import { listIndicators } from './indicator-list';
import {
  Indicator,
  IndicatorConnection,
  IndicatorSource,
  toIndicator,
} from './indicator.type';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => Indicator, {
    nullable: true,
    description:
      'A series by code, such as SP.POP.TOTL or CBI.FOREIGN_RESERVES.USD_BN (codes are case-sensitive), or null when no series has it.',
  })
  async indicator(
    @Arg('code', () => ID) code: string,
    @Ctx() ctx: IndicatorsContext,
  ): Promise<Indicator | null> {
    const row = await ctx.loaders.indicator.load(
      checkIndicatorCode('code', code),
    );
    return row ? toIndicator(row) : null;
  }

  @Query(() => IndicatorConnection, {
    description:
      'Series ordered by code. Every filter given must match; fromYear and toYear keep series with at least one value in that range.',
  })
  async indicators(
    @Args() page: PageArgs,
    @Ctx() ctx: IndicatorsContext,
    @Arg('code', () => [ID], {
      nullable: true,
      description: 'Only these codes, at most 100.',
    })
    code?: string[] | null,
    @Arg('topic', () => String, {
      nullable: true,
      description:
        'Only this subject area, such as population, health, finance or public-sector.',
    })
    topic?: string | null,
    @Arg('source', () => IndicatorSource, {
      nullable: true,
      description: 'Only this publisher.',
    })
    source?: IndicatorSource | null,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Text the code, English name or Arabic name contains, ignoring case.',
    })
    search?: string | null,
    @Arg('fromYear', () => Int, {
      nullable: true,
      description: 'First year of the range, 1900 to 2100.',
    })
    fromYear?: number | null,
    @Arg('toYear', () => Int, {
      nullable: true,
      description: 'Last year of the range, 1900 to 2100.',
    })
    toYear?: number | null,
  ): Promise<ConnectionValue<Indicator>> {
    const window = pageWindow(page);
    const result = await listIndicators(
      ctx.dataSource,
      {
        codes: code ? checkIndicatorCodes(code) : undefined,
        topic: topic != null ? checkTopic(topic) : undefined,
        source: source ?? undefined,
        search: search != null ? checkSearch(search) : undefined,
        years: checkYearRange(fromYear, toYear),
      },
      window,
    );
    return toConnection({ ...result, items: result.items.map(toIndicator) });
  }
}

/** Resolves `Indicator` references from other subgraphs through the batched loader. */
export const indicatorReference = {
  Indicator: {
    async __resolveReference(
      reference: { code: string },
      ctx: IndicatorsContext,
    ): Promise<Indicator | null> {
      const row = await ctx.loaders.indicator.load(reference.code);
      return row ? toIndicator(row) : null;
    },
  },
};
