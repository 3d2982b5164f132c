import { Args, Ctx, Query, Resolver } from 'type-graphql';
import {
  PageArgs,
  pageWindow,
  toConnection,
  type ConnectionValue,
} from '../../kit/graphql/connection';
import type { EducationContext } from '../loaders';
import {
  CoveredGovernorate,
  CoveredGovernorateConnection,
} from './coverage.type';

@Resolver(() => CoveredGovernorate)
export class CoverageResolver {
  @Query(() => CoveredGovernorateConnection, {
    description:
      'Governorates where at least one education dataset has schools, by ISO code. Every other governorate has no school data.',
  })
  async schoolCoverage(
    @Args() page: PageArgs,
    @Ctx() ctx: EducationContext,
  ): Promise<ConnectionValue<CoveredGovernorate>> {
    const window = pageWindow(page);
    const index = await ctx.loaders.coverage.load();
    const covered = [...index.governorates].map(([code, coverage]) =>
      Object.assign(new CoveredGovernorate(), {
        governorate: { code },
        datasets: coverage.datasets,
        districts: coverage.districts.map((pcode) => ({ pcode })),
        schoolCount: coverage.schoolCount,
      }),
    );
    return toConnection({
      items: covered.slice(window.offset, window.offset + window.limit),
      totalCount: covered.length,
      offset: window.offset,
    });
  }
}
