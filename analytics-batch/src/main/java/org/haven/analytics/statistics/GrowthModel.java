package org.haven.analytics.statistics;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.haven.analytics.scoring.ParticipantScores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The linear mixed model {@code score ~ wave + (1 + wave | participant)} fitted by restricted maximum likelihood
 * as lme4 fits it (Bates, Mächler, Bolker & Walker 2015, J. Stat. Softw. 67(1), section 3): the random effects'
 * covariance is σ²ΛΛᵀ with Λ = [[θ₁, 0], [θ₂, θ₃]] (θ₁, θ₃ ≥ 0); for a given θ the fixed effects and σ² are
 * profiled out of the penalized least squares problem, and BOBYQA minimizes the profiled REML deviance over θ.
 *
 * <p>X = Z = [1, wave] for every participant, so a participant's ZᵢᵀZᵢ depends only on which waves they answered:
 * participants with the same waves share one 2×2 Cholesky factor, and their scores enter only through the sums
 * of (Σy, Σwy) and of their squares and product. One evaluation is therefore a pass over the distinct wave
 * patterns (at most 2^waves, in practice a few hundred), whatever the number of participants: the per-participant
 * block algebra of the penalized least squares, summed per pattern before the optimizer starts.
 */
final class GrowthModel {

    /** A θ component this close to its lower bound of 0 makes the fit singular (lme4's isSingular tolerance). */
    static final double SINGULAR_TOLERANCE = 1e-4;
    private static final int P = 2;

    /**
     * ZᵢᵀZᵢ = [[n, Σw], [Σw, Σw²]] compared exactly (whole numbers): all the algebra that is shared depends on
     * nothing else (two different wave sets with the same sums may share a pattern, rightly).
     */
    private static final Comparator<ParticipantSums> BY_DESIGN = Comparator.comparingDouble(ParticipantSums::n)
            .thenComparingDouble(ParticipantSums::sumW).thenComparingDouble(ParticipantSums::sumWW);

    private final WavePattern[] patterns;
    private final long participants;
    private final long observations;
    private final double yty;
    private final double[] xtx = new double[3];
    private final double[] xty = new double[2];

    private GrowthModel(List<ParticipantSums> sums) {
        TreeMap<ParticipantSums, WavePattern> byPattern = new TreeMap<>(BY_DESIGN);
        long n = 0;
        double yy = 0;
        for (ParticipantSums s : sums) {
            n += (long) s.n();
            xtx[0] += s.n();
            xtx[1] += s.sumW();
            xtx[2] += s.sumWW();
            xty[0] += s.sumY();
            xty[1] += s.sumWY();
            yy += s.sumYY();
            byPattern.computeIfAbsent(s, WavePattern::new).add(s);
        }
        this.patterns = byPattern.values().toArray(WavePattern[]::new);
        this.participants = sums.size();
        this.observations = n;
        this.yty = yy;
    }

    /** Fits over a series' scores (participants in pid order, waves ascending, each with at least one score). */
    static GrowthFit fit(ParticipantScores participants) {
        List<ParticipantSums> sums = new ArrayList<>(participants.participants());
        for (int p = 0; p < participants.participants(); p++) {
            sums.add(ParticipantSums.of(participants, p));
        }
        return new GrowthModel(sums).fit();
    }

    /** One participant's sums over their scores y at waves w: n, Σw, Σw² (ZᵢᵀZᵢ), Σy, Σwy (Zᵢᵀy) and Σy². */
    record ParticipantSums(double n, double sumW, double sumWW, double sumY, double sumWY, double sumYY) {

        static ParticipantSums of(ParticipantScores participants, int p) {
            double n = 0;
            double sumW = 0;
            double sumWW = 0;
            double sumY = 0;
            double sumWY = 0;
            double sumYY = 0;
            for (int i = participants.from(p); i < participants.to(p); i++) {
                double w = participants.waves()[i];
                double y = participants.scores()[i];
                n += 1;
                sumW += w;
                sumWW += w * w;
                sumY += y;
                sumWY += w * y;
                sumYY += y * y;
            }
            return new ParticipantSums(n, sumW, sumWW, sumY, sumWY, sumYY);
        }
    }

    /**
     * The participants who share one ZᵢᵀZᵢ (n, Σw, Σw²): how many, and over them Σ(Σy), Σ(Σwy), Σ(Σy)², Σ(Σy)(Σwy)
     * and Σ(Σwy)², all their scores contribute to the deviance.
     */
    private static final class WavePattern {

        final double n;
        final double sumW;
        final double sumWW;
        double count;
        double sumY;
        double sumWY;
        double sumYSquared;
        double sumYTimesWY;
        double sumWYSquared;

        WavePattern(ParticipantSums design) {
            this.n = design.n();
            this.sumW = design.sumW();
            this.sumWW = design.sumWW();
        }

        void add(ParticipantSums s) {
            count += 1;
            sumY += s.sumY();
            sumWY += s.sumWY();
            sumYSquared += s.sumY() * s.sumY();
            sumYTimesWY += s.sumY() * s.sumWY();
            sumWYSquared += s.sumWY() * s.sumWY();
        }
    }

