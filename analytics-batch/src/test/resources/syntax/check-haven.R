# Loads a run folder with its haven.R and prints what a researcher would look at, one fact a line, for the test
# to compare with codebook.csv and statistics.csv. Cronbach's alpha is computed here in base R, on complete cases,
# from the loaded wide data and its reverse-keyed copies; which items make a subscale comes from codebook.csv.
# Usage: Rscript check-haven.R <run folder>
folder <- commandArgs(trailingOnly = TRUE)[1]
source(file.path(folder, "haven.R"))

for (name in names(responses_wide)) {
  x <- responses_wide[[name]]
  cat("class", name, paste(class(x), collapse = "|"), "\n")
  if (!is.null(attr(x, "label"))) cat("label", name, attr(x, "label"), "\n")
  labels <- attr(x, "labels")
  if (!is.null(labels)) cat("labels", name, paste0(unname(labels), "=", names(labels), collapse = "|"), "\n")
}
cat("rows", nrow(responses_wide), "\n")
cat("levels subscale", paste(levels(scores_long$subscale), collapse = "|"), "\n")
cat("class score", class(scores_long$score), "\n")
cat("scores", nrow(scores_long), "\n")

codebook <- utils::read.csv(file.path(folder, "codebook.csv"), colClasses = "character", encoding = "UTF-8")
for (item in codebook$item_id[codebook$reverse == "1"]) {
  copy <- responses_wide[[paste0(item, "_r")]]
  row <- codebook[codebook$item_id == item, ][1, ]
  expected <- as.numeric(row$min) + as.numeric(row$max) - as.numeric(unclass(responses_wide[[item]]))
  cat("reversed", item, identical(as.numeric(copy), expected), "\n")
}

alpha <- function(items) {
  k <- ncol(items)
  k / (k - 1) * (1 - sum(apply(items, 2, stats::var)) / stats::var(rowSums(items)))
}
for (subscale in unique(codebook$subscale)) {
  rows <- codebook[codebook$subscale == subscale, ]
  columns <- ifelse(rows$reverse == "1", paste0(rows$item_id, "_r"), rows$item_id)
  for (wave in sort(unique(responses_wide$wave))) {
    items <- as.data.frame(lapply(responses_wide[responses_wide$wave == wave, columns], as.numeric))
    complete <- items[stats::complete.cases(items), ]
    cat("alpha", subscale, wave, nrow(complete), sprintf("%.17g", alpha(complete)), "\n")
  }
}
