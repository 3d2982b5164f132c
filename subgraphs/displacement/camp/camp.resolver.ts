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
import { Language, pickText } from '../../kit/graphql/language';
import type { DisplacementContext } from '../loaders';
import { requireGovernorateCode } from '../place/codes';
import { CampKind } from './camp-kind';
import { Camp, CampConnection, toCamp, type CampRow } from './camp.type';

@Resolver(() => Camp)
export class CampResolver {
  @Query(() => CampConnection, {
    description:
      'Camps and informal sites of the CCCM list, ordered by kind, name and id, optionally of one governorate (ISO 3166-2:IQ code) and one kind.',
  })
  async camps(
    @Args() page: PageArgs,
    @Ctx() ctx: DisplacementContext,
    @Arg('governorateCode', () => ID, {
      nullable: true,
      description:
        'Only camps reconciled to this governorate, by ISO 3166-2:IQ code such as IQ-DA.',
    })
    governorateCode?: string,
    @Arg('kind', () => CampKind, {
      nullable: true,
      description: 'Only camps of this kind.',
    })
    kind?: CampKind,
  ): Promise<ConnectionValue<Camp>> {
    const window = pageWindow(page);
    const code = governorateCode
      ? requireGovernorateCode('governorateCode', governorateCode)
      : null;
    const filter = `($1::text IS NULL OR governorate_code = $1) AND ($2::text IS NULL OR kind = $2)`;
    const rows = (await ctx.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM camp WHERE ${filter}
       ORDER BY kind, name, id OFFSET $3 LIMIT $4`,
      [code, kind ?? null, window.offset, window.limit],
    )) as (CampRow & { total: string })[];
    let totalCount = rows.length ? Number(rows[0].total) : 0;
    if (rows.length === 0) {
      // An empty page (past the end, or first: 0) has no rows to carry the total.
      const [count] = (await ctx.dataSource.query(
        `SELECT count(*) AS n FROM camp WHERE ${filter}`,
        [code, kind ?? null],
      )) as { n: string }[];
      totalCount = Number(count.n);
    }
    return toConnection({
      items: rows.map(toCamp),
      totalCount,
      offset: window.offset,
    });
  }

  @FieldResolver(() => String, {
    description:
      'CCCM camp or site name without its "*" mark. The list gives English names only, so every language returns the same text.',
  })
  name(
    @Root() camp: Camp,
    @Ctx() ctx: DisplacementContext,
    @Arg('lang', () => Language, { nullable: true }) lang?: Language,
  ): string {
    return pickText({ en: camp.row.name }, lang ?? ctx.language, camp.id);
  }
}
