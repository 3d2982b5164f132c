import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  pageWindow,
  type ConnectionValue,
} from '../../kit/graphql/connection';
import { SchoolCoverage } from '../coverage/coverage.type';
import {
  governorateCoverage,
  requireCoveredGovernorate,
} from '../coverage/place-coverage';
import type { EducationContext } from '../loaders';
import { SchoolLevel } from '../school/school-level';
import { SchoolConnection, type School } from '../school/school.type';
import { GovernorateStub } from '../../kit/graphql/place-stubs';
import { LEVEL_FILTER_DESCRIPTION, loadSchoolPage } from './school-lists';

@Resolver(() => GovernorateStub)
export class GovernorateSchoolsResolver {
  @FieldResolver(() => SchoolConnection, {
    nullable: true,
    description:
      'Schools in the governorate, by id. Null with a NO_DATA error when no education dataset covers the governorate: see schoolCoverage.',
  })
  async schools(
    @Root() governorate: GovernorateStub,
    @Args() page: PageArgs,
    @Ctx() ctx: EducationContext,
    @Arg('level', () => SchoolLevel, {
      nullable: true,
      description: LEVEL_FILTER_DESCRIPTION,
    })
    level?: SchoolLevel,
  ): Promise<ConnectionValue<School>> {
    const window = pageWindow(page);
    requireCoveredGovernorate(
      await ctx.loaders.coverage.load(),
      governorate.code,
    );
    return loadSchoolPage(
      ctx.loaders.schoolsOfGovernorate,
      governorate.code,
      window,
      level,
    );
  }

  @FieldResolver(() => SchoolCoverage, {
    nullable: true,
    description:
      'Whether any education dataset has schools in the governorate, and which.',
  })
  async schoolCoverage(
    @Root() governorate: GovernorateStub,
    @Ctx() ctx: EducationContext,
  ): Promise<SchoolCoverage> {
    return governorateCoverage(
      await ctx.loaders.coverage.load(),
      governorate.code,
    );
  }
}
