import { loadConnection } from '../../kit/db/paged-loader';
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
import { PageArgs, type ConnectionValue } from '../../kit/graphql/connection';
import { Language, pickText } from '../../kit/graphql/language';
import { Translations } from '../../kit/graphql/names';
import { Dataset, DatasetConnection, toDataset } from '../dataset/dataset.type';
import type { CatalogContext } from '../loaders';
import { Ministry, toMinistry, type MinistryRow } from './ministry.type';

@Resolver(() => Ministry)
export class MinistryResolver {
  @Query(() => Ministry, {
    nullable: true,
    description: 'A publisher by id, such as health.',
  })
  async ministry(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<Ministry | null> {
    const row = await ctx.loaders.ministry.load(id.trim());
    return row ? toMinistry(row) : null;
  }

  @Query(() => [Ministry], { description: 'Every publisher, by id.' })
  async ministries(@Ctx() ctx: CatalogContext): Promise<Ministry[]> {
    const rows = (await ctx.dataSource.query(
      'SELECT * FROM ministry ORDER BY id',
    )) as MinistryRow[];
    return rows.map(toMinistry);
  }

  @FieldResolver(() => String, {
    description: 'Name in the requested language.',
  })
  name(
    @Root() ministry: Ministry,
    @Ctx() ctx: CatalogContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    const r = ministry.row;
    return pickText(
      { en: r.name_en, ar: r.name_ar, ckb: r.name_ckb },
      lang ?? ctx.language,
      r.acronym,
    );
  }

  @FieldResolver(() => Translations, { description: 'Name in every language.' })
  names(@Root() ministry: Ministry): Translations {
    const r = ministry.row;
    return { en: r.name_en, ar: r.name_ar, ckb: r.name_ckb };
  }

  @FieldResolver(() => DatasetConnection, {
    description: 'Datasets this ministry publishes, by id.',
  })
  async datasets(
    @Root() ministry: Ministry,
    @Args() page: PageArgs,
    @Ctx() ctx: CatalogContext,
  ): Promise<ConnectionValue<Dataset>> {
    return loadConnection(
      ctx.loaders.datasetsOfMinistry,
      ministry.id,
      page,
      toDataset,
    );
  }
}

/** Resolves `Ministry` references from other subgraphs through the batched loader. */
export const ministryReference = {
  Ministry: {
    async __resolveReference(
      reference: { id: string },
      ctx: CatalogContext,
    ): Promise<Ministry | null> {
      const row = await ctx.loaders.ministry.load(reference.id);
      return row ? toMinistry(row) : null;
    },
  },
};
