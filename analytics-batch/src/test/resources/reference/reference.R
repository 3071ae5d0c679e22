# Reference figures of docs/methods.md for responses.csv, computed by R (stats, psych, lme4).
#
#   cd analytics-batch/src/test/resources/reference
#   Rscript reference.R > reference-output.txt 2>&1
#
# The statistics are printed between the lines "# BEGIN statistics.csv" and "# END statistics.csv"
# in the column layout and row order of statistics.csv (docs/data-formats.md) (numbers as sprintf("%.17g")).
# Every psych / lme4 figure is cross-checked against a textbook formula with stopifnot().

suppressPackageStartupMessages({
  library(psych)
  library(lme4)
})

# ---------------------------------------------------------------- instrument (reduced ESTI v1)
items <- data.frame(
  item_id  = c(paste0("respect_", 1:5), paste0("listening_", 1:4), paste0("trust_", 1:5)),
  subscale = c(rep("respect", 5), rep("listening", 4), rep("trust", 5)),
  reverse  = c(FALSE, FALSE, TRUE, FALSE, TRUE,
               FALSE, FALSE, FALSE, TRUE,
               FALSE, FALSE, FALSE, FALSE, TRUE),
  stringsAsFactors = FALSE)
scale_min <- 1; scale_max <- 7
subscales <- c("respect", "listening", "trust")
composites <- list(safety = c("respect", "listening"))
all_scores <- c(subscales, names(composites))

# Check the ids, subscales and reverse flags against the instrument file when it is reachable.
instrument_file <- "../../../../../events-schema/src/main/resources/instruments/esti-v1.json"
if (file.exists(instrument_file) && requireNamespace("jsonlite", quietly = TRUE)) {
  ins <- jsonlite::fromJSON(instrument_file)
  ji <- ins$items[ins$items$subscale %in% subscales, ]
  stopifnot(identical(ji$id, items$item_id), identical(ji$subscale, items$subscale),
            identical(as.logical(ji$reverse), items$reverse))
  sc <- ins$scales[ins$scales$id == unique(ji$scale), ]
  stopifnot(sc$min == scale_min, sc$max == scale_max)
  cat("instrument: ids, subscales, reverse flags and scale checked against esti-v1.json\n")
} else {
  cat("instrument: esti-v1.json not reachable, using the definitions in this script\n")
}

# ---------------------------------------------------------------- data
raw <- read.csv("responses.csv", colClasses = c("character", "integer", "character", "integer"),
                na.strings = "")
stopifnot(identical(names(raw), c("participant", "wave", "item_id", "value")),
          all(raw$item_id %in% items$item_id),
          !anyDuplicated(raw[, c("participant", "wave", "item_id")]))
cat(sprintf("responses.csv: md5 %s, %d rows\n", unname(tools::md5sum("responses.csv")), nrow(raw)))
raw <- raw[!is.na(raw$value), ]   # an empty value = skipped, like an absent row
stopifnot(all(raw$value >= scale_min & raw$value <= scale_max))

pids  <- sort(unique(raw$participant))
waves <- sort(unique(raw$wave))          # waves with at least one submission
first <- min(waves); last <- max(waves)
cat(sprintf("participants: %d, waves: %s, first = %d, last = %d\n",
            length(pids), paste(waves, collapse = " "), first, last))

# keyed value array: participant x wave x item (NA = not answered)
raw$keyed <- ifelse(items$reverse[match(raw$item_id, items$item_id)],
                    scale_min + scale_max - raw$value, raw$value)
X <- array(NA_real_, dim = c(length(pids), length(waves), nrow(items)),
           dimnames = list(pids, as.character(waves), items$item_id))
X[cbind(match(raw$participant, pids), match(raw$wave, waves), match(raw$item_id, items$item_id))] <-
  raw$keyed
submitted <- matrix(FALSE, length(pids), length(waves), dimnames = list(pids, as.character(waves)))
submitted[cbind(match(raw$participant, pids), match(raw$wave, waves))] <- TRUE

