import { loadConnection } from '../../kit/db/paged-loader';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
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
import {
  District,
  DistrictConnection,
  toDistrict,
} from '../district/district.type';
import type { PlanningContext } from '../loaders';
import {
  PopulationFigure,
  PopulationKind,
  toPopulationFigures,
} from '../population/population.type';
import {
  Governorate,
  GovernorateConnection,
  toGovernorate,
  type GovernorateRow,
} from './governorate.type';

@Resolver(() => Governorate)
export class GovernorateResolver {
  @Query(() => Governorate, {
    nullable: true,
    description:
      'A governorate by ISO 3166-2:IQ code (IQ-BA) or COD-AB P-code (IQG02); null when none has it.',
  })
  async governorate(
    @Arg('code', () => ID) code: string,
    @Ctx() ctx: PlanningContext,
  ): Promise<Governorate | null> {
    const normalized = code.trim().toUpperCase();
    if (!/^IQ-[A-Z]{2}$/.test(normalized) && !/^IQG\d{2}$/.test(normalized)) {
      throw badInput(
        'code',
        `code: ${quote(code)} is not a governorate code: use an ISO 3166-2:IQ code such as "IQ-BA" or a P-code such as "IQG02".`,
      );
    }
    if (normalized.startsWith('IQG')) {
      const [row] = (await ctx.dataSource.query(
        'SELECT * FROM governorate WHERE pcode = $1',
        [normalized],
      )) as GovernorateRow[];
      return row ? toGovernorate(row) : null;
    }
    const row = await ctx.loaders.governorate.load(normalized);
    return row ? toGovernorate(row) : null;
  }

  @Query(() => GovernorateConnection, {
    description: 'All 18 governorates, ordered by ISO code.',
  })
  async governorates(
    @Args() page: PageArgs,
    @Ctx() ctx: PlanningContext,
  ): Promise<ConnectionValue<Governorate>> {
    const window = pageWindow(page);
    const rows = (await ctx.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM governorate ORDER BY code OFFSET $1 LIMIT $2`,
      [window.offset, window.limit],
    )) as (GovernorateRow & { total: string })[];
    const totalCount = rows.length
      ? Number(rows[0].total)
      : Number(
          (
            await ctx.dataSource.query('SELECT count(*) AS n FROM governorate')
          )[0].n,
        );
    return toConnection({
      items: rows.map(toGovernorate),
      totalCount,
      offset: window.offset,
    });
  }

  @FieldResolver(() => String, {
    description:
      'Name in the requested language (argument, else Accept-Language, else English).',
  })
  name(
    @Root() governorate: Governorate,
    @Ctx() ctx: PlanningContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    const row = governorate.row;
    return pickText(
      { en: row.name_en, ar: row.name_ar, ckb: row.name_ckb },
      lang ?? ctx.language,
      row.code,
    );
  }

  @FieldResolver(() => Translations, { description: 'Name in every language.' })
  names(@Root() governorate: Governorate): Translations {
    const row = governorate.row;
    return { en: row.name_en, ar: row.name_ar, ckb: row.name_ckb };
  }

  @FieldResolver(() => String, {
    description: 'Seat of the governorate, in the requested language.',
  })
  capital(
    @Root() governorate: Governorate,
    @Ctx() ctx: PlanningContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    const row = governorate.row;
    return pickText(
      { en: row.capital_en, ar: row.capital_ar },
      lang ?? ctx.language,
      row.capital_en,
    );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Area in km² from the 2011 "Regions of Iraq" table, the one source giving all 18; null before population data is loaded. Other sources differ: see areas.',
  })
  async areaKm2(
    @Root() governorate: Governorate,
    @Ctx() ctx: PlanningContext,
  ): Promise<number | null> {
    const rows = await ctx.loaders.population.load(governorate.code);
    return (
      rows.find((r) => r.year === 2011 && r.area_km2 !== null)?.area_km2 ?? null
    );
  }

  @FieldResolver(() => [PopulationFigure], {
    description:
      'Population figures, newest year first, one per source. Filter by year and kind; sources that disagree are all returned and flagged.',
  })
  async population(
    @Root() governorate: Governorate,
    @Ctx() ctx: PlanningContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('kind', () => PopulationKind, { nullable: true })
    kind?: PopulationKind,
  ): Promise<PopulationFigure[]> {
    const rows = await ctx.loaders.population.load(governorate.code);
    return toPopulationFigures(rows).filter(
      (f) =>
        (year === undefined || year === null || f.year === year) &&
        (!kind || f.kind === kind),
    );
  }

  @FieldResolver(() => DistrictConnection, {
    description: 'Districts of this governorate, by P-code.',
  })
  async districts(
    @Root() governorate: Governorate,
    @Args() page: PageArgs,
    @Ctx() ctx: PlanningContext,
  ): Promise<ConnectionValue<District>> {
    return loadConnection(
      ctx.loaders.districtsOfGovernorate,
      governorate.code,
      page,
      toDistrict,
    );
  }
}

/** Resolves `Governorate` references from other subgraphs through the batched loader. */
export const governorateReference = {
  Governorate: {
    async __resolveReference(
      reference: { code: string },
      ctx: PlanningContext,
    ): Promise<Governorate | null> {
      const row = await ctx.loaders.governorate.load(reference.code);
      return row ? toGovernorate(row) : null;
    },
  },
};
