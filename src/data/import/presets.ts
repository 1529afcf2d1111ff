import {
  MAX_CHOICES,
  MAX_RESERVES,
  choiceField,
  ordinal,
  reserveField,
  type ImportKind,
} from './fields';

/**
 * Column-name presets: the headings that common sources use for each field, best first. A
 * field takes the first heading in its list that the file has, so order expresses preference
 * (a UPN over an admission number, pupil premium over FSM eligibility).
 */
export type PresetId = 'canonical' | 'mis-student-list' | 'option-form';

export const PRESET_IDS: readonly PresetId[] = ['canonical', 'mis-student-list', 'option-form'];

export const PRESET_LABELS: Record<PresetId, string> = {
  canonical: 'KS4 Planner CSV',
  'mis-student-list': 'MIS student list (SIMS, Arbor, Bromcom)',
  'option-form': 'Online options form',
};

type Synonyms = Record<string, readonly string[]>;

const MIS_PUPILS: Synonyms = {
  upn: ['UPN', 'Unique Pupil Number', 'Adno', 'Admission Number', 'Admission No', 'Adm No'],
  surname: ['Legal Surname', 'Surname', 'Preferred Surname', 'Last Name', 'Family Name'],
  forename: [
    'Legal Forename',
    'Forename',
    'First Name',
    'Preferred Forename',
    'Preferred First Name',
    'Given Name',
  ],
  form: ['Reg', 'Reg Group', 'Registration Group', 'Form', 'Tutor Group', 'Form Group'],
  gender: ['Gender', 'Sex'],
  disadvantaged: [
    'Pupil Premium Indicator',
    'Pupil Premium',
    'PP',
    'Disadvantaged',
    'FSM Eligible',
    'FSM',
    'FSM Ever 6',
  ],
  send: ['SEN Status', 'SEN Provision', 'SEND', 'SEND Status', 'SEN'],
  eal: ['EAL', 'EAL Status', 'First Language', 'Home Language', 'Language'],
  prior_attainment: [
    'KS2 Scaled Score (Avg)',
    'KS2 Average',
    'KS2 Average Scaled Score',
    'KS2 Scaled Score',
    'Prior Attainment',
    'Prior Attainment Band',
    'KS2 Band',
  ],
  pathway: ['Pathway', 'Route'],
};

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

function rankedSynonyms(rank: number, nouns: readonly string[]): string[] {
  const word = ORDINAL_WORDS[rank - 1];
  return nouns.flatMap((noun) => [
    `${ordinal(rank)} ${noun}`,
    ...(word ? [`${word} ${noun}`] : []),
    `${noun} ${rank}`,
  ]);
}

function optionFormChoices(): Synonyms {
  const synonyms: Record<string, string[]> = {};
  for (let rank = 1; rank <= MAX_CHOICES; rank += 1) {
    synonyms[choiceField(rank)] = rankedSynonyms(rank, [
      'choice',
      'option',
      'preference',
      'option choice',
    ]);
  }
  for (let rank = 1; rank <= MAX_RESERVES; rank += 1) {
    const unnumbered = rank === 1 ? ['Reserve', 'Reserve choice', 'Reserve option'] : [];
    synonyms[reserveField(rank)] = [
      ...unnumbered,
      ...rankedSynonyms(rank, ['reserve', 'reserve choice', 'reserve option']),
    ];
  }
  return synonyms;
}

const OPTION_FORM: Synonyms = {
  upn: ['UPN', 'Pupil UPN', 'Student UPN'],
  email: ['Email', 'Email address', 'Your email', 'Your email address', 'School email'],
  name: ['Name', 'Full name', 'Your name', 'Your full name', 'Pupil name', 'Student name'],
  forename: ['First name', 'Forename', 'Your first name', 'Given name'],
  surname: ['Surname', 'Last name', 'Your surname', 'Your last name', 'Family name'],
  form: ['Your tutor group', 'Tutor group', 'Your form', 'Form', 'Form group', 'Reg', 'Class'],
  completed_at: [
    'Completion time',
    'Timestamp',
    'Submitted',
    'Submitted at',
    'Submission time',
    'Date submitted',
    'End time',
  ],
  ...optionFormChoices(),
};

const PRESET_SYNONYMS: Record<PresetId, Partial<Record<ImportKind, Synonyms>>> = {
  // The canonical preset has no synonyms: every preset also accepts the canonical field names.
  canonical: {},
  'mis-student-list': { pupils: MIS_PUPILS },
  'option-form': { choices: OPTION_FORM },
};

/** Whether the preset was made for this kind of file (the canonical one fits every kind). */
export function presetFits(preset: PresetId, kind: ImportKind): boolean {
  return preset === 'canonical' || PRESET_SYNONYMS[preset][kind] !== undefined;
}

/** Headings to look for, best first; the canonical field name always comes last. */
export function headingsFor(preset: PresetId, kind: ImportKind, field: string): readonly string[] {
  return [...(PRESET_SYNONYMS[preset][kind]?.[field] ?? []), field];
}