# ---------------------------------------------------------------- scores
# S[[scale]] = participant x wave matrix of scores (NA = missing)
S <- list()
for (s in subscales) {
  k <- sum(items$subscale == s); need <- ceiling(2 * k / 3)
  sub <- X[, , items$subscale == s, drop = FALSE]
  answered <- apply(!is.na(sub), c(1, 2), sum)
  m <- apply(sub, c(1, 2), function(v) mean(v, na.rm = TRUE))
  m[answered < need] <- NA
  S[[s]] <- m
}
for (cname in names(composites)) {
  parts <- composites[[cname]]
  S[[cname]] <- Reduce(`+`, S[parts]) / length(parts)   # NA unless every part is present
}

# ---------------------------------------------------------------- helpers
rows <- list()
add <- function(statistic, subscale, wave, value, item = "", int = FALSE) {
  rows[[length(rows) + 1]] <<- list(statistic = statistic, subscale = subscale, item = item,
                                    wave = as.character(wave), value = value, int = int)
}
fmt <- function(x, int) {
  if (length(x) != 1 || is.na(x) || !is.finite(x)) return("")
  if (int) { stopifnot(x == round(x)); return(sprintf("%d", as.integer(x))) }
  if (x == 0) return("0")                               # also -0
  sprintf("%.17g", x)
}
near <- function(a, b, tol = 1e-10) isTRUE(all.equal(a, b, tolerance = tol))
checks <- character(0)
# label: what was compared; where: which scale / wave / item / participant (for the error message)
check <- function(label, ok, where = "") {
  if (!isTRUE(ok)) stop("cross-check failed: ", label, " (", where, ")")
  checks[length(checks) + 1] <<- label
}
warnings_seen <- character(0)
quietly <- function(expr) withCallingHandlers(expr,
  warning = function(w) { warnings_seen[length(warnings_seen) + 1] <<- conditionMessage(w)
                          invokeRestart("muffleWarning") },
  message = function(m) { warnings_seen[length(warnings_seen) + 1] <<- trimws(conditionMessage(m))
                          invokeRestart("muffleMessage") })

alpha_by_hand <- function(M) {
  k <- ncol(M); k / (k - 1) * (1 - sum(apply(M, 2, var)) / var(rowSums(M)))
}
# Shrout & Fleiss (1979) from the two-way ANOVA mean squares (rows = participants, cols = waves)
icc_by_hand <- function(M) {
  n <- nrow(M); k <- ncol(M); g <- mean(M)
  ss_r <- k * sum((rowMeans(M) - g)^2)
  ss_c <- n * sum((colMeans(M) - g)^2)
  ss_t <- sum((M - g)^2)
  ss_e <- ss_t - ss_r - ss_c
  msr <- ss_r / (n - 1); msc <- ss_c / (k - 1); mse <- ss_e / ((n - 1) * (k - 1))
  c(icc21 = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n),
    icc31 = (msr - mse) / (msr + (k - 1) * mse),
    msr = msr, msc = msc, mse = mse)
}

lmm_info <- list()

