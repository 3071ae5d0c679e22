package org.haven.analytics.run;

/**
 * Where the analysis step spent its time: scoring and statistics, writing the files (and their digests), and the
 * growth model's share of the statistics. For operators and infra/bench.sh; differs from run to run.
 */
record AnalysisTimings(long scoringAndStatisticsMillis, long filesMillis, long growthModelMillis) {
}
