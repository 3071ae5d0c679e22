# Generates responses.csv: a synthetic longitudinal ESTI v1 dataset (reduced instrument:
# subscales respect, listening, trust) for the R reference figures of docs/methods.md.
#
#   cd analytics-batch/src/test/resources/reference && Rscript generate.R
#
# Deterministic: set.seed(20261125), base R only (R >= 4.x, default Mersenne-Twister /
# Inversion / Rejection RNG kinds, set explicitly below).

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20261125)

# ---- reduced instrument (ids and reverse flags as in events-schema .../instruments/esti-v1.json)
items <- data.frame(
  item_id  = c(paste0("respect_", 1:5), paste0("listening_", 1:4), paste0("trust_", 1:5)),
  subscale = c(rep("respect", 5), rep("listening", 4), rep("trust", 5)),
  reverse  = c(FALSE, FALSE, TRUE, FALSE, TRUE,   # respect_3, respect_5
               FALSE, FALSE, FALSE, TRUE,         # listening_4
               FALSE, FALSE, FALSE, FALSE, TRUE), # trust_5
  stringsAsFactors = FALSE)
subscales <- c("respect", "listening", "trust")
n_part <- 64
pids <- sprintf("p%02d", seq_len(n_part))
waves <- 1:4

# ---- wave participation patterns
patterns <- c(rep("1234", 44),   # complete
              rep("12", 6),      # drop out after wave 2
              rep("123", 6),     # drop out after wave 3
              rep("124", 3),     # skip wave 3, come back at 4
              rep("134", 2),     # skip wave 2
              rep("1", 2),       # answer wave 1 only
              rep("234", 1))     # join late (first answer at wave 2)
stopifnot(length(patterns) == n_part)
patterns <- patterns[sample.int(n_part)]
names(patterns) <- pids

# ---- latent true scores: correlated starting levels and slopes per subscale
chol_mvn <- function(n, mu, sd, r) {
  p <- length(mu)
  R <- matrix(r, p, p); diag(R) <- 1
  S <- diag(sd) %*% R %*% diag(sd)
  Z <- matrix(rnorm(n * p), n, p)
  sweep(Z %*% chol(S), 2, mu, "+")
}
intercepts <- chol_mvn(n_part, mu = c(4.9, 4.6, 5.1), sd = c(0.85, 0.9, 1.0), r = 0.6)
slopes     <- chol_mvn(n_part, mu = c(0.15, 0.12, 0.10), sd = c(0.15, 0.15, 0.18), r = 0.5)
dimnames(intercepts) <- dimnames(slopes) <- list(pids, subscales)
item_offset <- round(runif(nrow(items), -0.35, 0.35), 2)
occasion_sd <- 0.30   # state fluctuation of the latent score at one wave
item_sd     <- 0.85   # item-level response noise

rows <- list()
for (p in pids) {
  ws <- as.integer(strsplit(patterns[[p]], "")[[1]])
  for (w in ws) {
    latent <- intercepts[p, ] + slopes[p, ] * (w - 1) + rnorm(3, 0, occasion_sd)
    true_i <- latent[match(items$subscale, subscales)] + item_offset
    keyed  <- pmin(7, pmax(1, round(true_i + rnorm(nrow(items), 0, item_sd))))
    answer <- ifelse(items$reverse, 8 - keyed, keyed)   # reverse-keyed items answered in reverse
    rows[[length(rows) + 1]] <- data.frame(participant = p, wave = w, item_id = items$item_id,
                                           value = as.integer(answer), stringsAsFactors = FALSE)
  }
}
d <- do.call(rbind, rows)

# ---- skipped items: about 3% missing completely at random
d$skip <- runif(nrow(d)) < 0.03

# ---- forced edge cases (on participants answering all four waves, so they exist)
full <- pids[patterns == "1234"]
force <- function(p, w, prefix, skipped) {
  sel <- d$participant == p & d$wave == w & startsWith(d$item_id, prefix)
  stopifnot(sum(sel) == nrow(items[startsWith(items$item_id, prefix), ]))
  d$skip[sel] <<- d$item_id[sel] %in% skipped
}
# exactly ceil(2k/3) answered -> scored
force(full[1], 2, "respect_",   c("respect_2"))                 # 4 of 5, a forward item skipped
force(full[2], 3, "respect_",   c("respect_3"))                 # 4 of 5, a reverse item skipped
force(full[3], 1, "listening_", c("listening_4"))               # 3 of 4, the reverse item skipped
force(full[4], 4, "trust_",     c("trust_1"))                   # 4 of 5
# fewer than ceil(2k/3) answered -> score missing
force(full[5], 1, "respect_",   c("respect_1", "respect_5"))    # 3 of 5 at the first wave
force(full[6], 4, "listening_", c("listening_2", "listening_3"))# 2 of 4 at the last wave
force(full[7], 2, "trust_",     c("trust_2", "trust_3", "trust_5")) # 2 of 5

out <- d[!d$skip, c("participant", "wave", "item_id", "value")]
out <- out[order(out$participant, out$wave, match(out$item_id, items$item_id)), ]
con <- file("responses.csv", open = "wb")   # LF line ends on every platform
writeLines(c("participant,wave,item_id,value",
             sprintf("%s,%d,%s,%d", out$participant, out$wave, out$item_id, out$value)),
           con, sep = "\n")
close(con)

cat(sprintf("participant-waves: %d, item cells: %d, skipped: %d (%.2f%%), rows written: %d\n",
            nrow(unique(d[, c("participant", "wave")])), nrow(d), sum(d$skip),
            100 * mean(d$skip), nrow(out)))
cat("waves per participant:\n"); print(table(nchar(patterns)))
cat("patterns:\n"); print(table(patterns))
cat("forced edge cases on:", paste(full[1:7], collapse = ", "), "\n")
