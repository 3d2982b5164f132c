import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs, type ConnectionValue } from '../../kit/graphql/connection';
import { governorateByCode } from '../../kit/iraq/governorates';
import { CampKind } from '../camp/camp-kind';
import { CampConnection, type Camp } from '../camp/camp.type';
import { DisplacementFigures } from '../figures/figures.type';
import type { DisplacementContext } from '../loaders';
import {
  IdpLocation,
  IdpLocationConnection,
  ReturneeLocation,
  ReturneeLocationConnection,
} from '../location/location.type';
import { loadCampPage, loadLocationPage } from './place-lists';
import { GovernorateStub } from '../../kit/graphql/place-stubs';

@Resolver(() => GovernorateStub)
export class GovernorateDisplacementResolver {
  @FieldResolver(() => DisplacementFigures, {
    nullable: true,
    description:
      'IDPs, returnees and camps in the governorate. Null for a code that is not a governorate or before any displacement data is loaded.',
  })
  async displacement(
    @Root() governorate: GovernorateStub,
    @Ctx() ctx: DisplacementContext,
  ): Promise<DisplacementFigures | null> {
    const known = governorateByCode(governorate.code);
    return known ? ctx.loaders.governorateFigures.load(known.code) : null;
  }

  @FieldResolver(() => CampConnection, {
    nullable: true,
    description:
      'Camps and informal sites in the governorate, ordered by kind, name and id.',
  })
  camps(
    @Root() governorate: GovernorateStub,
    @Args() page: PageArgs,
    @Ctx() ctx: DisplacementContext,
    @Arg('kind', () => CampKind, {
      nullable: true,
      description: 'Only camps of this kind.',
    })
    kind?: CampKind,
  ): Promise<ConnectionValue<Camp>> {
    return loadCampPage(
      ctx.loaders.campsOfGovernorate,
      governorate.code,
      page,
      kind,
    );
  }

  @FieldResolver(() => IdpLocationConnection, {
    nullable: true,
    description:
      'DTM locations hosting IDPs in the governorate, ordered by location id.',
  })
  idpLocations(
    @Root() governorate: GovernorateStub,
    @Args() page: PageArgs,
    @Ctx() ctx: DisplacementContext,
  ): Promise<ConnectionValue<IdpLocation>> {
    return loadLocationPage(
      ctx.loaders.idpLocationsOfGovernorate,
      IdpLocation,
      governorate.code,
      page,
    );
  }

  @FieldResolver(() => ReturneeLocationConnection, {
    nullable: true,
    description:
      'DTM locations with returnees in the governorate, ordered by location id.',
  })
  returneeLocations(
    @Root() governorate: GovernorateStub,
    @Args() page: PageArgs,
    @Ctx() ctx: DisplacementContext,
  ): Promise<ConnectionValue<ReturneeLocation>> {
    return loadLocationPage(
      ctx.loaders.returneeLocationsOfGovernorate,
      ReturneeLocation,
      governorate.code,
      page,
    );
  }
}
