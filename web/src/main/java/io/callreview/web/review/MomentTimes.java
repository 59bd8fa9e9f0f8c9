package io.callreview.web.review;

/** A moment typed by a coach as {@code m:ss} or seconds, in milliseconds; what cannot be read is -1, which the service refuses. */
final class MomentTimes {

    private MomentTimes() {
    }

    static long millis(String typed) {
        if (typed == null || typed.isBlank()) {
            return 0;
        }
        try {
            String[] parts = typed.strip().split(":");
            long seconds = 0;
            for (String part : parts) {
                seconds = seconds * 60 + Long.parseLong(part);
            }
            return seconds * 1000;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
