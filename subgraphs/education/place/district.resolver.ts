import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  pageWindow,
  type ConnectionValue,
} from '../../kit/graphql/connection';
import { SchoolCoverage } from '../coverage/coverage.type';
import {
  districtCoverage,
  requireCoveredDistrict,
} from '../coverage/place-coverage';
import type { EducationContext } from '../loaders';
import { SchoolLevel } from '../school/school-level';
import { SchoolConnection, type School } from '../school/school.type';
import { DistrictStub } from '../../kit/graphql/place-stubs';
import { LEVEL_FILTER_DESCRIPTION, loadSchoolPage } from './school-lists';

@Resolver(() => DistrictStub)
export class DistrictSchoolsResolver {
  @FieldResolver(() => SchoolConnection, {
    nullable: true,
    description:
      'Schools in the district, by id. Null with a NO_DATA error when no education dataset has schools in the district: see schoolCoverage.',
  })
  async schools(
    @Root() district: DistrictStub,
    @Args() page: PageArgs,
    @Ctx() ctx: EducationContext,
    @Arg('level', () => SchoolLevel, {
      nullable: true,
      description: LEVEL_FILTER_DESCRIPTION,
    })
    level?: SchoolLevel,
  ): Promise<ConnectionValue<School>> {
    const window = pageWindow(page);
    requireCoveredDistrict(await ctx.loaders.coverage.load(), district.pcode);
    return loadSchoolPage(
      ctx.loaders.schoolsOfDistrict,
      district.pcode,
      window,
      level,
    );
  }

  @FieldResolver(() => SchoolCoverage, {
    nullable: true,
    description:
      'Whether any education dataset has schools in the district, and which.',
  })
  async schoolCoverage(
    @Root() district: DistrictStub,
    @Ctx() ctx: EducationContext,
  ): Promise<SchoolCoverage> {
    return districtCoverage(await ctx.loaders.coverage.load(), district.pcode);
  }
}