    private GrowthFit fit() {
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * 3 + 1, 0.5, 1e-10);
        PointValuePair best = optimizer.optimize(new MaxEval(20_000),
                new ObjectiveFunction(theta -> deviance(theta).deviance()), GoalType.MINIMIZE,
                new InitialGuess(new double[] {1, 0, 1}),
                new SimpleBounds(new double[] {0, -1e6, 0}, new double[] {1e6, 1e6, 1e6}));
        double[] theta = best.getPoint();
        Profile at = deviance(theta);
        if (!Double.isFinite(at.deviance())) {
            throw new ArithmeticException("the REML deviance is not finite at the optimum");
        }
        double sigma = Math.sqrt(at.sigmaSquared());
        double sdIntercept = sigma * Math.abs(theta[0]);
        double slopeScale = Math.hypot(theta[1], theta[2]);
        double sdSlope = sigma * slopeScale;
        Double corr = theta[0] == 0 || slopeScale == 0 ? null : theta[0] * theta[1] / (Math.abs(theta[0]) * slopeScale);
        boolean singular = theta[0] < SINGULAR_TOLERANCE || theta[2] < SINGULAR_TOLERANCE;
        return new GrowthFit(at.beta()[0], at.beta()[1], Math.sqrt(at.sigmaSquared() * at.betaCovariance()[2]),
                sdIntercept, sdSlope, corr, sigma, at.deviance(), singular, observations, participants);
    }

    /** The profiled REML deviance at θ and what it profiles out. */
    record Profile(double deviance, double[] beta, double sigmaSquared, double[] betaCovariance) {
    }

    Profile deviance(double[] theta) {
        double t1 = theta[0];
        double t2 = theta[1];
        double t3 = theta[2];
        double logDetL = 0;
        double cu2 = 0;
        // XᵀX − Σ R_ZXᵀR_ZX (symmetric: 00, 01, 11) and Xᵀy − Σ R_ZXᵀc_u
        double a00 = xtx[0];
        double a01 = xtx[1];
        double a11 = xtx[2];
        double b0 = xty[0];
        double b1 = xty[1];
        for (WavePattern p : patterns) {
            double n = p.n;
            double sw = p.sumW;
            double sww = p.sumWW;
            double k = p.count;
            // ΛᵀA with A = ZᵢᵀZᵢ = [[n, Σw], [Σw, Σw²]]
            double la00 = t1 * n + t2 * sw;
            double la01 = t1 * sw + t2 * sww;
            double la10 = t3 * sw;
            double la11 = t3 * sww;
            // M = ΛᵀAΛ + I and its Cholesky factor L
            double m00 = la00 * t1 + la01 * t2 + 1;
            double m01 = la01 * t3;
            double m11 = la11 * t3 + 1;
            double l00 = Math.sqrt(m00);
            double l10 = m01 / l00;
            double l11 = Math.sqrt(m11 - l10 * l10);
            logDetL += k * 2 * (Math.log(l00) + Math.log(l11));
            // R_ZX = L⁻¹ΛᵀA (X = Z), the same for every participant of the pattern
            double r00 = la00 / l00;
            double r01 = la01 / l00;
            double r10 = (la10 - l10 * r00) / l11;
            double r11 = (la11 - l10 * r01) / l11;
            // c_u = G (Σy, Σwy) with G = L⁻¹Λᵀ; over the pattern: Σc_u = G Σs and Σ‖c_u‖² = tr(GᵀG Σssᵀ)
            double g00 = t1 / l00;
            double g01 = t2 / l00;
            double g10 = -l10 * g00 / l11;
            double g11 = (t3 - l10 * g01) / l11;
            double c0 = g00 * p.sumY + g01 * p.sumWY;
            double c1 = g10 * p.sumY + g11 * p.sumWY;
            double h00 = g00 * g00 + g10 * g10;
            double h01 = g00 * g01 + g10 * g11;
            double h11 = g01 * g01 + g11 * g11;
            a00 -= k * (r00 * r00 + r10 * r10);
            a01 -= k * (r00 * r01 + r10 * r11);
            a11 -= k * (r01 * r01 + r11 * r11);
            b0 -= r00 * c0 + r10 * c1;
            b1 -= r01 * c0 + r11 * c1;
            cu2 += h00 * p.sumYSquared + 2 * h01 * p.sumYTimesWY + h11 * p.sumWYSquared;
        }
        // R_X (upper, R_XᵀR_X = the reduced XᵀX) and c_β = R_X⁻ᵀ(reduced Xᵀy)
        double x00 = Math.sqrt(a00);
        double x01 = a01 / x00;
        double x11 = Math.sqrt(a11 - x01 * x01);
        double cb0 = b0 / x00;
        double cb1 = (b1 - x01 * cb0) / x11;
        double beta1 = cb1 / x11;
        double beta0 = (cb0 - x01 * beta1) / x00;
        double rss = yty - cu2 - cb0 * cb0 - cb1 * cb1;
        double df = observations - P;
        double deviance = logDetL + 2 * (Math.log(x00) + Math.log(x11))
                + df * (1 + Math.log(2 * Math.PI * rss / df));
        // (R_XᵀR_X)⁻¹ = R_X⁻¹R_X⁻ᵀ: entries 00, 01, 11
        double i00 = 1 / x00;
        double i01 = -x01 / (x00 * x11);
        double i11 = 1 / x11;
        double[] covariance = {i00 * i00 + i01 * i01, i01 * i11, i11 * i11};
        return new Profile(Double.isNaN(deviance) ? Double.POSITIVE_INFINITY : deviance,
                new double[] {beta0, beta1}, rss / df, covariance);
    }
}
