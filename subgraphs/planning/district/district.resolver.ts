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
import { Governorate, toGovernorate } from '../governorate/governorate.type';
import type { PlanningContext } from '../loaders';
import {
  District,
  DistrictConnection,
  SubDistrict,
  SubDistrictConnection,
  toDistrict,
  toSubDistrict,
} from './district.type';

const DISTRICT_PCODE = /^IQG\d{2}Q\d{2}$/;

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, {
    nullable: true,
    description: 'A district by COD-AB P-code, such as IQG02Q01.',
  })
  async district(
    @Arg('pcode', () => ID) pcode: string,
    @Ctx() ctx: PlanningContext,
  ): Promise<District | null> {
    const normalized = pcode.trim().toUpperCase();
    if (!DISTRICT_PCODE.test(normalized)) {
      throw badInput(
        'pcode',
        `pcode: ${quote(pcode)} is not a district P-code: use the COD-AB 2019 form IQG<2 digits>Q<2 digits>, such as "IQG02Q01".`,
      );
    }
    const row = await ctx.loaders.district.load(normalized);
    return row ? toDistrict(row) : null;
  }

  @Query(() => DistrictConnection, {
    description:
      'Districts ordered by P-code, optionally of one governorate (ISO code).',
  })
  async districts(
    @Args() page: PageArgs,
    @Ctx() ctx: PlanningContext,
    @Arg('governorateCode', () => ID, { nullable: true })
    governorateCode?: string,
  ): Promise<ConnectionValue<District>> {
    const window = pageWindow(page);
    const code =
      governorateCode === undefined || governorateCode === null
        ? null
        : governorateCode.trim().toUpperCase();
    if (code !== null && !(await ctx.loaders.governorate.load(code))) {
      throw badInput(
        'governorateCode',
        `governorateCode: ${quote(governorateCode!)} is not a governorate: use an ISO 3166-2:IQ code such as "IQ-BA".`,
      );
    }
    const rows = (await ctx.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM district
       WHERE $1::text IS NULL OR governorate_code = $1 ORDER BY pcode OFFSET $2 LIMIT $3`,
      [code, window.offset, window.limit],
    )) as (District['row'] & { total: string })[];
    const totalCount = rows.length
      ? Number(rows[0].total)
      : Number(
          (
            await ctx.dataSource.query(
              'SELECT count(*) AS n FROM district WHERE $1::text IS NULL OR governorate_code = $1',
              [code],
            )
          )[0].n,
        );
    return toConnection({
      items: rows.map(toDistrict),
      totalCount,
      offset: window.offset,
    });
  }

  @FieldResolver(() => String, {
    description:
      'Name in the requested language (COD-AB gives Arabic and English).',
  })
  name(
    @Root() district: District,
    @Ctx() ctx: PlanningContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    return pickText(
      { en: district.row.name_en, ar: district.row.name_ar },
      lang ?? ctx.language,
      district.pcode,
    );
  }

  @FieldResolver(() => Translations, {
    description: 'Name in every language the source gives.',
  })
  names(@Root() district: District): Translations {
    return { en: district.row.name_en, ar: district.row.name_ar, ckb: null };
  }

  @FieldResolver(() => Governorate, {
    description: 'Governorate the district belongs to in COD-AB 2019.',
  })
  async governorate(
    @Root() district: District,
    @Ctx() ctx: PlanningContext,
  ): Promise<Governorate> {
    const row = await ctx.loaders.governorate.load(
      district.row.governorate_code,
    );
    if (!row)
      throw new Error(
        `District ${district.pcode} names unknown governorate ${district.row.governorate_code}.`,
      );
    return toGovernorate(row);
  }

  @FieldResolver(() => SubDistrictConnection, {
    description: 'Sub-districts of this district, by P-code.',
  })
  async subDistricts(
    @Root() district: District,
    @Args() page: PageArgs,
    @Ctx() ctx: PlanningContext,
  ): Promise<ConnectionValue<SubDistrict>> {
    return loadConnection(
      ctx.loaders.subDistrictsOfDistrict,
      district.pcode,
      page,
      toSubDistrict,
    );
  }
}

@Resolver(() => SubDistrict)
export class SubDistrictResolver {
  @FieldResolver(() => String, {
    description: 'Name in the requested language.',
  })
  name(
    @Root() sub: SubDistrict,
    @Ctx() ctx: PlanningContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    return pickText(
      { en: sub.row.name_en, ar: sub.row.name_ar },
      lang ?? ctx.language,
      sub.pcode,
    );
  }

  @FieldResolver(() => District)
  async district(
    @Root() sub: SubDistrict,
    @Ctx() ctx: PlanningContext,
  ): Promise<District> {
    const row = await ctx.loaders.district.load(sub.row.district_pcode);
    if (!row)
      throw new Error(
        `Sub-district ${sub.pcode} names unknown district ${sub.row.district_pcode}.`,
      );
    return toDistrict(row);
  }
}

/** Resolves `District` references from other subgraphs through the batched loader. */
export const districtReference = {
  District: {
    async __resolveReference(
      reference: { pcode: string },
      ctx: PlanningContext,
    ): Promise<District | null> {
      const row = await ctx.loaders.district.load(reference.pcode);
      return row ? toDistrict(row) : null;
    },
  },
};
