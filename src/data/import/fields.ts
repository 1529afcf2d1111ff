/** The fields each kind of import file can supply, named as in the canonical CSV formats. */

export type ImportKind = 'subjects' | 'pupils' | 'choices' | 'staff' | 'aliases';

export const IMPORT_KINDS: readonly ImportKind[] = [
  'subjects',
  'aliases',
  'pupils',
  'staff',
  'choices',
];

export interface FieldSpec {
  name: string;
  /** How the field is named in messages. */
  label: string;
}

/** A condition on which fields are mapped, e.g. "UPN" or "the pupil's UPN or name". */
export interface Requirement {
  label: string;
  met(mapped: ReadonlySet<string>): boolean;
}

export interface KindSpec {
  kind: ImportKind;
  fields: readonly FieldSpec[];
  requirements: readonly Requirement[];
  /** Whether a file with headings and no rows is acceptable (with a warning). */
  mayBeEmpty: boolean;
}

/** Most choice and reserve columns an import recognises automatically. */
export const MAX_CHOICES = 20;
export const MAX_RESERVES = 5;

export const choiceField = (rank: number): string => `choice_${rank}`;
export const reserveField = (rank: number): string => `reserve_${rank}`;

/** Rank of a choice_N / reserve_N field, or null for other fields. */
export function rankedField(field: string): { reserve: boolean; rank: number } | null {
  const match = /^(choice|reserve)_(\d+)$/.exec(field);
  return match ? { reserve: match[1] === 'reserve', rank: Number(match[2]) } : null;
}

const field = (name: string, label: string): FieldSpec => ({ name, label });

const required = (spec: FieldSpec): Requirement => ({
  label: spec.label,
  met: (mapped) => mapped.has(spec.name),
});

function simpleKind(
  kind: ImportKind,
  fields: FieldSpec[],
  requiredNames: string[],
  mayBeEmpty: boolean,
): KindSpec {
  const requirements = fields.filter((spec) => requiredNames.includes(spec.name)).map(required);
  return { kind, fields, requirements, mayBeEmpty };
}

const SUBJECTS = simpleKind(
  'subjects',
  [
    field('code', 'course code'),
    field('name', 'course name'),
    field('max_group_size', 'largest group size'),
    field('min_group_size', 'smallest group size'),
    field('groups', 'number of groups'),
    field('blocks_spanned', 'blocks spanned'),
    field('allowed_blocks', 'allowed blocks'),
    field('qualification', 'qualification'),
    field('category', 'category'),
  ],
  ['code', 'name', 'max_group_size'],
  false,
);

const PUPILS = simpleKind(
  'pupils',
  [
    field('upn', 'UPN'),
    field('surname', 'surname'),
    field('forename', 'forename'),
    field('form', 'form'),
    field('gender', 'gender'),
    field('disadvantaged', 'disadvantaged (pupil premium)'),
    field('send', 'SEND'),
    field('eal', 'EAL'),
    field('prior_attainment', 'prior attainment'),
    field('pathway', 'pathway'),
  ],
  ['upn', 'surname', 'forename'],
  false,
);

const STAFF = simpleKind(
  'staff',
  [
    field('code', 'staff code'),
    field('name', 'name'),
    field('subjects', 'courses taught'),
    field('max_groups', 'most groups'),
    field('unavailable_blocks', 'unavailable blocks'),
  ],
  ['code', 'name', 'subjects'],
  true,
);

const ALIASES = simpleKind(
  'aliases',
  [field('alias', 'alias'), field('course', 'course')],
  ['alias', 'course'],
  true,
);

/** 1 → "1st", 12 → "12th", 22 → "22nd". */
export function ordinal(rank: number): string {
  const tens = rank % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th');
  return `${rank}${suffix}`;
}

const CHOICE_FIELDS: FieldSpec[] = [
  field('upn', 'UPN'),
  field('email', 'e-mail address'),
  field('name', 'name'),
  field('forename', 'forename'),
  field('surname', 'surname'),
  field('form', 'tutor group'),
  field('completed_at', 'completion time'),
  ...Array.from({ length: MAX_CHOICES }, (_, i) =>
    field(choiceField(i + 1), `${ordinal(i + 1)} choice`),
  ),
  ...Array.from({ length: MAX_RESERVES }, (_, i) =>
    field(reserveField(i + 1), `${ordinal(i + 1)} reserve`),
  ),
];

const CHOICES: KindSpec = {
  kind: 'choices',
  fields: CHOICE_FIELDS,
  requirements: [
    {
      label: "the pupil's UPN, name or e-mail address",
      met: (mapped) =>
        ['upn', 'name', 'email'].some((name) => mapped.has(name)) ||
        (mapped.has('forename') && mapped.has('surname')),
    },
    {
      label: 'at least one choice (e.g. "choice_1" or "1st choice")',
      met: (mapped) => [...mapped].some((name) => rankedField(name)?.reserve === false),
    },
  ],
  mayBeEmpty: true,
};

const SPECS: Record<ImportKind, KindSpec> = {
  subjects: SUBJECTS,
  pupils: PUPILS,
  choices: CHOICES,
  staff: STAFF,
  aliases: ALIASES,
};

export function kindSpec(kind: ImportKind): KindSpec {
  return SPECS[kind];
}