# ---------------------------------------------------------------- statistics per scale
for (s in all_scores) {
  M <- S[[s]]
  is_sub <- s %in% subscales
  sub_items <- items$item_id[items$subscale == s]
  k <- length(sub_items)

  # per wave: n, mean, sd, ci95
  pw <- lapply(as.character(waves), function(w) {
    x <- M[, w]; x <- x[!is.na(x)]; n <- length(x)
    mu <- if (n >= 1) mean(x) else NA
    sdv <- if (n >= 2) sd(x) else NA
    half <- if (n >= 2) qt(0.975, n - 1) * sdv / sqrt(n) else NA
    if (n >= 2) {
      tt <- t.test(x)   # the same interval from stats::t.test
      check("per-wave ci95 = t.test(x)$conf.int", where = paste(s, w),
            near(c(mu - half, mu + half), as.numeric(tt$conf.int)))
    }
    list(n = n, mean = mu, sd = sdv, lo = mu - half, hi = mu + half)
  })
  names(pw) <- as.character(waves)
  for (f in c("n", "mean", "sd", "ci95_low", "ci95_high")) {
    key <- c(n = "n", mean = "mean", sd = "sd", ci95_low = "lo", ci95_high = "hi")[[f]]
    for (w in as.character(waves)) add(f, s, w, pw[[w]][[key]], int = (f == "n"))
  }

  # per wave reliability (subscales only), complete cases
  alpha_w <- setNames(rep(NA_real_, length(waves)), as.character(waves))
  if (is_sub) {
    rel <- lapply(as.character(waves), function(w) {
      I <- X[, w, sub_items]
      I <- I[stats::complete.cases(I), , drop = FALSE]
      n <- nrow(I)
      a <- NA; rdrop <- setNames(rep(NA_real_, k), sub_items)
      if (n >= 2) {
        pa <- quietly(psych::alpha(as.data.frame(I), check.keys = FALSE))
        a <- pa$total$raw_alpha
        rdrop <- setNames(pa$item.stats[sub_items, "r.drop"], sub_items)
        check("psych::alpha raw_alpha = k/(k-1)*(1 - sum var(item_i)/var(total))", where = paste(s, w),
              near(a, alpha_by_hand(I)))
        for (it in sub_items) {
          rd <- suppressWarnings(cor(I[, it], rowSums(I[, setdiff(sub_items, it), drop = FALSE])))
          check("psych::alpha r.drop = cor(item, sum of the other items)", where = paste(s, w, it),
                (is.na(rd) && is.na(rdrop[[it]])) || near(rd, rdrop[[it]]))
        }
      }
      list(n = n, alpha = a, rdrop = rdrop)
    })
    names(rel) <- as.character(waves)
    for (w in as.character(waves)) add("alpha_n", s, w, rel[[w]]$n, int = TRUE)
    for (w in as.character(waves)) add("cronbach_alpha", s, w, rel[[w]]$alpha)
    for (w in as.character(waves)) for (it in sub_items)
      add("item_total_r", s, w, rel[[w]]$rdrop[[it]], item = it)
    alpha_w <- sapply(rel, `[[`, "alpha")
  }

  # paired first -> last
  fl <- "first-last"
  both <- !is.na(M[, as.character(first)]) & !is.na(M[, as.character(last)])
  x1 <- M[both, as.character(first)]; x2 <- M[both, as.character(last)]
  d <- x2 - x1; pn <- length(d)
  pr <- list(n = pn, diff = NA, t = NA, df = NA, p = NA, lo = NA, hi = NA, dz = NA)
  if (pn >= 1) pr$diff <- mean(d)
  if (pn >= 2) {
    pr$df <- pn - 1
    if (sd(d) > 0) {
      tt <- t.test(x2, x1, paired = TRUE)
      pr$t <- unname(tt$statistic); pr$p <- tt$p.value
      pr$lo <- tt$conf.int[1]; pr$hi <- tt$conf.int[2]
      pr$dz <- mean(d) / sd(d)
      t_hand <- mean(d) / (sd(d) / sqrt(pn))
      check("t.test(paired) t = mean(d)/(sd(d)/sqrt(n)), p = 2*pt(-|t|, n-1), df, CI = mean(d) -/+ qt*sd(d)/sqrt(n)", where = s,
            near(pr$t, t_hand) && near(pr$p, 2 * pt(-abs(t_hand), pn - 1)) &&
              near(unname(tt$parameter), pn - 1) &&
              near(c(pr$lo, pr$hi), mean(d) + c(-1, 1) * qt(0.975, pn - 1) * sd(d) / sqrt(pn)))
    }
  }
  add("paired_n", s, fl, pr$n, int = TRUE)
  add("paired_mean_diff", s, fl, pr$diff)
  add("paired_t", s, fl, pr$t)
  add("paired_df", s, fl, pr$df, int = TRUE)
  add("paired_p", s, fl, pr$p)
  add("paired_ci95_low", s, fl, pr$lo)
  add("paired_ci95_high", s, fl, pr$hi)
  add("cohen_dz", s, fl, pr$dz)

  # individual OLS slopes (participants with >= 2 scored waves)
  slopes <- c()
  for (p in pids) {
    ok <- !is.na(M[p, ])
    if (sum(ok) >= 2) {
      wv <- waves[ok]; y <- M[p, ok]
      b <- cov(wv, y) / var(wv)
      check("participant OLS slope cov/var = coef(lm(score ~ wave))", near(b, unname(coef(lm(y ~ wv))[2])), where = paste(s, p))
      slopes[p] <- b
    }
  }
  add("slope_n", s, "all", length(slopes), int = TRUE)
  add("slope_mean", s, "all", if (length(slopes) >= 1) mean(slopes) else NA)
  add("slope_sd", s, "all", if (length(slopes) >= 2) sd(slopes) else NA)

  # ICC over participants scored at every wave
  C <- M[stats::complete.cases(M), , drop = FALSE]
  icc21 <- NA; icc31 <- NA
  if (nrow(C) >= 2) {
    picc <- quietly(psych::ICC(C, lmer = FALSE))
    res <- picc$results
    icc21 <- res$ICC[res$type == "ICC2"]; icc31 <- res$ICC[res$type == "ICC3"]
    h <- icc_by_hand(C)
    aovt <- anova(lm(value ~ factor(pid) + factor(wave),
                     data = data.frame(value = as.vector(C), pid = rep(rownames(C), ncol(C)),
                                       wave = rep(colnames(C), each = nrow(C)))))
    check("psych::ICC ICC2/ICC3 = Shrout & Fleiss ICC(2,1)/ICC(3,1) from two-way ANOVA mean squares (hand sums of squares = anova(lm))", where = s,
          near(icc21, h[["icc21"]]) && near(icc31, h[["icc31"]]) &&
            near(unname(aovt[["Mean Sq"]]), unname(h[c("msr", "msc", "mse")])))
  }
  add("icc_n", s, "all", nrow(C), int = TRUE)
  add("icc_2_1", s, "all", icc21)
  add("icc_3_1", s, "all", icc31)

  # reliable change (Jacobson & Truax 1991), subscales only
  if (is_sub) {
    sd1 <- pw[[as.character(first)]]$sd; a1 <- alpha_w[[as.character(first)]]
    imp <- NA; det <- NA; unc <- NA
    if (!is.na(sd1) && !is.na(a1) && a1 < 1 && pn >= 1) {
      se <- sd1 * sqrt(1 - a1); sdiff <- sqrt(2) * se
      rc <- d / sdiff
      imp <- sum(rc > 1.96); det <- sum(rc < -1.96); unc <- pn - imp - det
    }
    add("rci_improved", s, fl, imp, int = TRUE)
    add("rci_deteriorated", s, fl, det, int = TRUE)
    add("rci_unchanged", s, fl, unc, int = TRUE)
  }

  # growth model: score ~ wave + (1 + wave | participant), REML, default lmer control
  long <- data.frame(participant = rep(pids, times = length(waves)),
                     wave = rep(waves, each = length(pids)), score = as.vector(M))
  long <- long[!is.na(long$score), ]
  long <- long[order(long$participant, long$wave), ]
  lm_ <- list(intercept = NA, slope = NA, slope_se = NA, sd_intercept = NA, sd_slope = NA,
              corr = NA, sd_residual = NA, reml = NA, singular = NA,
              n_obs = nrow(long), n_part = length(unique(long$participant)), failed = 1)
  notes <- character(0)
  fit <- tryCatch(withCallingHandlers(
           lmer(score ~ wave + (1 + wave | participant), data = long, REML = TRUE),
           warning = function(w) { notes <<- c(notes, conditionMessage(w)); invokeRestart("muffleWarning") },
           message = function(m) { notes <<- c(notes, trimws(conditionMessage(m))); invokeRestart("muffleMessage") }),
         error = function(e) { notes <<- c(notes, paste("ERROR:", conditionMessage(e))); NULL })
  if (!is.null(fit)) {
    fe <- fixef(fit); vc <- as.data.frame(VarCorr(fit))
    sd_i <- vc$sdcor[vc$grp == "participant" & vc$var1 == "(Intercept)" & is.na(vc$var2)]
    sd_s <- vc$sdcor[vc$grp == "participant" & vc$var1 == "wave" & is.na(vc$var2)]
    cr   <- vc$sdcor[vc$grp == "participant" & !is.na(vc$var2)]
    lm_ <- list(intercept = unname(fe["(Intercept)"]), slope = unname(fe["wave"]),
                slope_se = sqrt(vcov(fit)["wave", "wave"]), sd_intercept = sd_i, sd_slope = sd_s,
                corr = cr, sd_residual = sigma(fit), reml = REMLcrit(fit),
                singular = as.integer(isSingular(fit)), n_obs = nobs(fit),
                n_part = unname(ngrps(fit)["participant"]), failed = 0)
    check("lmer REMLcrit = -2*logLik(REML), sigma = residual sd of VarCorr", where = s,
          near(lm_$reml, -2 * as.numeric(logLik(fit, REML = TRUE))) &&
            near(lm_$sd_residual, vc$sdcor[vc$grp == "Residual"]))
    lmm_info[[s]] <- list(fit = fit, notes = notes, long = long)
  } else {
    lmm_info[[s]] <- list(fit = NULL, notes = notes, long = long)
  }
  add("lmm_intercept", s, "all", lm_$intercept)
  add("lmm_slope", s, "all", lm_$slope)
  add("lmm_slope_se", s, "all", lm_$slope_se)
  add("lmm_sd_intercept", s, "all", lm_$sd_intercept)
  add("lmm_sd_slope", s, "all", lm_$sd_slope)
  add("lmm_corr", s, "all", lm_$corr)
  add("lmm_sd_residual", s, "all", lm_$sd_residual)
  add("lmm_reml_criterion", s, "all", lm_$reml)
  add("lmm_singular", s, "all", lm_$singular, int = TRUE)
  add("lmm_n_obs", s, "all", lm_$n_obs, int = TRUE)
  add("lmm_n_participants", s, "all", lm_$n_part, int = TRUE)
  add("lmm_failed", s, "all", lm_$failed, int = TRUE)
}

