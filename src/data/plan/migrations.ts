/**
 * Numbered schema migrations. Migration N takes a plan file from user_version N-1 to N.
 * Never edit a migration that has shipped: add a new one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

const migration1: Migration = {
  version: 1,
  description: 'Cohort, courses, staff, choices, pathways, scenarios, groups and allocations',
  sql: `
    CREATE TABLE plan_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE blocks (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      position INTEGER NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE pathways (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      option_count INTEGER CHECK (option_count IS NULL OR option_count >= 0),
      rules_json TEXT NOT NULL DEFAULT '[]'
    ) STRICT;

    CREATE TABLE pupils (
      id INTEGER PRIMARY KEY,
      upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
      surname TEXT NOT NULL,
      forename TEXT NOT NULL,
      form TEXT,
      gender TEXT,
      disadvantaged INTEGER NOT NULL DEFAULT 0 CHECK (disadvantaged IN (0, 1)),
      send TEXT NOT NULL DEFAULT 'N' CHECK (send IN ('N', 'K', 'E')),
      eal INTEGER NOT NULL DEFAULT 0 CHECK (eal IN (0, 1)),
      prior_attainment_score REAL,
      prior_attainment_band TEXT CHECK (prior_attainment_band IN ('L', 'M', 'H')),
      pathway_code TEXT
    ) STRICT;

    CREATE TABLE courses (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      max_group_size INTEGER NOT NULL CHECK (max_group_size > 0),
      min_group_size INTEGER NOT NULL DEFAULT 1 CHECK (min_group_size >= 1),
      groups INTEGER CHECK (groups IS NULL OR groups >= 0),
      blocks_spanned INTEGER NOT NULL DEFAULT 1 CHECK (blocks_spanned IN (1, 2)),
      qualification TEXT,
      category TEXT,
      position INTEGER NOT NULL,
      CHECK (min_group_size <= max_group_size)
    ) STRICT;

    CREATE TABLE course_allowed_blocks (
      course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
      block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
      PRIMARY KEY (course_id, block_id)
    ) STRICT;

    -- Other names a school uses for a course ("Hist", "History GCSE"); editable by the user.
    CREATE TABLE course_aliases (
      alias TEXT PRIMARY KEY COLLATE NOCASE,
      course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE staff (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      max_groups INTEGER CHECK (max_groups IS NULL OR max_groups >= 0)
    ) STRICT;

    CREATE TABLE staff_courses (
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
      PRIMARY KEY (staff_id, course_id)
    ) STRICT;

    CREATE TABLE staff_unavailable_blocks (
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
      PRIMARY KEY (staff_id, block_id)
    ) STRICT;

    -- One row per ranked choice; reserves are ranked separately from choices.
    CREATE TABLE choices (
      pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
      is_reserve INTEGER NOT NULL CHECK (is_reserve IN (0, 1)),
      rank INTEGER NOT NULL CHECK (rank >= 1),
      course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE RESTRICT,
      PRIMARY KEY (pupil_id, is_reserve, rank),
      UNIQUE (pupil_id, course_id)
    ) STRICT;
    CREATE INDEX choices_by_course ON choices(course_id);

    CREATE TABLE scenarios (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      created_at TEXT NOT NULL,
      is_agreed INTEGER NOT NULL DEFAULT 0 CHECK (is_agreed IN (0, 1)),
      notes TEXT NOT NULL DEFAULT '',
      metrics_json TEXT
    ) STRICT;

    CREATE TABLE teaching_groups (
      id INTEGER PRIMARY KEY,
      scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
      UNIQUE (scenario_id, label)
    ) STRICT;

    -- The block(s) a group sits in: two rows for a double course.
    CREATE TABLE teaching_group_blocks (
      group_id INTEGER NOT NULL REFERENCES teaching_groups(id) ON DELETE CASCADE,
      block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE RESTRICT,
      PRIMARY KEY (group_id, block_id)
    ) STRICT;

    CREATE TABLE allocations (
      scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
      course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
      group_id INTEGER NOT NULL REFERENCES teaching_groups(id) ON DELETE CASCADE,
      locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
      PRIMARY KEY (scenario_id, pupil_id, course_id)
    ) STRICT;
    CREATE INDEX allocations_by_group ON allocations(group_id);

    -- What was imported, when, and what the user was warned about.
    CREATE TABLE import_log (
      id INTEGER PRIMARY KEY,
      imported_at TEXT NOT NULL,
      kind TEXT NOT NULL,
      source TEXT NOT NULL,
      rows INTEGER NOT NULL,
      warnings_json TEXT NOT NULL DEFAULT '[]'
    ) STRICT;
  `,
};

/**
 * Pathways gain what the model needs (free slots, eligibility guidance, a display order) and
 * option_count becomes required: a route without one defaults to the plan's number of blocks.
 * The table is rebuilt because SQLite cannot tighten a column in place; nothing references it
 * by id. Each pupil gets one pathway decision row: the latest recommendation and, once a person
 * has decided, their decision. pupils.pathway_code stays the agreed route.
 */
