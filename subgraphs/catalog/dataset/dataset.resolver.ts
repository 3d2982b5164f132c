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
import { badInput, quote } from '../../kit/errors';
import {
  PageArgs,
  pageWindow,
  toConnection,
  type ConnectionValue,
} from '../../kit/graphql/connection';
import { Language, pickText } from '../../kit/graphql/language';
import { Translations } from '../../kit/graphql/names';
import { foldForSearch } from '../../kit/text/search';
import { GovernorateStub } from '../../kit/graphql/place-stubs';
import type { CatalogContext } from '../loaders';
import { Ministry, toMinistry } from '../ministry/ministry.type';
import {
  Dataset,
  DatasetConnection,
  toDataset,
  type DatasetRow,
} from './dataset.type';

/** Maximum length of search text, in characters. */
const MAX_SEARCH_LENGTH = 100;

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => Dataset, {
    nullable: true,
    description: 'A dataset by id, such as planning.population.',
  })
  async dataset(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<Dataset | null> {
    const row = await ctx.loaders.dataset.load(id.trim());
    return row ? toDataset(row) : null;
  }

  @Query(() => DatasetConnection, {
    description:
      'Datasets ordered by id. `search` matches titles, descriptions and keywords in Arabic, Kurdish and English, ignoring case, diacritics and spelling variants of alef, yeh, kaf and heh.',
  })
  async datasets(
    @Args() page: PageArgs,
    @Ctx() ctx: CatalogContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('publisher', () => ID, {
      nullable: true,
      description: 'Ministry id, such as health.',
    })
    publisher?: string,
    @Arg('theme', () => String, { nullable: true }) theme?: string,
    @Arg('licence', () => String, {
      nullable: true,
      description: 'Licence id, such as CC-BY-4.0.',
    })
    licence?: string,
  ): Promise<ConnectionValue<Dataset>> {
    const window = pageWindow(page);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (search !== undefined && search !== null) {
      const words = foldForSearch(search).split(' ').filter(Boolean);
      if (search.trim().length > MAX_SEARCH_LENGTH) {
        throw badInput(
          'search',
          `search: ${quote(search)} is longer than ${MAX_SEARCH_LENGTH} characters: send a few words.`,
        );
      }
      if (words.length === 0) {
        throw badInput(
          'search',
          `search: ${quote(search)} has no letters or digits: send at least one word.`,
        );
      }
      for (const word of words) {
        params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        conditions.push(`search_text LIKE $${params.length}`);
      }
    }
    if (publisher) {
      params.push(publisher);
      conditions.push(`ministry_id = $${params.length}`);
    }
    if (theme) {
      params.push(theme.toUpperCase());
      conditions.push(`theme = $${params.length}`);
    }
    if (licence) {
      params.push(licence.toLowerCase());
      conditions.push(`lower(licence_id) = $${params.length}`);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    params.push(window.offset, window.limit);
    const rows = (await ctx.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM dataset ${where} ORDER BY id OFFSET $${params.length - 1} LIMIT $${params.length}`,
      params,
    )) as (DatasetRow & { total: string })[];
    let totalCount = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && window.offset > 0) {
      const countRows = await ctx.dataSource.query(
        `SELECT count(*) AS n FROM dataset ${where}`,
        params.slice(0, -2),
      );
      totalCount = Number(countRows[0].n);
    }
    return toConnection({
      items: rows.map(toDataset),
      totalCount,
      offset: window.offset,
    });
  }

  @FieldResolver(() => String, {
    description: 'Title in the requested language.',
  })
  title(
    @Root() dataset: Dataset,
    @Ctx() ctx: CatalogContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    const r = dataset.row;
    return pickText(
      { en: r.title_en, ar: r.title_ar, ckb: r.title_ckb },
      lang ?? ctx.language,
      r.id,
    );
  }

  @FieldResolver(() => Translations, {
    description: 'Title in every language.',
  })
  titles(@Root() dataset: Dataset): Translations {
    const r = dataset.row;
    return { en: r.title_en, ar: r.title_ar, ckb: r.title_ckb };
  }

  @FieldResolver(() => String, {
    description: 'Description in the requested language.',
  })
  description(
    @Root() dataset: Dataset,
    @Ctx() ctx: CatalogContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    const r = dataset.row;
    return pickText(
      { en: r.description_en, ar: r.description_ar, ckb: r.description_ckb },
      lang ?? ctx.language,
      r.title_en,
    );
  }

  @FieldResolver(() => Ministry, {
    description: 'The ministry that publishes the dataset.',
  })
  async publisher(
    @Root() dataset: Dataset,
    @Ctx() ctx: CatalogContext,
  ): Promise<Ministry> {
    const row = await ctx.loaders.ministry.load(dataset.row.ministry_id);
    if (!row)
      throw new Error(
        `Dataset ${dataset.id} names unknown publisher ${dataset.row.ministry_id}.`,
      );
    return toMinistry(row);
  }

  @FieldResolver(() => [GovernorateStub], {
    description: 'Governorates the rows cover.',
  })
  async spatialCoverage(
    @Root() dataset: Dataset,
    @Ctx() ctx: CatalogContext,
  ): Promise<GovernorateStub[]> {
    const codes = await ctx.loaders.coverage.load(dataset.id);
    return codes.map((code) => ({ code }));
  }
}

@Resolver(() => GovernorateStub)
export class GovernorateDatasetsResolver {
  @FieldResolver(() => DatasetConnection, {
    nullable: true,
    description:
      'Datasets whose rows cover this governorate, by id. Null only when the catalog is unavailable.',
  })
  async datasets(
    @Root() governorate: GovernorateStub,
    @Args() page: PageArgs,
    @Ctx() ctx: CatalogContext,
  ): Promise<ConnectionValue<Dataset>> {
    return loadConnection(
      ctx.loaders.datasetsOfGovernorate,
      governorate.code,
      page,
      toDataset,
    );
  }
}

/** Resolves `Dataset` references from other subgraphs through the batched loader. */
export const datasetReference = {
  Dataset: {
    async __resolveReference(
      reference: { id: string },
      ctx: CatalogContext,
    ): Promise<Dataset | null> {
      const row = await ctx.loaders.dataset.load(reference.id);
      return row ? toDataset(row) : null;
    },
  },
};
