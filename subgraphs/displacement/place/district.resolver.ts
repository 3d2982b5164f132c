import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs, type ConnectionValue } from '../../kit/graphql/connection';
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
import { isDistrictPcode } from './codes';
import { loadCampPage, loadLocationPage } from './place-lists';
import { DistrictStub } from '../../kit/graphql/place-stubs';

@Resolver(() => DistrictStub)
export class DistrictDisplacementResolver {
  @FieldResolver(() => DisplacementFigures, {
    nullable: true,
    description:
      'IDPs, returnees and camps in the district. Null for a P-code not of the form IQG15Q05 or before any displacement data is loaded.',
  })
  async displacement(
    @Root() district: DistrictStub,
    @Ctx() ctx: DisplacementContext,
  ): Promise<DisplacementFigures | null> {
    if (!isDistrictPcode(district.pcode)) return null;
    return ctx.loaders.districtFigures.load(district.pcode);
  }

  @FieldResolver(() => CampConnection, {
    nullable: true,
    description:
      'Camps and informal sites in the district, ordered by kind, name and id.',
  })
  camps(
    @Root() district: DistrictStub,
    @Args() page: PageArgs,
    @Ctx() ctx: DisplacementContext,
    @Arg('kind', () => CampKind, {
      nullable: true,
      description: 'Only camps of this kind.',
    })
    kind?: CampKind,
  ): Promise<ConnectionValue<Camp>> {
    return loadCampPage(
      ctx.loaders.campsOfDistrict,
      district.pcode,
      page,
      kind,
    );
  }

  @FieldResolver(() => IdpLocationConnection, {
    nullable: true,
    description:
      'DTM locations hosting IDPs in the district, ordered by location id.',
  })
  idpLocations(
    @Root() district: DistrictStub,
    @Args() page: PageArgs,
    @Ctx() ctx: DisplacementContext,
  ): Promise<ConnectionValue<IdpLocation>> {
    return loadLocationPage(
      ctx.loaders.idpLocationsOfDistrict,
      IdpLocation,
      district.pcode,
      page,
    );
  }

  @FieldResolver(() => ReturneeLocationConnection, {
    nullable: true,
    description:
      'DTM locations with returnees in the district, ordered by location id.',
  })
  returneeLocations(
    @Root() district: DistrictStub,
    @Args() page: PageArgs,
    @Ctx() ctx: DisplacementContext,
  ): Promise<ConnectionValue<ReturneeLocation>> {
    return loadLocationPage(
      ctx.loaders.returneeLocationsOfDistrict,
      ReturneeLocation,
      district.pcode,
      page,
    );
  }
}
