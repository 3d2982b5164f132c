import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadConnection, type PagedKey } from '../../kit/db/paged-loader';
import { codedError, ErrorCode } from '../../kit/errors';
import type DataLoader from 'dataloader';
import {
  PageArgs,
  type ConnectionValue,
  type Page,
} from '../../kit/graphql/connection';
import { FacilityKind } from '../facility/facility-kind';
import {
  HealthFacility,
  HealthFacilityConnection,
  toHealthFacility,
  type HealthFacilityRow,
} from '../facility/facility.type';
import type { HealthContext } from '../loaders';
import { DistrictStub, GovernorateStub } from '../../kit/graphql/place-stubs';

@Resolver(() => GovernorateStub)
export class GovernorateHealthResolver {
  @FieldResolver(() => HealthFacilityConnection, {
    nullable: true,
    description:
      'Health facilities whose position falls in the governorate, ordered by id; empty for a code that is not a governorate.',
  })
  healthFacilities(
    @Root() governorate: GovernorateStub,
    @Args() page: PageArgs,
    @Ctx() ctx: HealthContext,
    @Arg('kind', () => FacilityKind, {
      nullable: true,
      description: 'Only facilities of this kind.',
    })
    kind?: FacilityKind,
  ): Promise<ConnectionValue<HealthFacility>> {
    return loadFacilityPage(
      ctx,
      ctx.loaders.facilitiesOfGovernorate,
      governorate.code,
      page,
      kind,
    );
  }
}

@Resolver(() => DistrictStub)
export class DistrictHealthResolver {
  @FieldResolver(() => HealthFacilityConnection, {
    nullable: true,
    description:
      'Health facilities whose position falls in the district, ordered by id; empty for a P-code that is not a district.',
  })
  healthFacilities(
    @Root() district: DistrictStub,
    @Args() page: PageArgs,
    @Ctx() ctx: HealthContext,
    @Arg('kind', () => FacilityKind, {
      nullable: true,
      description: 'Only facilities of this kind.',
    })
    kind?: FacilityKind,
  ): Promise<ConnectionValue<HealthFacility>> {
    return loadFacilityPage(
      ctx,
      ctx.loaders.facilitiesOfDistrict,
      district.pcode,
      page,
      kind,
    );
  }
}

async function loadFacilityPage(
  ctx: HealthContext,
  loader: DataLoader<PagedKey, Page<HealthFacilityRow>, string>,
  parent: string,
  page: PageArgs,
  kind: FacilityKind | undefined,
): Promise<ConnectionValue<HealthFacility>> {
  const connection = await loadConnection(
    loader,
    parent,
    page,
    toHealthFacility,
    [kind ?? null],
  );
  // Before any load a count of 0 would read as "no facilities here", so an
  // empty page is checked against the list of loaded datasets.
  if (connection.totalCount === 0 && !(await ctx.loaders.hasData.load('any'))) {
    throw codedError(
      ErrorCode.NoData,
      'No health facility dataset has been loaded on this server yet, so there are no counts to give: load the source files with npm run ingest.',
    );
  }
  return connection;
}
