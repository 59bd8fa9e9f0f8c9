package io.callreview.scorecard.grading;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourCategory;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.Precondition;
import io.callreview.scorecard.domain.RequiredSpeaker;
import io.callreview.scorecard.scorecard.StarterScorecard;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The grader by meaning, with the real embedding model and the starter scorecard's examples. */
class SemanticGraderTest {

    private static final long MINUTE = 60_000;
    private static final long CALL = 30 * MINUTE;
    private static Grader grader;

    @BeforeAll
    static void loadModel() {
        grader = new Grader(TextAnalysis.withDefaultConcepts(), GradingSettings.DEFAULTS, OnnxSentenceEncoder.load());
    }

    private record Line(long minute, Role role, String text) {
    }

    private static Line rep(long minute, String text) {
        return new Line(minute, Role.REP, text);
    }

    private static Line prospect(long minute, String text) {
        return new Line(minute, Role.PROSPECT, text);
    }

    /** A 30-minute call with the given lines, small talk around them. */
    private static Transcript call(Line... lines) {
        List<Segment> segments = new ArrayList<>();
        for (Line line : lines) {
            String speaker = line.role() == Role.REP ? "Rita Rep" : "Paul Prospect";
            segments.add(new Segment(speaker, line.minute() * MINUTE, line.minute() * MINUTE + 8_000, line.text(), line.role()));
        }
        segments.add(new Segment("Paul Prospect", CALL - 20_000, CALL - 10_000, "Okay, thanks, bye.", Role.PROSPECT));
        segments.sort((a, b) -> Long.compare(a.startMs(), b.startMs()));
        return new Transcript(segments, false);
    }

    private static BehaviourGrade starter(String key, Transcript transcript) {
        Behaviour behaviour = StarterScorecard.behaviours().stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
        return grader.grade(transcript, List.of(behaviour), CALL).behaviours().get(0);
    }

    @Test
    void paraphrasesWithNoneOfThePhrasesAreMetAndQuotedWithTheirSimilarity() {
        String money = "If you had to put a number on it, what would you expect to spend on something like this?";
        String date = "And is there a point in the calendar when this simply has to be working?";
        Transcript transcript = call(rep(3, "Thanks for making the time, Paul."), prospect(4, "Sure, happy to."),
                rep(8, money), prospect(9, "Maybe forty thousand a year."), rep(14, date), prospect(15, "Before the audit in June."));
        Behaviour qualification = StarterScorecard.behaviours().get(1);
        for (String phrase : qualification.detection().phrases()) {
            assertThat((money + date).toLowerCase(Locale.ROOT)).doesNotContain(phrase);
        }

        BehaviourGrade grade = starter("qualification", transcript);

        assertThat(grade.verdict()).isEqualTo(Verdict.MET);
        assertThat(grade.evidence()).extracting(Evidence::quote).containsExactly(money, date);
        assertThat(grade.evidence()).allSatisfy(e -> {
            assertThat(e.similarity()).isBetween(0.5, 1.0);
            assertThat(qualification.detection().examples()).contains(e.example());
            assertThat(e.speaker()).isEqualTo("Rita Rep");
        });
        assertThat(grade.evidence().get(0).startMs()).isEqualTo(8 * MINUTE);
        assertThat(grade.rationale()).contains("closest in meaning to");
    }

    @Test
    void theProspectSayingItDoesNotCount() {
        Transcript transcript = call(rep(3, "Tell me a bit about the team."),
                prospect(4, "Our budget for this is fifty thousand, the timeline is the third quarter, and I make the decision."),
                rep(6, "Got it, thanks."), prospect(7, "What's your pricing and when could we start?"));

        assertThat(starter("qualification", transcript).verdict()).isNotEqualTo(Verdict.MET);
        assertThat(starter("right-people", transcript).verdict()).isNotEqualTo(Verdict.MET);
    }

    @Test
    void saidInANegationItDoesNotCount() {
        Transcript transcript = call(rep(3, "I won't get into budget or timelines today, that's honestly not what this call is for."),
                prospect(4, "Fine by me."), rep(26, "There's no need to schedule anything yet, let's just see how you feel."),
                prospect(27, "Sounds good."));

        assertThat(starter("qualification", transcript).verdict()).isNotEqualTo(Verdict.MET);
        assertThat(starter("next-steps", transcript).verdict()).isNotEqualTo(Verdict.MET);
    }

