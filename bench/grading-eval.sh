#!/usr/bin/env bash
# The grading evaluation: grades the labelled calls and utterances of scorecard-service/src/test/resources/grading-eval
# with the keyword grader (phrases only) and the semantic grader (sentence embeddings, examples, counter-examples),
# side by side, on the tuning part and on the held-out part nothing was tuned on. Prints precision, recall and F1 per
# behaviour, macro-F1, the share of NEEDS_REVIEW, utterance accuracy, evidence hits and confidence calibration, and
# keeps the figures as JSON in bench/results/. Runs offline: the model ships inside a Maven artifact.
#
#   bench/grading-eval.sh               # both parts
#   bench/grading-eval.sh --mistakes    # also list the semantic grader's mistakes on the tuning part
#   bench/grading-eval.sh --mistakes --tuning-only   # the tuning part only, while working on it
#   bench/grading-eval.sh --tuning-only --model bge:3+e5:1   # another sentence model, or several read as one
#   bench/grading-eval.sh --mistakes --tuning-only --calls tu8   # only the calls whose id starts so (one batch)
#   bench/grading-eval.sh --part held-out-negation   # one part only
#   bench/grading-eval.sh --few-examples 0,3,5,8,12 --draws 3   # rules cut to a few examples, as a coach might write them
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl scorecard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/eval.classpath -Dmdep.includeScope=test -Dquarkus.build.skip=true
classpath="scorecard-service/target/test-classes:scorecard-service/target/classes:$(cat scorecard-service/target/eval.classpath)"
mkdir -p bench/results
result="bench/results/grading-eval-$(date +%Y%m%d-%H%M%S).json"
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "$classpath" io.callreview.scorecard.grading.evaluation.GradingEvaluationMain --out "$result" "$@"
