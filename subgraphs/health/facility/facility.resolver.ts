import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  pageWindow,
  toConnection,
  type ConnectionValue,
} from '../../kit/graphql/connection';
import { Language } from '../../kit/graphql/language';
import type { HealthContext } from '../loaders';
import { FacilityKind } from './facility-kind';
import {
  facilityFilters,
  requireFacilityId,
  selectFacilities,
  selectOutsideFacilities,
} from './facility.queries';
import {
  HealthFacility,
  HealthFacilityConnection,
  toHealthFacility,
} from './facility.type';

@Resolver(() => HealthFacility)
export class HealthFacilityResolver {
  @Query(() => HealthFacility, {
    nullable: true,
    description:
      'A health facility by id, such as healthsites:29c6b4ad93f54df6b1d2880358990963, including one outside every boundary; null when none has the id.',
  })
  async healthFacility(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: HealthContext,
  ): Promise<HealthFacility | null> {
    const row = await ctx.loaders.facility.load(requireFacilityId(id));
    return row ? toHealthFacility(row) : null;
  }

  @Query(() => HealthFacilityConnection, {
    description:
      'Health facilities inside a COD-AB district, ordered by id, optionally of one governorate, kind and source.',
  })
  async healthFacilities(
    @Args() page: PageArgs,
    @Ctx() ctx: HealthContext,
    @Arg('governorateCode', () => ID, {
      nullable: true,
      description: 'ISO 3166-2:IQ code of the governorate, such as IQ-BA.',
    })
    governorateCode?: string,
    @Arg('kind', () => FacilityKind, {
      nullable: true,
      description: 'Only facilities of this kind.',
    })
    kind?: FacilityKind,
    @Arg('source', () => String, {
      nullable: true,
      description: 'Only facilities from this source: healthsites or overture.',
    })
    source?: string,
  ): Promise<ConnectionValue<HealthFacility>> {
    const filters = facilityFilters({ governorateCode, kind, source });
    const result = await selectFacilities(
      ctx.dataSource,
      filters,
      pageWindow(page),
    );
    return toConnection({
      ...result,
      items: result.items.map(toHealthFacility),
    });
  }

  @Query(() => HealthFacilityConnection, {
    description:
      'Health facilities whose position no COD-AB 2019 district contains, such as a point on the wrong side of a border or in the sea, ordered by id. They are kept so the source can be corrected.',
  })
  async healthFacilitiesOutsideBoundaries(
    @Args() page: PageArgs,
    @Ctx() ctx: HealthContext,
  ): Promise<ConnectionValue<HealthFacility>> {
    const result = await selectOutsideFacilities(
      ctx.dataSource,
      pageWindow(page),
    );
    return toConnection({
      ...result,
      items: result.items.map(toHealthFacility),
    });
  }

  @FieldResolver(() => String, {
    description:
      'Name as the source writes it, in Arabic, Kurdish or Latin script or a mix. The sources give one name per facility, so every language returns it.',
  })
  name(
    @Root() facility: HealthFacility,
    @Arg('lang', () => Language, {
      nullable: true,
      description:
        'Requested language. Every language returns the same source name.',
    })
    _lang?: Language,
  ): string {
    return facility.row.name;
  }
}

/** Resolves `HealthFacility` references from other subgraphs through the batched loader. */
export const healthFacilityReference = {
  HealthFacility: {
    async __resolveReference(
      reference: { id: string },
      ctx: HealthContext,
    ): Promise<HealthFacility | null> {
      const row = await ctx.loaders.facility.load(reference.id);
      return row ? toHealthFacility(row) : null;
    },
  },
};
