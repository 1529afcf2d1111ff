import { useEffect, useRef, useState, type FormEvent } from 'react';
import { DEMO_PUPILS, DEMO_SEED_MAX_LENGTH } from '../../shared/limits';
import { usePlanner } from '../store-context';

export function StartScreen() {
  const busy = usePlanner((state) => state.busy) !== null;
  const appInfo = usePlanner((state) => state.appInfo);
  const newPlan = usePlanner((state) => state.newPlan);
  const openPlan = usePlanner((state) => state.openPlan);
  const loadRecentPlans = usePlanner((state) => state.loadRecentPlans);
  const heading = useRef<HTMLHeadingElement>(null);

  // Back from a closed plan, keyboard focus starts at the top rather than on a removed button.
  useEffect(() => heading.current?.focus(), []);
  // The list changes whenever a plan is opened, so it is read each time the screen shows.
  useEffect(() => {
    void loadRecentPlans();
  }, [loadRecentPlans]);

  return (
    <main className="start" aria-labelledby="start-heading">
      <header className="start-header">
        <h1 id="start-heading" ref={heading} tabIndex={-1}>
          KS4 Planner
        </h1>
        <p className="lead">
          Plan Key Stage 4 option blocks from your Year 9 cohort's choices. Everything stays in one
          plan file on this computer.
        </p>
      </header>

      <RecentPlans disabled={busy} />

      <div className="actions">
        <ActionCard
          title="New plan…"
          description="Start an empty plan file for a new cohort."
          onClick={newPlan}
          disabled={busy}
        />
        <ActionCard
          title="Open plan…"
          description="Carry on with a plan file you saved before."
          onClick={openPlan}
          disabled={busy}
        />
        <DemoCard disabled={busy} />
      </div>

      {appInfo && (
        <footer className="start-footer">
          {appInfo.name} {appInfo.version} · plan format {appInfo.planFormat}
        </footer>
      )}
    </main>
  );
}

/** The quickest way back into a plan: the ones opened lately, newest first. */
function RecentPlans({ disabled }: { disabled: boolean }) {
  const recentPlans = usePlanner((state) => state.recentPlans);
  const openRecentPlan = usePlanner((state) => state.openRecentPlan);
  const forgetRecentPlan = usePlanner((state) => state.forgetRecentPlan);
  if (recentPlans.length === 0) return null;

  return (
    <section className="recent-plans" aria-labelledby="recent-plans-heading">
      <h2 id="recent-plans-heading">Recent plans</h2>
      <ul>
        {recentPlans.map((plan) => (
          <li key={plan.id} className={plan.exists ? 'recent-plan' : 'recent-plan missing'}>
            {plan.exists ? (
              <button
                type="button"
                className="recent-plan-open"
                onClick={() => void openRecentPlan(plan.id)}
                disabled={disabled}
                aria-describedby={`recent-${plan.id}`}
              >
                {plan.fileName}
              </button>
            ) : (
              <span className="recent-plan-name">{plan.fileName}</span>
            )}
            <span id={`recent-${plan.id}`} className="recent-plan-details">
              <span className="recent-plan-folder" title={plan.folder}>
                {plan.folder}
              </span>
              <span className="recent-plan-when">
                {plan.exists
                  ? `Opened ${describeWhen(plan.lastOpenedAt)}`
                  : 'Missing: moved, renamed or deleted'}
              </span>
            </span>
            <button
              type="button"
              className="button subtle recent-plan-remove"
              onClick={() => void forgetRecentPlan(plan.id)}
              disabled={disabled}
              aria-label={`Remove ${plan.fileName} from recent plans`}
              title="Remove from this list (the file is not deleted)"
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "today at 08:05", "yesterday at 16:40" or "3 Sept 2026", in the user's own time zone. */
function describeWhen(iso: string, now = new Date()): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return 'some time ago';
  const days = Math.round((startOfDay(now) - startOfDay(when)) / 86_400_000);
  if (days === 0) return `today at ${TIME.format(when)}`;
  if (days === 1) return `yesterday at ${TIME.format(when)}`;
  return DATE.format(when);
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

function ActionCard(props: {
  title: string;
  description: string;
  onClick: () => void;
  disabled: boolean;
}) {
  return (
    <section className="card">
      <h2>{props.title}</h2>
      <p>{props.description}</p>
      <button
        type="button"
        className="button primary"
        onClick={props.onClick}
        disabled={props.disabled}
      >
        {props.title}
      </button>
    </section>
  );
}

/** Opens a synthetic cohort; pupils and seed pick which one (the same seed, the same pupils). */
function DemoCard({ disabled }: { disabled: boolean }) {
  const openDemoPlan = usePlanner((state) => state.openDemoPlan);
  const [pupils, setPupils] = useState(String(DEMO_PUPILS.default));
  const [seed, setSeed] = useState('1');

  const pupilCount = Number(pupils);
  const pupilsValid =
    Number.isInteger(pupilCount) && pupilCount >= DEMO_PUPILS.min && pupilCount <= DEMO_PUPILS.max;
  const seedText = seed.trim();
  const seedValid = seedText.length > 0 && seedText.length <= DEMO_SEED_MAX_LENGTH;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pupilsValid || !seedValid) return;
    void openDemoPlan({
      pupils: pupilCount,
      seed: /^\d+$/.test(seedText) ? Number(seedText) : seedText,
    });
  }

  return (
    <section className="card">
      <h2>Demo plan</h2>
      <p>Explore with an invented cohort of a typical comprehensive.</p>
      <form className="demo-form" onSubmit={submit} noValidate>
        <label>
          Pupils
          <input
            type="number"
            inputMode="numeric"
            min={DEMO_PUPILS.min}
            max={DEMO_PUPILS.max}
            value={pupils}
            onChange={(event) => setPupils(event.target.value)}
            aria-invalid={!pupilsValid}
            aria-describedby="demo-pupils-hint"
          />
        </label>
        <label>
          Seed
          <input
            type="text"
            value={seed}
            maxLength={DEMO_SEED_MAX_LENGTH}
            onChange={(event) => setSeed(event.target.value)}
            aria-invalid={!seedValid}
          />
        </label>
        <p id="demo-pupils-hint" className={pupilsValid ? 'hint' : 'hint invalid'}>
          {DEMO_PUPILS.min} to {DEMO_PUPILS.max} pupils. The same seed gives the same cohort.
        </p>
        <button
          type="submit"
          className="button primary"
          disabled={disabled || !pupilsValid || !seedValid}
        >
          Open demo plan
        </button>
      </form>
    </section>
  );
}
