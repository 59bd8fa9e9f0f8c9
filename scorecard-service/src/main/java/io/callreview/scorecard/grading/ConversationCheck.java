package io.callreview.scorecard.grading;

import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import io.callreview.scorecard.transcript.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a call that had no conversation to grade: a voicemail, a call nobody answered or that dropped at once, a
 * recording speech recognition made little of. Graded, such a call would miss every behaviour with full confidence
 * and count against the rep; it is set aside instead.
 *
 * <p>Two signs, each of which a real sales conversation of any length clears easily: fewer words in all than
 * {@code minimumWords}, or, once the rep began, fewer than {@code minimumReplyWords} from anyone else. The second is
 * read only when the rep is known; a speaker the participants do not name counts as someone else, since it may be the
 * prospect. A greeting before the rep speaks (a voicemail's "leave a message after the tone") is no reply.
 */
public record ConversationCheck(int minimumWords, int minimumReplyWords) {

    /** Why the transcript is no conversation to grade, or empty when it is one. */
    public Optional<String> noConversation(Transcript transcript) {
        boolean repBegan = false;
        int repliedWords = 0;
        Map<String, Integer> repWords = new LinkedHashMap<>();
        for (Segment segment : transcript.segments()) {
            if (segment.role() == Role.REP) {
                repBegan = true;
                repWords.merge(segment.speaker(), Words.count(segment.text()), Integer::sum);
            } else if (repBegan) {
                repliedWords += Words.count(segment.text());
            }
        }
        // one-sided first: it says more about a voicemail than its length does
        if (repBegan && repliedWords < minimumReplyWords) {
            List<String> talkingReps = repWords.entrySet().stream().filter(rep -> rep.getValue() >= minimumReplyWords)
                    .map(rep -> "'" + rep.getKey() + "'").toList();
            if (talkingReps.size() > 1) {
                return Optional.of("one-sided as named: only reps spoke, and " + talkingReps.size() + " of them at length ("
                        + String.join(", ", talkingReps.subList(0, Math.min(3, talkingReps.size()))) + "): is one of them"
                        + " the prospect, named in the participants with the role rep?");
            }
            return Optional.of("one-sided: nobody answered the rep (" + repliedWords + (repliedWords == 1 ? " word" : " words")
                    + " from anyone else after the rep began, fewer than " + minimumReplyWords + "): a voicemail,"
                    + " nobody on the line, or a prospect who said no and hung up");
        }
        int words = transcript.wordCount();
        if (words < minimumWords) {
            return Optional.of("too short to grade: " + words + (words == 1 ? " word" : " words") + " in all, fewer"
                    + " than the " + minimumWords + " a conversation takes (a dropped call, a prospect who hung up after"
                    + " a sentence or two, or a recording speech recognition could not make out)");
        }
        return Optional.empty();
    }
}
