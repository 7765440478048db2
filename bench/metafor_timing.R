# Times R metafor on synthetic data of the same shape (not the same draws: R's and Java's generators differ) as walkstudy's JMH benchmark (MetaAnalysisBenchmark):
# intercept-only REML fits at k = 20, 1000, 3000 and permutest with 1000 iterations of a one-moderator
# REML meta-regression at k = 40. In-process time per operation (R start-up excluded), like JMH.
suppressPackageStartupMessages(library(metafor))
set.seed(20261126)
per_op <- function(reps, expr) system.time(for (i in seq_len(reps)) eval(expr))[["elapsed"]] / reps
cat(sprintf("metafor %s, R %s\n", packageVersion("metafor"), getRversion()))
for (k in c(20, 1000, 3000)) {
  vi <- runif(k, 0.01, 0.5)
  yi <- rnorm(k, 0.3, sqrt(vi + 0.1))
  reps <- if (k == 20) 200 else if (k == 1000) 3 else 1
  t <- per_op(reps, quote(rma(yi, vi, method = "REML")))
  cat(sprintf("REML fit k=%d: %.4f ms\n", k, 1000 * t))
}
k <- 40
vi <- runif(k, 0.01, 0.21)
x <- rnorm(k)
yi <- rnorm(k, 0.2 + 0.4 * x, sqrt(vi + 0.05))
fit <- rma(yi, vi, mods = ~ x, method = "REML")
t <- per_op(1, quote(permutest(fit, iter = 1000, progbar = FALSE)))
cat(sprintf("permutest 1000 iterations k=40: %.1f ms\n", 1000 * t))
