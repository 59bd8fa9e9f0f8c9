package io.callreview.sim;

/**
 * One simulated week under one policy, summed over the team.
 *
 * @param behaviourCalls behaviours graded on calls (calls x behaviours)
 * @param met            of those, the behaviours the reps actually did
 * @param gradedMet      of those, the behaviours the grader said were met
 * @param nudges         nudges sent
 * @param opened         nudges the reps opened
 */
public record WeekFigures(int week, long behaviourCalls, long met, long gradedMet, long nudges, long opened) {

    /** Share of calls x behaviours where the behaviour was done. */
    public double adherence() {
        return behaviourCalls == 0 ? 0 : (double) met / behaviourCalls;
    }

    public WeekFigures plus(WeekFigures other) {
        return new WeekFigures(week, behaviourCalls + other.behaviourCalls, met + other.met, gradedMet + other.gradedMet,
                nudges + other.nudges, opened + other.opened);
    }
}