# ---------------------------------------------------------------- scoring, second way
# Score again from the long rows with aggregate() and compare with the array-based scores.
raw$subscale <- items$subscale[match(raw$item_id, items$item_id)]
ag <- aggregate(keyed ~ participant + wave + subscale, data = raw,
                FUN = function(v) c(m = mean(v), n = length(v)))
ag <- data.frame(ag[, 1:3], m = ag$keyed[, "m"], n = ag$keyed[, "n"])
ag$need <- ceiling(2 * as.numeric(table(items$subscale)[ag$subscale]) / 3)
ag$score <- ifelse(ag$n >= ag$need, ag$m, NA)
for (s in subscales) {
  ref <- matrix(NA_real_, length(pids), length(waves), dimnames = dimnames(S[[s]]))
  a <- ag[ag$subscale == s, ]
  ref[cbind(match(a$participant, pids), match(a$wave, waves))] <- a$score
  check("subscale scores = aggregate() over the long rows (reverse-keyed, >= ceil(2k/3) answered)",
        identical(is.na(ref), is.na(S[[s]])) && near(ref[!is.na(ref)], S[[s]][!is.na(S[[s]])]), where = s)
  # the dataset has the edge cases it promises: exactly ceil(2k/3) answered, and fewer (score missing)
  k <- sum(items$subscale == s)
  ans <- apply(!is.na(X[, , items$subscale == s, drop = FALSE]), c(1, 2), sum)[submitted]
  check("dataset has participant-waves with exactly ceil(2k/3) and with fewer answered items",
        any(ans == ceiling(2 * k / 3)) && any(ans < ceiling(2 * k / 3)), where = s)
}
check("safety = mean(respect, listening), missing unless both present",
      identical(is.na(S$safety), is.na(S$respect) | is.na(S$listening)) &&
        near(S$safety[!is.na(S$safety)], ((S$respect + S$listening) / 2)[!is.na(S$safety)]))