const migration2: Migration = {
  version: 2,
  description: 'Pathway slots, eligibility and order; recommendations and decisions per pupil',
  sql: `
    CREATE TABLE pathways_v2 (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      option_count INTEGER NOT NULL CHECK (option_count >= 0),
      free_slots INTEGER NOT NULL DEFAULT 0 CHECK (free_slots >= 0),
      rules_json TEXT NOT NULL DEFAULT '[]',
      eligibility_json TEXT NOT NULL DEFAULT '{"bands":[],"note":""}',
      position INTEGER NOT NULL,
      CHECK (free_slots <= option_count)
    ) STRICT;

    INSERT INTO pathways_v2 (id, code, name, description, option_count, rules_json, position)
      SELECT id, code, name, description,
             coalesce(option_count, (SELECT count(*) FROM blocks)), rules_json,
             row_number() OVER (ORDER BY id) - 1
      FROM pathways;

    DROP TABLE pathways;
    ALTER TABLE pathways_v2 RENAME TO pathways;

    CREATE TABLE pathway_decisions (
      pupil_id INTEGER PRIMARY KEY REFERENCES pupils(id) ON DELETE CASCADE,
      -- The latest recommendation; recommended_code is NULL when no route fitted.
      recommended_code TEXT,
      recommendation_reason TEXT,
      needs_review INTEGER CHECK (needs_review IN (0, 1)),
      review_reasons_json TEXT,
      recommended_at TEXT,
      -- What a person decided, and why; pupils.pathway_code is set to decided_code.
      decision TEXT CHECK (decision IN ('confirmed', 'overridden')),
      decided_code TEXT,
      decision_reason TEXT NOT NULL DEFAULT '',
      decided_at TEXT,
      CHECK ((decision IS NULL) = (decided_code IS NULL) AND (decision IS NULL) = (decided_at IS NULL)),
      CHECK (decision IS NOT 'overridden' OR trim(decision_reason) <> '')
    ) STRICT;
  `,
};

/**
 * The board's edit history: one row per action on a scenario, holding what it changed both
 * ways (a BoardDelta as JSON) so that undo and redo survive closing the plan. Undone rows stay
 * until a new action replaces them; deleting a scenario deletes its history.
 */
const migration3: Migration = {
  version: 3,
  description: 'Undo and redo history of hand edits to a scenario',
  sql: `
    CREATE TABLE scenario_edits (
      id INTEGER PRIMARY KEY,
      scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      label TEXT NOT NULL,
      made_at TEXT NOT NULL,
      delta_json TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
      UNIQUE (scenario_id, seq)
    ) STRICT;
  `,
};

/**
 * Scenarios become what-ifs: each keeps its own edits to courses, staff, blocks and choices
 * (applied over the plan's data when it is solved or shown), whether its layout predates its
 * latest what-ifs, and when it was deleted (a deleted scenario stays until another is deleted,
 * so the last one can be restored). A what-if teacher or block is not in the plan's staff or
 * blocks tables, so a group taught by one, or sitting in one, records it by name instead.
 */
const migration4: Migration = {
  version: 4,
  description: 'What-if edits, re-solve flag and restorable deletion for scenarios',
  sql: `
    ALTER TABLE scenarios ADD COLUMN what_ifs_json TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE scenarios ADD COLUMN needs_solve INTEGER NOT NULL DEFAULT 0
      CHECK (needs_solve IN (0, 1));
    ALTER TABLE scenarios ADD COLUMN deleted_at TEXT;

    ALTER TABLE teaching_groups ADD COLUMN what_if_teacher TEXT;

    CREATE TABLE teaching_group_what_if_blocks (
      group_id INTEGER NOT NULL REFERENCES teaching_groups(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (group_id, name)
    ) STRICT;
  `,
};

export const MIGRATIONS: readonly Migration[] = [migration1, migration2, migration3, migration4];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
