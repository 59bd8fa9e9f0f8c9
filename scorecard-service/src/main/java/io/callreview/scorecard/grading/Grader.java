package io.callreview.scorecard.grading;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.ConversationMetrics;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.Precondition;
import io.callreview.scorecard.domain.RequiredSpeaker;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Transcript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Grades a transcript against the key behaviours of a scorecard.
 *
 * <p>A sentence <em>qualifies</em> for a behaviour when its speaker has the rule's role, it starts inside the
 * rule's window (read against the end of the conversation, see {@link #windowsEnd}), it is a question where the rule wants one (an open one, not a yes/no question, where it says so), and it does the behaviour: it means what the rule's
 * examples mean, or it says one of the rule's phrases (or a synonym from the concept map, after stemming). Meaning is
 * judged with sentence embeddings: the sentence (or, for a long one, its closest passage) must come nearer to the
 * behaviour's examples than to anything it is not (see {@link ExampleIndex}) by at least
 * {@link GradingSettings#semanticMargin()}, raised a little for a behaviour whose examples stand out clearly and lowered
 * for a diffuse one, and raised for a passage of few words; and most of its nearest neighbours must be examples. A
 * phrase does not count where the meaning clearly says otherwise ("I won't get into budget today"). A rule without
 * examples is graded by its phrases alone. For a rule that {@linkplain DetectionRule#buildsOnProspect() builds on the
 * prospect}, a rep sentence a little short of the margin threshold also qualifies when it comes close in meaning to
 * something the prospect said earlier, and one that reaches it qualifies only when it takes up something the prospect
 * said or says it answers them. The behaviour is MET when at least {@code minCount} sentences qualify.
 *
 * <p>Confidence of a qualifying sentence: by meaning, from 0.55 at the margin threshold to 1.0 well above it; 0.95
 * when a phrase and the meaning agree; 0.59 when a phrase matched but the meaning is undecided (alone, that is below
 * the review threshold: a coach decides); 0.7 for a sentence that counts only because it builds on the prospect; for
 * phrase-only rules 1.0 for the phrase and 0.8 for a synonym. Times 0.5 when the speaker could not be mapped to a role
 * (never for a rep's rule once the rep is known on the call),
 * times 0.85 when the timing was estimated and the sentence lies near the window's edge. MET takes the mean of the best {@code minCount}, plus 0.05 for every extra
 * sentence. MISSED starts at 0.95 and loses up to 0.3 (0.25 by meaning) for qualifying sentences short of
 * {@code minCount}, 0.3 (0.1 by meaning) when a phrase was said only outside the window or not as a question (a near
 * miss), 0.15 when a sentence came close to an example without reaching the margin or reached it tied to nothing the
 * prospect said, and 0.4 when nobody of the rule's
 * role spoke in the window (a truncated transcript or an unmapped speaker). These figures were set against the tuning
 * part of the evaluation set (bench/grading-eval.sh prints the calibration). Below
 * {@link GradingSettings#needsReviewBelow()} the verdict is NEEDS_REVIEW.
 *
 * <p>NOT_APPLICABLE is only ever given to a behaviour that allows it and declares a precondition
 * ({@link DetectionRule#applicableWhen()}), when nobody of the precondition's role said any of its phrases or anything
 * meaning what its examples mean (at 0.9, or 0.7 when a sentence came close to those examples without reaching them: the
 * N/A may hide a miss, so it goes to a coach's queue). When somebody did, only sentences from the first such moment on can meet the
 * behaviour. A behaviour that allows N/A without a precondition is graded MET or MISSED: only a coach can judge it not
 * applicable.
 *
 * <p>Pure Java and thread-safe, so it can be benchmarked and unit-tested without the service.
 */
public final class Grader {

    /** The share of the reported duration the talk must cover for its end to be taken as the call's. */
    private static final double CONVERSATION_SHARE = 0.6;
    private static final double SYNONYM_QUALITY = 0.8;
    private static final double AGREEMENT_QUALITY = 0.95;
    private static final double UNDECIDED_PHRASE_QUALITY = 0.59;
    private static final double UNKNOWN_SPEAKER_FACTOR = 0.5;
    private static final double ESTIMATED_EDGE_FACTOR = 0.85;
    private static final double NOT_APPLICABLE_CONFIDENCE = 0.9;
    /**
     * An N/A is doubtful when something came close to the precondition without reaching it: below the review queue's
     * 0.75, so a coach looks before a miss hides behind it, and above the NEEDS_REVIEW line.
     */
    private static final double DOUBTFUL_NOT_APPLICABLE_CONFIDENCE = 0.7;
    /** How far above the margin threshold a reading must be for full confidence. */
    private static final double CONFIDENT_SPREAD = 0.12;
    /** How far below the margin threshold a reading still makes a miss doubtful. */
    private static final double CLOSE_CALL = 0.04;
    /** The longest quote of a sentence as evidence. */
    public static final int QUOTE_LIMIT = 280;
    /**
     * A phrase said outside the window or not as a question casts less doubt on a miss when the meaning was read:
     * the grader already weighed what was said where it counts.
     */
    private static final double NEAR_MISS_DOUBT_BY_MEANING = 0.1;
    /** How much of a behaviour's typical example margin is added to the margin a reading must reach. */
    private static final double SELF_CALIBRATION = 0.5;
    private static final double MAX_CALIBRATION = 0.04;
    private static final int INDEX_CACHE_LIMIT = 500;
    /**
     * A passage of fewer words than this must come nearer to the examples, by up to the penalty for the shortest.
     * Set against the tuning part of the evaluation set (10 to 18 words and 0.05 to 0.08 all did about as well).
     */
    private static final int SHORT_PASSAGE_WORDS = 15;
    private static final double SHORT_PASSAGE_PENALTY = 0.06;
    /**
     * A rule taught with fewer sentences than this (examples and counter-examples together) asks for a lower margin,
     * by {@code SPARSE_RULE_ALLOWANCE x (1/sqrt(n) - 1/sqrt(SPARSE_RULE_SENTENCES))}: with three examples, a rep who
     * does the behaviour in their own words rarely comes near two of them, and recall collapsed (starter macro-F1 0.53
     * with three examples and no counter-examples). Set against the tuning part with 3, 5, 8 and 12 examples drawn
     * at random (0.17 to 0.25 did about as well); rules of 12 or more sentences, like the starter's, are unchanged.
     */
    private static final int SPARSE_RULE_SENTENCES = 12;
    private static final double SPARSE_RULE_ALLOWANCE = 0.22;
    /**
     * For a rule that builds on the prospect: how far short of the margin threshold a sentence may fall and still count
     * when it takes up an earlier prospect sentence, how close to that sentence it must come, and how strongly it then
     * does the behaviour. Set against the tuning part of the evaluation set.
     */
    private static final double BUILDS_ON_SLACK = 0.05;
    private static final double BUILDS_ON_SIMILARITY = 0.72;
    private static final double BUILDS_ON_QUALITY = 0.7;
    /**
     * For a rule that builds on the prospect, a sentence close enough to the examples on its own still counts only when
     * it takes up one of the prospect's earlier sentences at least this closely, or says it answers them (see
     * {@link #tiedToProspect}): the behaviour ties the product to what the prospect said, and a feature tour that sounds
     * like the examples ("the alerts flag every contract ninety days out") ties it to nothing. Set against the tuning
     * part: 0.45 changed nothing, 0.62 took 9 false product tours out and 11 true ones with them.
     */
    private static final double TIED_TO_PROSPECT = 0.55;
    /**
     * How much farther from the examples than the passage's nearest clause a clause that refuses may be, and the few
     * words it refuses than that clause (a few words come less near than a whole clause), and still be the behaviour
     * refused. Set against the tuning part's utterances: a clause slack of 0.05 took a time confirmed after "I won't keep
     * you past the half hour" for a refusal, a words slack of 0.09 "let's not leave it hanging, can we get ..." and 0.03
     * missed "let's park how the software handles your inventory issue".
     */
    private static final double REFUSAL_SLACK = 0.03;
    private static final double REFUSED_WORDS_SLACK = 0.06;
    /**
     * Two sentences are read as one when the same speaker says them at most this far apart, both come within these
     * distances of the margin they would need alone (one of them nearer), and together they have at most this many
     * words. Set on the tuning part: without the second distance, chance pairs of two unrelated sentences counted; the
     * first at 0.05 reads less than half the pairs 0.08 did, with the same figures, and 0.02 missed some.
     */
    private static final long JOINED_GAP_MS = 3_000;
    private static final double JOINED_NEAREST_SLACK = 0.05;
    private static final double JOINED_OTHER_SLACK = 0.10;
    private static final int JOINED_MAX_WORDS = 40;

    private final TextAnalysis analysis;
    private final GradingSettings settings;
    private final SentenceEncoder encoder;
    private final OrdinaryTalk ordinary;
    private final Map<List<List<String>>, ExampleIndex> indexes = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<List<String>>, ExampleIndex> eldest) {
                    return size() > INDEX_CACHE_LIMIT;
                }
            });

    /** A grader by phrases only: examples are ignored. */
    public Grader(TextAnalysis analysis, GradingSettings settings) {
        this.analysis = analysis;
        this.settings = settings;
        this.encoder = null;
        this.ordinary = null;
    }

    /** A grader by meaning and phrases. */
    public Grader(TextAnalysis analysis, GradingSettings settings, SentenceEncoder encoder) {
        this.analysis = analysis;
        this.settings = settings;
        this.encoder = encoder;
        this.ordinary = OrdinaryTalk.load(encoder);
    }

    public Grade grade(Transcript transcript, List<Behaviour> behaviours, long callDurationMs) {
        IndexedTranscript indexed = new IndexedTranscript(transcript, analysis);
        long reported = Math.max(callDurationMs, transcript.endMs());
        long duration = windowsEnd(transcript, reported);
        Meanings meanings = encoder == null ? null
                : new Meanings(indexed, sentencesToRead(indexed, behaviours, duration), encoder);
        if (meanings != null) {
            meanings.expectEchoes(mayBuildOnProspect(indexed, meanings, behaviours, duration));
            meanings.expect(mayBeReadJoined(indexed, meanings, behaviours, duration));
        }
        List<BehaviourGrade> grades = new ArrayList<>(behaviours.size());
        for (Behaviour behaviour : behaviours) {
            grades.add(grade(indexed, meanings, behaviour, behaviours, duration));
        }
        return Grade.of(grades, ConversationMeasures.of(indexed, reported));
    }

    /**
     * Where the call ends for its windows ("the last 20 %"): where the conversation ends. A CRM's duration runs from the
     * dial to the hang-up, ringing, hold and a recording's tail included, so when the talk covers most of it, the end of
     * the last utterance is the end of the call. A transcript that covers less may have been cut short, and the reported
     * duration stands (then nobody speaking in a closing window makes its miss doubtful); so do estimated times, which
     * are laid over the reported duration.
     */
    static long windowsEnd(Transcript transcript, long reportedMs) {
        long talkEnd = transcript.endMs();
        boolean talkCoversTheCall = talkEnd >= CONVERSATION_SHARE * reportedMs;
        return transcript.timingEstimated() || !talkCoversTheCall ? reportedMs : talkEnd;
    }

    /** Whether this grader reads meaning, or phrases only. */
    public boolean semantic() {
        return encoder != null;
    }

    /** How a sentence earned (or nearly earned) a behaviour; {@code takenUp} is the prospect sentence it built on. */
    private record Candidate(Sentence sentence, double quality, int token, Meanings.Reading reading, Meanings.Echo takenUp) {

        Candidate(Sentence sentence, double quality, int token, Meanings.Reading reading) {
            this(sentence, quality, token, reading, null);
        }

        Candidate(Sentence sentence, double quality, int token) {
            this(sentence, quality, token, null, null);
        }
    }

    private record Match(double quality, int token) {
    }

    private BehaviourGrade grade(IndexedTranscript indexed, Meanings meanings, Behaviour behaviour, List<Behaviour> all, long duration) {
        DetectionRule rule = behaviour.detection();
        boolean estimated = indexed.transcript().timingEstimated();
        ExampleIndex examples = meanings != null && rule.semantic() ? examples(behaviour, all) : null;
        Precondition precondition = behaviour.naAllowed() ? rule.applicableWhen() : null;
        Triggers found = precondition == null ? Triggers.NONE : triggers(indexed, meanings, precondition);
        List<Candidate> triggers = found.triggers();
        if (precondition != null && triggers.isEmpty()) {
            return notApplicable(behaviour, precondition, found.closest());
        }
        // An objection cannot be handled before it is raised: what the rep said earlier does not count.
        long applicableFrom = triggers.isEmpty() ? Long.MIN_VALUE : triggers.get(0).sentence().startMs();
        // A recap of the prospect's pains is no recap once the product is on screen: what is said later does not count.
        Optional<Candidate> windowEnds = rule.before() == null ? Optional.empty()
                : triggers(indexed, meanings, rule.before()).triggers().stream()
                        .filter(moment -> !leadsInto(indexed, meanings, moment, examples)).findFirst();
        long countsUntil = windowEnds.map(c -> c.sentence().startMs()).orElse(Long.MAX_VALUE);
        Map<Integer, Match> phrases = matches(indexed, rule.phrases());
        List<Candidate> qualifying = new ArrayList<>();
        List<Candidate> nearMisses = new ArrayList<>();
        List<Candidate> closeCalls = new ArrayList<>();
        List<Candidate> untied = new ArrayList<>();
        List<Candidate> vetoed = new ArrayList<>();
        List<Candidate> declined = new ArrayList<>();
        Set<Integer> counted = new HashSet<>();
        for (int index = 0; index < indexed.sentences().size(); index++) {
            Sentence sentence = indexed.sentences().get(index);
            Fit fit = fit(indexed, rule.speaker(), sentence.role());
            Match phrase = phrases.get(index);
            if (fit == Fit.WRONG || phrase == null && examples == null || sentence.startMs() < applicableFrom) {
                continue;
            }
            boolean inWindow = inWindow(rule.window(), sentence, duration, estimated) && sentence.startMs() <= countsUntil;
            boolean formOk = !rule.question() || sentence.question();
            Optional<Meanings.Reading> reading = examples != null && inWindow && formOk
                    ? meanings.read(index, examples, rule.question()) : Optional.empty();
            if (examples != null && inWindow && formOk && reading.isEmpty()) {
                continue; // too short to say the behaviour ("No problem."): its phrase alone does not do it
            }
            if (rule.openQuestion() && formOk && !QuestionForm.isOpen(reading.map(r -> r.passage().text()).orElse(sentence.text()))) {
                formOk = false; // a yes/no question where an open one is wanted: at most a near miss
                reading = Optional.empty();
            }
            double quality = quality(phrase, reading, examples != null);
            if (quality == 0 && reading.isPresent()) {
                Optional<Meanings.Reading> clause = besideARefusal(meanings, reading.get());
                if (clause.isPresent() && declined(meanings, reading.get()).isEmpty()) {
                    reading = clause;
                    quality = quality(phrase, reading, true);
                }
            }
            if (quality == 0 && reading.isPresent() && precondition == null && !counted.contains(index - 1)) {
                Optional<Joined> pair = withSentenceBefore(indexed, meanings, index, reading.get());
                if (pair.isPresent()) {
                    sentence = pair.get().sentence();
                    reading = Optional.of(pair.get().reading());
                    quality = quality(phrase, reading, true);
                }
            }
            Optional<Meanings.Reading> refusal = reading.isPresent() && (quality > 0 || phrase != null
                    || reading.get().margin() >= threshold(reading.get(), false) - CLOSE_CALL)
                    ? declined(meanings, reading.get()) : Optional.empty();
            if (refusal.isPresent()) {
                declined.add(new Candidate(sentence, 0, -1, refusal.get()));
                continue;
            }
            Optional<Meanings.Echo> takenUp = quality == 0 && rule.buildsOnProspect()
                    ? buildsOnProspect(meanings, index, reading) : Optional.empty();
            if (takenUp.isPresent()) {
                quality = BUILDS_ON_QUALITY;
            } else if (quality > 0 && rule.buildsOnProspect() && reading.isPresent()
                    && !tiedToProspect(meanings, index, sentence)) {
                untied.add(new Candidate(sentence, 0, -1, reading.get()));
                continue;
            }
            if (quality == 0) {
                if (phrase != null && reading.isPresent()) {
                    vetoed.add(new Candidate(sentence, 0, phrase.token(), reading.get()));
                } else if (reading.filter(r -> r.margin() >= threshold(r, false) - CLOSE_CALL).isPresent()) {
                    closeCalls.add(new Candidate(sentence, 0, -1, reading.get()));
                }
                continue;
            }
            quality *= fit == Fit.UNKNOWN ? UNKNOWN_SPEAKER_FACTOR : 1.0;
            int token = phrase == null ? -1 : phrase.token();
            if (inWindow && formOk) {
                if (estimated && nearEdge(rule.window(), sentence.startMs(), duration)) {
                    quality *= ESTIMATED_EDGE_FACTOR;
                }
                qualifying.add(new Candidate(sentence, quality, token, reading.orElse(null), takenUp.orElse(null)));
                counted.add(index);
            } else if (phrase != null && (inWindow || formOk)) {
                nearMisses.add(new Candidate(sentence, quality, token));
            }
        }
        Comparator<Candidate> strongestFirst = Comparator.comparingDouble(Candidate::quality).reversed()
                .thenComparingLong(c -> c.sentence().startMs());
        qualifying.sort(strongestFirst);
        qualifying = saidOnce(qualifying);
        nearMisses.sort(strongestFirst);
        closeCalls.sort(Comparator.comparingDouble((Candidate c) -> c.reading().margin()).reversed());

        if (qualifying.size() >= rule.minCount()) {
            double mean = qualifying.subList(0, rule.minCount()).stream().mapToDouble(Candidate::quality).average().orElse(0);
            double confidence = Math.min(1.0, mean + 0.05 * (qualifying.size() - rule.minCount()));
            return decide(behaviour, Verdict.MET, confidence, evidence(qualifying), null, metRationale(rule, qualifying));
        }

        boolean byMeaning = examples != null;
        double confidence = 0.95 - (byMeaning ? 0.25 : 0.3) * qualifying.size() / rule.minCount();
        List<String> doubts = new ArrayList<>();
        if (!qualifying.isEmpty()) {
            doubts.add(qualifying.size() + " of " + rule.minCount() + " needed sentences qualified");
        }
        if (!nearMisses.isEmpty()) {
            confidence -= byMeaning ? NEAR_MISS_DOUBT_BY_MEANING : 0.3;
            doubts.add(nearMisses.size() + " near " + (nearMisses.size() == 1 ? "miss" : "misses")
                    + (!rule.question() && !rule.openQuestion() ? " outside the window"
                    : " outside the window or not asked as " + (rule.openQuestion() ? "an open question" : "a question")));
        }
        if (!closeCalls.isEmpty() || !untied.isEmpty()) {
            confidence -= 0.15;
        }
        if (!untied.isEmpty()) {
            doubts.add(sentencesLikeIt(untied, "takes up nothing the prospect said",
                    "take up nothing the prospect said"));
        }
        if (!closeCalls.isEmpty()) {
            Meanings.Reading closest = closeCalls.get(0).reading();
            doubts.add("closest in meaning: \"" + shorten(closest.passage().text()) + "\" ("
                    + round(closest.closeness().similarity()) + " to an example, " + round(closest.closeness().counterSimilarity())
                    + " to \"" + shorten(closest.closeness().counterExample()) + "\")");
        }
        if (!vetoed.isEmpty()) {
            Meanings.Reading reading = vetoed.get(0).reading();
            doubts.add(vetoed.size() + " phrase " + (vetoed.size() == 1 ? "match reads" : "matches read")
                    + " like what it is not, e.g. \"" + shorten(reading.passage().text()) + "\" is closest to \""
                    + shorten(reading.closeness().counterExample()) + "\"");
        }
        if (windowEnds.isPresent() && inWindow(rule.window(), windowEnds.get().sentence(), duration, estimated)) {
            doubts.add("it counts only until \"" + shorten(windowEnds.get().sentence().text()) + "\" at "
                    + minutesAndSeconds(windowEnds.get().sentence().startMs()));
        }
        if (!declined.isEmpty()) {
            doubts.add("the rep declined it: \"" + shorten(declined.get(0).reading().passage().text()) + "\"");
        }
        if (!spokeInWindow(indexed, rule, duration)) {
            confidence -= 0.4;
            doubts.add("nobody with the role " + rule.speaker() + " spoke in the window");
        }
        if (!triggers.isEmpty()) {
            // a miss is no surer than the moment that made the behaviour apply
            double surestTrigger = triggers.stream().mapToDouble(Candidate::quality).max().orElseThrow();
            confidence = Math.min(confidence, surestTrigger);
        }
        confidence = Math.max(0.05, Math.min(0.99, confidence));
        List<Candidate> shown = new ArrayList<>(triggers.subList(0, Math.min(1, triggers.size())));
        shown.addAll(qualifying);
        shown.addAll(nearMisses);
        shown.addAll(declined.subList(0, Math.min(1, declined.size())));
        shown.addAll(untied.subList(0, Math.min(1, untied.size())));
        shown.addAll(closeCalls.subList(0, Math.min(1, closeCalls.size())));
        long windowStart = windowStart(rule.window(), duration);
        Long expectedAt = !triggers.isEmpty() ? Long.valueOf(triggers.get(0).sentence().endMs())
                : windowStart > 0 ? Long.valueOf(windowStart) : null;
        String why = doubts.isEmpty() ? "no sentence did what the rule describes" : String.join("; ", doubts);
        if (!triggers.isEmpty()) {
            why = "it applied once someone (" + precondition.speaker() + ") said \"" + shorten(triggers.get(0).sentence().text())
                    + "\"; " + why;
        }
        return decide(behaviour, Verdict.MISSED, confidence, evidence(shown), expectedAt, why);
    }

    /**
     * The candidates without the repeats of a sentence already among them: the same question asked twice is one
     * question, and one line said again does not make two ("2 needed").
     */
    private static List<Candidate> saidOnce(List<Candidate> candidates) {
        Set<String> said = new HashSet<>();
        List<Candidate> once = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (said.add(candidate.sentence().text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip())) {
                once.add(candidate);
            }
        }
        return once;
    }

    /**
     * How strongly a sentence does the behaviour, 0 when it does not: by meaning, by phrase, or both. A phrase is
     * overruled when the meaning is clearly something else.
     */
    private double quality(Match phrase, Optional<Meanings.Reading> reading, boolean semantic) {
        if (!semantic) {
            return phrase == null ? 0 : phrase.quality();
        }
        double margin = reading.map(Meanings.Reading::margin).orElse(Double.NEGATIVE_INFINITY);
        boolean phraseSaid = phrase != null;
        if (reading.filter(r -> counts(r, phraseSaid)).isPresent()) {
            // A rule of few sentences lets a reading count below the usual margin, not be surer for it: confidence is
            // measured from where a rule of SPARSE_RULE_SENTENCES would count, so that a coach sees such a reading.
            double sure = margin - threshold(reading.get(), phraseSaid) - sparseRuleAllowance(reading.get().index().labelledSentences());
            double byMeaning = 0.55 + 0.45 * Math.max(0, Math.min(1, sure / CONFIDENT_SPREAD));
            return phraseSaid ? Math.max(byMeaning, AGREEMENT_QUALITY) : byMeaning;
        }
        if (phrase != null && (reading.isEmpty() || margin >= settings.phraseVetoMargin())) {
            return UNDECIDED_PHRASE_QUALITY * phrase.quality();
        }
        return 0;
    }

    /**
     * The clause that a statement near the behaviour declines it in ("I don't think we need to set up a next step, I'll
     * just ping you"): a clause where the speaker declines something, about as near the examples as the passage's
     * nearest clause, whose nearest example declines nothing, and whose declined words are themselves the behaviour. A
     * clause that declines something else ("I won't keep you long, here's the plan"; "I don't want to promise a date I
     * can't keep") leaves the sentence as it was.
     */
    private Optional<Meanings.Reading> declined(Meanings meanings, Meanings.Reading reading) {
        Passages.Passage passage = reading.passage();
        if (passage.question() || !Declining.mayDecline(passage.text())) {
            return Optional.empty();
        }
        List<Meanings.Reading> clauses = new ArrayList<>();
        for (String clause : Declining.clauses(passage.text())) {
            clauses.add(clause.equals(passage.text()) ? reading : clauseReading(meanings, reading, clause));
        }
        double nearest = clauses.stream().mapToDouble(Meanings.Reading::margin).max().orElseThrow();
        for (Meanings.Reading clause : clauses) {
            Optional<String> refused = Declining.refusal(clause.passage().text());
            if (refused.isPresent() && clause.margin() >= nearest - REFUSAL_SLACK
                    && !Declining.declines(clause.closeness().example())
                    && meanings.closenessOf(refused.get(), reading.index()).margin() >= clause.margin() - REFUSED_WORDS_SLACK) {
                return Optional.of(clause);
            }
        }
        return Optional.empty();
    }

    /**
     * The rest of a statement whose other clause declines something, read without that clause: "I won't keep you
     * long: for your night crew, this is the screen they'd open first" reads, whole, like the small talk its first
     * clause is. Empty when the rest does not count on its own; the caller asks first whether the declining clause
     * declines the behaviour itself ("I won't book anything today, we'll talk Thursday").
     */
    private Optional<Meanings.Reading> besideARefusal(Meanings meanings, Meanings.Reading reading) {
        Passages.Passage passage = reading.passage();
        if (passage.question() || !Declining.mayDecline(passage.text())) {
            return Optional.empty();
        }
        List<String> clauses = Declining.clauses(passage.text());
        List<String> rest = clauses.stream().filter(clause -> !Declining.declines(clause)).toList();
        if (rest.isEmpty() || rest.size() == clauses.size()) {
            return Optional.empty();
        }
        Meanings.Reading withoutRefusal = clauseReading(meanings, reading, String.join(", ", rest));
        return Optional.of(withoutRefusal).filter(clause -> counts(clause, false));
    }

    /** Two sentences of one speaker read as one, and how close they come together. */
    private record Joined(Sentence sentence, Meanings.Reading reading) {
    }

    /**
     * The sentence read together with the one its speaker said just before, when the two count only as a whole:
     * "Remember how you said your nurses chase license expirations in a spreadsheet? We remind them sixty days out."
     * Both must come near the examples alone, and the one before must not count (or one line would count twice; the
     * caller asks whether it counted another way). Not for a behaviour that answers a moment (objection handling): its
     * examples pair an acknowledgement with a question, and an acknowledgement joined to whatever the rep says next
     * reads like them.
     */
    private Optional<Joined> withSentenceBefore(IndexedTranscript indexed, Meanings meanings, int index, Meanings.Reading reading) {
        return joinedText(indexed, meanings, index, reading).flatMap(text -> {
            Meanings.Reading together = meanings.readingOf(
                    new Passages.Passage(text, text.split("\\s+").length, reading.passage().question()), reading.index());
            return counts(together, false)
                    ? Optional.of(new Joined(Sentence.joined(indexed.sentences().get(index - 1), indexed.sentences().get(index)), together))
                    : Optional.empty();
        });
    }

    /** What {@link #withSentenceBefore} reads, when the two sentences may be read together at all. */
    private Optional<String> joinedText(IndexedTranscript indexed, Meanings meanings, int index, Meanings.Reading reading) {
        if (index == 0) {
            return Optional.empty();
        }
        Sentence sentence = indexed.sentences().get(index);
        Sentence before = indexed.sentences().get(index - 1);
        if (!before.speaker().equals(sentence.speaker()) || sentence.startMs() - before.endMs() > JOINED_GAP_MS) {
            return Optional.empty();
        }
        Optional<Meanings.Reading> alone = meanings.read(index - 1, reading.index(), false);
        if (alone.isEmpty() || counts(alone.get(), false)) {
            return Optional.empty();
        }
        double later = reading.margin() - threshold(reading, false);
        double earlier = alone.get().margin() - threshold(alone.get(), false);
        if (Math.max(later, earlier) < -JOINED_NEAREST_SLACK || Math.min(later, earlier) < -JOINED_OTHER_SLACK) {
            return Optional.empty();
        }
        String text = Disfluencies.removed(before.text()) + " " + reading.passage().text();
        return text.split("\\s+").length > JOINED_MAX_WORDS ? Optional.empty() : Optional.of(text);
    }

    private static Meanings.Reading clauseReading(Meanings meanings, Meanings.Reading sentence, String clause) {
        return meanings.readingOf(new Passages.Passage(clause, clause.split("\\s+").length, false), sentence.index());
    }

    /**
     * The earlier prospect sentence that a sentence close to the examples, though not close enough alone, takes up;
     * empty when there is none near enough, or the sentence is not close to the examples.
     */
    private Optional<Meanings.Echo> buildsOnProspect(Meanings meanings, int sentence, Optional<Meanings.Reading> reading) {
        if (reading.filter(this::nearEnoughToBuildOn).isEmpty()) {
            return Optional.empty();
        }
        return meanings.closestEarlierProspectSentence(sentence).filter(echo -> echo.similarity() >= BUILDS_ON_SIMILARITY);
    }

    private static String sentencesLikeIt(List<Candidate> sentences, String whyOne, String whyMany) {
        String count = sentences.size() == 1 ? "1 sentence like it " + whyOne
                : sentences.size() + " sentences like it " + whyMany;
        return count + ", e.g. \"" + shorten(sentences.get(0).sentence().text()) + "\"";
    }

    /**
     * Whether the sentence takes up something the prospect said, or says it answers what they said (perhaps on an
     * earlier call), or the call does not say who the prospect is (no speaker is known as the prospect).
     */
    private static boolean tiedToProspect(Meanings meanings, int sentence, Sentence said) {
        return !meanings.prospectKnown() || ProspectReference.refersToProspect(said.text())
                || meanings.closestEarlierProspectSentence(sentence).filter(e -> e.similarity() >= TIED_TO_PROSPECT).isPresent();
    }

    /** Whether a reading means what the examples mean; {@code phraseSaid} when the sentence says one of the phrases. */
    private boolean counts(Meanings.Reading reading, boolean phraseSaid) {
        return reading.margin() >= threshold(reading, phraseSaid) && reading.closeness().vote() >= settings.minimumVote();
    }

    /**
     * The margin a reading must reach: the configured one, raised for a behaviour whose examples stand out clearly
     * and lowered for a diffuse one, within bounds; lowered for a rule taught with few sentences; and raised for a
     * short passage, whose vector owes more to its form than to its content ("Who runs that team?" comes as close to
     * "Who owns this budget?" as many a real question about the decision does), unless it says one of the rule's
     * phrases, which vouches for the content.
     */
    private double threshold(Meanings.Reading reading, boolean phraseSaid) {
        double adjusted = settings.semanticMargin() + SELF_CALIBRATION * reading.index().typicalMargin();
        double calibrated = Math.max(settings.semanticMargin() - MAX_CALIBRATION,
                Math.min(settings.semanticMargin() + MAX_CALIBRATION, adjusted));
        int missingWords = phraseSaid ? 0 : Math.max(0, SHORT_PASSAGE_WORDS - reading.passage().words());
        return calibrated - sparseRuleAllowance(reading.index().labelledSentences())
                + SHORT_PASSAGE_PENALTY * missingWords / SHORT_PASSAGE_WORDS;
    }

    private static double sparseRuleAllowance(int labelledSentences) {
        if (labelledSentences >= SPARSE_RULE_SENTENCES) {
            return 0;
        }
        return SPARSE_RULE_ALLOWANCE * (1 / Math.sqrt(labelledSentences) - 1 / Math.sqrt(SPARSE_RULE_SENTENCES));
    }

    private BehaviourGrade decide(Behaviour behaviour, Verdict verdict, double confidence, List<Evidence> evidence,
                                  Long expectedAt, String rationale) {
        double rounded = Math.round(confidence * 100) / 100.0;
        if (rounded < settings.needsReviewBelow()) {
            return new BehaviourGrade(behaviour, Verdict.NEEDS_REVIEW, rounded, evidence, expectedAt,
                    "leaning " + verdict + " with low confidence: " + rationale);
        }
        return new BehaviourGrade(behaviour, verdict, rounded, evidence, verdict == Verdict.MISSED ? expectedAt : null,
                rationale);
    }

    private static String metRationale(DetectionRule rule, List<Candidate> qualifying) {
        String why = qualifying.size() + " qualifying " + (qualifying.size() == 1 ? "sentence" : "sentences")
                + " (" + rule.minCount() + " needed)";
        String closest = qualifying.stream().filter(c -> c.reading() != null)
                .max(Comparator.comparingDouble(c -> c.reading().closeness().similarity()))
                .map(c -> why + "; closest in meaning to \"" + shorten(c.reading().closeness().example()) + "\" ("
                        + round(c.reading().closeness().similarity()) + ")")
                .orElse(why);
        return qualifying.stream().filter(c -> c.takenUp() != null).findFirst()
                .map(c -> closest + "; \"" + shorten(c.sentence().text()) + "\" takes up what the prospect said: \""
                        + shorten(c.takenUp().prospectSentence().text()) + "\" (" + round(c.takenUp().similarity()) + ")")
                .orElse(closest);
    }

    /**
     * The sentences whose meaning some behaviour may need. Not those only a precondition reads: they run through the
     * model together when a behaviour with one is graded ({@link #triggers}), which most scorecards have none of.
     */
    private static Set<Integer> sentencesToRead(IndexedTranscript indexed, List<Behaviour> behaviours, long duration) {
        Set<Integer> needed = new TreeSet<>();
        boolean estimated = indexed.transcript().timingEstimated();
        for (Behaviour behaviour : behaviours) {
            DetectionRule rule = behaviour.detection();
            for (int i = 0; i < indexed.sentences().size(); i++) {
                if (rule.semantic() && readable(rule, indexed, i, duration, estimated)) {
                    needed.add(i);
                }
            }
        }
        return needed;
    }

    /**
     * The sentences that may ask which prospect sentence they take up: read for a rule that builds on the prospect and
     * near enough to its examples. Some of them count on their own and never ask; knowing them all beforehand lets the
     * model run once for everything the asks need.
     */
    private Set<Integer> mayBuildOnProspect(IndexedTranscript indexed, Meanings meanings, List<Behaviour> behaviours, long duration) {
        Set<Integer> asking = new TreeSet<>();
        boolean estimated = indexed.transcript().timingEstimated();
        for (Behaviour behaviour : behaviours) {
            DetectionRule rule = behaviour.detection();
            if (!rule.semantic() || !rule.buildsOnProspect()) {
                continue;
            }
            ExampleIndex examples = examples(behaviour, behaviours);
            for (int i = 0; i < indexed.sentences().size(); i++) {
                if (readable(rule, indexed, i, duration, estimated)
                        && meanings.read(i, examples, rule.question()).filter(this::nearEnoughToBuildOn).isPresent()) {
                    asking.add(i);
                }
            }
        }
        return asking;
    }

    /**
     * The pairs of sentences that {@link #withSentenceBefore} may read together, for every behaviour, so that the model
     * runs once for them all instead of once a pair. Some are never asked for (a sentence that counts alone).
     */
    private Set<String> mayBeReadJoined(IndexedTranscript indexed, Meanings meanings, List<Behaviour> behaviours, long duration) {
        Set<String> texts = new LinkedHashSet<>();
        boolean estimated = indexed.transcript().timingEstimated();
        for (Behaviour behaviour : behaviours) {
            DetectionRule rule = behaviour.detection();
            if (!rule.semantic() || behaviour.naAllowed() && rule.applicableWhen() != null) {
                continue;
            }
            ExampleIndex examples = examples(behaviour, behaviours);
            for (int i = 1; i < indexed.sentences().size(); i++) {
                if (readable(rule, indexed, i, duration, estimated)) {
                    int sentence = i;
                    meanings.read(i, examples, rule.question()).filter(reading -> !counts(reading, false))
                            .flatMap(reading -> joinedText(indexed, meanings, sentence, reading)).ifPresent(texts::add);
                }
            }
        }
        return texts;
    }

    /** Whether the rule reads the sentence's meaning: its speaker, inside its window, a question where it wants one. */
    private static boolean readable(DetectionRule rule, IndexedTranscript indexed, int index, long duration, boolean estimated) {
        Sentence sentence = indexed.sentences().get(index);
        return fit(indexed, rule.speaker(), sentence.role()) != Fit.WRONG && inWindow(rule.window(), sentence, duration, estimated)
                && (!rule.question() || sentence.question());
    }

    private boolean nearEnoughToBuildOn(Meanings.Reading reading) {
        return reading.margin() >= threshold(reading, false) - BUILDS_ON_SLACK;
    }

    /** The behaviour's examples against its counter-examples and the other behaviours' examples. */
    private ExampleIndex examples(Behaviour behaviour, List<Behaviour> all) {
        DetectionRule rule = behaviour.detection();
        List<String> rivals = all.stream().filter(b -> b != behaviour).flatMap(b -> b.detection().examples().stream()).toList();
        return index(rule.examples(), rule.counterExamples(), rivals);
    }

    private ExampleIndex index(List<String> examples, List<String> counterExamples, List<String> rivals) {
        return indexes.computeIfAbsent(List.of(examples, counterExamples, rivals),
                key -> new ExampleIndex(examples, counterExamples, rivals, ordinary, encoder));
    }

    /** Sentence index to the best phrase match found in it. */
    private Map<Integer, Match> matches(IndexedTranscript indexed, List<String> phrases) {
        Map<Integer, Match> best = new HashMap<>();
        for (String phrase : phrases) {
            for (TextAnalysis.Alternative alternative : analysis.alternatives(phrase)) {
                double quality = alternative.direct() ? 1.0 : SYNONYM_QUALITY;
                for (IndexedTranscript.Hit hit : indexed.find(alternative.stems(), settings.phraseSlop())) {
                    best.merge(hit.sentence(), new Match(quality, hit.fromToken()),
                            (a, b) -> b.quality() > a.quality() ? b : a);
                }
            }
        }
        return best;
    }

    /** The moments that made a precondition apply, in time order, and the closest that did not. */
    private record Triggers(List<Candidate> triggers, Optional<Candidate> closest) {
        static final Triggers NONE = new Triggers(List.of(), Optional.empty());
    }

    private Triggers triggers(IndexedTranscript indexed, Meanings meanings, Precondition precondition) {
        List<Candidate> triggers = new ArrayList<>();
        Candidate closest = null;
        Map<Integer, Match> phrases = matches(indexed, precondition.phrases());
        ExampleIndex examples = meanings != null && !precondition.examples().isEmpty()
                ? index(precondition.examples(), precondition.counterExamples(), List.of()) : null;
        if (examples != null) {
            meanings.include(IntStream.range(0, indexed.sentences().size())
                    .filter(i -> fit(indexed, precondition.speaker(), indexed.sentences().get(i).role()) != Fit.WRONG)
                    .boxed().toList());
        }
        for (int index = 0; index < indexed.sentences().size(); index++) {
            Sentence sentence = indexed.sentences().get(index);
            if (fit(indexed, precondition.speaker(), sentence.role()) == Fit.WRONG) {
                continue;
            }
            Optional<Meanings.Reading> read = examples == null ? Optional.empty() : meanings.read(index, examples, false);
            // as for a behaviour's phrases: one said in a sentence that clearly means something else does not count
            Match phrase = read.filter(r -> r.margin() < settings.phraseVetoMargin()).isPresent() ? null : phrases.get(index);
            Optional<Meanings.Reading> reading = read.filter(r -> counts(r, false));
            if (phrase != null || reading.isPresent()) {
                double byMeaning = reading.isPresent() ? quality(null, reading, true) : 0;
                triggers.add(new Candidate(sentence, Math.max(phrase != null ? phrase.quality() : 0, byMeaning),
                        phrase == null ? -1 : phrase.token(), reading.orElse(null)));
            } else if (read.filter(r -> r.margin() >= threshold(r, false) - CLOSE_CALL).isPresent()
                    && (closest == null || read.get().margin() > closest.reading().margin())) {
                closest = new Candidate(sentence, 0, -1, read.get());
            }
        }
        triggers.sort(Comparator.comparingLong(c -> c.sentence().startMs()));
        return new Triggers(triggers, Optional.ofNullable(closest));
    }

    /**
     * Nobody did what makes the behaviour apply. When a sentence came close, the N/A may hide a miss: it is less sure,
     * and shows that sentence as its evidence.
     */
    private BehaviourGrade notApplicable(Behaviour behaviour, Precondition precondition, Optional<Candidate> closest) {
        String why = "its precondition never happened: nobody (" + precondition.speaker() + ") said " + describe(precondition);
        if (closest.isEmpty()) {
            return decide(behaviour, Verdict.NOT_APPLICABLE, NOT_APPLICABLE_CONFIDENCE, List.of(), null, why);
        }
        Meanings.Reading reading = closest.get().reading();
        return decide(behaviour, Verdict.NOT_APPLICABLE, DOUBTFUL_NOT_APPLICABLE_CONFIDENCE, evidence(List.of(closest.get())),
                null, why + "; closest: \"" + shorten(reading.passage().text()) + "\" ("
                        + round(reading.closeness().similarity()) + " to \"" + shorten(reading.closeness().example()) + "\")");
    }

    private static String describe(Precondition precondition) {
        List<String> parts = new ArrayList<>();
        if (!precondition.phrases().isEmpty()) {
            parts.add(String.join(", ", precondition.phrases()));
        }
        if (!precondition.examples().isEmpty()) {
            parts.add("anything like \"" + shorten(precondition.examples().get(0)) + "\"");
        }
        return String.join(", or ", parts);
    }

    /**
     * A sentence counts where it starts. With estimated timing (plain text) a sentence is placed only roughly,
     * so one that reaches into the window counts too.
     */
    private static boolean inWindow(CallWindow window, Sentence sentence, long duration, boolean estimated) {
        return window.contains(sentence.startMs(), duration)
                || (estimated && window.contains(Math.max(sentence.startMs(), sentence.endMs() - 1), duration));
    }

    /**
     * Whether a moment that would end a behaviour's window is the lead-in to the behaviour itself: "So before I jump
     * into the demo, I just want to replay what I heard" names the demo but starts the recap.
     */
    private boolean leadsInto(IndexedTranscript indexed, Meanings meanings, Candidate moment, ExampleIndex behaviour) {
        if (behaviour == null) {
            return false;
        }
        return meanings.read(indexed.sentences().indexOf(moment.sentence()), behaviour, false)
                .filter(r -> r.margin() >= threshold(r, false) - CLOSE_CALL).isPresent();
    }

    private static String minutesAndSeconds(long ms) {
        long seconds = ms / 1000;
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static boolean spokeInWindow(IndexedTranscript indexed, DetectionRule rule, long duration) {
        boolean estimated = indexed.transcript().timingEstimated();
        for (Sentence sentence : indexed.sentences()) {
            if (fit(indexed, rule.speaker(), sentence.role()) == Fit.MATCH && inWindow(rule.window(), sentence, duration, estimated)) {
                return true;
            }
        }
        return false;
    }

    private List<Evidence> evidence(List<Candidate> candidates) {
        return candidates.stream()
                .limit(settings.maxEvidence())
                .sorted(Comparator.comparingLong(c -> c.sentence().startMs()))
                .map(Grader::evidence)
                .toList();
    }

    private static Evidence evidence(Candidate candidate) {
        Sentence sentence = candidate.sentence();
        if (candidate.reading() == null) {
            return new Evidence(sentence.startMs(), sentence.endMs(), sentence.speaker(), sentence.quote(candidate.token(), QUOTE_LIMIT));
        }
        Meanings.Reading reading = candidate.reading();
        String quote = sentence.text().length() <= QUOTE_LIMIT ? sentence.text() : reading.passage().text();
        return new Evidence(sentence.startMs(), sentence.endMs(), sentence.speaker(), quote,
                round(reading.closeness().similarity()), reading.closeness().example());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private enum Fit { MATCH, UNKNOWN, WRONG }

    /**
     * A speaker the participants list does not name may be the one the rule wants: counted, but with doubt. Not for a
     * rep's rule once the rep is known on the call: then an unnamed speaker is someone else (the prospect under another
     * name, a colleague), and what they said is not the rep's doing.
     */
    private static Fit fit(IndexedTranscript indexed, RequiredSpeaker wanted, Role actual) {
        if (wanted.accepts(actual)) {
            return Fit.MATCH;
        }
        if (actual != Role.UNKNOWN || wanted == RequiredSpeaker.REP && indexed.repKnown()) {
            return Fit.WRONG;
        }
        return Fit.UNKNOWN;
    }

    /** Where the window opens: the start of its share of the call, or of its last minutes. */
    static long windowStart(CallWindow window, long duration) {
        long start = duration * window.fromPct() / 100;
        if (window.lastMinutes() != null) {
            start = Math.max(start, duration - window.lastMinutes() * 60_000L);
        }
        return Math.max(0, start);
    }

    private static boolean nearEdge(CallWindow window, long atMs, long duration) {
        long margin = duration / 20;
        long end = duration * window.toPct() / 100;
        if (window.firstMinutes() != null) {
            end = Math.min(end, window.firstMinutes() * 60_000L);
        }
        long start = windowStart(window, duration);
        return (start > 0 && Math.abs(atMs - start) < margin) || (end < duration && Math.abs(atMs - end) < margin);
    }
}
