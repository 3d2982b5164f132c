import { createHash } from 'node:crypto';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput, codedError, ErrorCode } from '../../kit/errors';
import { governorateByCode } from '../../kit/iraq/governorates';
import { Dataset, toDataset } from '../dataset/dataset.type';
import { upsertDataset } from '../ingest/register';
import type { CatalogContext } from '../loaders';
import { DatasetInput } from './publish.input';

const THEMES = [
  'AGRI',
  'ECON',
  'EDUC',
  'ENER',
  'ENVI',
  'GOVE',
  'HEAL',
  'INTR',
  'JUST',
  'REGI',
  'SOCI',
  'TECH',
  'TRAN',
];

@Resolver()
export class PublishResolver {
  @Mutation(() => Dataset, {
    description:
      'Publishes or replaces a dataset entry. Needs `Authorization: Bearer <token>` of a ministry; a ministry can publish only ids that start with its own id.',
  })
  async publishDataset(
    @Arg('input', () => DatasetInput) input: DatasetInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Dataset> {
    const ministry = ctx.ministryId;
    if (!ministry && ctx.credentialRejected) {
      throw codedError(
        ErrorCode.Unauthenticated,
        'The bearer token matches no ministry: check it against the token the catalog operator issued, or ask for a new one.',
      );
    }
    if (!ministry) {
      throw codedError(
        ErrorCode.Unauthenticated,
        'publishDataset needs a ministry credential: send "Authorization: Bearer <token>" with the token the catalog operator issued to your ministry.',
      );
    }
    if (!input.id.startsWith(`${ministry}.`)) {
      throw codedError(
        ErrorCode.Forbidden,
        `Ministry "${ministry}" cannot publish "${input.id}": dataset ids must start with "${ministry}.".`,
      );
    }
    validate(input);

    await ctx.dataSource.transaction((manager) =>
      upsertDataset(manager, toDescription(input, ministry), {
        datasetId: input.id,
        rowCount: input.rowCount,
        checksum: createHash('sha256')
          .update(JSON.stringify(input))
          .digest('hex'),
        spatialCoverage: input.spatialCoverage.map((c) => c.toUpperCase()),
        temporalStart: input.temporalStart ?? null,
        temporalEnd: input.temporalEnd ?? null,
        loadedAt: new Date().toISOString(),
        unchanged: false,
        details: { publishedBy: ministry },
      }),
    );
    ctx.loaders.dataset.clear(input.id);
    const row = await ctx.loaders.dataset.load(input.id);
    return toDataset(row!);
  }
}

function validate(input: DatasetInput): void {
  if (!/^[a-z]+\.[a-z0-9-]{1,64}$/.test(input.id)) {
    throw badInput(
      'input.id',
      `id: "${input.id}" is invalid: use <ministry>.<name> with lower-case letters, digits and hyphens, such as "health.facilities".`,
    );
  }
  for (const field of [
    'titleEn',
    'titleAr',
    'descriptionEn',
    'descriptionAr',
    'licenceId',
    'licenceTitle',
    'sourceTitle',
    'sourcePublisher',
  ] as const) {
    if (!input[field].trim())
      throw badInput(
        `input.${field}`,
        `${field} is empty: every dataset needs it.`,
      );
  }
  for (const field of ['licenceUrl', 'sourceUrl'] as const) {
    if (!/^https?:\/\/\S+$/.test(input[field])) {
      throw badInput(
        `input.${field}`,
        `${field}: "${input[field]}" is not an http(s) URL.`,
      );
    }
  }
  if (!THEMES.includes(input.theme.toUpperCase())) {
    throw badInput(
      'input.theme',
      `theme: "${input.theme}" is not a DCAT-AP data theme: use one of ${THEMES.join(', ')}.`,
    );
  }
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(input.modified) ||
    Number.isNaN(Date.parse(input.modified))
  ) {
    throw badInput(
      'input.modified',
      `modified: "${input.modified}" is not a date: use YYYY-MM-DD.`,
    );
  }
  if (input.rowCount < 0) {
    throw badInput(
      'input.rowCount',
      `rowCount: ${input.rowCount} is negative: send the number of rows published.`,
    );
  }
  const unknown = input.spatialCoverage.filter(
    (c) => c.toUpperCase() !== 'IQ' && !governorateByCode(c),
  );
  if (unknown.length > 0) {
    throw badInput(
      'input.spatialCoverage',
      `spatialCoverage: ${unknown.map((c) => `"${c}"`).join(', ')} are not governorate codes: use ISO 3166-2:IQ codes such as "IQ-BA", or "IQ".`,
    );
  }
}

function toDescription(input: DatasetInput, ministry: string) {
  return {
    id: input.id,
    ministryId: ministry,
    title: { en: input.titleEn, ar: input.titleAr, ckb: input.titleCkb },
    description: {
      en: input.descriptionEn,
      ar: input.descriptionAr,
      ckb: input.descriptionCkb,
    },
    licence: {
      id: input.licenceId,
      title: input.licenceTitle,
      url: input.licenceUrl,
    },
    source: {
      title: input.sourceTitle,
      url: input.sourceUrl,
      publisher: input.sourcePublisher,
    },
    files: [],
    modified: input.modified,
    keywords: input.keywords,
    theme: input.theme.toUpperCase(),
  };
}
