package io.credence.trackrecord;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a source's track record may suggest a rating, {@code credence.track-record.*}. */
@ConfigMapping(prefix = "credence.track-record")
public interface TrackRecordConfig {

    /** Resolved claims a record needs before it suggests anything. */
    @WithDefault("5")
    int minResolved();

    /** The credible interval's level: the current rating's trust must lie outside it. */
    @WithDefault("0.9")
    double credibleLevel();

    default TrackRecord.Parameters parameters() {
        return new TrackRecord.Parameters(minResolved(), credibleLevel());
    }
}
