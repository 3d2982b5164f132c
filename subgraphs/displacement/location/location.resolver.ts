import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Language, pickText } from '../../kit/graphql/language';
import { Translations } from '../../kit/graphql/names';
import type { DisplacementContext } from '../loaders';
import {
  IdpLocation,
  ReturneeLocation,
  type DtmLocationFields,
} from './location.type';

/** Resolves the names of `IdpLocation`. */
export const IdpLocationResolver = createLocationResolver(IdpLocation);

/** Resolves the names of `ReturneeLocation`. */
export const ReturneeLocationResolver =
  createLocationResolver(ReturneeLocation);

function createLocationResolver<T extends DtmLocationFields>(
  type: new () => T,
) {
  @Resolver(() => type)
  class LocationResolver {
    @FieldResolver(() => String, {
      description:
        'Location name in the requested language (argument, else Accept-Language, else English). DTM gives English and Arabic.',
    })
    name(
      @Root() location: T,
      @Ctx() ctx: DisplacementContext,
      @Arg('lang', () => Language, { nullable: true }) lang?: Language,
    ): string {
      const row = location.row;
      return pickText(
        { en: row.name_en, ar: row.name_ar },
        lang ?? ctx.language,
        row.location_id,
      );
    }

    @FieldResolver(() => Translations, {
      description: 'Location name in every language DTM gives.',
    })
    names(@Root() location: T): Translations {
      return { en: location.row.name_en, ar: location.row.name_ar, ckb: null };
    }
  }
  return LocationResolver;
}