    /** The sentence model reads a refusal as close to the behaviour as the behaviour itself: it leaned MET, to review. */
    @Test
    void aRepDecliningTheBehaviourMissesItAndIsQuoted() {
        String refusal = "I don't think we need to set up a next step, I'll just ping you sometime.";
        BehaviourGrade grade = starter("next-steps", call(rep(3, "Thanks for making the time, Paul."),
                prospect(4, "Sure, happy to."), rep(26, refusal), prospect(27, "Okay, sounds good.")));

        assertThat(grade.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(grade.rationale()).contains("the rep declined it: \"I don't think we need to set up a next step\"");
        assertThat(grade.evidence()).extracting(Evidence::quote).contains(refusal);
        // the rest of the sentence, read without the refusal, does not make a declined behaviour done
        String postponed = "We don't need to book a follow-up now, just reach out to me whenever you're ready.";
        assertThat(starter("next-steps", call(rep(3, "Thanks for making the time, Paul."), prospect(4, "Sure, happy to."),
                rep(26, postponed), prospect(27, "Okay."))).verdict()).isNotEqualTo(Verdict.MET);
    }

    @Test
    void aRefusalOfSomethingElseLeavesTheBehaviourDone() {
        String plan = "I won't keep you past the half hour, so here's the plan: ten minutes on how your clinics book"
                + " appointments today, then the reminder flow, and we finish with your questions.";
        String invite = "No worries, I'll send the invite for Tuesday at ten with your ops lead.";

        assertThat(starter("process-steps", call(rep(1, plan), prospect(2, "Works for me."))).verdict()).isEqualTo(Verdict.MET);
        assertThat(starter("next-steps", call(rep(3, "Thanks for making the time, Paul."), prospect(4, "Sure."),
                rep(26, invite), prospect(27, "Great."))).verdict()).isEqualTo(Verdict.MET);
    }

    /** "I won't ...: <the behaviour>": the refusal is of something else, and the rest, read without it, does the behaviour. */
    @Test
    void theRestOfAStatementBesideARefusalOfSomethingElseIsReadWithoutIt() {
        Behaviour tailored = StarterScorecard.template("demo").orElseThrow().stream()
                .filter(b -> b.key().equals("tailored-walkthrough")).findFirst().orElseThrow();
        String shown = "I won't go through setup; for your three warehouses, each one gets its own board like this.";
        Behaviour once = new Behaviour(tailored.key(), tailored.question(), tailored.guidance(), tailored.category(),
                tailored.weight(), tailored.critical(), tailored.naAllowed(), new DetectionRule(tailored.detection().phrases(),
                tailored.detection().speaker(), tailored.detection().window(), false, 1, null, tailored.detection().examples(),
                tailored.detection().counterExamples(), false));

        BehaviourGrade grade = grader.grade(call(rep(12, shown), prospect(13, "Nice.")), List.of(once), CALL).behaviours().get(0);

        assertThat(grade.verdict()).isEqualTo(Verdict.MET);
        assertThat(grade.evidence()).extracting(Evidence::quote).containsExactly(shown);
        assertThat(grader.grade(call(rep(12, "I won't go through how this fits your warehouses, here's the standard screen."),
                prospect(13, "Okay.")), List.of(once), CALL).behaviours().get(0).verdict()).isNotEqualTo(Verdict.MET);
    }

    /** A feature tied to a pain over two sentences of one turn: neither says, alone, what the examples say. */
    @Test
    void twoSentencesOfOneTurnThatDoTheBehaviourOnlyTogetherCountAsOne() {
        Behaviour coverage = StarterScorecard.behaviours().stream().filter(b -> b.key().equals("product-coverage")).findFirst().orElseThrow();
        DetectionRule rule = coverage.detection();
        Behaviour once = new Behaviour(coverage.key(), coverage.question(), coverage.guidance(), coverage.category(),
                coverage.weight(), coverage.critical(), coverage.naAllowed(), new DetectionRule(rule.phrases(), rule.speaker(),
                rule.window(), rule.question(), 1, null, rule.examples(), rule.counterExamples(), false));
        String pain = "Those two days your quotes wait for approval?";
        String feature = "With routing rules, a small discount goes straight through, no manager needed.";

        BehaviourGrade together = grader.grade(call(rep(12, pain + " " + feature), prospect(13, "Hm, nice.")), List.of(once), CALL)
                .behaviours().get(0);
        BehaviourGrade apart = grader.grade(call(rep(12, pain), prospect(13, "Yes."), rep(14, feature), prospect(15, "Hm, nice.")),
                List.of(once), CALL).behaviours().get(0);

        assertThat(together.verdict()).isEqualTo(Verdict.MET);
        assertThat(together.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo(pain + " " + feature);
            assertThat(e.startMs()).isEqualTo(12 * MINUTE);
        });
        assertThat(apart.verdict()).isNotEqualTo(Verdict.MET);
    }

