import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { parseBlockSpec } from '../core/blocks';
import { PathwayDataError } from '../data/pathways/pathway-errors';
import { PlanFileError } from '../data/plan/plan-file';
import { counselCommand } from './commands/counsel';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { lettersCommand } from './commands/letters';
import { pathwaysCommand } from './commands/pathways';
import {
  scenarioCompareCommand,
  scenarioCreateCommand,
  scenarioListCommand,
} from './commands/scenario';
import { solveCommand } from './commands/solve';
import { BadInputError } from './errors';
import { ExitCode, processIo, type CliIo } from './io';

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    }
    return parsed;
  };
}

function blockSpec(value: string): string[] {
  try {
    return parseBlockSpec(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name('ks4plan')
    .description(
      'KS4 Planner on the command line: import a cohort, build option blocks, export the result.',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('import')
    .description('Import courses, pupils, choices and staff into a plan file (created if missing).')
    .argument('<plan>', 'the plan file')
    .option('--subjects <file>', 'courses (canonical subjects.csv, another CSV or XLSX)')
    .option('--pupils <file>', 'the cohort (canonical pupils.csv or an MIS export)')
    .option(
      '--choices <file>',
      'ranked choices and reserves (canonical or an options form download)',
    )
    .option('--staff <file>', 'staff and the courses they can teach')
    .option('--aliases <file>', 'other names for courses: columns alias, course')
    .option('--blocks <blocks>', 'number of blocks or their names, e.g. 4 or A,B,C,D', blockSpec)
    .option('--json', 'print the result as JSON')
    .action(async (plan: string, options) => setExitCode(await importCommand(plan, options, io)));

  program
    .command('info')
    .description('Show what a plan holds: counts and demand per course.')
    .argument('<plan>', 'the plan file')
    .option('--json', 'print as JSON')
    .action((plan: string, options) => setExitCode(infoCommand(plan, options, io)));

  program
    .command('demo')
    .description('Write a realistic synthetic cohort into a new plan file.')
    .argument('<plan>', 'the plan file to create')
    .option('--pupils <n>', 'number of pupils', wholeNumber(1, 5000), 240)
    .option('--seed <seed>', 'random seed: the same seed gives the same cohort', '1')
    .option('--blocks <blocks>', 'number of blocks or their names', blockSpec)
    .option('--csv <dir>', 'also write the cohort as canonical CSV files into this folder')
    .option('--force', 'replace the plan file if it exists')
    .action((plan: string, options) => setExitCode(demoCommand(plan, options, io)));

  program
    .command('solve')
    .description('Build the option blocks, allocate pupils, and save the result as a scenario.')
    .argument('<plan>', 'the plan file')
    .option('--time-limit <seconds>', 'longest the search may run', wholeNumber(1, 3600), 30)
    .option('--seed <seed>', 'random seed: the same seed gives the same answer', '1')
    .option('--scenario <name>', 'name of the scenario to save (default: the date and time)')
    .option('--replace', 'replace a scenario of the same name')
    .option('--json', 'print the figures as JSON')
    .action((plan: string, options) => setExitCode(solveCommand(plan, options, io)));

  program
    .command('export')
    .description(
      "Write a scenario's group lists, MIS class lists, booklet block grid, staffing by block, " +
        "governors' summary and offer letters.",
    )
    .argument('<plan>', 'the plan file')
    .option('--scenario <name>', 'the scenario (default: the latest)')
    .option('--allocations <file>', 'upn, subject_code, group, block')
    .option('--groups <file>', 'group, subject_code, block, teacher, size')
    .option('--unresolved <file>', 'upn, subject_code, reason')
    .option('--mis <file>', 'class lists for the MIS: Class, UPN, Subject, Surname, Forename, …')
    .option('--booklet <file>', 'the block grid for the options booklet, as .csv or .pdf')
    .option('--staffing <file>', 'teachers by block: their groups and load, as CSV')
    .option('--governors <file>', "the governors' summary, as .pdf")
    .option('--letters <file>', 'offer letters: one .pdf for the year group, or a folder')
    .action(async (plan: string, options) => setExitCode(await exportCommand(plan, options, io)));

  program
    .command('counsel')
    .description(
      'For each pupil without all their choices: why, and the fixes ranked by what they cost.',
    )
    .argument('<plan>', 'the plan file')
    .option('--scenario <name>', 'the scenario (default: the latest)')
    .option('--json', 'print the report as JSON')
    .option('--out <file>', 'also write every fix as CSV: upn, name, unmet, reason, rank, fix, …')
    .action((plan: string, options) => setExitCode(counselCommand(plan, options, io)));

  program
    .command('pathways')
    .description(
      "Check pupils' choices against their routes, recommend routes and report on fairness.",
    )
    .argument('<plan>', 'the plan file')
    .option('--json', 'print the report as JSON')
    .option('--scenario <name>', 'the scenario whose places the fairness report uses')
    .option('--import <file>', 'add or update pathways from a pathways file (matched by code)')
    .option('--export <file>', "write the plan's pathways to a pathways file")
    .option('--starter', 'add the starter set of pathways (EBacc, open, supported)')
    .option('--recommend', 'save fresh recommendations (agreed routes are never changed)')
    .action((plan: string, options) => setExitCode(pathwaysCommand(plan, options, io)));

  program
    .command('letters')
    .description("Write a scenario's offer letters as PDF: one page per pupil with a reply slip.")
    .argument('<plan>', 'the plan file')
    .option('--scenario <name>', 'the scenario (default: the agreed one, or else the latest)')
    .option('--out <file>', 'a .pdf file for the year group, or a folder with --per-pupil')
    .option('--per-pupil', 'one PDF per pupil, named "Surname Forename UPN.pdf"')
    .option('--include-unresolved', 'also write to pupils whose options are still being discussed')
    .option('--force', 'replace letter files that already exist')
    .option('--date <date>', 'the date on the letters, YYYY-MM-DD (default: today)')
    .option('--school <name>', "save the school's name for the letters")
    .option('--signatory <name>', 'save the name of the person who signs the letters')
    .option('--role <role>', "save the signatory's role, e.g. Deputy Headteacher")
    .option('--intro <text>', 'save the opening paragraph (placeholders: see docs/letters.md)')
    .option('--how-to-change <text>', 'save the paragraph on how to ask for a change')
    .option('--reply-by <date>', 'save the reply-by date, YYYY-MM-DD, or none for two weeks on')
    .option('--logo <file>', 'save a PNG or JPEG logo for the letters, or none to remove it')
    .action(async (plan: string, options) => setExitCode(await lettersCommand(plan, options, io)));

  const scenario = program
    .command('scenario')
    .description('What-if scenarios: list them, create one with what-ifs, compare them.');
  scenario
    .command('list')
    .description('Every scenario with its figures and what-ifs, oldest first.')
    .argument('<plan>', 'the plan file')
    .option('--json', 'print as JSON')
    .action((plan: string, options) => setExitCode(scenarioListCommand(plan, options, io)));
  scenario
    .command('create')
    .description('Copy a scenario with what-ifs applied, and optionally build its blocks again.')
    .argument('<plan>', 'the plan file')
    .requiredOption('--name <name>', 'the new scenario’s name')
    .option('--from <name>', 'the scenario to copy (default: the agreed one, or else the latest)')
    .option('--drop-course <code>', 'a course that is not offered (repeatable)', collect, [])
    .option('--groups <code=n>', 'run this many groups of a course (repeatable)', collect, [])
    .option('--size-limit <code=n>', 'largest group of a course (repeatable)', collect, [])
    .option('--remove-teacher <code>', 'a teacher who is not available (repeatable)', collect, [])
    .option('--blocks <blocks>', 'the option blocks, e.g. 5 or A,B,C,D,E', blockSpec)
    .option('--solve', 'build the new scenario’s blocks straight away')
    .option('--time-limit <seconds>', 'longest the search may run', wholeNumber(1, 3600), 30)
    .option('--seed <seed>', 'random seed: the same seed gives the same answer', '1')
    .action((plan: string, options) => setExitCode(scenarioCreateCommand(plan, options, io)));
  scenario
    .command('compare')
    .description('Scenarios side by side, the first as the baseline, and the pupils who lose.')
    .argument('<plan>', 'the plan file')
    .argument('<names...>', 'two to four scenario names')
    .option('--json', 'print the comparison as JSON')
    .option('--pupils', 'list every pupil whose courses differ, not only those who lose')
    .action((plan: string, names: string[], options) =>
      setExitCode(scenarioCompareCommand(plan, names, options, io)),
    );

  return program;
}

/** Collects a repeatable option's values in the order given. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Runs the command line; returns the process exit code (see README). */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof PlanFileError) {
      io.err(error.message);
      return ExitCode.planFile;
    }
    // A pathway stored with broken rules is bad input too: its message names the pathway.
    if (error instanceof BadInputError || error instanceof PathwayDataError) {
      io.err(error.message);
      return ExitCode.badInput;
    }
    io.err(`Unexpected error: ${(error as Error).stack ?? String(error)}`);
    return ExitCode.usage;
  }
}
