import { Fragment } from 'preact';
import { minutes, ukShortDay } from '../format';
import type { CarePlan, GoalProgress, Reablement } from '../people';
import { GoalChart } from './GoalChart';

function Goals({ plan, progress }: { plan: CarePlan | null; progress: GoalProgress[] }) {
  const byId = new Map(progress.map((g) => [g.goal_id, g]));
  const goals = plan?.goals ?? [];
  const unplanned = progress.filter((g) => !goals.some((goal) => goal.id === g.goal_id));
  return (
    <>
      <h3>Goals</h3>
      {goals.length === 0 && unplanned.length === 0 && <p class="hint">No goals recorded.</p>}
      {goals.map((goal) => {
        const p = byId.get(goal.id);
        return (
          <article key={goal.id} class="goal" data-goal={goal.id}>
            <h4>{goal.description}</h4>
            <p class="sub">
              From {goal.baseline || '—'} to {goal.target || '—'}
              {goal.measure ? `, measured by ${goal.measure}` : ''}
              {goal.due_date ? `, by ${ukShortDay(goal.due_date)}` : ''}
              {p?.achieved ? '. Achieved.' : ''}
            </p>
            <GoalChart title={goal.description} series={p?.series ?? []} />
          </article>
        );
      })}
      {unplanned.map((g) => (
        <article key={g.goal_id} class="goal" data-goal={g.goal_id}>
          <h4>Goal scored but not in the plan</h4>
          <GoalChart title="Goal not in the plan" series={g.series} />
        </article>
      ))}
    </>
  );
}

function ReablementPart({ r }: { r: Reablement }) {
  return (
    <section aria-labelledby="reablement-title" class="panel">
      <h2 id="reablement-title">Reablement episode</h2>
      <dl class="facts">
        <dt>Therapist</dt>
        <dd>{r.therapist || '—'}</dd>
        <dt>Started</dt>
        <dd>{ukShortDay(r.start_date)}</dd>
        <dt>Planned end</dt>
        <dd>{ukShortDay(r.planned_end_date)}</dd>
        <dt>Where it stands</dt>
        <dd>
          {r.ended
            ? `Ended ${ukShortDay(r.end_date)}${r.exit_outcome ? ` (${r.exit_outcome.replace(/_/g, ' ')})` : ''}`
            : `Week ${r.weeks_elapsed + 1}, ${r.days_left} ${r.days_left === 1 ? 'day' : 'days'} left`}
        </dd>
        <dt>Next review</dt>
        <dd>
          {r.next_review
            ? `${r.next_review.kind.replace(/_/g, ' ')} by ${ukShortDay(r.next_review.due_date)}${r.next_review.overdue ? ' (overdue)' : ''}`
            : 'None due'}
        </dd>
        <dt>Visits</dt>
        <dd>
          {r.delivered_visits} of {r.planned_visits} delivered; {minutes(r.delivered_minutes)} of {minutes(r.planned_minutes)}
        </dd>
      </dl>
      {r.reviews.length > 0 && (
        <p>Reviews done: {r.reviews.map((v) => `${v.kind.replace(/_/g, ' ')} on ${ukShortDay(v.review_date)}`).join('; ')}.</p>
      )}
    </section>
  );
}

// The current care and support plan (core's careplanfold), each goal with its chart, and the
// reablement episode (core's reablementsummary).
export function CarePlanSection({ plan, goals, reablement }: { plan: CarePlan | null; goals: GoalProgress[]; reablement: Reablement | null }) {
  return (
    <>
      <section aria-labelledby="plan-title" class="panel">
        <h2 id="plan-title">Care plan and goals</h2>
        {!plan && <p class="hint">No care plan yet.</p>}
        {plan && (
          <>
            <p class="sub">
              Version {plan.version}
              {plan.author ? ` by ${plan.author}` : ''}
              {plan.review_date ? `; review by ${ukShortDay(plan.review_date)}` : ''}
              {plan.amended ? '; corrected' : ''}
            </p>
            <div class="columns">
              <div>
                <h3>What matters to the person</h3>
                <ul class="plain">{plan.personal_outcomes.map((o, i) => <li key={i}>{o}</li>)}</ul>
                <h3>Agreed outcomes</h3>
                <ul class="plain">{plan.agreed_outcomes.map((o, i) => <li key={i}>{o}</li>)}</ul>
              </div>
              <div>
                <h3>Tasks by call</h3>
                <dl class="facts">
                  {Object.entries(plan.tasks_by_visit_type).map(([call, tasks]) => (
                    <Fragment key={call}>
                      <dt>{call}</dt>
                      <dd>{tasks.join(', ')}</dd>
                    </Fragment>
                  ))}
                </dl>
                {plan.risks.length > 0 && (
                  <>
                    <h3>Risks</h3>
                    <ul class="plain">
                      {plan.risks.map((r, i) => (
                        <li key={i}>
                          {r.description}
                          {r.level ? ` (${r.level})` : ''}
                          {r.controls ? `: ${r.controls}` : ''}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {plan.special_requirements && <p>{plan.special_requirements}</p>}
              </div>
            </div>
          </>
        )}
        <Goals plan={plan} progress={goals} />
      </section>
      {reablement ? (
        <ReablementPart r={reablement} />
      ) : (
        <section aria-labelledby="reablement-title" class="panel">
          <h2 id="reablement-title">Reablement episode</h2>
          <p class="hint">No reablement episode.</p>
        </section>
      )}
    </>
  );
}