    /** The demo's pain recap counts before the product is shown, and no longer once it is. */
    @Test
    void aRecapCountsOnlyUntilTheProductIsShown() {
        Behaviour recap = StarterScorecard.template("demo").orElseThrow().stream()
                .filter(b -> b.key().equals("pain-recap")).findFirst().orElseThrow();
        String said = "Last time you told me your dispatchers re-key every order by hand, and the month-end close takes a week.";
        Line product = rep(3, "So this is the dashboard your dispatchers would land on every morning.");

        BehaviourGrade before = grader.grade(call(rep(1, said), prospect(2, "Yes, that's it."), product,
                prospect(4, "Looks clean.")), List.of(recap), CALL).behaviours().get(0);
        BehaviourGrade after = grader.grade(call(rep(1, "Thanks for joining, Paul."), prospect(2, "Sure."), product,
                prospect(4, "Looks clean."), rep(6, said), prospect(7, "Right.")), List.of(recap), CALL).behaviours().get(0);

        assertThat(before.verdict()).isEqualTo(Verdict.MET);
        assertThat(after.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(after.rationale()).contains("it counts only until \"So this is the dashboard your dispatchers would land"
                + " on every morning.\" at 3:00");
    }

    @Test
    void aStatementWhereAQuestionIsNeededDoesNotCount() {
        Transcript transcript = call(rep(5, "Most teams your size spend about fifty thousand a year on this."),
                prospect(6, "Interesting."), rep(9, "Usually the CFO signs these off, and they want it live within a quarter."),
                prospect(10, "Makes sense."));

        assertThat(starter("qualification", transcript).verdict()).isNotEqualTo(Verdict.MET);
        assertThat(starter("right-people", transcript).verdict()).isNotEqualTo(Verdict.MET);
    }

    /** "No problem." says a word of product coverage's concepts, and nothing of it: too short to be read, it does not count. */
    @Test
    void aPhraseInASentenceTooShortToSayTheBehaviourDoesNotCount() {
        BehaviourGrade grade = starter("process-steps", call(rep(1, "The agenda."), prospect(2, "Sure, go ahead."),
                rep(3, "Great, thanks for joining today."), prospect(4, "Happy to.")));

        assertThat(grade.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(grade.evidence()).extracting(Evidence::quote).doesNotContain("The agenda.");
    }

    @Test
    void anAgendaCountsEarlyButNotOnlyAtTheEnd() {
        String agenda = "Here's how I'd like to use our half hour: your current process first, then a short look at ours,"
                + " and we'll decide together whether a second meeting makes sense.";

        assertThat(starter("process-steps", call(rep(1, agenda), prospect(2, "Works for me."))).verdict()).isEqualTo(Verdict.MET);
        assertThat(starter("process-steps", call(rep(1, "Hi Paul, how are you?"), prospect(2, "Good, thanks."),
                rep(25, agenda), prospect(26, "Sure."))).verdict()).isNotEqualTo(Verdict.MET);
    }

    @Test
    void aConcreteNextStepCountsAndAVagueGoodbyeDoesNot() {
        Transcript concrete = call(rep(3, "Thanks for the time."), prospect(4, "Sure."),
                rep(27, "Let's get your ops lead on a call Thursday at two, and I'll send the invite right after this."),
                prospect(28, "Perfect."));
        Transcript vague = call(rep(3, "Thanks for the time."), prospect(4, "Sure."),
                rep(27, "Anyway, I'll let you go, feel free to reach out whenever you're ready."), prospect(28, "Will do."));

        assertThat(starter("next-steps", concrete).verdict()).isEqualTo(Verdict.MET);
        assertThat(starter("next-steps", vague).verdict()).isNotEqualTo(Verdict.MET);
    }

    @Test
    void tyingAFeatureToWhatTheProspectDescribedCountsWhereTheRuleBuildsOnTheProspect() {
        String routes = "The route planner rebuilds the morning routes for your dispatchers automatically.";
        String onboarding = "New hires pick up the ticketing flow in a day because it guides them step by step.";
        String pain = "Our dispatchers spend the first hour every morning rebuilding routes by hand.";
        Transcript described = call(prospect(3, pain), prospect(5, "Our new hires take weeks to learn the old ticketing system."),
                rep(10, routes), prospect(11, "Right."), rep(14, onboarding), prospect(15, "Okay."));
        Transcript undescribed = call(prospect(3, "We are a regional company with a small head office."),
                prospect(5, "I have been in this job for about two years now."),
                rep(10, routes), prospect(11, "Right."), rep(14, onboarding), prospect(15, "Okay."));
        Behaviour buildsOn = StarterScorecard.behaviours().stream().filter(b -> b.key().equals("product-coverage")).findFirst().orElseThrow();
        assertThat(buildsOn.detection().buildsOnProspect()).isTrue();
        DetectionRule rule = buildsOn.detection();
        Behaviour alone = new Behaviour(buildsOn.key(), buildsOn.question(), buildsOn.guidance(), buildsOn.category(),
                buildsOn.weight(), buildsOn.critical(), buildsOn.naAllowed(), new DetectionRule(rule.phrases(), rule.speaker(),
                rule.window(), rule.question(), rule.minCount(), null, rule.examples(), rule.counterExamples(), false));

        BehaviourGrade met = grader.grade(described, List.of(buildsOn), CALL).behaviours().get(0);

        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.evidence()).extracting(Evidence::quote).containsExactly(routes, onboarding);
        assertThat(met.rationale()).contains("takes up what the prospect said", pain.substring(0, 40));
        assertThat(grader.grade(described, List.of(alone), CALL).behaviours().get(0).verdict()).isNotEqualTo(Verdict.MET);
        assertThat(grader.grade(undescribed, List.of(buildsOn), CALL).behaviours().get(0).verdict()).isNotEqualTo(Verdict.MET);
    }

    /** Sentences as close to the examples as a real tie-in, about pains the prospect never described: a feature tour. */
    @Test
    void aFeatureTourTiedToNothingTheProspectSaidIsNotProductCoverage() {
        String reconciliations = "Because reconciliations eat your Fridays, the auto-matching takes that off your plate.";
        String audits = "And for the audit findings, every change is logged with who did it and when.";
        Behaviour coverage = StarterScorecard.behaviours().stream().filter(b -> b.key().equals("product-coverage")).findFirst().orElseThrow();
        Transcript tied = call(prospect(3, "Honestly our reconciliations eat every Friday for the whole finance team."),
                prospect(5, "And the auditors keep writing us up because nobody logs who changed a vendor record."),
                rep(10, reconciliations), prospect(11, "Right."), rep(14, audits), prospect(15, "Okay."));
        Transcript untied = call(prospect(3, "We are a regional company with a small head office."),
                prospect(5, "I have been in this job for about two years now and I report to the owner."),
                rep(10, reconciliations), prospect(11, "Right."), rep(14, audits), prospect(15, "Okay."));

        assertThat(graded(tied, coverage).verdict()).isEqualTo(Verdict.MET);
        BehaviourGrade tour = graded(untied, coverage);
        assertThat(tour.verdict()).isNotEqualTo(Verdict.MET);
        assertThat(tour.rationale()).containsPattern("sentences? like it takes? up nothing the prospect said");
        assertThat(tour.evidence()).extracting(Evidence::quote).containsAnyOf(reconciliations, audits);
    }

    /** A second call: the prospect described the pains on the first one, and the rep says so. */
    @Test
    void aTieToWhatTheProspectSaidOnAnEarlierCallCounts() {
        Behaviour coverage = StarterScorecard.behaviours().stream().filter(b -> b.key().equals("product-coverage")).findFirst().orElseThrow();
        Transcript followUp = call(prospect(3, "We are a regional company with a small head office."),
                prospect(5, "I have been in this job for about two years now and I report to the owner."),
                rep(10, "Last time you told me reconciliations eat your Fridays, so the auto-matching takes that off your plate."),
                prospect(11, "Right."),
                rep(14, "And for the audit findings you mentioned, every change is logged with who did it and when."),
                prospect(15, "Okay."));

        assertThat(graded(followUp, coverage).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aPhraseTheMeaningDoesNotBackIsLeftToACoachUnlessItComesAgain() {
        // a margin no sentence reaches and no veto: whatever says a phrase is undecided by meaning
        Grader undecided = new Grader(TextAnalysis.withDefaultConcepts(),
                new GradingSettings(0.6, 5, 1, 0.9, -2.0, 0.35), OnnxSentenceEncoder.load());
        DetectionRule rule = new DetectionRule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1, null,
                List.of("How much have you set aside for this?", "What are you looking to invest?", "What's the spend you have in mind?"),
                List.of("Let's talk about the weather."));
        Behaviour behaviour = new Behaviour("budget", "Budget?", null, BehaviourCategory.QUALIFICATION, 1, false, false, rule);
        Transcript once = call(rep(5, "The budget slide is next."), prospect(6, "Okay."));
        Transcript twice = call(rep(5, "The budget slide is next."), prospect(6, "Okay."), rep(9, "Back to the budget slide."));

        BehaviourGrade leaning = undecided.grade(once, List.of(behaviour), CALL).behaviours().get(0);
        assertThat(leaning.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(leaning.confidence()).isEqualTo(0.59);
        assertThat(leaning.rationale()).startsWith("leaning MET");
        BehaviourGrade met = undecided.grade(twice, List.of(behaviour), CALL).behaviours().get(0);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.confidence()).isEqualTo(0.64);
    }

    @Test
    void aBehaviourWithAPreconditionCountsOnlyWhatFollowsIt() {
        DetectionRule rule = new DetectionRule(List.of(), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1,
                new Precondition(List.of(), RequiredSpeaker.PROSPECT, List.of("Honestly the price went up more than we expected.",
                        "We're looking at a cheaper option.", "This costs more than we budgeted for.")),
                List.of("I hear you on the price; let me show you where the savings come from.",
                        "That's a fair concern about cost, so let's look at what it saves you each month.",
                        "I understand it feels expensive; here is how customers earn it back."),
                List.of("Let's move on to the onboarding timeline."));
        Behaviour objection = new Behaviour("objection", "Handles the price objection?", null, BehaviourCategory.OBJECTION_HANDLING,
                1, false, true, rule);
        String complaint = "Honestly this costs a lot more than we planned to spend this year.";
        String handling = "I understand the price concern, so let me walk you through where the savings come from.";

        assertThat(grader.grade(call(prospect(5, complaint), rep(6, handling)), List.of(objection), CALL).behaviours().get(0).verdict())
                .as("handled after it was raised").isEqualTo(Verdict.MET);
        BehaviourGrade early = grader.grade(call(rep(5, handling), prospect(6, complaint), rep(7, "Let's move on to the onboarding timeline.")),
                List.of(objection), CALL).behaviours().get(0);
        assertThat(early.verdict()).as("said before the prospect raised it").isNotIn(Verdict.MET, Verdict.NOT_APPLICABLE);
        assertThat(grader.grade(call(prospect(5, "We are happy with how the rollout went so far."), rep(6, handling)),
                List.of(objection), CALL).behaviours().get(0).verdict())
                .as("nothing was raised, so there was nothing to handle").isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void aPreconditionsCounterExamplesTeachWhatSoundsLikeItButIsNotAndAMissIsNoSurerThanItsTrigger() {
        List<String> brushOffs = List.of("Just send me an email.", "We're all set, thanks.", "I'm not interested.",
                "We already have a system for that.", "Can you just send me some information?");
        List<String> handled = List.of("Happy to send something, what would make it worth reading for you?",
                "Fair enough, out of curiosity what are you using for dispatch now?",
                "I hear you, before I let you go can I ask one quick question?");
        String invite = "Send the invite to office at hanksrepair dot com.";
        Line booked = rep(6, "Great, you'll have it in a minute. Talk to you on Thursday.");

        BehaviourGrade taught = grader.grade(call(prospect(5, invite), booked), List.of(brushOff(new Precondition(List.of(),
                RequiredSpeaker.PROSPECT, brushOffs, List.of("Send the invite to my assistant, she keeps my calendar.",
                "Use my work address for the invite.", "Put it on my calendar for Thursday.")), handled)), CALL).behaviours().get(0);
        assertThat(taught.verdict()).as(taught.rationale()).isEqualTo(Verdict.NOT_APPLICABLE);

        BehaviourGrade untaught = grader.grade(call(prospect(5, invite), booked),
                List.of(brushOff(new Precondition(List.of(), RequiredSpeaker.PROSPECT, brushOffs), handled)), CALL).behaviours().get(0);
        assertThat(untaught.verdict()).as("without them the invite reads as a brush-off").isNotEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(untaught.rationale()).as("names what made it apply").contains("said \"" + invite + "\"");
        assertThat(untaught.confidence()).as("no surer than the trigger").isLessThan(0.95);
    }

    @Test
    void anNaIsDoubtfulWhenASentenceCameCloseToThePrecondition() {
        Precondition brushedOff = new Precondition(List.of(), RequiredSpeaker.PROSPECT, List.of("Just send me an email.",
                "We're all set, thanks.", "I'm not interested.", "We already have a system for that.",
                "Can you just send me some information?"));
        Behaviour behaviour = brushOff(brushedOff, List.of("Happy to send something, what would make it worth reading for you?",
                "Fair enough, out of curiosity what are you using for dispatch now?"));
        Line moveOn = rep(6, "Let's move on to the onboarding timeline.");

        BehaviourGrade unrelated = grader.grade(call(prospect(5, "We are happy with how the rollout went so far."), moveOn),
                List.of(behaviour), CALL).behaviours().get(0);
        assertThat(unrelated.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(unrelated.confidence()).isEqualTo(0.9);
        assertThat(unrelated.evidence()).isEmpty();

        String hurried = "I only have a minute.";
        BehaviourGrade close = grader.grade(call(prospect(5, hurried), moveOn), List.of(behaviour), CALL).behaviours().get(0);
        assertThat(close.verdict()).as(close.rationale()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(close.confidence()).as("below the review queue's 0.75: a coach looks").isEqualTo(0.7);
        assertThat(close.evidence()).extracting(Evidence::quote).containsExactly(hurried);
        assertThat(close.rationale()).contains("closest: \"" + hurried + "\"");
    }

    private static Behaviour brushOff(Precondition applicableWhen, List<String> examples) {
        return new Behaviour("brush-off", "Keeps the conversation going after a brush-off?", null, BehaviourCategory.OBJECTION_HANDLING,
                1, false, true, new DetectionRule(List.of(), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1, applicableWhen,
                examples, List.of()));
    }

    @Test
    void aShortSentenceMustComeNearerToTheExamplesUnlessItSaysAPhrase() {
        // close to "Who owns this budget in the end?" by their form: MET and NEEDS_REVIEW before short passages had to come nearer
        for (String aside : List.of("And who's the funder?", "Who owns the CRM?")) {
            assertThat(rightPeople(aside).verdict()).as(aside).isEqualTo(Verdict.MISSED);
        }
        for (String decision : List.of("Who signs off?", "Who else needs to weigh in?",
                "When you bought your accounting system, whose signature did it need in the end?")) {
            assertThat(rightPeople(decision).verdict()).as(decision).isEqualTo(Verdict.MET);
        }
    }

    /** Right people, graded beside the other starter behaviours (whose examples it is measured against). */
    private static BehaviourGrade rightPeople(String question) {
        Transcript transcript = call(rep(1, "I love the view from your office, by the way."), prospect(2, "Thanks, we just moved in."),
                rep(10, question), prospect(11, "Good question, let me think."));
        return grader.grade(transcript, StarterScorecard.behaviours(), CALL).behaviours().stream()
                .filter(grade -> grade.behaviour().key().equals("right-people")).findFirst().orElseThrow();
    }

    @Test
    void aRuleTaughtWithOnlyThreeExamplesStillRecognisesTheBehaviourInOtherWords() {
        // as a coach writes a rule of their own: the least the API takes, no counter-examples, no phrases
        DetectionRule rule = new DetectionRule(List.of(), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, true, 1, null,
                List.of("What would success look like for you six months from now?",
                        "How will you measure whether this project worked?",
                        "What results would make this a win for your team?"), List.of(), false);
        Behaviour successCriteria = new Behaviour("success-criteria", "Does the rep ask how the prospect will judge success?",
                null, BehaviourCategory.QUALIFICATION, 1, false, false, rule);

        // the first two were MISSED before a rule taught with few sentences asked for a lower margin; one that counts only
        // by that lower margin leans MET for a coach to confirm, since such a rule is often wrong there
        for (String ownWords : List.of("If we fast forward to next year, what has to have happened for you to call this a great decision?",
                "How are you going to decide if it's working?", "What does a good outcome look like for you here?",
                "What would you need to see to call the pilot a success?", "What KPIs are you going to hold this project to?")) {
            BehaviourGrade grade = asked(ownWords, successCriteria);
            assertThat(grade.verdict() == Verdict.MET || grade.verdict() == Verdict.NEEDS_REVIEW && grade.rationale().startsWith("leaning MET"))
                    .as(ownWords + ": " + grade.verdict() + ", " + grade.rationale()).isTrue();
        }
        assertThat(asked("What would success look like for you a year from now?", successCriteria).verdict())
                .as("near an example").isEqualTo(Verdict.MET);
        for (String other : List.of("How many people are on your team today?", "What tools are you using for this right now?",
                "What budget have you set aside for this?", "Who else should be in the room when we decide?",
                "Is Thursday at two good for the follow-up?", "What made you take this call today?")) {
            assertThat(asked(other, successCriteria).verdict()).as(other).isNotEqualTo(Verdict.MET);
        }
    }

    @Test
    void qualificationWantsOpenQuestionsYesNoQuestionsAboutBudgetAndTimingDoNotQualify() {
        Behaviour qualification = StarterScorecard.behaviours().stream().filter(b -> b.key().equals("qualification")).findFirst()
                .orElseThrow();
        assertThat(qualification.detection().openQuestion()).isTrue();
        assertThat(qualification.detection().question()).isTrue();

        Transcript closed = call(rep(5, "Do you have budget?"), prospect(6, "Some, yes."),
                rep(12, "Is there a timeline?"), prospect(13, "Not really."));
        Transcript open = call(rep(5, "What budget have you set aside for this?"), prospect(6, "About forty thousand."),
                rep(12, "When do you need this up and running?"), prospect(13, "By the spring."));
        Transcript choices = call(rep(5, "Is there money set aside this year, or would it come out of another bucket?"),
                prospect(6, "Another bucket, probably."), rep(12, "Is this a priority this quarter, or more of a nice-to-have?"),
                prospect(13, "A priority."));

        assertThat(graded(closed, qualification).verdict()).isNotEqualTo(Verdict.MET);
        assertThat(graded(open, qualification).verdict()).isEqualTo(Verdict.MET);
        assertThat(graded(choices, qualification).verdict()).isEqualTo(Verdict.MET);
    }

    private static BehaviourGrade graded(Transcript transcript, Behaviour behaviour) {
        return grader.grade(transcript, StarterScorecard.behaviours(), CALL).behaviours().stream()
                .filter(grade -> grade.behaviour().key().equals(behaviour.key())).findFirst().orElseThrow();
    }

    private static BehaviourGrade asked(String question, Behaviour behaviour) {
        return grader.grade(call(rep(10, question), prospect(11, "Good question.")), List.of(behaviour), CALL).behaviours().get(0);
    }

    @Test
    void aRuleWithoutExamplesIsGradedByItsPhrasesAsBefore() {
        DetectionRule phrasesOnly = new DetectionRule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, true, 1);
        Behaviour behaviour = new Behaviour("budget", "Budget?", null, BehaviourCategory.QUALIFICATION, 1, false, false, phrasesOnly);
        Transcript paraphrase = call(rep(5, "Who holds the purse strings for tools like this?"), prospect(6, "Not sure yet."));
        Transcript phrase = call(rep(5, "What budget have you set aside?"), prospect(6, "Not sure yet."));

        assertThat(grader.grade(paraphrase, List.of(behaviour), CALL).behaviours().get(0).verdict()).isNotEqualTo(Verdict.MET);
        BehaviourGrade met = grader.grade(phrase, List.of(behaviour), CALL).behaviours().get(0);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.evidence()).singleElement().satisfies(e -> assertThat(e.similarity()).isNull());
    }

    @Test
    void theModelLoadsFromItsMavenArtifactAndPlacesParaphrasesNearEachOther() {
        List<float[]> vectors = OnnxSentenceEncoder.load().encode(List.of("What budget have you set aside for this?",
                "How much are you looking to invest?", "Did you catch the game last night?"));

        assertThat(vectors).allSatisfy(v -> assertThat(v).hasSize(384));
        assertThat(SentenceEncoder.similarity(vectors.get(0), vectors.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(SentenceEncoder.similarity(vectors.get(0), vectors.get(1)))
                .isGreaterThan(SentenceEncoder.similarity(vectors.get(0), vectors.get(2)) + 0.1);
    }
}
