package io.callreview.benchmarks.statistics;

import io.callreview.scorecard.statistics.BinaryAgreement;
import io.callreview.scorecard.statistics.CohenKappa;
import io.callreview.scorecard.statistics.Consistency;
import io.callreview.scorecard.statistics.FleissKappa;
import io.callreview.scorecard.statistics.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The agreement statistics behind calibration and analytics, at the size of a large calibration session
 * (200 calls x 9 behaviours rated by 5 coaches) and of a year of one behaviour's grades (2,000 calls).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AgreementBenchmark {

    private static final List<String> VERDICTS = List.of("MET", "MISSED", "NOT_APPLICABLE");

    private final List<List<String>> calibrationRatings = new ArrayList<>();
    private final List<String> automatic = new ArrayList<>();
    private final List<String> coach = new ArrayList<>();
    private final List<Boolean> metInOrder = new ArrayList<>();

    @Setup
    public void ratings() {
        Random random = new Random(11);
        for (int item = 0; item < 200 * 9; item++) {
            String truth = VERDICTS.get(random.nextInt(2));
            List<String> raters = new ArrayList<>();
            for (int rater = 0; rater < 5; rater++) {
                raters.add(random.nextDouble() < 0.8 ? truth : VERDICTS.get(random.nextInt(3)));
            }
            calibrationRatings.add(raters);
        }
        for (int call = 0; call < 2_000; call++) {
            boolean met = random.nextDouble() < 0.6;
            coach.add(met ? "MET" : "MISSED");
            automatic.add(random.nextDouble() < 0.85 == met ? "MET" : "MISSED");
            metInOrder.add(met);
        }
    }

    @Benchmark
    public double fleissKappaOfACalibrationSession() {
        return FleissKappa.ofRatings(calibrationRatings, VERDICTS).kappa();
    }

    @Benchmark
    public double graderAccuracyOverAYear() {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (int i = 0; i < coach.size(); i++) {
            boolean predicted = automatic.get(i).equals("MET");
            boolean actual = coach.get(i).equals("MET");
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
        }
        BinaryAgreement agreement = new BinaryAgreement(tp, fp, fn, tn);
        return agreement.precision() + agreement.recall() + agreement.kappa() + CohenKappa.of(automatic, coach);
    }

    @Benchmark
    public double adherenceIntervalAndConsistency() {
        Consistency consistency = Consistency.of(metInOrder);
        WilsonInterval interval = WilsonInterval.of(consistency.met(), consistency.calls());
        return interval.low() + interval.high() + consistency.repeatRate();
    }
}