# ---------------------------------------------------------------- report
cat("\n# data summary\n")
np <- rowSums(submitted)
cat("participants by number of waves answered:",
    paste(sprintf("%d wave(s): %d", as.integer(names(table(np))), as.integer(table(np))), collapse = ", "), "\n")
cat("participants by wave pattern:",
    paste(sprintf("%s: %d", names(table(apply(submitted, 1, function(r) paste(waves[r], collapse = "")))),
                  as.integer(table(apply(submitted, 1, function(r) paste(waves[r], collapse = ""))))),
          collapse = ", "), "\n")
n_pw <- sum(submitted)
cat(sprintf("participant-waves: %d, item cells: %d, answered: %d, skipped: %d\n",
            n_pw, n_pw * nrow(items), nrow(raw), n_pw * nrow(items) - nrow(raw)))
for (s in subscales) {
  k <- sum(items$subscale == s)
  ans <- apply(!is.na(X[, , items$subscale == s, drop = FALSE]), c(1, 2), sum)[submitted]
  cat(sprintf("%s (k = %d, needs %d): participant-waves by items answered: %s\n", s, k, ceiling(2 * k / 3),
              paste(sprintf("%d: %d", as.integer(names(table(ans))), as.integer(table(ans))), collapse = ", ")))
}

cat("\n# growth models (lme4::lmer, REML, default lmerControl)\n")
for (s in all_scores) {
  li <- lmm_info[[s]]
  if (is.null(li$fit)) { cat(s, ": FIT FAILED\n"); next }
  oi <- li$fit@optinfo
  cat(sprintf("%s: optimizer %s, convergence code %d, singular %s, n_obs %d, participants %d\n",
              s, oi$optimizer, oi$conv$opt, isSingular(li$fit), nobs(li$fit), ngrps(li$fit)[["participant"]]))
  if (length(oi$conv$lme4$messages)) cat("  lme4 messages:", paste(oi$conv$lme4$messages, collapse = "; "), "\n")
  if (length(li$notes)) cat("  conditions:", paste(unique(li$notes), collapse = "; "), "\n")
  # independent check of the fixed effects with nlme (REML, different optimizer): printed, not asserted
  if (requireNamespace("nlme", quietly = TRUE)) {
    nf <- tryCatch(nlme::lme(score ~ wave, random = ~ 1 + wave | participant, data = li$long,
                             method = "REML"), error = function(e) NULL)
    if (!is.null(nf))
      cat(sprintf("  nlme::lme REML for comparison: intercept %.10g, slope %.10g, -2 REML logLik %.10g\n",
                  nlme::fixef(nf)[1], nlme::fixef(nf)[2], -2 * as.numeric(logLik(nf))))
    else cat("  nlme::lme REML for comparison: did not converge\n")
  }
}

