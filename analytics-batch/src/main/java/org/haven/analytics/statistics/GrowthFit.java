package org.haven.analytics.statistics;

/**
 * A fitted growth model: fixed intercept and slope (with the slope's standard error), the random effects'
 * standard deviations and correlation, the residual SD, −2 × the REML log-likelihood as lme4 reports it
 * ("REML criterion at convergence"), whether the fit is singular, and what it was fitted on.
 */
record GrowthFit(double intercept, double slope, double slopeSe, double sdIntercept, double sdSlope,
                 Double correlation, double sdResidual, double remlCriterion, boolean singular,
                 long observations, long participants) {
}
