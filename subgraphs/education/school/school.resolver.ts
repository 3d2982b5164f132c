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
import { badInput } from '../../kit/errors';
import {
  PageArgs,
  pageWindow,
  toConnection,
  type ConnectionValue,
  type PageWindow,
} from '../../kit/graphql/connection';
import { Language, pickText } from '../../kit/graphql/language';
import { Translations } from '../../kit/graphql/names';
import { governorateByCode } from '../../kit/iraq/governorates';
import { requireCoveredGovernorate } from '../coverage/place-coverage';
import type { EducationContext } from '../loaders';
import { DistrictStub, GovernorateStub } from '../../kit/graphql/place-stubs';
import {
  LEVEL_FILTER_DESCRIPTION,
  loadSchoolPage,
} from '../place/school-lists';
import { SchoolLevel } from './school-level';
import {
  School,
  SchoolConnection,
  toSchool,
  type SchoolRow,
} from './school.type';

@Resolver(() => School)
export class SchoolResolver {
  @Query(() => School, {
    nullable: true,
    description:
      'A school by id, such as osm:node/856282429, or null when no school has it.',
  })
  async school(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: EducationContext,
  ): Promise<School | null> {
    const trimmed = id.trim();
    if (!SCHOOL_ID.test(trimmed)) {
      throw badInput(
        'id',
        `id: "${id}" is not a school id: use the source and its id, such as "osm:node/856282429" or "overture:<GERS id>".`,
      );
    }
    const row = await ctx.loaders.school.load(trimmed);
    return row ? toSchool(row) : null;
  }

  @Query(() => SchoolConnection, {
    nullable: true,
    description:
      'Schools by id, of one governorate or of all. Null with a NO_DATA error for a governorate that no education dataset covers: see schoolCoverage.',
  })
  async schools(
    @Args() page: PageArgs,
    @Ctx() ctx: EducationContext,
    @Arg('governorateCode', () => ID, {
      nullable: true,
      description:
        'ISO 3166-2:IQ code, such as IQ-SU. Omit it to list every governorate.',
    })
    governorateCode?: string,
    @Arg('level', () => SchoolLevel, {
      nullable: true,
      description: LEVEL_FILTER_DESCRIPTION,
    })
    level?: SchoolLevel,
  ): Promise<ConnectionValue<School>> {
    const window = pageWindow(page);
    if (governorateCode === undefined || governorateCode === null) {
      return allSchools(ctx, window, level);
    }
    const governorate = governorateByCode(governorateCode.trim());
    if (!governorate) {
      throw badInput(
        'governorateCode',
        `governorateCode: "${governorateCode}" is not a governorate code: use an ISO 3166-2:IQ code such as "IQ-SU".`,
      );
    }
    requireCoveredGovernorate(
      await ctx.loaders.coverage.load(),
      governorate.code,
    );
    return loadSchoolPage(
      ctx.loaders.schoolsOfGovernorate,
      governorate.code,
      window,
      level,
    );
  }

  @FieldResolver(() => String, {
    description:
      "Name in the requested language (argument, else Accept-Language, else English), falling back to the source's own name, which may mix languages.",
  })
  name(
    @Root() school: School,
    @Ctx() ctx: EducationContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    const row = school.row;
    return pickText(
      { en: row.name_en, ar: row.name_ar, ckb: row.name_ckb },
      lang ?? ctx.language,
      row.name,
    );
  }

  @FieldResolver(() => Translations, {
    description:
      'Name in each language the source tags. Overture places have no translations, only the name field.',
  })
  names(@Root() school: School): Translations {
    const row = school.row;
    return { en: row.name_en, ar: row.name_ar, ckb: row.name_ckb };
  }

  @FieldResolver(() => GovernorateStub, {
    description: 'Governorate whose COD-AB 2019 boundary contains the school.',
  })
  governorate(@Root() school: School): GovernorateStub {
    return { code: school.row.governorate_code };
  }

  @FieldResolver(() => DistrictStub, {
    description: 'District whose COD-AB 2019 boundary contains the school.',
  })
  district(@Root() school: School): DistrictStub {
    return { pcode: school.row.district_pcode };
  }
}

/** Resolves `School` references from other subgraphs through the batched loader. */
export const schoolReference = {
  School: {
    async __resolveReference(
      reference: { id: string },
      ctx: EducationContext,
    ): Promise<School | null> {
      const row = await ctx.loaders.school.load(reference.id);
      return row ? toSchool(row) : null;
    },
  },
};

const SCHOOL_ID = /^(osm|overture):\S+$/;

async function allSchools(
  ctx: EducationContext,
  window: PageWindow,
  level: SchoolLevel | undefined,
): Promise<ConnectionValue<School>> {
  const rows = (await ctx.dataSource.query(
    `SELECT *, count(*) OVER () AS total FROM school
     WHERE $1::text IS NULL OR level = $1
     ORDER BY id OFFSET $2 LIMIT $3`,
    [level ?? null, window.offset, window.limit],
  )) as (SchoolRow & { total: string })[];
  let totalCount = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && window.offset > 0) {
    // A page past the end has no rows to carry the total.
    const [count] = (await ctx.dataSource.query(
      'SELECT count(*) AS n FROM school WHERE $1::text IS NULL OR level = $1',
      [level ?? null],
    )) as { n: string }[];
    totalCount = Number(count.n);
  }
  return toConnection({
    items: rows.map(toSchool),
    totalCount,
    offset: window.offset,
  });
}