cat("\n# warnings and messages from psych (muffled while computing)\n")
if (length(warnings_seen)) { tw <- table(warnings_seen); for (m in names(tw)) cat(sprintf("  [%dx] %s\n", tw[[m]], gsub("\n", " ", m))) } else cat("  none\n")

cat(sprintf("\n# cross-checks passed: %d (stopifnot on every psych/stats/lme4 figure against a hand formula)\n",
            length(checks)))
tc <- table(factor(checks, levels = unique(checks)))
for (m in names(tc)) cat(sprintf("  [%dx] %s\n", tc[[m]], m))

cat("\n# BEGIN statistics.csv\n")
cat("statistic,subscale,item,wave,value\n")
for (r in rows) cat(sprintf("%s,%s,%s,%s,%s\n", r$statistic, r$subscale, r$item, r$wave, fmt(r$value, r$int)))
cat("# END statistics.csv\n")

cat("\n# BEGIN scores_long.csv (by participant id, not pseudonym; for diagnosing differences)\n")
cat("participant,wave,subscale,score\n")
for (p in pids) for (w in as.character(waves)) for (s in all_scores) {
  if (submitted[p, w]) cat(sprintf("%s,%s,%s,%s\n", p, w, s, fmt(S[[s]][p, w], FALSE)))
}
cat("# END scores_long.csv\n")

cat("\n# sessionInfo()\n")
print(sessionInfo())
