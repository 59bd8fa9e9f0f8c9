package io.callreview.scorecard.download;

import java.time.Duration;
import java.util.List;

/**
 * Where and how much a download may fetch: the hosts it may contact ({@code *.example.com} allows every subdomain), on
 * every redirect too; plain http only for a local test server; a time limit per request and a size limit.
 */
public record DownloadPolicy(List<String> hosts, boolean allowHttp, Duration timeout, long maxBytes) {

    public DownloadPolicy {
        hosts = List.copyOf(hosts);
    }
}
